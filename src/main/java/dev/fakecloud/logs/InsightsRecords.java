package dev.fakecloud.logs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecloud.logs.LogStore.Batch;
import dev.fakecloud.logs.LogStore.Event;
import dev.fakecloud.logs.LogStore.Group;
import dev.fakecloud.logs.LogStore.Stream;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Stored events as Logs Insights sees them: one record per event with {@code @timestamp} (epoch milliseconds),
 * {@code @message}, {@code @logStream}, {@code @log} ({@code account:group}), {@code @ingestionTime}, {@code @ptr}
 * (a pointer GetLogRecord reads back) and, for a JSON message, its fields flattened with dots ({@code a.b},
 * {@code list.0}).
 */
@ApplicationScoped
public class InsightsRecords {

    private static final int MAX_JSON_FIELDS = 200;

    private final LogStore store;

    public InsightsRecords(LogStore store) {
        this.store = store;
    }

    /** Hands every record of the group with a timestamp in {@code [from, to]} to {@code sink}. */
    void scan(Group g, long from, long to, Consumer<Map<String, String>> sink) {
        for (Stream s : store.streams(g.key(), "")) {
            for (Batch b : store.batches(s.key())) {
                List<Event> events = b.events();
                for (int i = 0; i < events.size(); i++) {
                    Event e = events.get(i);
                    if (e.timestamp() >= from && e.timestamp() <= to) {
                        sink.accept(record(g, s.name(), b.seq(), i, e));
                    }
                }
            }
        }
    }

    /** The record a pointer names, or null when the pointer is not one of ours or its event is gone. */
    Map<String, String> read(LogsCall call, String pointer) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(pointer), StandardCharsets.UTF_8)
                    .split(String.valueOf(LogStore.SEP), -1);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (parts.length != 4) {
            return null;
        }
        Group g = store.group(call.groupKey(parts[0]));
        if (g == null) {
            return null;
        }
        try {
            long seq = Long.parseLong(parts[2]);
            int index = Integer.parseInt(parts[3]);
            for (Batch b : store.batches(g.key() + LogStore.SEP + parts[1])) {
                if (b.seq() == seq && index < b.events().size()) {
                    return record(g, parts[1], seq, index, b.events().get(index));
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static Map<String, String> record(Group g, String stream, long seq, int index, Event e) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("@timestamp", Long.toString(e.timestamp()));
        r.put("@message", e.message());
        r.put("@logStream", stream);
        r.put("@log", g.account() + ":" + g.name());
        r.put("@ingestionTime", Long.toString(e.ingestionTime()));
        String ptr = g.name() + LogStore.SEP + stream + LogStore.SEP + seq + LogStore.SEP + index;
        r.put("@ptr", Base64.getUrlEncoder().withoutPadding().encodeToString(ptr.getBytes(StandardCharsets.UTF_8)));
        String m = e.message().strip();
        if (m.startsWith("{")) {
            JsonNode json = FilterPattern.json(m);
            if (json != null && json.isObject()) {
                flatten("", json, r);
            }
        }
        return r;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (out.size() >= MAX_JSON_FIELDS) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix + e.getKey() + ".", e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + i + ".", node.get(i), out);
            }
        } else if (!node.isNull() && !prefix.isEmpty()) {
            out.putIfAbsent(prefix.substring(0, prefix.length() - 1), node.asText());
        }
    }
}
