package dev.fakecloud.sqs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Receipt handles: opaque to callers, but carrying the queue ARN and message id so malformed ones can be told. */
final class ReceiptHandles {

    private ReceiptHandles() {
    }

    static String issue(String queueArn, String messageId) {
        String raw = queueArn + " " + messageId + " " + UUID.randomUUID();
        return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a handle is one fakecloud could have issued for this queue. */
    static boolean wellFormed(String handle, String queueArn) {
        try {
            String raw = new String(Base64.getDecoder().decode(handle), StandardCharsets.UTF_8);
            String[] parts = raw.split(" ");
            return parts.length == 3 && parts[0].equals(queueArn);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
