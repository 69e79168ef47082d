package dev.fakecloud.sqs;

import dev.fakecloud.sqs.model.SqsShapes.MessageAttributeValue;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MD5 digests SQS returns and the SDKs verify: of the body, and of the message attributes encoded as AWS
 * documents (attributes sorted by name; each name, data type and value length-prefixed; a transport byte 1 for
 * string values, 2 for binary).
 */
public final class MessageMd5 {

    private MessageMd5() {
    }

    public static String ofBody(String body) {
        return hex(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Null when there are no attributes, as SQS omits the member then. */
    public static String ofAttributes(Map<String, MessageAttributeValue> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, MessageAttributeValue> e : new TreeMap<>(attributes).entrySet()) {
            MessageAttributeValue v = e.getValue();
            lengthPrefixed(out, e.getKey().getBytes(StandardCharsets.UTF_8));
            lengthPrefixed(out, v.dataType().getBytes(StandardCharsets.UTF_8));
            if (v.binaryValue() != null) {
                out.write(2);
                lengthPrefixed(out, v.binaryValue());
            } else {
                out.write(1);
                lengthPrefixed(out, (v.stringValue() == null ? "" : v.stringValue()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return hex(out.toByteArray());
    }

    private static void lengthPrefixed(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static String hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is always available", e);
        }
    }
}
