package dev.fakecloud.lambda.durable;

import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.model.DurableShapes.OperationUpdate;
import java.util.List;
import java.util.regex.Pattern;

/** The model constraints of the durable execution operations, with AWS's validation wording. */
final class DurableValidation {

    static final Pattern EXECUTION_ARN = Pattern.compile("arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):"
            + "function:([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/"
            + "([a-zA-Z0-9_-]+)");
    /** Checkpoint tokens and callback ids are base64. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    static final Pattern EXECUTION_NAME = Pattern.compile("[a-zA-Z0-9-_]+");
    static final Pattern OPERATION_ID = Pattern.compile("[a-zA-Z0-9-_]+");
    static final Pattern OPERATION_NAME = Pattern.compile("[\\x20-\\x7E]+");
    static final Pattern CLIENT_TOKEN = Pattern.compile("[\\x21-\\x7E]+");
    static final List<String> STATUSES = List.of("RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "STOPPED");
    static final List<String> OPERATION_TYPES = List.of("EXECUTION", "CONTEXT", "STEP", "WAIT", "CALLBACK",
            "CHAINED_INVOKE");
    static final List<String> ACTIONS = List.of("START", "SUCCEED", "FAIL", "RETRY", "CANCEL");
    static final int MAX_CALLBACK_RESULT = 262144;

    private DurableValidation() {
    }

    static Validation executionArn(Validation v, String arn) {
        return v.required(arn, "durableExecutionArn")
                .length(arn, "durableExecutionArn", 1, 1024)
                .pattern(arn, "durableExecutionArn", EXECUTION_ARN);
    }

    static Validation checkpointToken(Validation v, String token) {
        return v.required(token, "checkpointToken")
                .length(token, "checkpointToken", 1, 2048)
                .pattern(token, "checkpointToken", TOKEN);
    }

    static Validation callbackId(Validation v, String callbackId) {
        return v.required(callbackId, "callbackId")
                .length(callbackId, "callbackId", 1, 1024)
                .pattern(callbackId, "callbackId", TOKEN);
    }

    static Validation itemCount(Validation v, Integer maxItems) {
        return v.range(maxItems, "maxItems", 0, 1000);
    }

    static void updates(Validation v, List<OperationUpdate> updates) {
        for (int i = 0; updates != null && i < updates.size(); i++) {
            String at = "updates." + (i + 1) + ".member";
            OperationUpdate u = updates.get(i);
            if (u == null) {
                v.required(null, at);
                continue;
            }
            v.required(u.id(), at + ".id").length(u.id(), at + ".id", 1, 64).pattern(u.id(), at + ".id", OPERATION_ID)
                    .length(u.parentId(), at + ".parentId", 1, 64)
                    .pattern(u.parentId(), at + ".parentId", OPERATION_ID)
                    .length(u.name(), at + ".name", 1, 256).pattern(u.name(), at + ".name", OPERATION_NAME)
                    .required(u.type(), at + ".type").oneOf(u.type(), at + ".type", OPERATION_TYPES)
                    .length(u.subType(), at + ".subType", 1, 32)
                    .pattern(u.subType(), at + ".subType", OPERATION_ID)
                    .required(u.action(), at + ".action").oneOf(u.action(), at + ".action", ACTIONS)
                    .length(u.payload(), at + ".payload", 0, 6291456);
            if (u.stepOptions() != null) {
                v.range(u.stepOptions().nextAttemptDelaySeconds(), at + ".stepOptions.nextAttemptDelaySeconds", 1,
                        31622400);
            }
            if (u.waitOptions() != null) {
                v.range(u.waitOptions().waitSeconds(), at + ".waitOptions.waitSeconds", 1, 31622400);
            }
            if (u.callbackOptions() != null) {
                v.min(u.callbackOptions().timeoutSeconds(), at + ".callbackOptions.timeoutSeconds", 0)
                        .min(u.callbackOptions().heartbeatTimeoutSeconds(),
                                at + ".callbackOptions.heartbeatTimeoutSeconds", 0);
            }
            if (u.chainedInvokeOptions() != null) {
                v.required(u.chainedInvokeOptions().functionName(), at + ".chainedInvokeOptions.functionName");
            }
        }
    }
}
