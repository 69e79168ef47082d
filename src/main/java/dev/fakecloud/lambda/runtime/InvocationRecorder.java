package dev.fakecloud.lambda.runtime;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The most recent invocations, whatever triggered them, for {@code GET /_fakecloud/lambda/invocations}: at most
 * {@value #CAPACITY} records and {@value #MAX_BYTES} bytes of payloads, responses and logs, oldest dropped first.
 *
 * <p>A lock-free ring: each record takes the next sequence number and the slot it maps to, overwriting the record
 * {@value #CAPACITY} places older. Records are dropped (for the byte bound, or by {@link #clear()}) by moving the
 * oldest sequence forward and emptying the slot with compare-and-set, so a record's bytes are given back exactly
 * once whoever drops it. Readers see the records between the oldest and the newest sequence, in order.
 */
@Singleton
public class InvocationRecorder {

    static final int CAPACITY = 10_000;
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @RegisterForReflection
    public record InvocationRecord(String requestId, String functionName, String functionArn, String executedVersion,
            String invocationType, String source, Integer attempt, String payload, String response,
            String functionError, double durationMs, String containerId, String timestamp, String logs) {
    }

    private record Slot(long sequence, InvocationRecord record, long weight) {
    }

    private final int capacity;
    private final long maxBytes;
    private final AtomicReferenceArray<Slot> slots;
    /** The sequence the next record takes. */
    private final AtomicLong next = new AtomicLong();
    /** Records below this sequence are gone. */
    private final AtomicLong oldest = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    public InvocationRecorder() {
        this(CAPACITY, MAX_BYTES);
    }

    InvocationRecorder(int capacity, long maxBytes) {
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    public void record(InvocationRecord record) {
        long sequence = next.getAndIncrement();
        Slot slot = new Slot(sequence, record, weight(record));
        bytes.addAndGet(slot.weight());
        int i = index(sequence);
        Slot overwritten = slots.getAndSet(i, slot);
        if (overwritten != null) {
            if (overwritten.sequence() > sequence && slots.compareAndSet(i, slot, overwritten)) {
                // this writer stalled while a whole ring's worth of newer records went by: its record is already
                // older than the window, so the newer one keeps the slot
                bytes.addAndGet(-slot.weight());
                return;
            }
            bytes.addAndGet(-overwritten.weight());
        }
        advanceOldest(sequence - capacity + 1);
        if (sequence < oldest.get()) {
            // dropped (cleared) before it was stored: give it back now
            drop(sequence);
        }
        // over the byte bound: drop the oldest records, never this one
        for (long first = oldest.get(); bytes.get() > maxBytes && first < sequence; first = oldest.get()) {
            if (oldest.compareAndSet(first, first + 1)) {
                drop(first);
            }
        }
    }

    public List<InvocationRecord> all() {
        long end = next.get();
        long start = Math.max(oldest.get(), end - capacity);
        List<InvocationRecord> records = new ArrayList<>((int) Math.max(0, end - start));
        for (long s = start; s < end; s++) {
            Slot slot = slots.get(index(s));
            if (slot != null && slot.sequence() == s) {
                records.add(slot.record());
            }
        }
        return records;
    }

    public void clear() {
        long end = next.get();
        for (long first = oldest.get(); first < end; first = oldest.get()) {
            if (oldest.compareAndSet(first, first + 1)) {
                drop(first);
            }
        }
    }

    /** Bytes of payloads, responses and logs held now. */
    long bytes() {
        return bytes.get();
    }

    private void drop(long sequence) {
        int i = index(sequence);
        Slot slot = slots.get(i);
        if (slot != null && slot.sequence() == sequence && slots.compareAndSet(i, slot, null)) {
            bytes.addAndGet(-slot.weight());
        }
    }

    private void advanceOldest(long atLeast) {
        for (long now = oldest.get(); now < atLeast; now = oldest.get()) {
            if (oldest.compareAndSet(now, atLeast)) {
                return;
            }
        }
    }

    private int index(long sequence) {
        return (int) (sequence % capacity);
    }

    private static long weight(InvocationRecord r) {
        return length(r.payload()) + length(r.response()) + length(r.logs());
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }
}
