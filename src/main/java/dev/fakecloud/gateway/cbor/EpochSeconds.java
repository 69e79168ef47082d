package dev.fakecloud.gateway.cbor;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Timestamps as the AWS JSON and Smithy RPC v2 CBOR protocols write them: epoch seconds with millisecond precision,
 * a plain JSON number ({@code 1700000000.123}) or, in CBOR, tag 1 around an integer or a float. SDKs write a whole
 * second as a single-precision float when it fits exactly (every 128th second), so reading takes the float's exact
 * value, to the millisecond, instead of its shortest decimal spelling (which can be most of a minute off).
 */
public final class EpochSeconds extends StdSerializer<Instant> {

    private static final int EPOCH_TAG = 1;

    public EpochSeconds() {
        super(Instant.class);
    }

    /** A module that writes every {@link Instant} this way. */
    public static SimpleModule module() {
        return new SimpleModule("epoch-seconds").addSerializer(Instant.class, new EpochSeconds())
                .addDeserializer(Instant.class, new Reader());
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        long millis = value.toEpochMilli();
        if (gen instanceof CBORGenerator cbor) {
            cbor.writeTag(EPOCH_TAG);
            if (millis % 1000 == 0) {
                cbor.writeNumber(millis / 1000);
            } else {
                cbor.writeNumber(millis / 1000.0);
            }
        } else {
            BigDecimal seconds = BigDecimal.valueOf(millis, 3).stripTrailingZeros();
            gen.writeNumber((seconds.scale() < 0 ? seconds.setScale(0) : seconds).toPlainString());
        }
    }

    /** Epoch seconds from a number (exact for binary floats) or from a numeric or ISO-8601 string. */
    private static final class Reader extends StdDeserializer<Instant> {
        Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_FLOAT && p.isNaN()) {
                return (Instant) ctxt.handleWeirdNumberValue(Instant.class, p.getDoubleValue(), "not a timestamp");
            }
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return ofSeconds(ExactNumbers.decimal(p));
            }
            if (t == JsonToken.VALUE_STRING) {
                String text = p.getText().trim();
                try {
                    return ofSeconds(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    try {
                        return Instant.parse(text);
                    } catch (java.time.format.DateTimeParseException bad) {
                        return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not a timestamp");
                    }
                }
            }
            return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
        }

        private static Instant ofSeconds(BigDecimal seconds) {
            return Instant.ofEpochMilli(seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
    }
}
