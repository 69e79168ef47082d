package dev.fakecloud.kinesis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.core.AwsException;
import dev.fakecloud.gateway.EventStreamEncoder;
import dev.fakecloud.kinesis.model.RecordShapes.SubscribeToShardEvent;
import io.smallrye.mutiny.Multi;
import io.vertx.core.buffer.Buffer;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A SubscribeToShard reply on the wire: event-stream messages whose payloads are in the caller's encoding (CBOR for
 * the Java SDK, JSON for the CLI and boto3), an {@code initial-response} first, then one
 * {@code SubscribeToShardEvent} per event, and a modelled exception message when the subscription fails.
 */
final class KinesisEventStream {

    private KinesisEventStream() {
    }

    static Multi<Buffer> frames(Multi<SubscribeToShardEvent> events, ObjectMapper mapper, String contentType) {
        Multi<Buffer> initial = Multi.createFrom().item(() -> Buffer.buffer(new EventStreamEncoder()
                .event("initial-response", contentType, encode(mapper, Map.of())).bytes()));
        Multi<Buffer> body = events.map(e -> Buffer.buffer(new EventStreamEncoder()
                .event("SubscribeToShardEvent", contentType, encode(mapper, e)).bytes()));
        return Multi.createBy().concatenating().streams(initial, body)
                .onFailure().recoverWithItem(failure -> Buffer.buffer(exception(failure, mapper, contentType)));
    }

    /** The exception message for a failure: a modelled error as itself, anything else as an internal failure. */
    private static byte[] exception(Throwable failure, ObjectMapper mapper, String contentType) {
        boolean modelled = failure instanceof AwsException e && e.status() < 500;
        String type = modelled ? ((AwsException) failure).code() : "InternalFailureException";
        String message = modelled ? failure.getMessage() : "An internal failure occurred: " + failure;
        return new EventStreamEncoder().exception(type, contentType, encode(mapper, Map.of("message", message)))
                .bytes();
    }

    private static byte[] encode(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
