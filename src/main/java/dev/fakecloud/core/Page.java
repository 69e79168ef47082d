package dev.fakecloud.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a sorted listing and the marker of the next. Markers are opaque to callers: the base64 of the last
 * key returned, so a page stays correct when items are added or removed between calls.
 */
public record Page<T>(List<T> items, String nextMarker) {

    /**
     * @param sorted items in key order
     * @param marker the caller's marker, or null for the first page
     * @param invalidMarker thrown when the marker cannot be read
     */
    public static <T> Page<T> of(List<T> sorted, Function<T, String> key, String marker, int maxItems,
            java.util.function.Supplier<? extends RuntimeException> invalidMarker) {
        int start = 0;
        if (marker != null && !marker.isEmpty()) {
            String after;
            try {
                after = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw invalidMarker.get();
            }
            while (start < sorted.size() && key.apply(sorted.get(start)).compareTo(after) <= 0) {
                start++;
            }
        }
        int end = Math.min(sorted.size(), start + Math.max(1, maxItems));
        List<T> items = List.copyOf(sorted.subList(start, end));
        String next = end < sorted.size() && !items.isEmpty()
                ? Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(key.apply(items.get(items.size() - 1)).getBytes(StandardCharsets.UTF_8))
                : null;
        return new Page<>(items, next);
    }
}
