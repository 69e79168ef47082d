package dev.fakecloud.lambda.asyncconfig;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.lambda.control.FunctionCleanup;
import dev.fakecloud.lambda.control.QualifiedKey;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionStore;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.model.EventInvokeShapes.DestinationConfig;
import dev.fakecloud.lambda.model.EventInvokeShapes.EventInvokeConfigRequest;
import dev.fakecloud.lambda.model.EventInvokeShapes.FunctionEventInvokeConfig;
import dev.fakecloud.lambda.model.EventInvokeShapes.OnFailure;
import dev.fakecloud.lambda.model.EventInvokeShapes.OnSuccess;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Event invoke configs: retry attempts, maximum event age and destinations of asynchronous invocations, one per
 * function qualifier ({@code $LATEST} when none is given). Put replaces a configuration, update merges into it.
 */
@ApplicationScoped
public class EventInvokeConfigService {

    private static final String NO_FUNCTION = "The function doesn't exist.";

    private final Table<QualifiedKey, EventInvokeConfig> configs;
    private final FunctionStore functions;
    private final DestinationValidator destinations;

    public EventInvokeConfigService(StateStore store, FunctionCleanup cleanup, FunctionStore functions,
            DestinationValidator destinations) {
        this.configs = store.table("lambda.event-invoke-configs", QualifiedKey.class, EventInvokeConfig.class);
        cleanup.ownsPerQualifier(configs);
        this.functions = functions;
        this.destinations = destinations;
    }

    private static QualifiedKey key(Scope scope, String functionName, String qualifier) {
        return new QualifiedKey(scope, functionName, qualifier);
    }

    public FunctionEventInvokeConfig put(Scope scope, FunctionRef ref, EventInvokeConfigRequest request) {
        validate(request);
        LambdaFunction fn = existing(scope, ref);
        destinations.validate(fn, request.destinationConfig());
        EventInvokeConfig config = new EventInvokeConfig(scope, fn.name(), qualifier(ref),
                request.maximumRetryAttempts(), request.maximumEventAgeInSeconds(), request.destinationConfig(),
                Instant.now());
        configs.put(key(scope, fn.name(), config.qualifier()), config);
        return view(config);
    }

    public FunctionEventInvokeConfig update(Scope scope, FunctionRef ref, EventInvokeConfigRequest request) {
        validate(request);
        LambdaFunction fn = existing(scope, ref);
        destinations.validate(fn, request.destinationConfig());
        String q = qualifier(ref);
        EventInvokeConfig updated = configs.upsert(key(scope, fn.name(), q), current -> {
            if (current == null) {
                throw missing(scope, ref);
            }
            return new EventInvokeConfig(scope, fn.name(), q,
                    request.maximumRetryAttempts() != null ? request.maximumRetryAttempts()
                            : current.maximumRetryAttempts(),
                    request.maximumEventAgeInSeconds() != null ? request.maximumEventAgeInSeconds()
                            : current.maximumEventAgeInSeconds(),
                    merge(current.destinationConfig(), request.destinationConfig()), Instant.now());
        });
        return view(updated);
    }

    public FunctionEventInvokeConfig get(Scope scope, FunctionRef ref) {
        return configFor(scope, ref.name(), qualifier(ref)).map(EventInvokeConfigService::view)
                .orElseThrow(() -> missing(scope, ref));
    }

    public void delete(Scope scope, FunctionRef ref) {
        if (configs.remove(key(scope, ref.name(), qualifier(ref))) == null) {
            throw missing(scope, ref);
        }
    }

    public Page<FunctionEventInvokeConfig> list(Scope scope, FunctionRef ref, String marker, int maxItems) {
        LambdaFunction fn = functions.find(scope, ref.name())
                .orElseThrow(() -> new ResourceNotFoundException(NO_FUNCTION));
        List<EventInvokeConfig> all = configs.values().stream()
                .filter(c -> c.scope().equals(scope) && c.functionName().equals(fn.name()))
                .sorted(Comparator.comparing(c -> sortKey(c.qualifier())))
                .toList();
        Page<EventInvokeConfig> page = Page.of(all, c -> sortKey(c.qualifier()), marker, maxItems,
                () -> new InvalidParameterValueException("Invalid marker"));
        return new Page<>(page.items().stream().map(EventInvokeConfigService::view).toList(), page.nextMarker());
    }

    /** The configuration of exactly this qualifier ({@code $LATEST}, a version number or an alias name). */
    public Optional<EventInvokeConfig> configFor(Scope scope, String functionName, String qualifier) {
        return configs.find(key(scope, functionName, qualifier));
    }

    private static void validate(EventInvokeConfigRequest request) {
        Validation v = Validation.start()
                .range(request.maximumRetryAttempts(), "maximumRetryAttempts", 0, 2)
                .range(request.maximumEventAgeInSeconds(), "maximumEventAgeInSeconds", 60, 21600);
        DestinationValidator.checkShape(v, request.destinationConfig()).throwIfInvalid();
        if (request.maximumRetryAttempts() == null && request.maximumEventAgeInSeconds() == null
                && request.destinationConfig() == null) {
            throw new InvalidParameterValueException("You must specify at least one of error handling or destination "
                    + "setting.");
        }
    }

    /** The function, when it and the version or alias named by the qualifier exist. */
    private LambdaFunction existing(Scope scope, FunctionRef ref) {
        LambdaFunction fn = functions.find(scope, ref.name())
                .orElseThrow(() -> new ResourceNotFoundException(NO_FUNCTION));
        if (fn.target(qualifier(ref)).isEmpty()) {
            throw new ResourceNotFoundException(NO_FUNCTION);
        }
        return fn;
    }

    private static String qualifier(FunctionRef ref) {
        return ref.qualifier() == null ? FunctionRef.LATEST : ref.qualifier();
    }

    private static ResourceNotFoundException missing(Scope scope, FunctionRef ref) {
        return new ResourceNotFoundException("The function " + LambdaArns.function(scope, ref.name(), qualifier(ref))
                + " doesn't have an EventInvokeConfig");
    }

    /** An update's destinations replace the current ones one by one (success, failure). */
    private static DestinationConfig merge(DestinationConfig current, DestinationConfig update) {
        if (update == null) {
            return current;
        }
        if (current == null) {
            return update;
        }
        return new DestinationConfig(update.onSuccess() != null ? update.onSuccess() : current.onSuccess(),
                update.onFailure() != null ? update.onFailure() : current.onFailure());
    }

    /** $LATEST first, then versions in numeric order, then aliases by name. */
    private static String sortKey(String qualifier) {
        if (FunctionRef.LATEST.equals(qualifier)) {
            return "0";
        }
        return qualifier.chars().allMatch(Character::isDigit)
                ? "1" + "0".repeat(Math.max(0, 20 - qualifier.length())) + qualifier
                : "2" + qualifier;
    }

    private static FunctionEventInvokeConfig view(EventInvokeConfig c) {
        DestinationConfig d = c.destinationConfig();
        OnSuccess success = d == null || d.onSuccess() == null ? new OnSuccess(null) : d.onSuccess();
        OnFailure failure = d == null || d.onFailure() == null ? new OnFailure(null) : d.onFailure();
        return new FunctionEventInvokeConfig(BigDecimal.valueOf(c.lastModified().toEpochMilli(), 3),
                LambdaArns.function(c.scope(), c.functionName(), c.qualifier()), c.maximumRetryAttempts(),
                c.maximumEventAgeInSeconds(), new DestinationConfig(success, failure));
    }
}
