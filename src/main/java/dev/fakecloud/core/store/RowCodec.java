package dev.fakecloud.core.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How one row is written in a journal or snapshot: a small JSON object {@code {"t": table, "k": key, "v": value}},
 * or {@code {"t": table, "k": key, "d": true}} for a removal. JSON keeps the files readable and tolerant of fields
 * added or removed between versions; records are written by their component names
 * (and {@code @JsonProperty} spellings).
 */
final class RowCodec {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    RowCodec() {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Frames.MAX_PAYLOAD).maxNestingDepth(2000).build());
    }

    JavaType type(Class<?> raw) {
        return mapper.constructType(raw);
    }

    JavaType type(java.lang.reflect.Type generic) {
        return mapper.getTypeFactory().constructType(generic);
    }

    /** Writes one row into {@code out} (reset by the caller). */
    void encode(ByteArrayOutputStream out, String table, Object key, Object value) {
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("t", table);
            g.writeFieldName("k");
            mapper.writeValue(g, key);
            if (value == null) {
                g.writeBooleanField("d", true);
            } else {
                g.writeFieldName("v");
                mapper.writeValue(g, value);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a row of " + table, e);
        }
    }

    /** The table a row belongs to (its first member). */
    String tableOf(byte[] row) throws IOException {
        try (JsonParser p = mapper.getFactory().createParser(row)) {
            if (p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME
                    && "t".equals(p.currentName()) && p.nextToken() == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            if ("end".equals(p.currentName())) {
                return null;
            }
            throw new IOException("a row without its table name");
        }
    }

    /** A decoded row: the key, and the value or null for a removal. */
    record Row(Object key, Object value) {
    }

    Row decode(byte[] row, JavaType keyType, JavaType valueType) throws IOException {
        try (JsonParser p = mapper.getFactory().createParser(row)) {
            p.nextToken();
            Object key = null;
            Object value = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "k" -> key = mapper.readValue(p, keyType);
                    case "v" -> value = mapper.readValue(p, valueType);
                    default -> p.skipChildren();
                }
            }
            if (key == null) {
                throw new IOException("a row without its key");
            }
            return new Row(key, value);
        }
    }

    byte[] endMarker(long rows) {
        return ("{\"end\":" + rows + "}").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    boolean isEndMarker(byte[] row) {
        return row.length > 7 && row[0] == '{' && row[1] == '"' && row[2] == 'e' && row[3] == 'n' && row[4] == 'd';
    }
}
