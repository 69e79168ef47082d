package dev.fakecloud.gateway.cbor;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.IOException;
import java.time.Instant;

/**
 * The AWS JSON 1.1 protocol with CBOR bodies ({@code application/x-amz-cbor-1.1}), which the AWS SDK for Java v2
 * uses for Kinesis by default: the JSON protocol's members and error shape, but blobs are CBOR byte strings and
 * timestamps are tag 1 around epoch <em>milliseconds</em> (the SDK's {@code UNIX_TIMESTAMP_MILLIS} for CBOR
 * payloads), not seconds. Mappers come from {@link Cbor#mapper()} with {@link #timestamps()} registered.
 */
public final class AwsCbor {

    public static final String CONTENT_TYPE = "application/x-amz-cbor-1.1";
    private static final int EPOCH_TAG = 1;

    private AwsCbor() {
    }

    /** Whether a request's {@code Content-Type} says its body is CBOR in this protocol. */
    public static boolean declaredBy(String contentType) {
        return contentType != null && contentType.startsWith("application/x-amz-cbor");
    }

    /** Writes and reads every {@link Instant} as epoch milliseconds (tag 1 when writing). */
    public static SimpleModule timestamps() {
        return new SimpleModule("aws-cbor-timestamps")
                .addSerializer(Instant.class, new Writer())
                .addDeserializer(Instant.class, EpochReader.millis());
    }

    private static final class Writer extends StdSerializer<Instant> {
        Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (gen instanceof CBORGenerator cbor) {
                cbor.writeTag(EPOCH_TAG);
            }
            gen.writeNumber(value.toEpochMilli());
        }
    }
}
