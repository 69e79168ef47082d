package dev.fakecloud.logs;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.logs.model.MetricShapes.MetricFilter;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;

/** The metric filters of every log group, keyed by group and filter name, so a group's filters are one range. */
@Startup
@ApplicationScoped
public class MetricFilterStore {

    private final Table<String, MetricFilter> filters;

    public MetricFilterStore(StateStore store) {
        this.filters = store.sortedTable("logs.metric-filters", String.class, MetricFilter.class,
                Comparator.naturalOrder());
    }

    List<MetricFilter> of(String groupKey) {
        return filters.range(groupKey + LogStore.SEP, groupKey + (char) (LogStore.SEP + 1));
    }

    /** The filters of every group of a region whose name starts with {@code prefix}. */
    List<MetricFilter> inRegion(String account, String region, String prefix) {
        String from = LogStore.groupKey(account, region, prefix == null ? "" : prefix);
        return filters.range(from, from + Character.MAX_VALUE);
    }

    int count(String groupKey) {
        return of(groupKey).size();
    }

    void put(String groupKey, MetricFilter filter) {
        filters.put(groupKey + LogStore.SEP + filter.filterName(), filter);
    }

    MetricFilter remove(String groupKey, String name) {
        return filters.remove(groupKey + LogStore.SEP + name);
    }

    /** Forgets the filters of a deleted group. */
    void removeGroup(String groupKey) {
        for (MetricFilter f : of(groupKey)) {
            remove(groupKey, f.filterName());
        }
    }
}
