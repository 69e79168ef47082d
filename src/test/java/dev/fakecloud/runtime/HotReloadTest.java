package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;

/**
 * Hot reload: code from S3 bucket {@code hot-reload} with the key an absolute directory is that directory; the next
 * invoke after a file changes runs the new code, without a deployment and without bind mounts.
 */
@QuarkusTest
class HotReloadTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    final LambdaClient lambda = Clients.lambda();

    @Test
    void theNextInvokeAfterAnEditRunsTheEditedCode(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("handler.py"), handler("one"));
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/__init__.py"), "");
        Files.writeString(dir.resolve("lib/word.py"), "WORD = 'alpha'\n");
        String name = "hot-" + UUID.randomUUID().toString().substring(0, 8);
        var created = lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE)
                .handler("handler.handler").code(c -> c.s3Bucket("hot-reload").s3Key(dir.toString())));
        assertThat(created.codeSha256()).isNotBlank();
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(name));
        assertThat(invoke(name)).isEqualTo("\"one alpha\"");
        assertThat(invoke(name)).isEqualTo("\"one alpha\"");

        Files.writeString(dir.resolve("handler.py"), handler("two"));
        Polling.until(Duration.ofSeconds(20), () -> invoke(name), "\"two alpha\""::equals);

        Files.writeString(dir.resolve("lib/word.py"), "WORD = 'beta'\n"); // a file in a subdirectory
        Polling.until(Duration.ofSeconds(20), () -> invoke(name), "\"two beta\""::equals);
    }

    @Test
    void updateFunctionCodeSwitchesAFunctionToADirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("handler.py"), "def handler(event, context):\n    return 'from disk'\n");
        String name = "hot-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE).handler("handler.handler")
                .code(c -> c.zipFile(SdkBytes.fromByteArray(dev.fakecloud.support.Zips.of(java.util.Map.of(
                        "handler.py", "def handler(event, context):\n    return 'zipped'\n"))))));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(name));
        assertThat(invoke(name)).isEqualTo("\"zipped\"");
        lambda.updateFunctionCode(b -> b.functionName(name).s3Bucket("hot-reload").s3Key(dir.toString()));
        lambda.waiter().waitUntilFunctionUpdatedV2(b -> b.functionName(name));
        assertThat(invoke(name)).isEqualTo("\"from disk\"");
    }

    @Test
    void theKeyMustBeAnAbsoluteDirectory(@TempDir Path dir) {
        for (String key : new String[] {"relative/path", dir.resolve("missing").toString()}) {
            assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName("hot-bad").runtime("python3.12")
                    .role(ROLE).handler("handler.handler").code(c -> c.s3Bucket("hot-reload").s3Key(key))))
                    .isInstanceOf(InvalidParameterValueException.class)
                    .hasMessageContaining("absolute path of a directory");
        }
    }

    private static String handler(String version) {
        return "from lib.word import WORD\ndef handler(event, context):\n    return '" + version + " ' + WORD\n";
    }

    private String invoke(String name) {
        return lambda.invoke(b -> b.functionName(name)).payload().asUtf8String();
    }
}
