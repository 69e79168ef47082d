package dev.fakecloud.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.core.JsonLimits;

/** A queue's {@code RedrivePolicy}: where messages go after {@code maxReceiveCount} receives. */
record RedrivePolicy(String deadLetterTargetArn, int maxReceiveCount) {

    private static final ObjectMapper JSON = JsonLimits.mapper();

    /** Null when absent or unreadable. */
    static RedrivePolicy parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            JsonNode arn = node.get("deadLetterTargetArn");
            JsonNode max = node.get("maxReceiveCount");
            if (arn == null || max == null || !arn.isTextual()) {
                return null;
            }
            int count = max.isNumber() ? max.asInt() : Integer.parseInt(max.asText());
            return count >= 1 && count <= 1000 ? new RedrivePolicy(arn.asText(), count) : null;
        } catch (java.io.IOException | NumberFormatException e) {
            return null;
        }
    }
}
