package dev.fakecloud.gateway;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes AWS event-stream messages ({@code application/vnd.amazon.eventstream}): a prelude with total and header
 * lengths and its CRC32, string headers, the payload, and the message CRC32.
 */
public final class EventStreamEncoder {

    public static final String CONTENT_TYPE = "application/vnd.amazon.eventstream";
    private static final byte STRING = 7;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Appends one {@code :message-type: event} message. */
    public EventStreamEncoder event(String eventType, String contentType, byte[] payload) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(":event-type", eventType);
        headers.put(":content-type", contentType);
        headers.put(":message-type", "event");
        return message(headers, payload);
    }

    /**
     * Appends one {@code :message-type: exception} message: a modelled error of the stream ({@code exceptionType}
     * names its shape), which ends it.
     */
    public EventStreamEncoder exception(String exceptionType, String contentType, byte[] payload) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(":exception-type", exceptionType);
        headers.put(":content-type", contentType);
        headers.put(":message-type", "exception");
        return message(headers, payload);
    }

    private EventStreamEncoder message(Map<String, String> headers, byte[] payload) {
        byte[] encodedHeaders = headers(headers);
        int total = 12 + encodedHeaders.length + payload.length + 4;
        ByteBuffer message = ByteBuffer.allocate(total);
        message.putInt(total).putInt(encodedHeaders.length);
        message.putInt((int) crc(message.array(), 0, 8));
        message.put(encodedHeaders).put(payload);
        message.putInt((int) crc(message.array(), 0, total - 4));
        out.writeBytes(message.array());
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    private static byte[] headers(Map<String, String> headers) {
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        headers.forEach((name, value) -> {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            byte[] v = value.getBytes(StandardCharsets.UTF_8);
            h.write(n.length);
            h.writeBytes(n);
            h.write(STRING);
            h.write((v.length >> 8) & 0xff);
            h.write(v.length & 0xff);
            h.writeBytes(v);
        });
        return h.toByteArray();
    }

    private static long crc(byte[] data, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, offset, length);
        return crc.getValue();
    }
}
