package dev.fakecloud.lambda.policy.document;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Who a policy statement allows, written as IAM writes it: {@code "*"} for anyone, {@code {"Service": ...}} for an
 * AWS service, {@code {"AWS": ...}} for an account or IAM identity.
 */
public sealed interface PolicyPrincipal {

    PolicyPrincipal ANYONE = new Anyone();

    /** An account, written as its root identity ({@code arn:aws:iam::123456789012:root}). */
    static PolicyPrincipal account(String accountId) {
        return new Aws("arn:aws:iam::" + accountId + ":root");
    }

    @RegisterForReflection
    record Anyone() implements PolicyPrincipal {
        @JsonValue
        public String json() {
            return "*";
        }
    }

    @RegisterForReflection
    record Service(@JsonProperty("Service") String service) implements PolicyPrincipal {
    }

    @RegisterForReflection
    record Aws(@JsonProperty("AWS") String aws) implements PolicyPrincipal {
    }
}
