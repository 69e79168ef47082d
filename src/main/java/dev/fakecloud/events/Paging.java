package dev.fakecloud.events;

import dev.fakecloud.core.Page;
import java.util.List;
import java.util.function.Function;

/** EventBridge's listings: {@code Limit} items per page (100 at most), an opaque {@code NextToken} for the rest. */
final class Paging {

    private Paging() {
    }

    static <T> Page<T> page(List<T> sorted, Function<T, String> key, String nextToken, Integer limit) {
        int max = limit == null ? 100 : Math.min(limit, 100);
        return Page.of(sorted, key, nextToken, max, () -> EventsErrors.validation("The NextToken provided is invalid."));
    }
}
