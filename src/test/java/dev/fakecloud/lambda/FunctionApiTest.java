package dev.fakecloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;

@QuarkusTest
class FunctionApiTest {

    static final String ROLE = FunctionLifecycleTest.ROLE;
    final LambdaClient lambda = Clients.lambda();

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String create(String name) {
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12).role(ROLE)
                .handler("handler.handler").code(c -> c.zipFile(Zips.pythonHandler())));
        return name;
    }

    @Test
    void codeLocationServesTheExactZip() {
        String name = unique("code");
        byte[] zip = Zips.of(Map.of("index.py", "print('x')\n", "lib/util.py", "X = 1\n"));
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_13).role(ROLE).handler("index.h")
                .code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));
        String location = lambda.getFunction(b -> b.functionName(name)).code().location();
        assertThat(lambda.getFunction(b -> b.functionName(name)).code().repositoryType()).isEqualTo("S3");
        byte[] served = RestAssured.given().urlEncodingEnabled(false).get(URI.create(location)).then().statusCode(200).extract().asByteArray();
        assertThat(served).isEqualTo(zip);
    }

    @Test
    void duplicateNamesConflict() {
        String name = create(unique("dup"));
        assertThatThrownBy(() -> create(name)).isInstanceOf(ResourceConflictException.class)
                .hasMessageContaining("Function already exist: " + name);
    }

    @Test
    void listFunctionsPagesWithMarkers() {
        LambdaClient other = Clients.lambda(Region.AP_SOUTHEAST_2);
        String prefix = unique("page");
        for (int i = 0; i < 7; i++) {
            String n = prefix + "-" + i;
            other.createFunction(b -> b.functionName(n).runtime(Runtime.NODEJS20_X).role(ROLE).handler("index.h")
                    .code(c -> c.zipFile(Zips.pythonHandler())));
        }
        List<String> seen = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            String m = marker;
            ListFunctionsResponse page = other.listFunctions(b -> b.maxItems(3).marker(m));
            page.functions().forEach(f -> seen.add(f.functionName()));
            marker = page.nextMarker();
            pages++;
        } while (marker != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).filteredOn(n -> n.startsWith(prefix)).hasSize(7).isSorted();
        assertThat(lambda.listFunctions().functions()).noneMatch(f -> f.functionName().startsWith(prefix));
        assertThat(other.listFunctions().functions().get(0).functionArn()).contains(":ap-southeast-2:");
    }

    @Test
    void runtimeAndRoleValidation() {
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(unique("rt")).runtime("python9")
                .role(ROLE).handler("h.h").code(c -> c.zipFile(Zips.pythonHandler()))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("Value python9 at 'runtime' failed to satisfy constraint");
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(unique("rt")).runtime("python2.7")
                .role(ROLE).handler("h.h").code(c -> c.zipFile(Zips.pythonHandler()))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("The runtime parameter of python2.7 is no longer supported");
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(unique("role")).runtime(Runtime.JAVA21)
                .role("r1").handler("h.h").code(c -> c.zipFile(Zips.pythonHandler()))))
                .isInstanceOf(LambdaException.class)
                .satisfies(e -> assertThat(((LambdaException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"))
                .hasMessageContaining("Value 'r1' at 'role' failed to satisfy constraint");
        for (String runtime : List.of("nodejs16.x", "nodejs24.x", "python3.8", "python3.14", "java11", "java25",
                "go1.x", "ruby3.2", "ruby3.4", "dotnet6", "dotnet10", "provided.al2", "provided.al2023")) {
            String n = unique("ok");
            lambda.createFunction(b -> b.functionName(n).runtime(runtime).role(ROLE).handler("h.h")
                    .code(c -> c.zipFile(Zips.pythonHandler())));
            assertThat(lambda.getFunctionConfiguration(b -> b.functionName(n)).runtimeAsString()).isEqualTo(runtime);
        }
    }

    @Test
    void limitsOnTimeoutMemoryEnvironmentAndCode() {
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(unique("t")).runtime(Runtime.PYTHON3_12)
                .role(ROLE).handler("h.h").timeout(901).code(c -> c.zipFile(Zips.pythonHandler()))))
                .hasMessageContaining("Value '901' at 'timeout' failed to satisfy constraint: Member must have value "
                        + "less than or equal to 900");
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(unique("m")).runtime(Runtime.PYTHON3_12)
                .role(ROLE).handler("h.h").memorySize(64).code(c -> c.zipFile(Zips.pythonHandler()))))
                .hasMessageContaining("at 'memorySize' failed to satisfy constraint: Member must have value greater "
                        + "than or equal to 128");
        String big = "x".repeat(4100);
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(unique("e")).runtime(Runtime.PYTHON3_12)
                .role(ROLE).handler("h.h").environment(e -> e.variables(Map.of("LARGE", big)))
                .code(c -> c.zipFile(Zips.pythonHandler()))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("exceeded the 4KB limit");
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(unique("z")).runtime(Runtime.PYTHON3_12)
                .role(ROLE).handler("h.h").code(c -> c.zipFile(SdkBytes.fromUtf8String("not a zip")))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("Could not unzip uploaded file. Please check your file, then try to "
                        + "upload again.");
    }

    @Test
    void oversizedUploadsAreRejected() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb)) {
            z.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < 251; i++) {
                z.write(chunk);
            }
            z.closeEntry();
        }
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(unique("bomb")).runtime(Runtime.PYTHON3_12)
                .role(ROLE).handler("h.h").code(c -> c.zipFile(SdkBytes.fromByteArray(bomb.toByteArray())))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("Unzipped size must be smaller than 262144000 bytes");

        byte[] large = new byte[52_428_801];
        large[0] = 'P';
        large[1] = 'K';
        large[2] = 3;
        large[3] = 4;
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(unique("large")).runtime(Runtime.PYTHON3_12)
                .role(ROLE).handler("h.h").code(c -> c.zipFile(SdkBytes.fromByteArray(large)))))
                .isInstanceOf(LambdaException.class)
                .hasMessageContaining("Zipped size must be smaller than 52428800 bytes")
                .satisfies(e -> assertThat(((LambdaException) e).statusCode()).isEqualTo(413))
                .satisfies(e -> assertThat(((LambdaException) e).awsErrorDetails().errorCode())
                        .isEqualTo("RequestEntityTooLargeException"));
    }

    @Test
    void revisionIdPreconditions() {
        String name = create(unique("rev"));
        String revision = lambda.getFunction(b -> b.functionName(name)).configuration().revisionId();
        assertThatThrownBy(() -> lambda.updateFunctionConfiguration(b -> b.functionName(name).revisionId("nope")
                .description("d"))).isInstanceOf(PreconditionFailedException.class)
                .satisfies(e -> assertThat(((LambdaException) e).statusCode()).isEqualTo(412));
        assertThat(lambda.updateFunctionConfiguration(b -> b.functionName(name).revisionId(revision).description("d"))
                .description()).isEqualTo("d");
    }

    @Test
    void versionsAreImmutableAndPublishIsIdempotent() {
        String name = create(unique("ver"));
        var v1 = lambda.publishVersion(b -> b.functionName(name).description("first"));
        assertThat(v1.version()).isEqualTo("1");
        assertThat(v1.functionArn()).endsWith(":" + name + ":1");
        assertThat(lambda.publishVersion(b -> b.functionName(name)).version()).isEqualTo("1");

        lambda.updateFunctionCode(b -> b.functionName(name).zipFile(SdkBytes.fromByteArray(
                Zips.of(Map.of("handler.py", "def handler(e, c):\n    return 2\n")))));
        var v2 = lambda.publishVersion(b -> b.functionName(name));
        assertThat(v2.version()).isEqualTo("2");
        assertThat(v2.codeSha256()).isNotEqualTo(v1.codeSha256());
        assertThat(lambda.getFunction(b -> b.functionName(name).qualifier("1")).configuration().codeSha256())
                .isEqualTo(v1.codeSha256());

        assertThatThrownBy(() -> lambda.publishVersion(b -> b.functionName(name).codeSha256("other")))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("CodeSHA256 (other) is different from current CodeSHA256 in $LATEST");

        List<String> versions = lambda.listVersionsByFunction(b -> b.functionName(name)).versions().stream()
                .map(FunctionConfiguration::version).toList();
        assertThat(versions).containsExactly("$LATEST", "1", "2");

        assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName(name).qualifier("9")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("function:" + name + ":9");
        lambda.deleteFunction(b -> b.functionName(name).qualifier("1"));
        assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName(name).qualifier("1")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(lambda.publishVersion(b -> b.functionName(name)).version()).isEqualTo("2");
    }

    @Test
    void aliasesWithWeightedRouting() {
        String name = create(unique("alias"));
        lambda.publishVersion(b -> b.functionName(name));
        lambda.updateFunctionConfiguration(b -> b.functionName(name).description("v2"));
        lambda.waiter().waitUntilFunctionUpdatedV2(b -> b.functionName(name));
        lambda.publishVersion(b -> b.functionName(name));

        var alias = lambda.createAlias(b -> b.functionName(name).name("live").functionVersion("1")
                .routingConfig(r -> r.additionalVersionWeights(Map.of("2", 0.25))));
        assertThat(alias.aliasArn()).endsWith(":" + name + ":live");
        assertThat(alias.routingConfig().additionalVersionWeights()).containsEntry("2", 0.25);
        assertThat(lambda.getFunction(b -> b.functionName(name).qualifier("live")).configuration().functionArn())
                .endsWith(":" + name + ":live");

        assertThatThrownBy(() -> lambda.createAlias(b -> b.functionName(name).name("live").functionVersion("1")))
                .isInstanceOf(ResourceConflictException.class).hasMessageContaining("Alias already exists");
        assertThatThrownBy(() -> lambda.createAlias(b -> b.functionName(name).name("bad").functionVersion("1")
                .routingConfig(r -> r.additionalVersionWeights(Map.of("2", 1.5)))))
                .hasMessageContaining("Member must have value less than or equal to 1.0");
        assertThatThrownBy(() -> lambda.createAlias(b -> b.functionName(name).name("bad").functionVersion("1")
                .routingConfig(r -> r.additionalVersionWeights(Map.of("1", 0.5)))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("Function version 1 is already included in routing configuration.");
        assertThatThrownBy(() -> lambda.createAlias(b -> b.functionName(name).name("bad").functionVersion("7")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining(":" + name + ":7");

        var updated = lambda.updateAlias(b -> b.functionName(name).name("live").functionVersion("2")
                .routingConfig(r -> r.additionalVersionWeights(Map.of())));
        assertThat(updated.functionVersion()).isEqualTo("2");
        assertThat(lambda.listAliases(b -> b.functionName(name)).aliases()).extracting("name").containsExactly("live");
        lambda.deleteAlias(b -> b.functionName(name).name("live"));
        assertThatThrownBy(() -> lambda.getAlias(b -> b.functionName(name).name("live")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Cannot find alias arn");
    }

    @Test
    void namesArnsAndQualifiersAreParsedAsAwsDoes() {
        String name = create(unique("arn"));
        String arn = "arn:aws:lambda:us-east-1:000000000000:function:" + name;
        assertThat(lambda.getFunction(b -> b.functionName(arn)).configuration().functionName()).isEqualTo(name);
        assertThat(lambda.getFunction(b -> b.functionName("000000000000:function:" + name)).configuration()
                .functionName()).isEqualTo(name);
        assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName(arn + ":1").qualifier("2")))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("The derived qualifier from the function name does not match");
        assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName(
                "arn:aws:lambda:eu-west-1:000000000000:function:" + name)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Functions from 'eu-west-1' are not reachable in this region ('us-east-1')");
        assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName("my-function!")))
                .hasMessageContaining("Value 'my-function!' at 'functionName' failed to satisfy constraint");
    }

    @Test
    void codeSigningConfigGivenAtCreateIsAttached() {
        String csc = lambda.createCodeSigningConfig(b -> b.allowedPublishers(p -> p.signingProfileVersionArns(
                "arn:aws:signer:us-east-1:000000000000:/signing-profiles/p/abcdefghij"))).codeSigningConfig()
                .codeSigningConfigArn();
        String name = unique("signed");
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12).role(ROLE).handler("h.h")
                .codeSigningConfigArn(csc).code(c -> c.zipFile(Zips.pythonHandler())));
        assertThat(lambda.getFunctionCodeSigningConfig(b -> b.functionName(name)).codeSigningConfigArn())
                .isEqualTo(csc);
        String missing = csc.substring(0, csc.length() - 3) + "zzz";
        String other = unique("unsigned");
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(other).runtime(Runtime.PYTHON3_12)
                .role(ROLE).handler("h.h").codeSigningConfigArn(missing).code(c -> c.zipFile(Zips.pythonHandler()))))
                .isInstanceOf(LambdaException.class)
                .satisfies(e -> assertThat(((LambdaException) e).statusCode()).isEqualTo(404));
        assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName(other)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void imageFunctions() {
        String name = unique("img");
        var created = lambda.createFunction(b -> b.functionName(name).packageType("Image").role(ROLE)
                .code(c -> c.imageUri("123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest"))
                .imageConfig(i -> i.command("app.handler")));
        assertThat(created.packageTypeAsString()).isEqualTo("Image");
        assertThat(created.runtime()).isNull();
        var got = lambda.getFunction(b -> b.functionName(name));
        assertThat(got.code().repositoryType()).isEqualTo("ECR");
        assertThat(got.code().imageUri()).endsWith("app:latest");
        assertThat(got.configuration().imageConfigResponse().imageConfig().command()).containsExactly("app.handler");
    }
}
