package dev.fakecloud.lambda.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.fakecloud.lambda.model.DurableShapes.ErrorObject;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The history of a durable execution: events, each with the details member its type names (e.g. an
 * {@code ExecutionStarted} event carries {@code ExecutionStartedDetails}).
 */
public final class DurableEvents {

    private DurableEvents() {
    }

    @RegisterForReflection
    public record EventInput(String payload, Boolean truncated) {
    }

    @RegisterForReflection
    public record EventResult(String payload, Boolean truncated) {
    }

    @RegisterForReflection
    public record EventError(ErrorObject payload, Boolean truncated) {
    }

    @RegisterForReflection
    public record RetryDetails(Integer currentAttempt, Integer nextAttemptDelaySeconds) {
    }

    /** The details of one event; {@link #withoutData()} drops payloads when history is read without data. */
    public sealed interface EventDetails {

        EventDetails withoutData();
    }

    @RegisterForReflection
    public record ExecutionStartedDetails(EventInput input, Integer executionTimeout) implements EventDetails {
        @Override
        public EventDetails withoutData() {
            return new ExecutionStartedDetails(new EventInput(null, null), executionTimeout);
        }
    }

    /** Details that are only a result: Execution/Context/ChainedInvoke/CallbackSucceeded. */
    @RegisterForReflection
    public record ResultDetails(EventResult result) implements EventDetails {
        @Override
        public EventDetails withoutData() {
            return new ResultDetails(new EventResult(null, null));
        }
    }

    /** Details that are only an error: the Failed, TimedOut, Stopped and Cancelled events. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ErrorDetails(EventError error) implements EventDetails {
        @Override
        public EventDetails withoutData() {
            return new ErrorDetails(error == null ? null : new EventError(null, null));
        }
    }

    /** ContextStarted and StepStarted carry an empty structure, written as {@code {}}. */
    @RegisterForReflection
    @JsonSerialize(using = NoDetails.Writer.class)
    public record NoDetails() implements EventDetails {
        public static final NoDetails INSTANCE = new NoDetails();

        @Override
        public EventDetails withoutData() {
            return this;
        }

        @RegisterForReflection
        public static final class Writer extends StdSerializer<NoDetails> {
            public Writer() {
                super(NoDetails.class);
            }

            @Override
            public void serialize(NoDetails value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                gen.writeEndObject();
            }
        }
    }

    @RegisterForReflection
    public record WaitStartedDetails(Integer duration, Double scheduledEndTimestamp) implements EventDetails {
        @Override
        public EventDetails withoutData() {
            return this;
        }
    }

    @RegisterForReflection
    public record WaitSucceededDetails(Integer duration) implements EventDetails {
        @Override
        public EventDetails withoutData() {
            return this;
        }
    }

    @RegisterForReflection
    public record StepSucceededDetails(EventResult result, RetryDetails retryDetails) implements EventDetails {
        @Override
        public EventDetails withoutData() {
            return new StepSucceededDetails(new EventResult(null, null), retryDetails);
        }
    }

    @RegisterForReflection
    public record StepFailedDetails(EventError error, RetryDetails retryDetails) implements EventDetails {
        @Override
        public EventDetails withoutData() {
            return new StepFailedDetails(new EventError(null, null), retryDetails);
        }
    }

    @RegisterForReflection
    public record ChainedInvokeStartedDetails(String functionName, String tenantId, EventInput input,
            String executedVersion, String durableExecutionArn) implements EventDetails {
        @Override
        public EventDetails withoutData() {
            return new ChainedInvokeStartedDetails(functionName, tenantId, input == null ? null
                    : new EventInput(null, null), executedVersion, durableExecutionArn);
        }
    }

    @RegisterForReflection
    public record CallbackStartedDetails(String callbackId, Integer heartbeatTimeout, Integer timeout)
            implements EventDetails {
        @Override
        public EventDetails withoutData() {
            return this;
        }
    }

    @RegisterForReflection
    public record InvocationCompletedDetails(Double startTimestamp, Double endTimestamp, String requestId,
            EventError error) implements EventDetails {
        @Override
        public EventDetails withoutData() {
            return new InvocationCompletedDetails(startTimestamp, endTimestamp, requestId,
                    error == null ? null : new EventError(null, null));
        }
    }

    /**
     * One event of an execution's history. The details are written under the member named after the event type
     * ({@code <EventType>Details}), the only one of the model's details members an event has.
     */
    @RegisterForReflection
    public record Event(String eventType, String subType, Integer eventId, String id, String name,
            Double eventTimestamp, String parentId, @JsonIgnore EventDetails details) {

        @JsonAnyGetter
        public Map<String, EventDetails> detailsMember() {
            return details == null ? Map.of() : Map.of(eventType + "Details", details);
        }

        public Event withoutData() {
            return new Event(eventType, subType, eventId, id, name, eventTimestamp, parentId,
                    details == null ? null : details.withoutData());
        }
    }

    @RegisterForReflection
    public record GetDurableExecutionHistoryResponse(List<Event> events, String nextMarker) {
    }
}
