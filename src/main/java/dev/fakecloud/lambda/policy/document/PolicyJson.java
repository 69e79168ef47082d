package dev.fakecloud.lambda.policy.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.JsonLimits;
import java.io.UncheckedIOException;

/**
 * Writes policy documents and statements as the compact JSON strings Lambda returns. Member names are all explicit
 * on the records, so this mapper needs no naming strategy; absent members are left out.
 */
public final class PolicyJson {

    private static final ObjectMapper MAPPER = JsonLimits.mapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private PolicyJson() {
    }

    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static ObjectNode objectNode() {
        return MAPPER.createObjectNode();
    }

    /** Parses a caller's policy document; null when it is not a JSON object. */
    public static ObjectNode parseObject(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return node instanceof ObjectNode object ? object : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    public static String write(Object documentOrStatement) {
        try {
            return MAPPER.writeValueAsString(documentOrStatement);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
