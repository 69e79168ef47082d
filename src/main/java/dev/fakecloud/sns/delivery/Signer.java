package dev.fakecloud.sns.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The {@code Signature} of delivered messages, over the string AWS signs ({@code Key\nValue\n} for each signed
 * member, in AWS's order). fakecloud holds no AWS certificate: the value is the base64 of the string's SHA1
 * (SignatureVersion 1) or SHA256 (SignatureVersion 2) digest, so it has AWS's shape and changes with the content,
 * but a receiver that verifies signatures against AWS's certificate will reject it.
 */
final class Signer {

    static final String CERT_PATH = "/_fakecloud/sns/SimpleNotificationService-fakecloud.pem";

    private Signer() {
    }

    static String notification(String message, String messageId, String subject, String timestamp, String topicArn) {
        StringBuilder s = new StringBuilder();
        s.append("Message\n").append(message).append('\n').append("MessageId\n").append(messageId).append('\n');
        if (subject != null) {
            s.append("Subject\n").append(subject).append('\n');
        }
        s.append("Timestamp\n").append(timestamp).append('\n').append("TopicArn\n").append(topicArn).append('\n')
                .append("Type\nNotification\n");
        return s.toString();
    }

    static String confirmation(String message, String messageId, String subscribeUrl, String timestamp, String token,
            String topicArn, String type) {
        return "Message\n" + message + "\nMessageId\n" + messageId + "\nSubscribeURL\n" + subscribeUrl
                + "\nTimestamp\n" + timestamp + "\nToken\n" + token + "\nTopicArn\n" + topicArn + "\nType\n" + type
                + "\n";
    }

    static String sign(String signatureVersion, String canonical) {
        try {
            MessageDigest digest = MessageDigest.getInstance("2".equals(signatureVersion) ? "SHA-256" : "SHA-1");
            return Base64.getEncoder().encodeToString(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
