package dev.fakecloud.s3.io;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Decodes S3's {@code aws-chunked} content encoding as it arrives: {@code <hex size>[;chunk-signature=..]\r\n
 * <data>\r\n} chunks, a zero-sized last chunk, then trailer lines ({@code x-amz-checksum-crc32:...}) and an empty
 * line. Signatures are not checked. Data is handed on as slices of the buffers received, never copied.
 */
public final class ChunkedDecoder {

    /** The framing is broken; the body cannot be read. */
    public static final class MalformedChunkException extends RuntimeException {
        MalformedChunkException(String message) {
            super(message, null, false, false);
        }
    }

    private enum State { HEADER, DATA, DATA_END, TRAILER, DONE }

    private static final int MAX_LINE = 8192;

    private final Consumer<Buffer> data;
    private final StringBuilder line = new StringBuilder();
    private final Map<String, String> trailers = new LinkedHashMap<>();
    private State state = State.HEADER;
    private long remaining;
    private int crlfSeen;

    public ChunkedDecoder(Consumer<Buffer> data) {
        this.data = data;
    }

    public void feed(Buffer buffer) {
        int i = 0;
        int length = buffer.length();
        while (i < length) {
            switch (state) {
                case HEADER, TRAILER -> {
                    byte b = buffer.getByte(i++);
                    if (b == '\n') {
                        endOfLine();
                    } else if (b != '\r') {
                        if (line.length() >= MAX_LINE) {
                            throw new MalformedChunkException("chunk header too long");
                        }
                        line.append((char) (b & 0xff));
                    }
                }
                case DATA -> {
                    int n = (int) Math.min(remaining, length - i);
                    data.accept(buffer.slice(i, i + n));
                    i += n;
                    remaining -= n;
                    if (remaining == 0) {
                        state = State.DATA_END;
                        crlfSeen = 0;
                    }
                }
                case DATA_END -> {
                    byte b = buffer.getByte(i++);
                    if (b == '\n') {
                        state = State.HEADER;
                    } else if (b != '\r' || ++crlfSeen > 1) {
                        throw new MalformedChunkException("chunk not followed by CRLF");
                    }
                }
                case DONE -> i = length;
            }
        }
    }

    private void endOfLine() {
        String text = line.toString();
        line.setLength(0);
        if (state == State.TRAILER) {
            if (text.isEmpty()) {
                state = State.DONE;
                return;
            }
            int colon = text.indexOf(':');
            if (colon > 0) {
                trailers.put(text.substring(0, colon).trim().toLowerCase(Locale.ROOT), text.substring(colon + 1).trim());
            }
            return;
        }
        if (text.isEmpty()) {
            return;
        }
        int semi = text.indexOf(';');
        String hex = (semi < 0 ? text : text.substring(0, semi)).trim();
        try {
            remaining = Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            throw new MalformedChunkException("bad chunk size " + new String(hex.getBytes(StandardCharsets.ISO_8859_1),
                    StandardCharsets.ISO_8859_1));
        }
        if (remaining < 0) {
            throw new MalformedChunkException("negative chunk size");
        }
        state = remaining == 0 ? State.TRAILER : State.DATA;
    }

    /** Called at the end of the body: the last chunk must have been seen. */
    public void finish() {
        if (state != State.TRAILER && state != State.DONE) {
            throw new MalformedChunkException("the body ended inside a chunk");
        }
    }

    /** Trailer headers (names in lower case), e.g. {@code x-amz-checksum-crc32}. */
    public Map<String, String> trailers() {
        return trailers;
    }
}
