package dev.fakecloud.lambda.durable;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.ResolvedFunction;
import dev.fakecloud.lambda.model.DurableShapes.Execution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** ListDurableExecutionsByFunction: the executions of one function version, filtered and paged by start time. */
@ApplicationScoped
public class DurableListing {

    /** The filters of a listing; null members filter nothing. */
    public record Filter(String executionName, List<String> statuses, Instant startedAfter, Instant startedBefore,
            boolean reverseOrder) {
    }

    private final FunctionService functions;
    private final DurableExecutionStore store;

    public DurableListing(FunctionService functions, DurableExecutionStore store) {
        this.functions = functions;
        this.store = store;
    }

    public Page<Execution> list(Scope scope, FunctionRef ref, Filter filter, String marker, Integer maxItems) {
        List<String> statuses = filter.statuses();
        Validation v = Validation.start()
                .length(filter.executionName(), "durableExecutionName", 1, 64)
                .pattern(filter.executionName(), "durableExecutionName", DurableValidation.EXECUTION_NAME);
        if (statuses != null && !statuses.isEmpty()) {
            v.maxSize(statuses, "statuses", 10)
                    .eachOneOf(statuses, "statuses", DurableValidation.STATUSES);
        }
        DurableValidation.itemCount(v, maxItems).throwIfInvalid();
        ResolvedFunction resolved = functions.resolve(scope, ref);
        String version = resolved.executedVersion();
        List<Execution> summaries = store.ofFunction(scope, resolved.function().name()).stream()
                .filter(e -> e.version().equals(version))
                .filter(e -> filter.executionName() == null || filter.executionName().equals(e.name()))
                .filter(e -> statuses == null || statuses.isEmpty() || statuses.contains(e.status()))
                .filter(e -> filter.startedAfter() == null || e.start().isAfter(filter.startedAfter()))
                .filter(e -> filter.startedBefore() == null || e.start().isBefore(filter.startedBefore()))
                .map(DurableExecution::summary)
                .sorted(Comparator.comparing(x -> key(x, filter.reverseOrder())))
                .toList();
        return Page.of(summaries, x -> key(x, filter.reverseOrder()), marker,
                DurableExecutionService.pageSize(maxItems), DurableExecutionService::invalidMarker);
    }

    /** A key that sorts like the listing: start time (inverted when newest come first), then ARN. */
    private static String key(Execution x, boolean reverse) {
        long millis = Math.round(x.startTimestamp() * 1000);
        return String.format("%019d", reverse ? Long.MAX_VALUE - millis : millis) + x.durableExecutionArn();
    }
}
