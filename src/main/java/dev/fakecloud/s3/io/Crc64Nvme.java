package dev.fakecloud.s3.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * CRC-64/NVME (reflected polynomial {@code 0x9A6C9329AC4BC9B5}, initial and final value all ones), the checksum S3
 * computes by default; eight bytes at a time.
 */
public final class Crc64Nvme implements java.util.zip.Checksum {

    private static final long POLY = 0x9A6C9329AC4BC9B5L;
    private static final long[][] TABLES = new long[8][256];

    static {
        for (int i = 0; i < 256; i++) {
            long crc = i;
            for (int b = 0; b < 8; b++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLY : crc >>> 1;
            }
            TABLES[0][i] = crc;
        }
        for (int k = 1; k < 8; k++) {
            for (int i = 0; i < 256; i++) {
                long prev = TABLES[k - 1][i];
                TABLES[k][i] = (prev >>> 8) ^ TABLES[0][(int) (prev & 0xff)];
            }
        }
    }

    private long crc = -1L;

    @Override
    public void update(int b) {
        crc = TABLES[0][(int) ((crc ^ b) & 0xff)] ^ (crc >>> 8);
    }

    @Override
    public void update(byte[] bytes, int off, int len) {
        update(ByteBuffer.wrap(bytes, off, len));
    }

    @Override
    public void update(ByteBuffer buffer) {
        ByteBuffer b = buffer.slice().order(ByteOrder.LITTLE_ENDIAN);
        long c = crc;
        long[][] t = TABLES;
        while (b.remaining() >= 8) {
            long x = c ^ b.getLong();
            c = t[7][(int) (x & 0xff)] ^ t[6][(int) ((x >>> 8) & 0xff)] ^ t[5][(int) ((x >>> 16) & 0xff)]
                    ^ t[4][(int) ((x >>> 24) & 0xff)] ^ t[3][(int) ((x >>> 32) & 0xff)]
                    ^ t[2][(int) ((x >>> 40) & 0xff)] ^ t[1][(int) ((x >>> 48) & 0xff)] ^ t[0][(int) (x >>> 56)];
        }
        while (b.hasRemaining()) {
            c = t[0][(int) ((c ^ b.get()) & 0xff)] ^ (c >>> 8);
        }
        crc = c;
        buffer.position(buffer.limit());
    }

    @Override
    public long getValue() {
        return ~crc;
    }

    @Override
    public void reset() {
        crc = -1L;
    }
}
