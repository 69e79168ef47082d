package dev.fakecloud.core;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How much JSON fakecloud is willing to read from a caller, so that no document can exhaust the stack (nesting) or
 * the heap (long strings, huge documents) however it is crafted. Every mapper that reads caller input carries these
 * constraints; a document past them fails to parse and is answered with the protocol's parse error.
 */
public final class JsonLimits {

    /** Nesting deeper than this is refused; AWS refuses deep documents too, and no AWS shape comes near it. */
    public static final int MAX_NESTING_DEPTH = 1000;

    /**
     * The largest request Lambda accepts (bytes); it bounds every string, including a 50 MB deployment package as
     * base64 (69,905,068 characters).
     */
    public static final int MAX_REQUEST_BYTES = 70_167_211;

    /** Longest single string value: a whole request's worth. */
    public static final int MAX_STRING_LENGTH = MAX_REQUEST_BYTES;

    /** Longest document. */
    public static final long MAX_DOCUMENT_LENGTH = MAX_REQUEST_BYTES;

    /** Longest member name; AWS member names and map keys (tags, variables) are far shorter. */
    public static final int MAX_NAME_LENGTH = 50_000;

    public static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build();

    private JsonLimits() {
    }

    /** Applies the limits to {@code mapper}'s parser factory and returns it. */
    public static ObjectMapper applyTo(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(CONSTRAINTS);
        return mapper;
    }

    /** A plain mapper that reads within the limits, for JSON that callers embed in strings (policies, patterns). */
    public static ObjectMapper mapper() {
        return applyTo(new ObjectMapper());
    }
}
