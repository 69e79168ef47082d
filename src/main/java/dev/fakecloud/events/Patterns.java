package dev.fakecloud.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.fakecloud.core.Validation;
import dev.fakecloud.core.pattern.EventPattern;
import dev.fakecloud.core.pattern.InvalidEventPatternException;
import dev.fakecloud.events.model.EventsShapes.TestEventPatternRequest;
import dev.fakecloud.events.model.EventsShapes.TestEventPatternResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Event patterns of rules and archives, compiled once by the product's one matcher and kept while in use; their
 * errors worded as EventBridge words them. Also TestEventPattern.
 */
@ApplicationScoped
public class Patterns {

    /** The members TestEventPattern requires of its event, as AWS documents them. */
    private static final List<String> REQUIRED_EVENT_FIELDS = List.of("id", "account", "source", "time", "region",
            "resources", "detail-type");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private final Map<String, EventPattern> compiled = new ConcurrentHashMap<>();

    /** A pattern's compiled form, validated; InvalidEventPatternException with AWS's reason when it is not valid. */
    public EventPattern compile(String text) {
        EventPattern known = compiled.get(text);
        if (known != null) {
            return known;
        }
        EventPattern pattern = parse(text);
        if (compiled.size() > 10_000) {
            compiled.clear();
        }
        compiled.put(text, pattern);
        return pattern;
    }

    /** Parses without keeping the result (patterns only tested, not stored). */
    public static EventPattern parse(String text) {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw EventsErrors.invalidPattern(e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw EventsErrors.invalidPattern("Filter is not an object\n at [Source: (String)\"" + text
                    + "\"; line: 1, column: 2]");
        }
        try {
            return EventPattern.parse(text);
        } catch (InvalidEventPatternException e) {
            throw EventsErrors.invalidPattern(e.getMessage());
        }
    }

    TestEventPatternResponse test(EventsCall call, TestEventPatternRequest r) {
        Validation.start().required(r.eventPattern(), "eventPattern").required(r.event(), "event")
                .length(r.eventPattern(), "eventPattern", 0, 4096).throwIfInvalid();
        EventPattern pattern = parse(r.eventPattern());
        JsonNode event;
        try {
            event = JSON.readTree(r.event());
        } catch (JsonProcessingException e) {
            throw EventsErrors.invalidParameter("Event", null);
        }
        if (event == null || !event.isObject() || REQUIRED_EVENT_FIELDS.stream().anyMatch(f -> !event.has(f))) {
            throw EventsErrors.invalidParameter("Event", null);
        }
        return new TestEventPatternResponse(pattern.matches(event));
    }
}
