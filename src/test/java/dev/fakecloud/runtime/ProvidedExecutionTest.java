package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;


import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** The custom-runtime tutorial's bash bootstrap runs on provided.al2023 against fakecloud's Runtime API. */
@QuarkusTest
class ProvidedExecutionTest {

    static final String BOOTSTRAP = """
            #!/bin/sh
            set -euo pipefail
            source $LAMBDA_TASK_ROOT/"$(echo $_HANDLER | cut -d. -f1).sh"
            while true
            do
              HEADERS="$(mktemp)"
              EVENT_DATA=$(curl -sS -LD "$HEADERS" "http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation/next")
              REQUEST_ID=$(grep -Fi Lambda-Runtime-Aws-Request-Id "$HEADERS" | tr -d '[:space:]' | cut -d: -f2)
              RESPONSE=$($(echo "$_HANDLER" | cut -d. -f2) "$EVENT_DATA")
              curl -sS "http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation/$REQUEST_ID/response" -d "$RESPONSE"
            done
            """;

    static final String FUNCTION = """
            function handler () {
              EVENT_DATA=$1
              echo "$EVENT_DATA" 1>&2;
              RESPONSE="Echoing request: '$EVENT_DATA'"
              echo $RESPONSE
            }
            """;

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    final LambdaClient lambda = Clients.lambda();

    @Test
    void tutorialBootstrapEchoes() {
        String name = "sh-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] zip = Zips.executable(Map.of("bootstrap", BOOTSTRAP, "function.sh", FUNCTION), "bootstrap");
        lambda.createFunction(b -> b.functionName(name).runtime("provided.al2023").role(ROLE)
                .handler("function.handler").code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));
        InvokeResponse r = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{\"x\":1}")));
        assertThat(r.functionError()).isNull();
        assertThat(r.payload().asUtf8String()).isEqualTo("Echoing request: '{\"x\":1}'");
    }
}
