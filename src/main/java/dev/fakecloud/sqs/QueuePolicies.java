package dev.fakecloud.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.sqs.model.SqsShapes.AddPermissionRequest;
import java.io.IOException;

/** AddPermission / RemovePermission: statements labelled by Sid in the queue's {@code Policy} attribute. */
final class QueuePolicies {

    private static final ObjectMapper JSON = JsonLimits.mapper();

    private QueuePolicies() {
    }

    static synchronized void add(SqsQueue queue, AddPermissionRequest req) {
        if (req.label() == null) {
            throw SqsErrors.missingParameter("Label");
        }
        if (req.awsAccountIds() == null || req.awsAccountIds().isEmpty()) {
            throw SqsErrors.missingParameter("AWSAccountIds");
        }
        if (req.actions() == null || req.actions().isEmpty()) {
            throw SqsErrors.missingParameter("Actions");
        }
        ObjectNode policy = read(queue);
        ArrayNode statements = (ArrayNode) policy.get("Statement");
        for (JsonNode s : statements) {
            if (req.label().equals(s.path("Sid").asText())) {
                throw SqsErrors.invalidParameter(req.label(), "Label", "Already exists.");
            }
        }
        ObjectNode statement = statements.addObject();
        statement.put("Sid", req.label());
        statement.put("Effect", "Allow");
        ArrayNode principals = statement.putObject("Principal").putArray("AWS");
        req.awsAccountIds().forEach(a -> principals.add("arn:aws:iam::" + a + ":root"));
        ArrayNode actions = statement.putArray("Action");
        req.actions().forEach(a -> actions.add("SQS:" + a));
        statement.put("Resource", queue.arn);
        write(queue, policy);
    }

    static synchronized void remove(SqsQueue queue, String label) {
        if (label == null) {
            throw SqsErrors.missingParameter("Label");
        }
        ObjectNode policy = read(queue);
        ArrayNode statements = (ArrayNode) policy.get("Statement");
        for (int i = 0; i < statements.size(); i++) {
            if (label.equals(statements.get(i).path("Sid").asText())) {
                statements.remove(i);
                if (statements.isEmpty()) {
                    queue.setAttributes(java.util.Map.of("Policy", ""), System.currentTimeMillis());
                } else {
                    write(queue, policy);
                }
                return;
            }
        }
        throw SqsErrors.invalidParameter(label, "Label", "can't find label.");
    }

    private static ObjectNode read(SqsQueue queue) {
        String text = queue.attribute("Policy");
        try {
            if (text != null && JSON.readTree(text) instanceof ObjectNode existing
                    && existing.get("Statement") instanceof ArrayNode) {
                return existing;
            }
        } catch (IOException ignored) {
            // a policy that is not JSON is replaced
        }
        ObjectNode policy = JSON.createObjectNode();
        policy.put("Version", "2012-10-17");
        policy.put("Id", queue.arn + "/SQSDefaultPolicy");
        policy.putArray("Statement");
        return policy;
    }

    private static void write(SqsQueue queue, ObjectNode policy) {
        queue.setAttributes(java.util.Map.of("Policy", policy.toString()), System.currentTimeMillis());
    }
}
