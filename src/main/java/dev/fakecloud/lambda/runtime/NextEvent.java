package dev.fakecloud.lambda.runtime;

import dev.fakecloud.lambda.invoke.Invocation;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** The answer to a runtime's {@code GET /runtime/invocation/next}: the event and the headers the Runtime API defines. */
final class NextEvent {

    private static final byte[] EMPTY_EVENT = "{}".getBytes(StandardCharsets.UTF_8);

    private NextEvent() {
    }

    static void send(HttpServerRequest request, Invocation invocation, String invokedArn, long deadlineMillis) {
        HttpServerResponse response = request.response().setStatusCode(200)
                .putHeader("Content-Type", "application/json")
                .putHeader("Lambda-Runtime-Aws-Request-Id", invocation.requestId())
                .putHeader("Lambda-Runtime-Deadline-Ms", Long.toString(deadlineMillis))
                .putHeader("Lambda-Runtime-Invoked-Function-Arn", invokedArn)
                .putHeader("Lambda-Runtime-Trace-Id", traceId());
        if (invocation.clientContext() != null) {
            response.putHeader("Lambda-Runtime-Client-Context", clientContext(invocation.clientContext()));
        }
        response.end(Buffer.buffer(invocation.payload().length == 0 ? EMPTY_EVENT : invocation.payload()));
    }

    private static String clientContext(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }

    private static String traceId() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + hex.substring(0, 24)
                + ";Parent=" + hex.substring(8, 24) + ";Sampled=0;Lineage=1:" + hex.substring(0, 8) + ":0";
    }
}
