package dev.fakecloud.sqs;

import dev.fakecloud.sqs.model.SqsShapes.MessageAttributeValue;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a message to send against the queue's rules and AWS's limits, turning it into a {@link MessageDraft}. */
@ApplicationScoped
public class MessageValidator {

    private static final Pattern GROUP_OR_DEDUP_ID = Pattern.compile("[\\p{Alnum}\\p{Punct}]{1,128}");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,256}");

    MessageDraft draft(SqsQueue queue, SqsCall call, String body, Map<String, MessageAttributeValue> attributes,
            Map<String, MessageAttributeValue> systemAttributes, Integer delaySeconds, String groupId,
            String deduplicationId) {
        if (body == null) {
            throw SqsErrors.missingParameter("MessageBody");
        }
        if (body.isEmpty()) {
            throw SqsErrors.missingParameter("MessageBody");
        }
        checkCharacters(body);
        if (attributes != null) {
            attributes.forEach(MessageValidator::checkAttribute);
        }
        if (systemAttributes != null) {
            systemAttributes.forEach(MessageValidator::checkSystemAttribute);
        }
        int max = queue.settings().maximumMessageSize();
        if (size(body, attributes) > max) {
            throw SqsErrors.invalidParameterValue(
                    "One or more parameters are invalid. Reason: Message must be shorter than " + max + " bytes.");
        }
        if (delaySeconds != null && (delaySeconds < 0 || delaySeconds > 900)) {
            throw SqsErrors.invalidParameter(delaySeconds, "DelaySeconds", "Must be >= 0 and <= 900, if provided.");
        }
        if (groupId != null && !GROUP_OR_DEDUP_ID.matcher(groupId).matches()) {
            throw SqsErrors.invalidParameter(groupId, "MessageGroupId", "MessageGroupId can only include alphanumeric "
                    + "and punctuation characters. 1 to 128 in length.");
        }
        if (deduplicationId != null && !GROUP_OR_DEDUP_ID.matcher(deduplicationId).matches()) {
            throw SqsErrors.invalidParameter(deduplicationId, "MessageDeduplicationId", "MessageDeduplicationId can "
                    + "only include alphanumeric and punctuation characters. 1 to 128 in length.");
        }
        String dedup = deduplicationId;
        if (queue.fifo) {
            if (delaySeconds != null && delaySeconds > 0) {
                throw SqsErrors.invalidParameter(delaySeconds, "DelaySeconds",
                        "The request include parameter that is not valid for this queue type.");
            }
            if (groupId == null) {
                throw SqsErrors.missingParameter("MessageGroupId");
            }
            if (dedup == null) {
                if (!queue.settings().contentBasedDeduplication()) {
                    throw SqsErrors.invalidParameterValue("The queue should either have ContentBasedDeduplication "
                            + "enabled or MessageDeduplicationId provided explicitly");
                }
                dedup = sha256(body);
            }
        } else if (deduplicationId != null) {
            throw SqsErrors.invalidParameter(deduplicationId, "MessageDeduplicationId",
                    "The request includes a parameter that is not valid for this queue type.");
        }
        return MessageDraft.of(body, attributes, systemAttributes, queue.fifo ? null : delaySeconds, groupId, dedup,
                call.accountId());
    }

    /** Size as SQS counts it against MaximumMessageSize: body plus attribute names, types and values. */
    static long size(String body, Map<String, MessageAttributeValue> attributes) {
        long size = utf8(body);
        if (attributes != null) {
            for (Map.Entry<String, MessageAttributeValue> e : attributes.entrySet()) {
                MessageAttributeValue v = e.getValue();
                size += utf8(e.getKey()) + utf8(v.dataType()) + utf8(v.stringValue());
                size += v.binaryValue() == null ? 0 : v.binaryValue().length;
            }
        }
        return size;
    }

    private static long utf8(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void checkAttribute(String name, MessageAttributeValue v) {
        if (!ATTRIBUTE_NAME.matcher(name).matches() || name.startsWith("AWS.") || name.startsWith("Amazon.")) {
            throw SqsErrors.invalidParameterValue("Message (user) attribute name '" + name + "' is invalid.");
        }
        if (v == null || v.dataType() == null || v.dataType().isEmpty()) {
            throw SqsErrors.invalidParameterValue("The message attribute '" + name + "' must contain non-empty message "
                    + "attribute type.");
        }
        String base = v.dataType().split("\\.", 2)[0];
        switch (base) {
            case "String", "Number" -> {
                if (v.stringValue() == null || v.stringValue().isEmpty()) {
                    throw SqsErrors.invalidParameterValue("Message (user) attribute '" + name
                            + "' must contain a non-empty value of type '" + base + "'.");
                }
                if (base.equals("Number")) {
                    try {
                        new java.math.BigDecimal(v.stringValue());
                    } catch (NumberFormatException e) {
                        throw SqsErrors.invalidParameterValue("Could not cast message attribute '" + name
                                + "' value to number.");
                    }
                }
            }
            case "Binary" -> {
                if (v.binaryValue() == null || v.binaryValue().length == 0) {
                    throw SqsErrors.invalidParameterValue("Message (user) attribute '" + name
                            + "' must contain a non-empty value of type 'Binary'.");
                }
            }
            default -> throw SqsErrors.invalidParameterValue("The type of message (user) attribute '" + name
                    + "' is invalid. You must use only the following supported type prefixes: Binary, Number, String.");
        }
    }

    private static void checkSystemAttribute(String name, MessageAttributeValue v) {
        if (!name.equals("AWSTraceHeader")) {
            throw SqsErrors.invalidParameterValue("Message system attribute name '" + name + "' is invalid.");
        }
        if (v == null || !"String".equals(v.dataType()) || v.stringValue() == null || v.stringValue().isEmpty()) {
            throw SqsErrors.invalidParameterValue("Message system attribute '" + name
                    + "' must contain a non-empty value of type 'String'.");
        }
    }

    private static void checkCharacters(String body) {
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!ok) {
                throw SqsErrors.invalidMessageContents(c);
            }
            i += Character.charCount(c);
        }
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
