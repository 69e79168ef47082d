package dev.fakecloud.gateway.cbor;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Timestamps as the AWS JSON and Smithy RPC v2 CBOR protocols write them: epoch seconds with millisecond precision,
 * a plain JSON number ({@code 1700000000.123}) or, in CBOR, tag 1 around an integer or a float; read by
 * {@link EpochReader}.
 */
public final class EpochSeconds extends StdSerializer<Instant> {

    private static final int EPOCH_TAG = 1;

    public EpochSeconds() {
        super(Instant.class);
    }

    /** A module that writes every {@link Instant} this way and reads it back. */
    public static SimpleModule module() {
        return new SimpleModule("epoch-seconds").addSerializer(Instant.class, new EpochSeconds())
                .addDeserializer(Instant.class, EpochReader.seconds());
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
}
