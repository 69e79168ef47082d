package dev.fakecloud.lambda.durable;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;

/** Opaque, unguessable checkpoint tokens and callback ids (base64, as the model's patterns require). */
@ApplicationScoped
public class DurableIds {

    private final SecureRandom random = new SecureRandom();

    public String checkpointToken() {
        return base64(36);
    }

    public String callbackId() {
        return base64(36);
    }

    private String base64(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }
}
