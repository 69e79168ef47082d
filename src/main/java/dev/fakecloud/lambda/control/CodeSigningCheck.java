package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;

/**
 * Whether a code signing configuration exists, for CreateFunction's {@code CodeSigningConfigArn}; answered by the
 * code signing service, which builds on functions rather than the other way round.
 */
public interface CodeSigningCheck {

    /** Fails with AWS's error unless the configuration exists in the scope. */
    void requireExists(Scope scope, String codeSigningConfigArn);
}
