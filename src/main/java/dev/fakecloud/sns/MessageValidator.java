package dev.fakecloud.sns;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.sns.model.SnsShapes.MessageAttributeValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a message to publish as AWS does (empty and oversized messages, subjects, {@code MessageStructure=json},
 * message attribute names, types and values), in AWS's words.
 */
final class MessageValidator {

    static final int MAX_SIZE = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private MessageValidator() {
    }

    /**
     * @param member how AWS names the request member in validation errors ({@code ""} for Publish,
     *     {@code publishBatchRequestEntries.N.member.} for a batch entry)
     */
    static MessageDraft draft(String message, String subject, String structure,
            Map<String, MessageAttributeValue> attributes, String groupId, String deduplicationId, String member) {
        if (message == null) {
            throw SnsErrors.required(member + "message");
        }
        Map<String, MessageAttributeValue> attrs = attributes(attributes == null ? Map.of() : attributes, member);
        if (message.isEmpty()) {
            throw SnsErrors.invalidParameter("Empty message");
        }
        checkSubject(subject);
        Map<String, String> perProtocol = structure(message, structure);
        MessageDraft draft = new MessageDraft(message, perProtocol, subject, attrs, groupId, deduplicationId);
        if (draft.size() > MAX_SIZE) {
            throw SnsErrors.invalidParameter("Message too long");
        }
        return draft;
    }

    static void checkSubject(String subject) {
        if (subject == null) {
            return;
        }
        if (subject.isEmpty() || subject.length() > 100 || subject.chars().anyMatch(Character::isISOControl)) {
            throw SnsErrors.invalidParameter("Subject");
        }
    }

    private static Map<String, String> structure(String message, String structure) {
        if (structure == null || structure.isEmpty()) {
            return Map.of();
        }
        if (!structure.equals("json")) {
            throw SnsErrors.invalidParameter("MessageStructure");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(message);
        } catch (java.io.IOException e) {
            throw SnsErrors.invalidParameter("Message Structure - JSON message body failed to parse");
        }
        if (tree == null || !tree.isObject() || !tree.path("default").isTextual()) {
            throw SnsErrors.invalidParameter("Message Structure - No default entry in JSON message body");
        }
        Map<String, String> out = new LinkedHashMap<>();
        tree.properties().forEach(e -> {
            if (e.getValue().isTextual()) {
                out.put(e.getKey(), e.getValue().textValue());
            }
        });
        return Map.copyOf(out);
    }

    private static Map<String, MessageAttributeValue> attributes(Map<String, MessageAttributeValue> attributes,
            String member) {
        Map<String, MessageAttributeValue> out = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            checkName(name);
            if (value == null || value.dataType() == null) {
                throw SnsErrors.validation(List.of("Value null at '" + member + "messageAttributes." + name
                        + ".member.dataType' failed to satisfy constraint: Member must not be null"));
            }
            out.put(name, checkValue(name, value));
        });
        return out;
    }

    private static void checkName(String name) {
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= 256) {
            throw SnsErrors.parameterValueInvalid("Length of message attribute name must be less than 256 bytes.");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
                throw SnsErrors.parameterValueInvalid("Invalid non-alphanumeric character '#x"
                        + Integer.toHexString(c).toUpperCase() + "' was found in the message attribute name. Can only "
                        + "include alphanumeric characters, hyphens, underscores, or dots.");
            }
        }
        if (name.startsWith(".")) {
            throw SnsErrors.parameterValueInvalid("Invalid message attribute name starting with character '.' was "
                    + "found.");
        }
        if (name.endsWith(".")) {
            throw SnsErrors.parameterValueInvalid("Invalid message attribute name ending with character '.' was found.");
        }
        if (name.contains("..")) {
            throw SnsErrors.parameterValueInvalid("Message attribute name can not have successive '.' character.");
        }
    }

    private static MessageAttributeValue checkValue(String name, MessageAttributeValue value) {
        String type = value.dataType();
        String base = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
        boolean validType = (base.equals("String") || base.equals("Number") || base.equals("Binary"))
                && (type.equals(base) || type.length() > base.length() + 1);
        if (!validType) {
            throw SnsErrors.parameterValueInvalid("The message attribute '" + name + "' has an invalid message "
                    + "attribute type, the set of supported type prefixes is Binary, Number, and String.");
        }
        boolean hasString = value.stringValue() != null && !value.stringValue().isEmpty();
        boolean hasBinary = value.binaryValue() != null && value.binaryValue().length > 0;
        if (base.equals("Binary")) {
            if (!hasBinary) {
                throw SnsErrors.parameterValueInvalid(hasString
                        ? "The message attribute '" + name + "' with type 'Binary' must use field 'Binary'."
                        : nonEmpty(name, "Binary"));
            }
            return new MessageAttributeValue(type, null, value.binaryValue());
        }
        if (!hasString) {
            throw SnsErrors.parameterValueInvalid(hasBinary
                    ? "The message attribute '" + name + "' with type '" + base + "' must use field 'String'."
                    : nonEmpty(name, base));
        }
        if (base.equals("Number")) {
            try {
                new BigDecimal(value.stringValue().trim());
            } catch (NumberFormatException e) {
                throw SnsErrors.parameterValueInvalid("Could not cast message attribute '" + name
                        + "' value to number.");
            }
        }
        return new MessageAttributeValue(type, value.stringValue(), null);
    }

    private static String nonEmpty(String name, String type) {
        return "The message attribute '" + name + "' must contain non-empty message attribute value for message "
                + "attribute type '" + type + "'.";
    }
}
