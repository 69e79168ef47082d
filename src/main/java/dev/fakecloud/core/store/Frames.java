package dev.fakecloud.core.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The on-disk framing shared by journals and snapshots. A file starts with a header (4-byte magic, format version,
 * generation); then frames of {@code [length][CRC32C of payload][payload]}, big-endian. A frame whose length runs
 * past the end of the file or whose checksum does not match marks where a write was torn.
 */
final class Frames {

    static final int FORMAT_VERSION = 1;
    static final byte[] JOURNAL_MAGIC = "FCJ1".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SNAPSHOT_MAGIC = "FCS1".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER_BYTES = 4 + 4 + 8;
    private static final int FRAME_OVERHEAD = 8;
    /** No single value comes near this; a larger length can only be garbage. */
    static final int MAX_PAYLOAD = 512 * 1024 * 1024;

    private Frames() {
    }

    static byte[] header(byte[] magic, long generation) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.BIG_ENDIAN);
        b.put(magic).putInt(FORMAT_VERSION).putLong(generation);
        return b.array();
    }

    /** Appends one frame holding {@code payload[0, length)} to {@code out}. */
    static void append(ByteArrayOutputStream out, byte[] payload, int length) {
        CRC32C crc = new CRC32C();
        crc.update(payload, 0, length);
        ByteBuffer head = ByteBuffer.allocate(FRAME_OVERHEAD).order(ByteOrder.BIG_ENDIAN);
        head.putInt(length).putInt((int) crc.getValue());
        out.write(head.array(), 0, FRAME_OVERHEAD);
        out.write(payload, 0, length);
    }

    /** What reading a file found: its generation, and where (if anywhere) a torn or corrupt frame began. */
    record Contents(long generation, long frames, long validBytes, long fileBytes) {
        boolean torn() {
            return validBytes < fileBytes;
        }
    }

    /**
     * Reads a file of frames, handing each payload to {@code sink} in order. A bad header is an error naming the
     * file; a bad frame ends the reading (the caller decides whether that is a torn tail or corruption).
     */
    static Contents read(Path file, byte[] magic, Consumer<byte[]> sink) throws IOException {
        long size = Files.size(file);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (size < HEADER_BYTES) {
                throw new StoreException("State file " + file + " is too short to be a fakecloud "
                        + kind(magic) + " (" + size + " bytes)");
            }
            byte[] found = new byte[4];
            in.readFully(found);
            if (!Arrays.equals(found, magic)) {
                throw new StoreException("State file " + file + " is not a fakecloud " + kind(magic)
                        + " (unexpected header)");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new StoreException("State file " + file + " has format version " + version + "; this fakecloud "
                        + "reads version " + FORMAT_VERSION + ". Use a matching fakecloud or another data directory.");
            }
            long generation = in.readLong();
            long valid = HEADER_BYTES;
            long frames = 0;
            CRC32C crc = new CRC32C();
            while (size - valid >= FRAME_OVERHEAD) {
                int length = in.readInt();
                int checksum = in.readInt();
                if (length < 0 || length > MAX_PAYLOAD || length > size - valid - FRAME_OVERHEAD) {
                    break;
                }
                byte[] payload = new byte[length];
                in.readFully(payload);
                crc.reset();
                crc.update(payload);
                if ((int) crc.getValue() != checksum) {
                    break;
                }
                sink.accept(payload);
                frames++;
                valid += FRAME_OVERHEAD + length;
            }
            return new Contents(generation, frames, valid, size);
        }
    }

    private static String kind(byte[] magic) {
        return magic == JOURNAL_MAGIC ? "journal" : "snapshot";
    }
}
