package dev.fakecloud.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.ServerProcess;
import dev.fakecloud.support.Zips;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionUrlAuthType;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * Everything a user created survives a restart of fakecloud on the same data directory: after {@code kill -9}
 * (nothing acknowledged is lost), after a crash that tore the journal's last write, and after a clean stop.
 */
class RestartIT extends OnDataDirectory {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    static final byte[] CODE = Zips.of(Map.of("handler.py", "def handler(event, context):\n    return event\n"));
    static final byte[] LAYER = Zips.of(Map.of("python/helper.py", "X = 1\n"));

    ServerProcess start() {
        return startServer();
    }

    /** A function with a version, an alias, a layer, a policy, tags and every per-function setting. */
    record Created(GetFunctionResponse function, GetLayerVersionResponse layer, String policy, String mappingUuid,
            String codeSigningArn) {
    }

    Created createEverything(LambdaClient lambda) {
        String layerArn = lambda.publishLayerVersion(b -> b.layerName("helpers").description("shared")
                .compatibleRuntimes(Runtime.PYTHON3_12).content(c -> c.zipFile(SdkBytes.fromByteArray(LAYER))))
                .layerVersionArn();
        lambda.addLayerVersionPermission(b -> b.layerName("helpers").versionNumber(1L).statementId("all")
                .action("lambda:GetLayerVersion").principal("*"));
        String csc = lambda.createCodeSigningConfig(b -> b.allowedPublishers(p -> p.signingProfileVersionArns(
                "arn:aws:signer:us-east-1:000000000000:/signing-profiles/p/abcdefghij"))).codeSigningConfig()
                .codeSigningConfigArn();
        lambda.createFunction(b -> b.functionName("keeper").runtime(Runtime.PYTHON3_12).role(ROLE)
                .handler("handler.handler").layers(layerArn).timeout(7).memorySize(256)
                .environment(e -> e.variables(Map.of("GREETING", "hello")))
                .tags(Map.of("team", "core")).codeSigningConfigArn(csc)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(CODE))));
        lambda.publishVersion(b -> b.functionName("keeper").description("first"));
        lambda.createAlias(b -> b.functionName("keeper").name("live").functionVersion("1"));
        lambda.addPermission(b -> b.functionName("keeper").qualifier("live").statementId("s3")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com"));
        lambda.putFunctionConcurrency(b -> b.functionName("keeper").reservedConcurrentExecutions(5));
        lambda.putFunctionEventInvokeConfig(b -> b.functionName("keeper").maximumRetryAttempts(1)
                .maximumEventAgeInSeconds(600));
        lambda.createFunctionUrlConfig(b -> b.functionName("keeper").authType(FunctionUrlAuthType.NONE));
        lambda.putFunctionRecursionConfig(b -> b.functionName("keeper").recursiveLoop("Allow"));
        Clients.sqs(server.endpoint()).createQueue(b -> b.queueName("jobs"));
        String uuid = lambda.createEventSourceMapping(b -> b.functionName("keeper").enabled(false)
                .eventSourceArn("arn:aws:sqs:us-east-1:000000000000:jobs").batchSize(7)).uuid();
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName("keeper"));
        return new Created(lambda.getFunction(b -> b.functionName("keeper")),
                lambda.getLayerVersion(b -> b.layerName("helpers").versionNumber(1L)),
                lambda.getPolicy(b -> b.functionName("keeper").qualifier("live")).policy(), uuid, csc);
    }

    void assertEverythingIsBack(LambdaClient lambda, Created before) throws IOException {
        GetFunctionResponse fn = lambda.getFunction(b -> b.functionName("keeper"));
        assertThat(fn.configuration()).isEqualTo(before.function().configuration());
        assertThat(fn.tags()).containsEntry("team", "core");
        assertThat(fn.concurrency().reservedConcurrentExecutions()).isEqualTo(5);
        assertThat(download(fn.code().location())).isEqualTo(CODE);
        assertThat(lambda.listVersionsByFunction(b -> b.functionName("keeper")).versions())
                .extracting(v -> v.version()).containsExactly("$LATEST", "1");
        assertThat(lambda.getAlias(b -> b.functionName("keeper").name("live")).functionVersion()).isEqualTo("1");
        assertThat(lambda.getPolicy(b -> b.functionName("keeper").qualifier("live")).policy())
                .isEqualTo(before.policy());
        assertThat(lambda.getFunctionEventInvokeConfig(b -> b.functionName("keeper")).maximumRetryAttempts())
                .isEqualTo(1);
        assertThat(lambda.getFunctionUrlConfig(b -> b.functionName("keeper")).authType())
                .isEqualTo(FunctionUrlAuthType.NONE);
        assertThat(lambda.getFunctionRecursionConfig(b -> b.functionName("keeper")).recursiveLoopAsString())
                .isEqualTo("Allow");
        assertThat(lambda.getFunctionCodeSigningConfig(b -> b.functionName("keeper")).codeSigningConfigArn())
                .isEqualTo(before.codeSigningArn());
        assertThat(lambda.getEventSourceMapping(b -> b.uuid(before.mappingUuid())).batchSize()).isEqualTo(7);
        GetLayerVersionResponse layer = lambda.getLayerVersion(b -> b.layerName("helpers").versionNumber(1L));
        assertThat(layer.description()).isEqualTo("shared");
        assertThat(layer.content().codeSha256()).isEqualTo(before.layer().content().codeSha256());
        assertThat(download(layer.content().location())).isEqualTo(LAYER);
        assertThat(lambda.getLayerVersionPolicy(b -> b.layerName("helpers").versionNumber(1L)).policy())
                .contains("lambda:GetLayerVersion");
        // numbering goes on where it stopped
        assertThat(lambda.publishLayerVersion(b -> b.layerName("helpers")
                .content(c -> c.zipFile(SdkBytes.fromByteArray(LAYER)))).version()).isEqualTo(2L);
    }

    @Test
    void killedServerComesBackWithEverythingItAcknowledged() throws IOException {
        LambdaClient lambda = Clients.lambda(start().endpoint());
        Created before = createEverything(lambda);
        server.kill();

        assertEverythingIsBack(Clients.lambda(start().endpoint()), before);
    }

    @Test
    void aTornJournalTailIsDroppedWithAWarningNotAFailedStart() throws IOException {
        LambdaClient lambda = Clients.lambda(start().endpoint());
        Created before = createEverything(lambda);
        server.kill();
        Path journal = newest("fcj");
        Files.write(journal, new byte[] {0, 0, 1, 0, 1, 2, 3}, StandardOpenOption.APPEND);

        ServerProcess again = start();
        assertThat(again.output()).contains("torn write");
        assertEverythingIsBack(Clients.lambda(again.endpoint()), before);
    }

    @Test
    void aStoppedServerLeavesASnapshotAndRestoresFromIt() throws IOException {
        LambdaClient lambda = Clients.lambda(start().endpoint());
        Created before = createEverything(lambda);
        assertThat(server.stop()).as("exit code after SIGTERM").isIn(0, 143);
        assertThat(newest("fcs")).exists();

        assertEverythingIsBack(Clients.lambda(start().endpoint()), before);
    }

    @Test
    void deletionsSurviveToo() {
        LambdaClient lambda = Clients.lambda(start().endpoint());
        createEverything(lambda);
        lambda.deleteFunction(b -> b.functionName("keeper"));
        lambda.deleteLayerVersion(b -> b.layerName("helpers").versionNumber(1L));
        server.kill();

        LambdaClient again = Clients.lambda(start().endpoint());
        assertThat(again.listFunctions().functions()).isEmpty();
        assertThat(again.listLayerVersions(b -> b.layerName("helpers")).layerVersions()).isEmpty();
    }

    @Test
    void anUnreadableDataDirectoryStopsStartUpNamingTheFile() throws IOException {
        start();
        server.kill();
        Path journal = newest("fcj");
        try (var out = Files.newOutputStream(journal, StandardOpenOption.WRITE)) {
            out.write("NOPE".getBytes());
        }
        ServerProcess broken = null;
        try {
            broken = ServerProcess.start(Map.of("FAKECLOUD_DATA_DIR", dataDir.toString()));
            throw new AssertionError("fakecloud started on a damaged journal");
        } catch (IllegalStateException expected) {
            assertThat(expected.getMessage()).contains(journal.toString());
        } finally {
            if (broken != null) {
                broken.close();
            }
        }
    }

    Path newest(String extension) throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("state"))) {
            return files.filter(f -> f.toString().endsWith("." + extension)).max(Comparator.naturalOrder())
                    .orElseThrow();
        }
    }

    static byte[] download(String location) throws IOException {
        try (InputStream in = URI.create(location).toURL().openStream()) {
            return in.readAllBytes();
        }
    }
}
