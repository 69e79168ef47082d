package dev.fakecloud.lambda.concurrency;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.FunctionStore;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.ProvisionedConcurrencyConfigNotFoundException;
import dev.fakecloud.lambda.error.ResourceConflictException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.model.ConcurrencyShapes.ProvisionedConcurrencyConfig;
import dev.fakecloud.lambda.model.ConcurrencyShapes.ProvisionedConcurrencyConfigListItem;
import dev.fakecloud.lambda.model.FunctionRequests.AliasConfiguration;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Provisioned concurrency on published versions and aliases: a configuration is IN_PROGRESS when put and READY
 * (every requested environment allocated) after {@code fakecloud.lambda.state-transition-delay}. It comes out of
 * the function's reservation when it has one, else out of the account's unreserved concurrency.
 */
@ApplicationScoped
public class ProvisionedConcurrencyService {

    static final Pattern QUALIFIER = Pattern.compile("(|[a-zA-Z0-9$_-]+)");

    private final FunctionStore store;
    private final FunctionService functions;
    private final ProvisionedConcurrencyStore configs;
    private final ConcurrencyBudget budget;
    private final Vertx vertx;
    private final long transitionDelayMs;
    private final AtomicLong tokens = new AtomicLong();
    private final EnvironmentPreparer preparer;

    public ProvisionedConcurrencyService(FunctionStore store, FunctionService functions,
            ProvisionedConcurrencyStore configs, ConcurrencyBudget budget, Vertx vertx, FakecloudConfig config,
            EnvironmentPreparer preparer) {
        this.preparer = preparer;
        this.store = store;
        this.functions = functions;
        this.configs = configs;
        this.budget = budget;
        this.vertx = vertx;
        this.transitionDelayMs = config.lambda().stateTransitionDelay().toMillis();
    }

    /** A published version or an alias of a function, and the version it stands for. */
    private record Target(LambdaFunction function, String qualifier, String version, boolean alias) {
    }

    /** Parses the function name and the required {@code Qualifier} with this API's constraints. */
    public static FunctionRef ref(String functionName, String qualifier, Scope scope) {
        Validation.start()
                .required(qualifier, "qualifier")
                .length(qualifier, "qualifier", 1, 128)
                .pattern(qualifier, "qualifier", QUALIFIER)
                .throwIfInvalid();
        return FunctionRef.parseStrict(functionName, qualifier, scope);
    }

    public ProvisionedConcurrencyConfig put(Scope scope, FunctionRef ref, Integer requested) {
        Validation.start()
                .required(requested, "provisionedConcurrentExecutions")
                .min(requested, "provisionedConcurrentExecutions", 1)
                .throwIfInvalid();
        if (ref.latest()) {
            throw new InvalidParameterValueException("Provisioned Concurrency Configs cannot be applied to "
                    + "unpublished function versions.");
        }
        ProvisionedConcurrency config;
        synchronized (budget) {
            Target target = target(scope, ref);
            LambdaFunction fn = target.function();
            checkConflicts(target);
            Optional<ProvisionedConcurrency> existing = configs.get(scope, fn.name(), target.qualifier());
            int otherQualifiers = configs.requestedTotal(scope, fn.name())
                    - existing.map(ProvisionedConcurrency::requested).orElse(0);
            checkBudget(fn, otherQualifiers, requested);
            config = ProvisionedConcurrency.requested(scope, fn.name(), target.qualifier(), requested,
                    tokens.incrementAndGet());
            configs.put(config);
        }
        scheduleReady(config);
        return view(config);
    }

    public ProvisionedConcurrencyConfig get(Scope scope, FunctionRef ref) {
        Target target = publishedTarget(scope, ref);
        return configs.get(scope, target.function().name(), target.qualifier())
                .map(ProvisionedConcurrencyService::view)
                .orElseThrow(() -> new ProvisionedConcurrencyConfigNotFoundException(
                        "No Provisioned Concurrency Config found for this function"));
    }

    /** Removes the configuration; removing one that does not exist succeeds, as on AWS. */
    public void delete(Scope scope, FunctionRef ref) {
        Target target = publishedTarget(scope, ref);
        synchronized (budget) {
            configs.remove(scope, target.function().name(), target.qualifier());
        }
    }

    public Page<ProvisionedConcurrencyConfigListItem> list(Scope scope, FunctionRef ref, String marker,
            int maxItems) {
        LambdaFunction fn = functions.function(scope, ref.name());
        List<ProvisionedConcurrency> all = configs.ofFunction(scope, fn.name()).stream()
                .sorted(Comparator.comparing(c -> sortKey(c.qualifier())))
                .toList();
        Page<ProvisionedConcurrency> page = Page.of(all, c -> sortKey(c.qualifier()), marker, maxItems,
                () -> new InvalidParameterValueException("Invalid marker"));
        return new Page<>(page.items().stream().map(ProvisionedConcurrencyService::listItem).toList(),
                page.nextMarker());
    }

    /**
     * The provisioned concurrency configured on exactly this version number or alias name, for the execution
     * engine that keeps environments ready.
     */
    public Optional<ProvisionedConcurrency> configFor(Scope scope, String functionName, String qualifier) {
        return configs.get(scope, functionName, qualifier);
    }

