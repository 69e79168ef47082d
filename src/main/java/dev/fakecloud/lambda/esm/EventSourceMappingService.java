package dev.fakecloud.lambda.esm;

import static dev.fakecloud.lambda.esm.EventSourceMapping.CREATING;
import static dev.fakecloud.lambda.esm.EventSourceMapping.DELETING;
import static dev.fakecloud.lambda.esm.EventSourceMapping.DISABLED;
import static dev.fakecloud.lambda.esm.EventSourceMapping.DISABLING;
import static dev.fakecloud.lambda.esm.EventSourceMapping.ENABLING;
import static dev.fakecloud.lambda.esm.EventSourceMapping.UPDATING;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.TagService;
import dev.fakecloud.lambda.control.TagStore;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.ResourceInUseException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.esm.model.EsmRequests.CreateEventSourceMappingRequest;
import dev.fakecloud.lambda.esm.model.EsmRequests.UpdateEventSourceMappingRequest;
import dev.fakecloud.lambda.esm.model.EventSourceMappingConfiguration;
import dev.fakecloud.sqs.SqsService;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The life of event source mappings: create, look up, list, update, delete, and the state transitions AWS reports
 * (Creating, Updating, Enabling, Disabling, Deleting), which complete after
 * {@code fakecloud.lambda.state-transition-delay}. Mappings outlive their function, as in AWS. Pollers read the
 * mappings through {@link #mappingsFor(SourceType)}.
 */
@ApplicationScoped
public class EventSourceMappingService {

    private static final String NOT_FOUND = "The resource you requested does not exist.";

    private final EventSourceMappingStore store;
    private final FunctionService functions;
    private final TagStore tags;
    private final SqsService sqs;
    private final List<EventSourceExistence> sources;
    private final Vertx vertx;
    private final long transitionDelayMs;
    private final AtomicLong sequence = new AtomicLong();

    public EventSourceMappingService(EventSourceMappingStore store, FunctionService functions, TagStore tags,
            SqsService sqs, Instance<EventSourceExistence> sources, Vertx vertx, FakecloudConfig config) {
        this.store = store;
        this.functions = functions;
        this.tags = tags;
        this.sqs = sqs;
        this.sources = sources.stream().toList();
        this.vertx = vertx;
        this.transitionDelayMs = config.lambda().stateTransitionDelay().toMillis();
        this.sequence.set(store.lastSequence());
    }

    /** The function a mapping invokes, as resolved from the caller's {@code FunctionName}, and its timeout. */
    private record Target(String name, String arn, int timeoutSeconds) {
    }

    public EventSourceMappingConfiguration create(Scope scope, CreateEventSourceMappingRequest request) {
        EsmModelValidation.create(request);
        SourceType type = EsmRules.sourceType(request);
        EsmRules.checkCreate(type, request);
        Target target = target(scope, request.functionName());
        if (type == SourceType.SQS) {
            checkQueueExists(request.eventSourceArn());
            checkVisibility(request.eventSourceArn(), target);
        }
        checkStreamExists(type, request.eventSourceArn());
        if (request.tags() != null && request.tags().size() > TagService.MAX_TAGS) {
            throw new InvalidParameterValueException("Number of tags exceeds resource tag limit.");
        }
        boolean enabled = request.enabled() == null || request.enabled();
        String initial = !enabled && type == SourceType.SQS ? DISABLED : CREATING;
        String uuid = UUID.randomUUID().toString();
        EventSourceMappingConfiguration config = EsmConfigs.create(scope, type, uuid, target.arn(), request, initial);
        EventSourceMapping mapping = new EventSourceMapping(scope, type, enabled, sequence.incrementAndGet(), 0,
                config);
        store.insert(mapping, existing -> EsmConflicts.check(type, config, target.name(), existing));
        if (request.tags() != null && !request.tags().isEmpty()) {
            tags.put(mapping.arn(), request.tags(), TagService.MAX_TAGS);
        }
        schedule(mapping);
        return config;
    }

    public EventSourceMappingConfiguration get(Scope scope, String uuid) {
        return require(scope, uuid).configuration();
    }

    public Optional<EventSourceMapping> find(Scope scope, String uuid) {
        return store.find(scope, uuid);
    }

    /**
     * The mappings of a scope in creation order, optionally only those reading {@code eventSourceArn} or invoking
     * {@code functionName} (a name or ARN; a qualified one matches mappings on that version or alias).
     */
    public Page<EventSourceMappingConfiguration> list(Scope scope, String eventSourceArn, String functionName,
            String marker, int maxItems) {
        EsmModelValidation.list(eventSourceArn, functionName);
        String functionArn = functionName == null ? null : functionArnFilter(scope, functionName);
        List<EventSourceMapping> matching = store.list(scope).stream()
                .filter(m -> eventSourceArn == null || eventSourceArn.equals(m.eventSourceArn()))
                .filter(m -> functionName == null || Objects.equals(functionArn, m.functionArn()))
                .toList();
        Page<EventSourceMapping> page = Page.of(matching, m -> String.format("%020d", m.sequence()), marker,
                maxItems, () -> new InvalidParameterValueException("Invalid marker"));
        return new Page<>(page.items().stream().map(EventSourceMapping::configuration).toList(), page.nextMarker());
    }

    public EventSourceMappingConfiguration update(Scope scope, String uuid, UpdateEventSourceMappingRequest request) {
        EsmModelValidation.update(request);
        require(scope, uuid);
        Target target = request.functionName() == null ? null : target(scope, request.functionName());
        EventSourceMapping updated = store.update(scope, uuid, current -> {
            if (current.transitioning()) {
                throw new ResourceInUseException("Cannot update the event source mapping because it is in use.");
            }
            SourceType type = current.sourceType();
            EsmRules.checkUpdate(type, current.configuration(), request);
            boolean enabled = request.enabled() == null ? current.enabled() : request.enabled();
            String state = enabled == current.enabled() ? UPDATING : enabled ? ENABLING : DISABLING;
            EventSourceMappingConfiguration config = EsmConfigs.update(type, current.configuration(), request,
                    target == null ? null : target.arn(), state);
            if (target != null) {
                EsmConflicts.check(type, config, target.name(), store.list(scope).stream()
                        .filter(m -> !m.uuid().equals(uuid)).toList());
                if (type == SourceType.SQS) {
                    checkVisibility(current.eventSourceArn(), target);
                }
            }
            return current.changed(enabled, config);
        }).orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
        schedule(updated);
        return updated.configuration();
    }

    public EventSourceMappingConfiguration delete(Scope scope, String uuid) {
        EventSourceMapping deleting = store.update(scope, uuid, current -> {
            String state = current.state();
            if (DELETING.equals(state)) {
                return current;
            }
            if (UPDATING.equals(state) || ENABLING.equals(state) || DISABLING.equals(state)) {
                throw new ResourceInUseException("Cannot delete the event source mapping because it is in use.");
            }
            return current.changed(current.enabled(), EsmConfigs.withState(current.configuration(), DELETING));
        }).orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
        schedule(deleting);
        return deleting.configuration();
    }

    /** Every mapping that reads one kind of source, in every account and region, in creation order. */
    public List<EventSourceMapping> mappingsFor(SourceType type) {
        return store.all().stream().filter(m -> m.sourceType() == type).toList();
    }

    /** Records what the last poll of a mapping achieved (e.g. {@code OK}), as {@code LastProcessingResult}. */
    public void recordProcessingResult(Scope scope, String uuid, String result) {
        store.update(scope, uuid, m -> result.equals(m.configuration().lastProcessingResult()) ? m
                : new EventSourceMapping(m.scope(), m.sourceType(), m.enabled(), m.sequence(), m.revision(),
                        EsmConfigs.withProcessingResult(m.configuration(), result)));
    }

    private EventSourceMapping require(Scope scope, String uuid) {
        return store.find(scope, uuid).orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
    }

    /** Resolves {@code FunctionName}; the function (and the version or alias it names) must exist. */
    private Target target(Scope scope, String functionName) {
        try {
            FunctionRef ref = FunctionRef.parse(functionName, null, scope);
            Integer timeout = functions.resolve(scope, ref).version().config().timeout();
            return new Target(ref.name(), LambdaArns.function(scope, ref.name(), ref.qualifier()),
                    timeout == null ? 3 : timeout);
        } catch (ResourceNotFoundException e) {
            throw new InvalidParameterValueException("Function does not exist");
        }
    }

    /** Lambda refuses an SQS mapping whose queue does not exist (AWS's answer, word for word). */
    private void checkQueueExists(String queueArn) {
        if (sqs.visibilityTimeout(queueArn) == null) {
            throw new InvalidParameterValueException("Error occurred while ReceiveMessage. SQS Error Code: "
                    + "AWS.SimpleQueueService.NonExistentQueue. SQS Error Message: The specified queue does not exist.");
        }
    }

    /**
     * Lambda refuses an SQS mapping whose queue would hand a batch to someone else while the function may still be
     * working on it (a queue deleted since the mapping was made is not checked).
     */
    private void checkVisibility(String queueArn, Target target) {
        Integer visibility = sqs.visibilityTimeout(queueArn);
        if (visibility != null && visibility < target.timeoutSeconds()) {
            throw new InvalidParameterValueException("Queue visibility timeout: " + visibility
                    + " seconds is less than Function timeout: " + target.timeoutSeconds() + " seconds");
        }
    }

    /**
     * Lambda refuses a stream mapping whose stream does not exist (AWS's answer, word for word). An enhanced fan-out
     * consumer's ARN starts with its stream's.
     */
    private void checkStreamExists(SourceType type, String streamArn) {
        if (!type.stream()) {
            return;
        }
        int consumer = streamArn.indexOf("/consumer/");
        String stream = consumer < 0 ? streamArn : streamArn.substring(0, consumer);
        boolean exists = sources.stream().filter(s -> s.type() == type).findFirst()
                .map(s -> s.exists(stream)).orElse(true);
        if (!exists) {
            throw new InvalidParameterValueException("Stream not found: " + streamArn);
        }
    }

    private static String functionArnFilter(Scope scope, String functionName) {
        try {
            FunctionRef ref = FunctionRef.parse(functionName, null, scope);
            return LambdaArns.function(scope, ref.name(), ref.qualifier());
        } catch (ResourceNotFoundException e) {
            return null;
        }
    }

    /** Completes a transition after the configured delay (at once when it is zero: the response is already made). */
    private void schedule(EventSourceMapping mapping) {
        if (!mapping.transitioning()) {
            return;
        }
        if (transitionDelayMs <= 0) {
            settle(mapping.scope(), mapping.uuid(), mapping.revision());
        } else {
            vertx.setTimer(transitionDelayMs, id -> settle(mapping.scope(), mapping.uuid(), mapping.revision()));
        }
    }

    private void settle(Scope scope, String uuid, long revision) {
        boolean[] removed = {false};
        EventSourceMapping[] settled = new EventSourceMapping[1];
        store.update(scope, uuid, current -> {
            if (current.revision() != revision) {
                return current;
            }
            settled[0] = current;
            if (DELETING.equals(current.state())) {
                removed[0] = true;
                return null;
            }
            return current.changed(current.enabled(),
                    EsmConfigs.withState(current.configuration(), current.settledState()));
        });
        if (removed[0]) {
            tags.drop(settled[0].arn());
        }
    }

    /** After a restart, mappings caught mid-transition complete it. */
    void onStart(@Observes StartupEvent event) {
        store.all().stream().filter(EventSourceMapping::transitioning).forEach(this::schedule);
    }
}
