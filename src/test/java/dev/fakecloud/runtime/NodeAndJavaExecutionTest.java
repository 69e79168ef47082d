package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** The real AWS runtime interface clients for Node.js and Java run against fakecloud's Runtime API. */
@QuarkusTest
class NodeAndJavaExecutionTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    final LambdaClient lambda = Clients.lambda();

    String create(String runtime, String handler, byte[] zip) {
        String name = runtime.replace(".", "") + "-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime(runtime).role(ROLE).handler(handler).timeout(30)
                .memorySize(512).code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));
        return name;
    }

    @Test
    void nodeHandlersRunWithTheRealRuntimeClient() {
        String name = create("nodejs20.x", "index.handler", Zips.of(Map.of("index.js",
                "exports.handler = async (event, context) => ({ echo: event, fn: context.functionName,"
                        + " id: context.awsRequestId });\n")));
        InvokeResponse r = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{\"n\":7}")));
        assertThat(r.functionError()).isNull();
        assertThat(r.payload().asUtf8String()).contains("\"echo\":{\"n\":7}").contains("\"fn\":\"" + name + "\"")
                .contains("\"id\":\"" + r.responseMetadata().requestId() + "\"");

        String failing = create("nodejs20.x", "index.handler", Zips.of(Map.of("index.js",
                "exports.handler = async () => { throw new TypeError('nope'); };\n")));
        InvokeResponse error = lambda.invoke(b -> b.functionName(failing));
        assertThat(error.functionError()).isEqualTo("Unhandled");
        assertThat(error.payload().asUtf8String()).contains("TypeError").contains("nope");
    }

    @Test
    void javaHandlersRunWithTheRealRuntimeClient() throws IOException {
        String name = create("java21", "example.Echo::handleRequest", compiledJavaHandler());
        InvokeResponse r = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{\"n\":7}")));
        assertThat(r.functionError()).isNull();
        assertThat(r.payload().asUtf8String()).contains("\"echo\"").contains("\"n\":7");
    }

    /** Compiles a POJO handler for Java 21 and packs it as a deployment package. */
    static byte[] compiledJavaHandler() throws IOException {
        Path dir = Files.createTempDirectory("java-handler");
        Path source = dir.resolve("example/Echo.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package example;
                import java.util.Map;
                public class Echo {
                    public Map<String, Object> handleRequest(Map<String, Object> event) {
                        return Map.of("echo", event);
                    }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "--release", "21", "-d", dir.toString(), source.toString());
        assertThat(status).isZero();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("example/Echo.class"));
            zip.write(Files.readAllBytes(dir.resolve("example/Echo.class")));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

}
