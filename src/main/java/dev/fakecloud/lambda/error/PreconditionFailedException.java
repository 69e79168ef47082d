package dev.fakecloud.lambda.error;

import dev.fakecloud.core.AwsException;

/** Lambda's {@code PreconditionFailedException} (HTTP 412). */
public final class PreconditionFailedException extends AwsException {

    public PreconditionFailedException(String message) {
        super("PreconditionFailedException", message, 412, true, MessageKey.LOWER, true);
    }

    /**
     * A {@code RevisionId} that is not the current one, in AWS's words, which name the API that tells the current
     * one (e.g. {@code GetFunction/GetAlias}, {@code GetPolicy}).
     */
    public static PreconditionFailedException revisionMismatch(String readingApi) {
        return new PreconditionFailedException("The Revision Id provided does not match the latest Revision Id. "
                + "Call the " + readingApi + " API to retrieve the latest Revision Id");
    }
}
