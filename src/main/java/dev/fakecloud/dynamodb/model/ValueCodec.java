package dev.fakecloud.dynamodb.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.fakecloud.dynamodb.model.DynamoErrors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The {@code AttributeValue} wire shape, read with AWS's type rules and written canonically. */
public final class ValueCodec {

    private ValueCodec() {
    }

    public static final class Writer extends JsonSerializer<Value> {
        @Override
        public void serialize(Value v, JsonGenerator g, SerializerProvider p) throws IOException {
            write(v, g);
        }
    }

    public static final class Reader extends JsonDeserializer<Value> {
        @Override
        public Value deserialize(JsonParser p, DeserializationContext c) throws IOException {
            JsonNode node = p.readValueAsTree();
            return read(node);
        }
    }

    public static void write(Value v, JsonGenerator g) throws IOException {
        g.writeStartObject();
        switch (v) {
            case Value.S s -> g.writeStringField("S", s.value());
            case Value.N n -> g.writeStringField("N", n.value());
            case Value.B b -> g.writeStringField("B", b.base64());
            case Value.Bool b -> g.writeBooleanField("BOOL", b.value());
            case Value.Null n -> g.writeBooleanField("NULL", true);
            case Value.M m -> {
                g.writeObjectFieldStart("M");
                for (Map.Entry<String, Value> e : m.value().entrySet()) {
                    g.writeFieldName(e.getKey());
                    write(e.getValue(), g);
                }
                g.writeEndObject();
            }
            case Value.L l -> {
                g.writeArrayFieldStart("L");
                for (Value e : l.value()) {
                    write(e, g);
                }
                g.writeEndArray();
            }
            case Value.Set s -> {
                g.writeArrayFieldStart(s.type());
                for (String m : s.members()) {
                    g.writeString(m);
                }
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }

    /** Reads one AttributeValue, refusing what AWS refuses. */
    public static Value read(JsonNode node) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw DynamoErrors.validation(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        int set = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            if (!it.next().getValue().isNull()) {
                set++;
            }
        }
        if (set == 0) {
            throw DynamoErrors.validation(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        if (set > 1) {
            throw DynamoErrors.validation("Supplied AttributeValue has more than one datatypes set, must contain "
                    + "exactly one of the supported datatypes");
        }
        Map.Entry<String, JsonNode> e = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getValue().isNull()) {
                e = f;
            }
        }
        JsonNode v = e.getValue();
        return switch (e.getKey()) {
            case "S" -> new Value.S(text(v));
            case "N" -> new Value.N(Numbers.parse(text(v)));
            case "B" -> new Value.B(binary(text(v)));
            case "BOOL" -> new Value.Bool(v.asBoolean());
            case "NULL" -> {
                if (!v.asBoolean()) {
                    throw DynamoErrors.invalidParameter("Null attribute value types must have the value of true");
                }
                yield new Value.Null();
            }
            case "M" -> {
                Map<String, Value> members = new LinkedHashMap<>();
                v.fields().forEachRemaining(f -> members.put(f.getKey(), read(f.getValue())));
                yield new Value.M(members);
            }
            case "L" -> {
                List<Value> members = new ArrayList<>();
                v.forEach(m -> members.add(read(m)));
                yield new Value.L(members);
            }
            case "SS", "NS", "BS" -> set(e.getKey(), v);
            default -> throw DynamoErrors.validation(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        };
    }

    private static String text(JsonNode v) {
        return v.isTextual() ? v.textValue() : v.asText();
    }

    private static String binary(String text) {
        try {
            return Base64.getEncoder().encodeToString(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw DynamoErrors.serialization("Base64 encoded length is expected a multiple of 4 bytes but found: "
                    + text.length());
        }
    }

    private static Value set(String type, JsonNode v) {
        List<String> raw = new ArrayList<>();
        v.forEach(m -> raw.add(text(m)));
        if (raw.isEmpty()) {
            String what = switch (type) {
                case "SS" -> "An string set ";
                case "NS" -> "An number set ";
                default -> "Binary sets should not be empty";
            };
            throw DynamoErrors.invalidParameter(type.equals("BS") ? what : what + " may not be empty");
        }
        String member = type.substring(0, 1);
        TreeSet<String> distinct = new TreeSet<>(Scalars.order(member));
        for (String m : raw) {
            String canonical = switch (member) {
                case "N" -> Numbers.parse(m);
                case "B" -> binary(m);
                default -> m;
            };
            if (!distinct.add(canonical)) {
                throw DynamoErrors.invalidParameter("Input collection " + raw + " contains duplicates.");
            }
        }
        return new Value.Set(type, new ArrayList<>(distinct));
    }
}
