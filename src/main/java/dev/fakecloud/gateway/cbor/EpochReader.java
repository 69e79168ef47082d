package dev.fakecloud.gateway.cbor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads a timestamp sent as a number of epoch seconds or milliseconds (as the protocol says), or as a numeric or
 * ISO-8601 string, to the millisecond. Binary formats carry half, single and double precision floats, and SDKs write
 * a whole second as a single-precision float when it fits (every 128th second): its value is taken exactly, widened
 * to double, never its shortest decimal spelling (which can be most of a minute off).
 */
final class EpochReader extends StdDeserializer<Instant> {

    /** How many places the number's unit lies above milliseconds: 3 for seconds, 0 for milliseconds. */
    private final int millisShift;

    private EpochReader(int millisShift) {
        super(Instant.class);
        this.millisShift = millisShift;
    }

    static EpochReader seconds() {
        return new EpochReader(3);
    }

    static EpochReader millis() {
        return new EpochReader(0);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT && p.isNaN()) {
            return (Instant) ctxt.handleWeirdNumberValue(Instant.class, p.getDoubleValue(), "not a timestamp");
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return of(exact(p));
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText().trim();
            try {
                return of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException bad) {
                    return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not a timestamp");
                }
            }
        }
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }

    private Instant of(BigDecimal units) {
        return Instant.ofEpochMilli(units.movePointRight(millisShift).setScale(0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    private static BigDecimal exact(JsonParser p) throws IOException {
        return switch (p.getNumberType()) {
            case FLOAT, DOUBLE -> new BigDecimal(p.getDoubleValue());
            case BIG_DECIMAL -> p.getDecimalValue();
            default -> new BigDecimal(p.getBigIntegerValue());
        };
    }
}
