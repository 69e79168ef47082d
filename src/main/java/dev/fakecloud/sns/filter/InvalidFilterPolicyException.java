package dev.fakecloud.sns.filter;

/** A filter policy SNS refuses; the message is AWS's reason (the caller adds "Invalid parameter: ..."). */
public final class InvalidFilterPolicyException extends RuntimeException {

    private final boolean scopeError;

    InvalidFilterPolicyException(String reason, boolean scopeError) {
        super(reason, null, false, false);
        this.scopeError = scopeError;
    }

    InvalidFilterPolicyException(String reason) {
        this(reason, false);
    }

    /** True when the policy is valid but not for its scope (nested policies on message attributes). */
    public boolean scopeError() {
        return scopeError;
    }
}
