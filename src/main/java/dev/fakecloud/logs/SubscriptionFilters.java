package dev.fakecloud.logs;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.logs.LogStore.Group;
import dev.fakecloud.logs.model.LogsShapes.DeleteSubscriptionFilterRequest;
import dev.fakecloud.logs.model.LogsShapes.DescribeSubscriptionFiltersRequest;
import dev.fakecloud.logs.model.LogsShapes.DescribeSubscriptionFiltersResponse;
import dev.fakecloud.logs.model.LogsShapes.PutSubscriptionFilterRequest;
import dev.fakecloud.logs.model.LogsShapes.SubscriptionFilter;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;

/** Subscription filters, stored as AWS stores them (at most two per group); delivering to them is a later step. */
@Startup
@ApplicationScoped
public class SubscriptionFilters {

    static final int PER_GROUP = 2;

    private final Table<String, SubscriptionFilter> filters;
    private final LogGroupService groups;

    public SubscriptionFilters(StateStore store, LogGroupService groups) {
        this.filters = store.sortedTable("logs.subscription-filters", String.class, SubscriptionFilter.class,
                Comparator.naturalOrder());
        this.groups = groups;
    }

    public void put(LogsCall call, PutSubscriptionFilterRequest r) {
        Group g = groups.require(call, r.logGroupName());
        if (r.filterName() == null) {
            throw LogsErrors.missing("filterName");
        }
        if (r.filterPattern() == null) {
            throw LogsErrors.missing("filterPattern");
        }
        if (r.destinationArn() == null) {
            throw LogsErrors.missing("destinationArn");
        }
        FilterPattern.parse(r.filterPattern());
        String key = g.key() + LogStore.SEP + r.filterName();
        List<SubscriptionFilter> existing = of(g);
        if (existing.size() >= PER_GROUP && existing.stream().noneMatch(f -> f.filterName().equals(r.filterName()))) {
            throw LogsErrors.limitExceeded("Resource limit exceeded.");
        }
        filters.put(key, new SubscriptionFilter(r.filterName(), g.name(), r.filterPattern(), r.destinationArn(),
                r.roleArn(), r.distribution() == null ? "ByLogStream" : r.distribution(),
                Boolean.TRUE.equals(r.applyOnTransformedLogs()), System.currentTimeMillis()));
    }

    public DescribeSubscriptionFiltersResponse describe(LogsCall call, DescribeSubscriptionFiltersRequest r) {
        Group g = groups.require(call, r.logGroupName());
        List<SubscriptionFilter> matching = of(g).stream().filter(f -> r.filterNamePrefix() == null
                || f.filterName().startsWith(r.filterNamePrefix())).toList();
        Page<SubscriptionFilter> page = Page.of(matching, SubscriptionFilter::filterName, r.nextToken(),
                LogGroupService.limit(r.limit(), 50), LogsErrors::invalidToken);
        return new DescribeSubscriptionFiltersResponse(page.items(), page.nextMarker());
    }

    public void delete(LogsCall call, DeleteSubscriptionFilterRequest r) {
        Group g = groups.require(call, r.logGroupName());
        if (r.filterName() == null) {
            throw LogsErrors.missing("filterName");
        }
        if (filters.remove(g.key() + LogStore.SEP + r.filterName()) == null) {
            throw LogsErrors.resourceNotFound("The specified subscription filter does not exist.");
        }
    }

    private List<SubscriptionFilter> of(Group g) {
        return filters.range(g.key() + LogStore.SEP, g.key() + (char) (LogStore.SEP + 1));
    }
}
