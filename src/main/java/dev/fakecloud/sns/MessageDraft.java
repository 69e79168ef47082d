package dev.fakecloud.sns;

import dev.fakecloud.sns.model.SnsShapes.MessageAttributeValue;
import java.util.Map;

/**
 * A message to publish once it passed validation.
 *
 * @param perProtocol the messages of a {@code MessageStructure=json} publish, by protocol (empty otherwise)
 */
record MessageDraft(String message, Map<String, String> perProtocol, String subject,
        Map<String, MessageAttributeValue> attributes, String groupId, String deduplicationId) {

    /** Message plus attributes, as SNS counts them against the 256 KiB limit. */
    int size() {
        int size = utf8(message);
        for (Map.Entry<String, MessageAttributeValue> e : attributes.entrySet()) {
            MessageAttributeValue v = e.getValue();
            size += utf8(e.getKey()) + utf8(v.dataType()) + (v.binaryValue() != null ? v.binaryValue().length
                    : utf8(v.stringValue()));
        }
        return size;
    }

    private static int utf8(String s) {
        return s == null ? 0 : s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
