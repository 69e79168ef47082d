package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.PreconditionFailedException;
import dev.fakecloud.lambda.error.ResourceConflictException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.model.FunctionConfiguration;
import dev.fakecloud.lambda.model.FunctionRequests.AliasConfiguration;
import dev.fakecloud.lambda.model.FunctionRequests.AliasRoutingConfiguration;
import dev.fakecloud.lambda.model.FunctionRequests.CreateAliasRequest;
import dev.fakecloud.lambda.model.FunctionRequests.PublishVersionRequest;
import dev.fakecloud.lambda.model.FunctionRequests.UpdateAliasRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Published versions (immutable snapshots of $LATEST) and aliases (named pointers with weighted routing). */
@ApplicationScoped
public class VersionAliasService {

    static final Pattern ALIAS_NAME = Pattern.compile("(?!^[0-9]+$)([a-zA-Z0-9-_]+)");
    static final Pattern VERSION = Pattern.compile("(\\$LATEST|[0-9]+)");

    private final FunctionService functions;
    private final FunctionCleanup cleanup;

    public VersionAliasService(FunctionService functions, FunctionCleanup cleanup) {
        this.functions = functions;
        this.cleanup = cleanup;
    }

    public FunctionConfiguration publish(Scope scope, FunctionRef ref, PublishVersionRequest request) {
        Validation.start().length(request.description(), "description", 0, 256).throwIfInvalid();
        return functions.publishLatest(scope, ref.name(), request.description(), request.codeSha256(),
                request.revisionId());
    }

    public Page<FunctionConfiguration> listVersions(Scope scope, FunctionRef ref, String marker, int maxItems) {
        LambdaFunction fn = functions.function(scope, ref.name());
        List<FunctionConfiguration> all = new ArrayList<>();
        all.add(FunctionService.withArn(fn.latest().config(), LambdaArns.function(scope, fn.name(), FunctionRef.LATEST)));
        fn.versions().values().forEach(v -> all.add(v.config()));
        return Page.of(all, c -> FunctionService.versionKey(c.version()), marker, maxItems,
                () -> new InvalidParameterValueException("Invalid marker"));
    }

    public AliasConfiguration createAlias(Scope scope, FunctionRef ref, CreateAliasRequest r) {
        Validation.start()
                .required(r.name(), "name").required(r.functionVersion(), "functionVersion")
                .length(r.name(), "name", 1, 128).pattern(r.name(), "name", ALIAS_NAME)
                .length(r.functionVersion(), "functionVersion", 1, 1024)
                .pattern(r.functionVersion(), "functionVersion", VERSION)
                .length(r.description(), "description", 0, 256)
                .throwIfInvalid();
        String revision = FunctionConfigs.newRevision();
        LambdaFunction updated = functions.change(scope, ref.name(), fn -> {
            String aliasArn = LambdaArns.function(scope, fn.name(), r.name());
            if (fn.aliases().containsKey(r.name())) {
                throw new ResourceConflictException("Alias already exists: " + aliasArn);
            }
            functions.versionOf(fn, r.functionVersion());
            AliasRoutingConfiguration routing = checkRouting(fn, r.functionVersion(), r.routingConfig());
            return fn.withAlias(r.name(), new AliasConfiguration(aliasArn, r.name(), r.functionVersion(),
                    r.description() == null ? "" : r.description(), routing, revision));
        });
        return updated.aliases().get(r.name());
    }

    public AliasConfiguration getAlias(Scope scope, FunctionRef ref, String name) {
        return alias(functions.function(scope, ref.name()), name);
    }

