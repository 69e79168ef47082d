package dev.fakecloud.lambda.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Decodes the Docker API's answer to {@code GET /containers/{id}/logs?follow=1} as it arrives, in pieces of any size:
 * the HTTP response head, the chunked transfer encoding when the engine uses it, and the multiplexed stream inside
 * (frames of an 8-byte header, whose last four bytes give the length, then that many bytes of stdout or stderr).
 * Each frame is handed on as text. Not thread-safe: one decoder per connection, fed by one thread.
 */
final class LogStreamDecoder {

    private static final int MAX_HEAD = 16 * 1024;
    private static final int MAX_FRAME = 16 * 1024 * 1024;

    private enum Phase { HEAD, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, RAW, DONE, FAILED }

    private final Consumer<String> frames;
    private Phase phase = Phase.HEAD;
    private final StringBuilder line = new StringBuilder();
    private int status;
    private boolean chunked;
    private long chunkLeft;
    private final byte[] header = new byte[8];
    private int headerFill;
    private byte[] payload;
    private int payloadFill;
    private String failure;

    LogStreamDecoder(Consumer<String> frames) {
        this.frames = frames;
    }

    /** Consumes everything in {@code bytes}; returns false once the stream has ended or cannot be understood. */
    boolean feed(ByteBuffer bytes) {
        while (bytes.hasRemaining() && phase != Phase.DONE && phase != Phase.FAILED) {
            switch (phase) {
                case HEAD -> head(bytes.get());
                case CHUNK_SIZE -> chunkSize(bytes.get());
                case CHUNK_DATA -> {
                    int n = (int) Math.min(chunkLeft, bytes.remaining());
                    body(bytes, n);
                    chunkLeft -= n;
                    if (chunkLeft == 0) {
                        phase = Phase.CHUNK_END;
                    }
                }
                case CHUNK_END -> {
                    if (bytes.get() == '\n') {
                        phase = Phase.CHUNK_SIZE;
                    }
                }
                case RAW -> body(bytes, bytes.remaining());
                default -> throw new IllegalStateException(phase.name());
            }
        }
        return phase != Phase.DONE && phase != Phase.FAILED;
    }

    /** Why the stream could not be read (a non-200 answer, say), or null. */
    String failure() {
        return failure;
    }

    private void head(byte b) {
        if (b != '\n') {
            if (b != '\r') {
                line.append((char) (b & 0xff));
            }
            if (line.length() > MAX_HEAD) {
                fail("response head too long");
            }
            return;
        }
        String text = line.toString();
        line.setLength(0);
        if (status == 0) {
            String[] parts = text.split(" ", 3);
            status = parts.length >= 2 && parts[0].startsWith("HTTP/") ? parseInt(parts[1]) : -1;
            if (status != 200) {
                fail("the engine answered " + text);
            }
        } else if (text.isEmpty()) {
            phase = chunked ? Phase.CHUNK_SIZE : Phase.RAW;
        } else {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
    }

    private void chunkSize(byte b) {
        if (b != '\n') {
            if (line.length() > 64) {
                fail("chunk size line too long");
            } else if (b != '\r') {
                line.append((char) (b & 0xff));
            }
            return;
        }
        String text = line.toString();
        line.setLength(0);
        int semicolon = text.indexOf(';');
        try {
            chunkLeft = Long.parseLong((semicolon >= 0 ? text.substring(0, semicolon) : text).trim(), 16);
        } catch (NumberFormatException e) {
            fail("bad chunk size " + text);
            return;
        }
        phase = chunkLeft == 0 ? Phase.DONE : Phase.CHUNK_DATA;
    }

    /** Multiplexed-stream bytes: frame headers and payloads. */
    private void body(ByteBuffer bytes, int count) {
        int end = bytes.position() + count;
        while (bytes.position() < end && phase != Phase.FAILED) {
            if (payload == null) {
                header[headerFill++] = bytes.get();
                if (headerFill == header.length) {
                    headerFill = 0;
                    long size = ((header[4] & 0xffL) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8)
                            | (header[7] & 0xff);
                    if (size > MAX_FRAME) {
                        fail("frame of " + size + " bytes");
                    } else if (size > 0) {
                        payload = new byte[(int) size];
                        payloadFill = 0;
                    }
                }
            } else {
                int n = Math.min(end - bytes.position(), payload.length - payloadFill);
                bytes.get(payload, payloadFill, n);
                payloadFill += n;
                if (payloadFill == payload.length) {
                    byte[] done = payload;
                    payload = null;
                    frames.accept(new String(done, StandardCharsets.UTF_8));
                }
            }
        }
    }

    private void fail(String why) {
        failure = why;
        phase = Phase.FAILED;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
