package dev.fakecloud.lambda.control;

import dev.fakecloud.lambda.model.FunctionConfiguration;
import dev.fakecloud.lambda.model.FunctionRequests.AliasConfiguration;

/**
 * A function reference resolved against the store: the function, the version it designates, and the alias it was
 * reached through, if any.
 *
 * @param qualifier the qualifier as the caller gave it ({@code null}, {@code $LATEST}, a number or an alias)
 */
public record ResolvedFunction(LambdaFunction function, FunctionVersion version, String qualifier,
        AliasConfiguration alias) {

    /** The version's configuration as seen through the caller's qualifier (its ARN carries that qualifier). */
    public FunctionConfiguration view() {
        FunctionConfiguration c = version.config();
        if (qualifier == null || c.functionArn().endsWith(":" + qualifier)) {
            return c;
        }
        FunctionConfiguration.Builder b = c.toBuilder();
        b.functionArn = LambdaArns.function(function.scope(), function.name(), qualifier);
        return b.build();
    }

    /** The version number that runs: {@code $LATEST} or the published number. */
    public String executedVersion() {
        return version.config().version();
    }
}
