package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** What a pattern asks of one field of an event object: a leaf condition or a nested object pattern. */
sealed interface FieldCondition permits LeafCondition, ObjectCondition {

    /** @param value the field's value in the event, or null when the field is absent */
    boolean matchesField(JsonNode value);
}
