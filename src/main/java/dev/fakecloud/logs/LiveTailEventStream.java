package dev.fakecloud.logs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.gateway.EventStreamEncoder;
import dev.fakecloud.logs.LiveTailSession.Message;
import dev.fakecloud.logs.LiveTailSession.Started;
import dev.fakecloud.logs.LiveTailSession.TimedOut;
import dev.fakecloud.logs.LiveTailSession.Updated;
import io.smallrye.mutiny.Multi;
import io.vertx.core.buffer.Buffer;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A StartLiveTail reply on the wire: event-stream messages with JSON payloads, an {@code initial-response} first,
 * then {@code sessionStart}, one {@code sessionUpdate} a second, and the {@code SessionTimeoutException} that ends
 * the session.
 */
final class LiveTailEventStream {

    private static final String JSON = "application/json";

    private LiveTailEventStream() {
    }

    static Multi<Buffer> frames(Multi<Message> messages, ObjectMapper mapper) {
        Multi<Buffer> initial = Multi.createFrom().item(() -> Buffer.buffer(new EventStreamEncoder()
                .event("initial-response", JSON, encode(mapper, Map.of())).bytes()));
        Multi<Buffer> body = messages.map(m -> Buffer.buffer(frame(m, mapper)));
        return Multi.createBy().concatenating().streams(initial, body);
    }

    private static byte[] frame(Message message, ObjectMapper mapper) {
        EventStreamEncoder out = new EventStreamEncoder();
        return switch (message) {
            case Started s -> out.event("sessionStart", JSON, encode(mapper, s.start())).bytes();
            case Updated u -> out.event("sessionUpdate", JSON, encode(mapper, u.update())).bytes();
            case TimedOut t -> out.exception("SessionTimeoutException", JSON, encode(mapper, t.timeout())).bytes();
        };
    }

    private static byte[] encode(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