    /** After a restart, the environments of every stored configuration are prepared again. */
    void onStart(@Observes StartupEvent event) {
        for (ProvisionedConcurrency stored : configs.all()) {
            ProvisionedConcurrency again = ProvisionedConcurrency.requested(stored.scope(), stored.functionName(),
                    stored.qualifier(), stored.requested(), tokens.incrementAndGet());
            if (configs.replace(stored, again)) {
                scheduleReady(again);
            }
        }
    }

    private Target publishedTarget(Scope scope, FunctionRef ref) {
        if (ref.latest()) {
            throw new InvalidParameterValueException("The function resource provided must be an alias or a published "
                    + "version.");
        }
        return target(scope, ref);
    }

    private Target target(Scope scope, FunctionRef ref) {
        String qualifier = ref.qualifier();
        boolean version = qualifier.chars().allMatch(Character::isDigit);
        String arn = LambdaArns.function(scope, ref.name(), qualifier);
        ResourceNotFoundException missing = new ResourceNotFoundException(version
                ? "Function not found: " + arn : "Cannot find alias arn: " + arn);
        LambdaFunction fn = store.find(scope, ref.name()).orElseThrow(() -> missing);
        if (version) {
            if (!fn.hasVersion(qualifier)) {
                throw missing;
            }
            return new Target(fn, qualifier, qualifier, false);
        }
        AliasConfiguration alias = fn.aliases().get(qualifier);
        if (alias == null) {
            throw missing;
        }
        return new Target(fn, qualifier, alias.functionVersion(), true);
    }

    /** An alias and the version it points to can't both have provisioned concurrency. */
    private void checkConflicts(Target target) {
        LambdaFunction fn = target.function();
        Scope scope = fn.scope();
        if (target.alias()) {
            if (configs.get(scope, fn.name(), target.version()).isPresent()) {
                throw new ResourceConflictException("Alias can't be used for Provisioned Concurrency configuration on "
                        + "an already Provisioned version");
            }
            return;
        }
        for (AliasConfiguration alias : fn.aliases().values()) {
            if (alias.functionVersion().equals(target.version())
                    && configs.get(scope, fn.name(), alias.name()).isPresent()) {
                throw new ResourceConflictException("Version is pointed by a Provisioned Concurrency alias");
            }
        }
    }

    private void checkBudget(LambdaFunction fn, int otherQualifiers, int requested) {
        Integer reserved = fn.reservedConcurrency();
        if (reserved != null) {
            if (otherQualifiers + requested > reserved) {
                throw new InvalidParameterValueException("Requested Provisioned Concurrency should not be greater "
                        + "than the reservedConcurrentExecution for function");
            }
            return;
        }
        int unreserved = budget.unreservedWithout(fn.scope(), fn.name()) - otherQualifiers;
        if (requested > unreserved) {
            throw InvalidParameterValueException.untyped("Specified ConcurrentExecutions for function is greater than "
                    + "account's unreserved concurrency [" + unreserved + "].");
        }
        if (unreserved - requested < ConcurrencyBudget.MIN_UNRESERVED) {
            throw InvalidParameterValueException.untyped("Specified ConcurrentExecutions for function decreases "
                    + "account's UnreservedConcurrentExecution below its minimum value of ["
                    + ConcurrencyBudget.MIN_UNRESERVED + "].");
        }
    }

    /**
     * Asks the execution engine to prepare the environments; the configuration becomes READY when they are (never
     * sooner than the configured state-transition delay), or FAILED with the engine's reason. A configuration
     * replaced meanwhile is left alone.
     */
    private void scheduleReady(ProvisionedConcurrency config) {
        long notBefore = System.currentTimeMillis() + Math.max(0, transitionDelayMs);
        preparer.prepare(config.scope(), config.functionName(), config.qualifier(), config.requested())
                .subscribe().with(ready -> {
                    long wait = notBefore - System.currentTimeMillis();
                    if (wait <= 0) {
                        configs.replace(config, config.ready());
                    } else {
                        vertx.setTimer(wait, id -> configs.replace(config, config.ready()));
                    }
                }, failure -> configs.replace(config, config.failed(failure.getMessage())));
    }

    /** Versions in numeric order, then aliases by name. */
    private static String sortKey(String qualifier) {
        Long number = parseLong(qualifier);
        return number != null ? "0" + String.format("%020d", number) : "1" + qualifier;
    }

    private static Long parseLong(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ProvisionedConcurrencyConfig view(ProvisionedConcurrency c) {
        return new ProvisionedConcurrencyConfig(c.requested(), c.available(), c.allocated(), c.status().name(),
                c.statusReason(), c.lastModifiedText());
    }

    private static ProvisionedConcurrencyConfigListItem listItem(ProvisionedConcurrency c) {
        return new ProvisionedConcurrencyConfigListItem(LambdaArns.function(c.scope(), c.functionName(),
                c.qualifier()), c.requested(), c.available(), c.allocated(), c.status().name(), c.statusReason(),
                c.lastModifiedText());
    }
}
