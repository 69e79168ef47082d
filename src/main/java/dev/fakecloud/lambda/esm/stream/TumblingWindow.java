package dev.fakecloud.lambda.esm.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.JsonLimits;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A shard's tumbling window ({@code TumblingWindowInSeconds}): fixed windows aligned on the epoch, records grouped
 * by their arrival time, and the {@code state} a function returns carried from one invocation of the window to the
 * next, until the final invocation of the window ({@code isFinalInvokeForWindow}) once it has ended.
 */
final class TumblingWindow {

    private static final ObjectMapper JSON = JsonLimits.mapper();
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final long widthMillis;
    /** The start of the window being aggregated (epoch millis), or -1 when none is open. */
    private long start = -1;
    private ObjectNode state = JSON.createObjectNode();

    TumblingWindow(long widthMillis) {
        this.widthMillis = widthMillis;
    }

    long startOf(Instant arrival) {
        long millis = arrival.toEpochMilli();
        return millis - Math.floorMod(millis, widthMillis);
    }

    /** Whether a window has had invocations and awaits its final one. */
    boolean open() {
        return start >= 0;
    }

    long start() {
        return start;
    }

    long end() {
        return start + widthMillis;
    }

    /** Opens the window the batch's first record falls in (a no-op while it is the open one). */
    void enter(long windowStart) {
        if (start != windowStart) {
            start = windowStart;
            state = JSON.createObjectNode();
        }
    }

    /** Adds the window members to an event: {@code window}, {@code state}, {@code shardId} and the rest. */
    void decorate(ObjectNode event, String shardId, String streamArn, boolean finalInvoke) {
        ObjectNode window = event.putObject("window");
        window.put("start", ISO.format(Instant.ofEpochMilli(start)));
        window.put("end", ISO.format(Instant.ofEpochMilli(end())));
        event.set("state", state.deepCopy());
        event.put("shardId", shardId);
        event.put("eventSourceARN", streamArn);
        event.put("isFinalInvokeForWindow", finalInvoke);
        event.put("isWindowTerminatedEarly", false);
    }

    /** Keeps the {@code state} the function returned for the next invocation of the window. */
    void absorb(byte[] response) {
        if (response == null || response.length == 0) {
            return;
        }
        try {
            JsonNode returned = JSON.readTree(response);
            if (returned != null && returned.get("state") instanceof ObjectNode next) {
                state = next;
            }
        } catch (IOException e) {
            // a response that is not JSON carries no state
        }
    }

    /** The window is over (its final invocation ran). */
    void close() {
        start = -1;
        state = JSON.createObjectNode();
    }
}
