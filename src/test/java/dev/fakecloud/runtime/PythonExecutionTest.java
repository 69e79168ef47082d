package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;


import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/** Python functions really run in containers of the (stand-in) runtime image, against fakecloud's Runtime API. */
@QuarkusTest
class PythonExecutionTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    final LambdaClient lambda = Clients.lambda();

    String create(String code, int timeout, Map<String, String> env) {
        String name = "py-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE)
                .handler("handler.handler").timeout(timeout).environment(e -> e.variables(env))
                .code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py", code))))));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(name));
        return name;
    }

    @Test
    void echoesWithLogsAndReusesTheWarmEnvironment() {
        String name = create("import os\nprint('hello from python')\n"
                + "def handler(event, context):\n    print('handling', context.aws_request_id)\n"
                + "    return {'echo': event, 'fn': os.environ['AWS_LAMBDA_FUNCTION_NAME'],"
                + " 'version': context.function_version, 'region': os.environ['AWS_REGION'],"
                + " 'mine': os.environ.get('MY_VAR'), 'arn': context.invoked_function_arn}\n", 10,
                Map.of("MY_VAR", "mine"));
        InvokeResponse first = lambda.invoke(b -> b.functionName(name).logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{\"a\":1}")));
        String body = first.payload().asUtf8String();
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.functionError()).isNull();
        assertThat(first.executedVersion()).isEqualTo("$LATEST");
        assertThat(body).contains("\"echo\": {\"a\": 1}").contains("\"fn\": \"" + name + "\"")
                .contains("\"mine\": \"mine\"").contains("\"region\": \"us-east-1\"");
        String log = new String(Base64.getDecoder().decode(first.logResult()), StandardCharsets.UTF_8);
        String requestId = first.responseMetadata().requestId();
        assertThat(log).contains("START RequestId: " + requestId).contains("handling " + requestId)
                .contains("END RequestId: " + requestId).contains("Init Duration")
                .containsPattern("REPORT RequestId: " + requestId + "\tDuration: [0-9.]+ ms\tBilled Duration: \\d+ ms"
                        + "\tMemory Size: 128 MB\tMax Memory Used: \\d+ MB\tInit Duration: [0-9.]+ ms");
        java.util.regex.Matcher report = java.util.regex.Pattern
                .compile("\tDuration: ([0-9.]+) ms.*\tInit Duration: ([0-9.]+) ms").matcher(log);
        assertThat(report.find()).isTrue();
        assertThat(Double.parseDouble(report.group(1))).as("Duration is the handler's time, without the cold start")
                .isLessThan(Double.parseDouble(report.group(2)));

        InvokeResponse second = lambda.invoke(b -> b.functionName(name).logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{\"b\":2}")));
        assertThat(second.payload().asUtf8String()).contains("\"echo\": {\"b\": 2}");
        assertThat(new String(Base64.getDecoder().decode(second.logResult()), StandardCharsets.UTF_8))
                .doesNotContain("Init Duration");
        List<String> containers = RestAssured.get("/_fakecloud/lambda/warm-containers").then().statusCode(200)
                .extract().jsonPath().getList("containers.findAll { it.functionName == '" + name + "' }.containerId");
        assertThat(containers).hasSize(1);

        RestAssured.post("/_fakecloud/lambda/" + name + "/evict-container").then().statusCode(200)
                .body("evicted", org.hamcrest.Matchers.equalTo(1));
        InvokeResponse third = lambda.invoke(b -> b.functionName(name).logType(LogType.TAIL));
        assertThat(new String(Base64.getDecoder().decode(third.logResult()), StandardCharsets.UTF_8))
                .contains("Init Duration");
        List<String> recorded = RestAssured.get("/_fakecloud/lambda/invocations?functionName=" + name).then()
                .extract().jsonPath().getList("invocations.requestId");
        assertThat(recorded).contains(requestId);
        RestAssured.delete("/_fakecloud/lambda/invocations").then().statusCode(204);
        assertThat(RestAssured.get("/_fakecloud/lambda/invocations?functionName=" + name).then().extract().jsonPath()
                .getList("invocations")).isEmpty();
    }

    @Test
    void functionErrorsAndTimeoutsAreReportedAsLambdaDoes() {
        String failing = create("def handler(event, context):\n    raise ValueError('boom')\n", 5, Map.of());
        InvokeResponse error = lambda.invoke(b -> b.functionName(failing));
        assertThat(error.statusCode()).isEqualTo(200);
        assertThat(error.functionError()).isEqualTo("Unhandled");
        assertThat(error.payload().asUtf8String()).contains("\"errorType\": \"ValueError\"").contains("boom");

        String slow = create("import time\ndef handler(event, context):\n    time.sleep(5)\n    return 1\n", 1,
                Map.of());
        InvokeResponse timedOut = lambda.invoke(b -> b.functionName(slow));
        assertThat(timedOut.functionError()).isEqualTo("Unhandled");
        assertThat(timedOut.payload().asUtf8String()).contains("Sandbox.Timedout")
                .contains("Task timed out after 1.00 seconds");

        String broken = create("import no_such_module\ndef handler(e, c):\n    return 1\n", 5, Map.of());
        InvokeResponse init = lambda.invoke(b -> b.functionName(broken));
        assertThat(init.functionError()).isEqualTo("Unhandled");
        assertThat(init.payload().asUtf8String()).contains("Runtime.ImportModuleError");
    }
}
