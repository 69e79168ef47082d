package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.model.FunctionConfiguration;
import dev.fakecloud.lambda.model.FunctionRequests.AliasConfiguration;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A function with everything that hangs off it: $LATEST, published versions, aliases, reserved concurrency and the
 * code signing configuration it uses. An immutable value kept in the {@link FunctionStore}; every change makes a
 * new one (the versions it holds are shared, immutable values).
 *
 * @param lastVersionNumber versions are never numbered twice, even after deletions
 * @param lastPublishedSource $LATEST's configuration as it was when the newest version was published from it
 */
public record LambdaFunction(Scope scope, String name, FunctionVersion latest,
        NavigableMap<Long, FunctionVersion> versions, long lastVersionNumber,
        FunctionConfiguration lastPublishedSource, NavigableMap<String, AliasConfiguration> aliases,
        Integer reservedConcurrency, String codeSigningConfigArn) {

    public LambdaFunction {
        versions = Collections.unmodifiableNavigableMap(new TreeMap<>(versions == null ? Map.of() : versions));
        aliases = Collections.unmodifiableNavigableMap(new TreeMap<>(aliases == null ? Map.of() : aliases));
    }

    static LambdaFunction created(Scope scope, String name, FunctionVersion latest, String codeSigningConfigArn) {
        return new LambdaFunction(scope, name, latest, null, 0, null, null, null, codeSigningConfigArn);
    }

    public FunctionKey key() {
        return new FunctionKey(scope, name);
    }

    public String arn() {
        return LambdaArns.function(scope, name, null);
    }

    /**
     * What a qualifier designates: null or {@code $LATEST}, a version number, or an alias; empty when there is no
     * such version or alias. The one place qualifiers are resolved.
     */
    public Optional<QualifierTarget> target(String qualifier) {
        if (qualifier == null || FunctionRef.LATEST.equals(qualifier)) {
            return Optional.of(new QualifierTarget.Latest(latest));
        }
        if (!qualifier.isEmpty() && qualifier.chars().allMatch(Character::isDigit)) {
            Long number = versionNumber(qualifier);
            FunctionVersion v = number == null ? null : versions.get(number);
            return v == null ? Optional.empty() : Optional.of(new QualifierTarget.Published(number, v));
        }
        AliasConfiguration alias = aliases.get(qualifier);
        return alias == null ? Optional.empty()
                : Optional.of(new QualifierTarget.Alias(alias, version(alias.functionVersion()).orElse(null)));
    }

    /** A version by its number or {@code $LATEST}. */
    public Optional<FunctionVersion> version(String version) {
        if (FunctionRef.LATEST.equals(version)) {
            return Optional.of(latest);
        }
        Long number = versionNumber(version);
        return Optional.ofNullable(number == null ? null : versions.get(number));
    }

    public boolean hasVersion(String number) {
        Long n = versionNumber(number);
        return n != null && versions.containsKey(n);
    }

    static Long versionNumber(String version) {
        try {
            return version == null ? null : Long.valueOf(version);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    LambdaFunction withLatest(FunctionVersion newLatest) {
        return new LambdaFunction(scope, name, newLatest, versions, lastVersionNumber, lastPublishedSource, aliases,
                reservedConcurrency, codeSigningConfigArn);
    }

    /** A new published version numbered after the last, with $LATEST's configuration it was published from. */
    LambdaFunction withPublished(FunctionVersion version, FunctionConfiguration source) {
        TreeMap<Long, FunctionVersion> copy = new TreeMap<>(versions);
        copy.put(lastVersionNumber + 1, version);
        return new LambdaFunction(scope, name, latest, copy, lastVersionNumber + 1, source, aliases,
                reservedConcurrency, codeSigningConfigArn);
    }

    LambdaFunction withVersion(long number, FunctionVersion version) {
        TreeMap<Long, FunctionVersion> copy = new TreeMap<>(versions);
        if (version == null) {
            copy.remove(number);
        } else {
            copy.put(number, version);
        }
        return new LambdaFunction(scope, name, latest, copy, lastVersionNumber, lastPublishedSource, aliases,
                reservedConcurrency, codeSigningConfigArn);
    }

    LambdaFunction withAlias(String aliasName, AliasConfiguration alias) {
        TreeMap<String, AliasConfiguration> copy = new TreeMap<>(aliases);
        if (alias == null) {
            copy.remove(aliasName);
        } else {
            copy.put(aliasName, alias);
        }
        return new LambdaFunction(scope, name, latest, versions, lastVersionNumber, lastPublishedSource, copy,
                reservedConcurrency, codeSigningConfigArn);
    }

    LambdaFunction withReservedConcurrency(Integer reserved) {
        return new LambdaFunction(scope, name, latest, versions, lastVersionNumber, lastPublishedSource, aliases,
                reserved, codeSigningConfigArn);
    }

    LambdaFunction withCodeSigningConfig(String arn) {
        return new LambdaFunction(scope, name, latest, versions, lastVersionNumber, lastPublishedSource, aliases,
                reservedConcurrency, arn);
    }

    /** The configuration of the version a target names with its revision id replaced. */
    LambdaFunction withRevision(QualifierTarget target, String revisionId) {
        UnaryOperator<FunctionConfiguration> revised = c -> {
            FunctionConfiguration.Builder b = c.toBuilder();
            b.revisionId = revisionId;
            return b.build();
        };
        return switch (target) {
            case QualifierTarget.Latest l -> withLatest(latest.withConfig(revised.apply(latest.config())));
            case QualifierTarget.Published p -> withVersion(p.number(),
                    p.version().withConfig(revised.apply(p.version().config())));
            case QualifierTarget.Alias a -> withAlias(a.alias().name(), new AliasConfiguration(a.alias().aliasArn(),
                    a.alias().name(), a.alias().functionVersion(), a.alias().description(),
                    a.alias().routingConfig(), revisionId));
        };
    }
}
