package dev.fakecloud.lambda.runtime;

import dev.fakecloud.lambda.invoke.InvocationResult;
import java.nio.charset.StandardCharsets;

/** The error payloads Lambda itself writes when an invocation fails outside the function's own code. */
final class RuntimeErrors {

    private RuntimeErrors() {
    }

    /** An unhandled function error with Lambda's {@code {"errorType","errorMessage"}} payload. */
    static InvocationResult result(String version, String type, String message) {
        return new InvocationResult(200, json(type, message), version, "Unhandled", null);
    }

    static byte[] json(String type, String message) {
        return ("{\"errorType\":\"" + escape(type) + "\",\"errorMessage\":\"" + escape(message) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** How Lambda words a runtime that exited during an invocation. */
    static String exitMessage(String requestId, long exitCode) {
        return "RequestId: " + requestId + " Error: Runtime exited "
                + (exitCode == 137 ? "with error: signal: killed" : "with error: exit status " + exitCode);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
