package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Tests one scalar leaf value of an event (string, number, boolean or null; never an array or object). */
interface ValueMatcher {

    boolean matches(JsonNode value);
}
