package dev.fakecloud.lambda.esm.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.core.JsonLimits;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a function's partial batch response ({@code ReportBatchItemFailures}): the message ids to keep. An empty
 * or null response, or an empty list, means every message succeeded; a malformed one fails the whole batch, as
 * Lambda documents.
 */
final class BatchResponse {

    private static final ObjectMapper JSON = JsonLimits.mapper();

    private BatchResponse() {
    }

    /** The ids that failed, or empty when the response is malformed (then the whole batch failed). */
    static Optional<Set<String>> failedIds(byte[] payload, Set<String> batchIds) {
        if (payload == null || payload.length == 0) {
            return Optional.of(Set.of());
        }
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || root.isNull()) {
            return Optional.of(Set.of());
        }
        JsonNode failures = root.path("batchItemFailures");
        if (failures.isMissingNode() || failures.isNull()) {
            return Optional.of(Set.of());
        }
        if (!failures.isArray()) {
            return Optional.empty();
        }
        Set<String> failed = new HashSet<>();
        for (JsonNode failure : failures) {
            JsonNode id = failure.path("itemIdentifier");
            if (!id.isTextual() || id.asText().isEmpty() || !batchIds.contains(id.asText())) {
                return Optional.empty();
            }
            failed.add(id.asText());
        }
        return Optional.of(failed);
    }
}
