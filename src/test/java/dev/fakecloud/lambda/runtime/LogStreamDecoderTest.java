package dev.fakecloud.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Docker's follow-logs answer, decoded whatever pieces it arrives in. */
class LogStreamDecoderTest {

    static byte[] frame(int stream, String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
        b.put((byte) stream).put(new byte[3]).putInt(payload.length).put(payload);
        return b.array();
    }

    static byte[] chunked(byte[] body, int chunkSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += chunkSize) {
            int n = Math.min(chunkSize, body.length - i);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, i, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static final byte[] HEAD_CHUNKED = ("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nTransfer-Encoding: chunked\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** Feeds the bytes in pieces of {@code piece}; returns the frames and whether the stream is still open. */
    static List<Object> decode(byte[] bytes, int piece) {
        List<String> frames = new ArrayList<>();
        LogStreamDecoder decoder = new LogStreamDecoder(frames::add);
        boolean open = true;
        for (int i = 0; i < bytes.length && open; i += piece) {
            open = decoder.feed(ByteBuffer.wrap(bytes, i, Math.min(piece, bytes.length - i)));
        }
        return List.of(frames, open, String.valueOf(decoder.failure()));
    }

    @Test
    void framesComeOutWholeHoweverTheChunksAndReadsCutThem() {
        byte[] body = concat(frame(1, "hello\n"), frame(2, "héllo from stderr\n"), frame(1, "x".repeat(5000)));
        byte[] wire = concat(HEAD_CHUNKED, chunked(body, 7));
        for (int piece : new int[] {1, 3, 8, 64, wire.length}) {
            List<Object> result = decode(wire, piece);
            assertThat(result.get(0)).as("piece %d", piece)
                    .isEqualTo(List.of("hello\n", "héllo from stderr\n", "x".repeat(5000)));
            assertThat(result.get(1)).as("the last chunk ends the stream").isEqualTo(false);
        }
    }

    @Test
    void aBodyWithoutChunkingIsReadUntilTheConnectionEnds() {
        byte[] wire = concat("HTTP/1.0 200 OK\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII), frame(1, "a"), frame(1, "b"));
        List<Object> result = decode(wire, 5);
        assertThat(result.get(0)).isEqualTo(List.of("a", "b"));
        assertThat(result.get(1)).isEqualTo(true);
    }

    @Test
    void anErrorAnswerEndsTheStreamWithItsStatusLine() {
        byte[] wire = "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n{\"message\":\"No such container\"}"
                .getBytes(StandardCharsets.US_ASCII);
        List<Object> result = decode(wire, 4);
        assertThat(result.get(0)).isEqualTo(List.of());
        assertThat(result.get(1)).isEqualTo(false);
        assertThat((String) result.get(2)).contains("404 Not Found");
    }
}
