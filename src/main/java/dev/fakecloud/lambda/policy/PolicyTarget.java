package dev.fakecloud.lambda.policy;

import dev.fakecloud.lambda.control.FunctionVersion;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.model.FunctionConfiguration;
import dev.fakecloud.lambda.model.FunctionRequests.AliasConfiguration;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a function policy is attached to: $LATEST (no qualifier), a published version or an alias. Its revision id
 * moves with the policy's. Used while holding the function's monitor.
 */
abstract sealed class PolicyTarget {

    private static final Pattern ALIAS_NAME = Pattern.compile("(?!^[0-9]+$)([a-zA-Z0-9-_]+)");

    protected final LambdaFunction fn;

    private PolicyTarget(LambdaFunction fn) {
        this.fn = fn;
    }

    abstract String revisionId();

    abstract void setRevisionId(String revisionId);

    /**
     * The target of a qualifier: a name an alias could have is looked up as an alias ("Cannot find alias arn: ..."
     * when missing), anything else as a version ({@code versionMissing} when missing).
     */
    static PolicyTarget resolve(LambdaFunction fn, String qualifier,
            Supplier<ResourceNotFoundException> versionMissing) {
        if (qualifier == null) {
            return new Latest(fn);
        }
        if (ALIAS_NAME.matcher(qualifier).matches()) {
            AliasConfiguration alias = fn.aliases().get(qualifier);
            if (alias == null) {
                throw new ResourceNotFoundException("Cannot find alias arn: "
                        + LambdaArns.function(fn.scope(), fn.name(), qualifier));
            }
            return new Alias(fn, alias);
        }
        Long number = parse(qualifier);
        if (number == null || !fn.versions().containsKey(number)) {
            throw versionMissing.get();
        }
        return new Version(fn, number);
    }

    private static Long parse(String qualifier) {
        try {
            return Long.valueOf(qualifier);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static FunctionConfiguration withRevision(FunctionConfiguration c, String revisionId) {
        FunctionConfiguration.Builder b = c.toBuilder();
        b.revisionId = revisionId;
        return b.build();
    }

    private static final class Latest extends PolicyTarget {
        Latest(LambdaFunction fn) {
            super(fn);
        }

        @Override
        String revisionId() {
            return fn.latest().config().revisionId();
        }

        @Override
        void setRevisionId(String revisionId) {
            FunctionVersion latest = fn.latest();
            fn.setLatest(latest.withConfig(withRevision(latest.config(), revisionId)));
        }
    }

    private static final class Version extends PolicyTarget {
        private final long number;

        Version(LambdaFunction fn, long number) {
            super(fn);
            this.number = number;
        }

        @Override
        String revisionId() {
            return fn.versions().get(number).config().revisionId();
        }

        @Override
        void setRevisionId(String revisionId) {
            FunctionVersion v = fn.versions().get(number);
            fn.versions().put(number, v.withConfig(withRevision(v.config(), revisionId)));
        }
    }

    private static final class Alias extends PolicyTarget {
        private final AliasConfiguration alias;

        Alias(LambdaFunction fn, AliasConfiguration alias) {
            super(fn);
            this.alias = alias;
        }

        @Override
        String revisionId() {
            return alias.revisionId();
        }

        @Override
        void setRevisionId(String revisionId) {
            fn.aliases().put(alias.name(), new AliasConfiguration(alias.aliasArn(), alias.name(),
                    alias.functionVersion(), alias.description(), alias.routingConfig(), revisionId));
        }
    }
}
