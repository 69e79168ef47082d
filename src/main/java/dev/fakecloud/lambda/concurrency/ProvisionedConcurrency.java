package dev.fakecloud.lambda.concurrency;

import dev.fakecloud.core.Scope;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The provisioned concurrency configured on one published version or alias. Immutable: a change replaces it.
 *
 * @param qualifier the version number or alias name it was configured on
 * @param requested environments asked for
 * @param allocated environments prepared so far
 * @param token tells apart two configurations put one after the other on the same qualifier
 */
public record ProvisionedConcurrency(Scope scope, String functionName, String qualifier, int requested, int allocated,
        Status status, String statusReason, Instant lastModified, long token) {

    /** {@code ProvisionedConcurrencyStatusEnum}. */
    public enum Status {
        IN_PROGRESS, READY, FAILED
    }

    /** {@code LastModified} is a string member, written like {@code 2019-11-21T19:32:12+0000}. */
    private static final DateTimeFormatter LAST_MODIFIED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);

    static ProvisionedConcurrency requested(Scope scope, String functionName, String qualifier, int requested,
            long token) {
        return new ProvisionedConcurrency(scope, functionName, qualifier, requested, 0, Status.IN_PROGRESS, null,
                Instant.now(), token);
    }

    /** The same configuration with every requested environment allocated. */
    ProvisionedConcurrency ready() {
        return new ProvisionedConcurrency(scope, functionName, qualifier, requested, requested, Status.READY, null,
                lastModified, token);
    }

    /** The same configuration after its environments could not be prepared. */
    ProvisionedConcurrency failed(String reason) {
        return new ProvisionedConcurrency(scope, functionName, qualifier, requested, 0, Status.FAILED, reason,
                lastModified, token);
    }

    /** Environments that can take an invocation right now. */
    public int available() {
        return status == Status.READY ? allocated : 0;
    }

    public String lastModifiedText() {
        return LAST_MODIFIED.format(lastModified);
    }
}
