package dev.fakecloud.lambda.capacity;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.FunctionVersion;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.control.TagService;
import dev.fakecloud.lambda.control.TagStore;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.ResourceConflictException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.model.CapacityProviderShapes.CapacityProvider;
import dev.fakecloud.lambda.model.CapacityProviderShapes.CapacityProviderScalingConfig;
import dev.fakecloud.lambda.model.CapacityProviderShapes.CreateCapacityProviderRequest;
import dev.fakecloud.lambda.model.CapacityProviderShapes.FunctionVersionsByCapacityProviderListItem;
import dev.fakecloud.lambda.model.CapacityProviderShapes.InstanceRequirements;
import dev.fakecloud.lambda.model.FunctionConfiguration;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Capacity providers: the managed EC2 capacity that Lambda Managed Instances functions run on. A new provider is
 * {@code Pending} and becomes {@code Active} after {@code fakecloud.lambda.state-transition-delay}; a deleted one
 * is {@code Deleting} for that long before it is gone.
 */
@ApplicationScoped
public class CapacityProviderService {

    static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final CapacityProviderStore store;
    private final FunctionService functions;
    private final TagStore tags;
    private final Vertx vertx;
    private final long transitionDelayMs;

    public CapacityProviderService(CapacityProviderStore store, FunctionService functions, TagStore tags, Vertx vertx,
            FakecloudConfig config) {
        this.store = store;
        this.functions = functions;
        this.tags = tags;
        this.vertx = vertx;
        this.transitionDelayMs = config.lambda().stateTransitionDelay().toMillis();
    }

    public CapacityProvider create(Scope scope, CreateCapacityProviderRequest r) {
        CapacityProviderValidator.create(r);
        if (r.tags() != null && r.tags().size() > TagService.MAX_TAGS) {
            throw new InvalidParameterValueException("Number of tags exceeds resource tag limit.");
        }
        String name = nameOf(scope, r.capacityProviderName());
        String arn = arn(scope, name);
        InstanceRequirements requirements = r.instanceRequirements() == null
                ? new InstanceRequirements(List.of("x86_64"), null, null)
                : r.instanceRequirements().architectures() == null
                        ? new InstanceRequirements(List.of("x86_64"), r.instanceRequirements().allowedInstanceTypes(),
                                r.instanceRequirements().excludedInstanceTypes())
                        : r.instanceRequirements();
        CapacityProvider provider = new CapacityProvider(arn, "Pending", r.vpcConfig(), r.permissionsConfig(),
                requirements, withDefaults(r.capacityProviderScalingConfig()), r.kmsKeyArn(), now());
        if (store.putIfAbsent(scope, name, provider) != null) {
            throw new ResourceConflictException("Capacity provider already exists: " + arn);
        }
        if (r.tags() != null && !r.tags().isEmpty()) {
            tags.put(arn, r.tags(), TagService.MAX_TAGS);
        }
        later(() -> store.update(scope, name, p -> "Pending".equals(p.state()) ? p.withState("Active") : p));
        return provider;
    }

    public CapacityProvider get(Scope scope, String nameOrArn) {
        CapacityProviderValidator.name(Validation.start(), nameOrArn).throwIfInvalid();
        return existing(scope, nameOf(scope, nameOrArn));
    }

    public CapacityProvider update(Scope scope, String nameOrArn, CapacityProviderScalingConfig scaling) {
        CapacityProviderValidator.update(nameOrArn, scaling);
        String name = nameOf(scope, nameOrArn);
        existing(scope, name);
        return store.update(scope, name, current -> {
            if ("Deleting".equals(current.state())) {
                throw new ResourceConflictException("The capacity provider " + current.capacityProviderArn()
                        + " is being deleted.");
            }
            if (scaling == null) {
                return current;
            }
            return new CapacityProvider(current.capacityProviderArn(), current.state(), current.vpcConfig(),
                    current.permissionsConfig(), current.instanceRequirements(), merge(
                            current.capacityProviderScalingConfig(), scaling), current.kmsKeyArn(), now());
        }).orElseThrow(() -> notFound(arn(scope, name)));
    }

    public CapacityProvider delete(Scope scope, String nameOrArn) {
        CapacityProviderValidator.name(Validation.start(), nameOrArn).throwIfInvalid();
        String name = nameOf(scope, nameOrArn);
        String arn = arn(scope, name);
        existing(scope, name);
        if (!versionsUsing(scope, arn, true).isEmpty()) {
            throw new ResourceConflictException("The capacity provider " + arn + " cannot be deleted because it is "
                    + "used by one or more function versions.");
        }
        CapacityProvider deleting = store.update(scope, name, p -> p.withState("Deleting"))
                .orElseThrow(() -> notFound(arn));
        later(() -> {
            if (store.removeIfIn(scope, name, "Deleting")) {
                tags.drop(arn);
            }
        });
        return deleting;
    }

