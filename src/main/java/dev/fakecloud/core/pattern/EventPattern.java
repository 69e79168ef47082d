package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.core.JsonLimits;

/**
 * An Amazon EventBridge event pattern, compiled once and matched many times. The same language serves Lambda's
 * FilterCriteria, EventBridge rules and SNS filter policies: exact values (numbers compared numerically), arrays as
 * OR, nested objects, {@code prefix}, {@code suffix}, {@code equals-ignore-case}, {@code anything-but},
 * {@code numeric}, {@code exists}, {@code cidr}, {@code wildcard} and {@code $or}. A field of the event that holds an
 * array matches when any of its elements does. Instances are immutable and safe to share between threads.
 */
public final class EventPattern {

    private static final ObjectMapper JSON = JsonLimits.mapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final String source;
    private final ObjectCondition root;

    private EventPattern(String source, ObjectCondition root) {
        this.source = source;
        this.root = root;
    }

    /** Parses and validates a pattern; a pattern EventBridge would reject throws {@link InvalidEventPatternException}. */
    public static EventPattern parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventPatternException("Filter is not an object");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidEventPatternException("Filter is not valid JSON: " + e.getOriginalMessage());
        }
        return new EventPattern(json, PatternParser.parseRoot(tree));
    }

    /** Whether the event (normally a JSON object; anything else is seen as an empty object) matches the pattern. */
    public boolean matches(JsonNode event) {
        return root.matchesObject(event);
    }

    /** The pattern's text as given to {@link #parse}. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
