package dev.fakecloud.lambda.control;

import dev.fakecloud.lambda.model.FunctionRequests.AliasConfiguration;

/**
 * What a qualifier designates in a function: {@code $LATEST} (or no qualifier), a published version, or an alias
 * and the version it points to. Each operation turns a missing target into its own error.
 */
public sealed interface QualifierTarget {

    /** The version that runs for this target (null only for an alias whose version is gone). */
    FunctionVersion version();

    record Latest(FunctionVersion version) implements QualifierTarget {
    }

    record Published(long number, FunctionVersion version) implements QualifierTarget {
    }

    record Alias(AliasConfiguration alias, FunctionVersion version) implements QualifierTarget {
    }
}