    public AliasConfiguration updateAlias(Scope scope, FunctionRef ref, String name, UpdateAliasRequest r) {
        Validation.start()
                .length(r.functionVersion(), "functionVersion", 1, 1024)
                .pattern(r.functionVersion(), "functionVersion", VERSION)
                .length(r.description(), "description", 0, 256)
                .throwIfInvalid();
        String revision = FunctionConfigs.newRevision();
        LambdaFunction updated = functions.change(scope, ref.name(), fn -> {
            AliasConfiguration current = alias(fn, name);
            if (r.revisionId() != null && !r.revisionId().equals(current.revisionId())) {
                throw PreconditionFailedException.revisionMismatch("GetFunction/GetAlias");
            }
            String version = r.functionVersion() == null ? current.functionVersion() : r.functionVersion();
            functions.versionOf(fn, version);
            AliasRoutingConfiguration routing = r.routingConfig() == null ? current.routingConfig()
                    : checkRouting(fn, version, r.routingConfig());
            return fn.withAlias(name, new AliasConfiguration(current.aliasArn(), name, version,
                    r.description() == null ? current.description() : r.description(), routing, revision));
        });
        return updated.aliases().get(name);
    }

    public void deleteAlias(Scope scope, FunctionRef ref, String name) {
        boolean[] removed = {false};
        LambdaFunction fn = functions.change(scope, ref.name(), current -> {
            removed[0] = current.aliases().containsKey(name);
            return removed[0] ? current.withAlias(name, null) : current;
        });
        if (removed[0]) {
            cleanup.qualifierDeleted(fn.key(), name);
        }
    }

    public Page<AliasConfiguration> listAliases(Scope scope, FunctionRef ref, String functionVersion, String marker,
            int maxItems) {
        LambdaFunction fn = functions.function(scope, ref.name());
        List<AliasConfiguration> all = fn.aliases().values().stream()
                .filter(a -> functionVersion == null || functionVersion.equals(a.functionVersion()))
                .toList();
        return Page.of(all, AliasConfiguration::name, marker, maxItems,
                () -> new InvalidParameterValueException("Invalid marker"));
    }

    private AliasConfiguration alias(LambdaFunction fn, String name) {
        AliasConfiguration alias = fn.aliases().get(name);
        if (alias == null) {
            throw new ResourceNotFoundException("Cannot find alias arn: "
                    + LambdaArns.function(fn.scope(), fn.name(), name));
        }
        return alias;
    }

    /** AWS's rules for {@code RoutingConfig}: one extra version, weight in [0, 1], an existing published version. */
    private AliasRoutingConfiguration checkRouting(LambdaFunction fn, String version, AliasRoutingConfiguration routing) {
        if (routing == null || routing.additionalVersionWeights() == null) {
            return routing;
        }
        Map<String, Double> weights = routing.additionalVersionWeights();
        if (weights.isEmpty()) {
            return new AliasRoutingConfiguration(Map.of());
        }
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            if (!w.getKey().matches("[0-9]+") || w.getKey().length() > 1024) {
                Validation.start().violation(mapText(weights), "routingConfig.additionalVersionWeights",
                        "Map keys must satisfy constraint: [Member must have length less than or equal to 1024, Member "
                                + "must have length greater than or equal to 1, Member must satisfy regular expression "
                                + "pattern: [0-9]+]").throwIfInvalid();
            }
            if (w.getValue() == null || w.getValue() < 0.0 || w.getValue() > 1.0) {
                Validation.start().violation(mapText(weights), "routingConfig.additionalVersionWeights",
                        "Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member "
                                + "must have value greater than or equal to 0.0, Member must not be null]")
                        .throwIfInvalid();
            }
        }
        if (weights.size() > 1) {
            throw new InvalidParameterValueException("Number of items in AdditionalVersionWeights cannot be greater "
                    + "than 1");
        }
        String extra = weights.keySet().iterator().next();
        if (FunctionRef.LATEST.equals(version)) {
            throw new InvalidParameterValueException("$LATEST is not supported for an alias pointing to more than 1 "
                    + "version");
        }
        if (extra.equals(version)) {
            throw new InvalidParameterValueException("Invalid function version " + version + ". Function version "
                    + version + " is already included in routing configuration.");
        }
        functions.versionOf(fn, extra);
        return new AliasRoutingConfiguration(Map.copyOf(weights));
    }

    private static String mapText(Map<String, Double> weights) {
        StringBuilder b = new StringBuilder("{");
        weights.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append('=').append(v));
        return b.append('}').toString();
    }
}
