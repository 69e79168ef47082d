package dev.fakecloud.events;

/** One event an archive keeps: the envelope as it was routed, and when it happened. */
public record ArchivedEvent(String archiveArn, long sequence, long timeMillis, String json) {

    /** The key that orders an archive's events by arrival. */
    static String key(String archiveArn, long sequence) {
        return archiveArn + "#" + String.format("%019d", sequence);
    }
}
