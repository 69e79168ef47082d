package dev.fakecloud.lambda.policy;

import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.control.QualifierTarget;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a function policy is attached to, with the errors the policy operations report: a name an alias could have
 * that names no alias is "Cannot find alias arn: ...", a missing version is the operation's own not-found error.
 */
final class PolicyTargets {

    private static final Pattern ALIAS_NAME = Pattern.compile("(?!^[0-9]+$)([a-zA-Z0-9-_]+)");

    private PolicyTargets() {
    }

    static QualifierTarget resolve(LambdaFunction fn, String qualifier,
            Supplier<ResourceNotFoundException> versionMissing) {
        return fn.target(qualifier).orElseThrow(() -> qualifier != null && ALIAS_NAME.matcher(qualifier).matches()
                ? new ResourceNotFoundException("Cannot find alias arn: " + LambdaArns.function(fn.scope(), fn.name(),
                        qualifier))
                : versionMissing.get());
    }

    /** The revision id the target shows now. */
    static String revisionId(QualifierTarget target) {
        return switch (target) {
            case QualifierTarget.Alias a -> a.alias().revisionId();
            default -> target.version().config().revisionId();
        };
    }
}