    public Page<CapacityProvider> list(Scope scope, String state, String marker, int maxItems) {
        Validation.start().oneOf(state, "state", CapacityProviderValidator.STATES).throwIfInvalid();
        List<CapacityProvider> all = store.list(scope).stream()
                .filter(p -> state == null || state.equals(p.state()))
                .toList();
        return Page.of(all, CapacityProvider::capacityProviderArn, marker, maxItems,
                () -> new InvalidParameterValueException("Invalid marker"));
    }

    public record VersionsPage(String capacityProviderArn, Page<FunctionVersionsByCapacityProviderListItem> page) {
    }

    public VersionsPage functionVersions(Scope scope, String nameOrArn, String marker, int maxItems) {
        CapacityProvider provider = get(scope, nameOrArn);
        List<FunctionVersionsByCapacityProviderListItem> items = versionsUsing(scope,
                provider.capacityProviderArn(), false);
        return new VersionsPage(provider.capacityProviderArn(), Page.of(items,
                FunctionVersionsByCapacityProviderListItem::functionArn, marker, maxItems,
                () -> new InvalidParameterValueException("Invalid marker")));
    }

    /** Fails with AWS's not-found error unless the provider exists (used for tagging). */
    void requireExists(Scope scope, String name) {
        existing(scope, name);
    }

    /**
     * The function versions configured with the provider: published versions, and {@code $LATEST} too when
     * {@code includeLatest} (a function that names the provider keeps it in use).
     */
    private List<FunctionVersionsByCapacityProviderListItem> versionsUsing(Scope scope, String arn,
            boolean includeLatest) {
        List<FunctionVersionsByCapacityProviderListItem> items = new ArrayList<>();
        for (LambdaFunction fn : functions.functions(scope)) {
            List<FunctionConfiguration> configs = new ArrayList<>();
            if (includeLatest) {
                configs.add(fn.latest().config());
            }
            for (FunctionVersion v : fn.versions().values()) {
                configs.add(v.config());
            }
            for (FunctionConfiguration c : configs) {
                if (uses(c, arn)) {
                    items.add(new FunctionVersionsByCapacityProviderListItem(
                            LambdaArns.function(scope, fn.name(), c.version()), c.state()));
                }
            }
        }
        return items;
    }

    private static boolean uses(FunctionConfiguration c, String arn) {
        return c.capacityProviderConfig() != null
                && c.capacityProviderConfig().lambdaManagedInstancesCapacityProviderConfig() != null
                && arn.equals(c.capacityProviderConfig().lambdaManagedInstancesCapacityProviderConfig()
                        .capacityProviderArn());
    }

    private CapacityProvider existing(Scope scope, String name) {
        return store.find(scope, name).orElseThrow(() -> notFound(arn(scope, name)));
    }

    /** The provider name inside a name or ARN; an ARN of another account or region names no provider here. */
    private static String nameOf(Scope scope, String nameOrArn) {
        int at = nameOrArn.indexOf(":capacity-provider:");
        if (at < 0) {
            return nameOrArn;
        }
        String name = nameOrArn.substring(at + ":capacity-provider:".length());
        if (!nameOrArn.equals(arn(scope, name))) {
            throw notFound(nameOrArn);
        }
        return name;
    }

    static String arn(Scope scope, String name) {
        return LambdaArns.prefix(scope) + "capacity-provider:" + name;
    }

    static ResourceNotFoundException notFound(String arn) {
        return new ResourceNotFoundException("Capacity provider not found: " + arn);
    }

    private static CapacityProviderScalingConfig withDefaults(CapacityProviderScalingConfig scaling) {
        if (scaling == null) {
            return new CapacityProviderScalingConfig(null, "Auto", null);
        }
        return scaling.scalingMode() != null ? scaling
                : new CapacityProviderScalingConfig(scaling.maxVCpuCount(), "Auto", scaling.scalingPolicies());
    }

    private static CapacityProviderScalingConfig merge(CapacityProviderScalingConfig current,
            CapacityProviderScalingConfig update) {
        return new CapacityProviderScalingConfig(
                update.maxVCpuCount() != null ? update.maxVCpuCount() : current.maxVCpuCount(),
                update.scalingMode() != null ? update.scalingMode() : current.scalingMode(),
                update.scalingPolicies() != null ? update.scalingPolicies() : current.scalingPolicies());
    }

    private void later(Runnable action) {
        if (transitionDelayMs <= 0) {
            action.run();
        } else {
            vertx.setTimer(transitionDelayMs, id -> action.run());
        }
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(LAST_MODIFIED);
    }
}
