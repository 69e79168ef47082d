package dev.fakecloud.lambda.esm.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.core.JsonLimits;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A function's partial batch response for a stream ({@code ReportBatchItemFailures}): the position in the batch of
 * the first failed record (its {@code itemIdentifier} is a sequence number). Null, empty or an empty list is
 * success; an identifier not in the batch, or a malformed answer, fails the whole batch, as Lambda documents.
 */
final class StreamBatchResponse {

    private static final ObjectMapper JSON = JsonLimits.mapper();

    /** The whole batch succeeded. */
    static final int ALL_SUCCEEDED = -1;

    private StreamBatchResponse() {
    }

    /**
     * The index of the earliest failed record in {@code sequenceNumbers}, {@link #ALL_SUCCEEDED}, or empty when the
     * response is malformed (the whole batch failed).
     */
    static Optional<Integer> firstFailure(byte[] payload, List<String> sequenceNumbers) {
        if (payload == null || payload.length == 0) {
            return Optional.of(ALL_SUCCEEDED);
        }
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || root.isNull()) {
            return Optional.of(ALL_SUCCEEDED);
        }
        JsonNode failures = root.path("batchItemFailures");
        if (failures.isMissingNode() || failures.isNull()) {
            return Optional.of(ALL_SUCCEEDED);
        }
        if (!failures.isArray()) {
            return Optional.empty();
        }
        int first = Integer.MAX_VALUE;
        for (JsonNode failure : failures) {
            JsonNode id = failure.path("itemIdentifier");
            int at = id.isTextual() ? sequenceNumbers.indexOf(id.asText()) : -1;
            if (at < 0) {
                return Optional.empty();
            }
            first = Math.min(first, at);
        }
        return Optional.of(first == Integer.MAX_VALUE ? ALL_SUCCEEDED : first);
    }
}
