package dev.fakecloud.lambda.invoke;

import dev.fakecloud.core.Validation;
import java.util.List;

/** How a caller wants a function invoked ({@code X-Amz-Invocation-Type}). */
public enum InvocationType {
    REQUEST_RESPONSE("RequestResponse"), EVENT("Event"), DRY_RUN("DryRun");

    public final String wire;

    InvocationType(String wire) {
        this.wire = wire;
    }

    public static InvocationType parse(String header, List<String> allowed) {
        if (header == null) {
            return REQUEST_RESPONSE;
        }
        Validation.start().oneOf(header, "invocationType", allowed).throwIfInvalid();
        for (InvocationType t : values()) {
            if (t.wire.equals(header)) {
                return t;
            }
        }
        throw new IllegalStateException("validated above");
    }
}
