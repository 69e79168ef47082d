package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.model.AlarmShapes.AlarmHistoryItem;
import dev.fakecloud.cloudwatch.model.AlarmShapes.MetricAlarm;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every metric alarm by ARN (so an account and region's alarms are one key range, in name order) and each alarm's
 * recent history (the newest {@value #HISTORY} items), in the state store.
 */
@Startup
@ApplicationScoped
public class AlarmStore {

    static final int HISTORY = 100;

    /** The history of one alarm, newest last. */
    public record History(List<AlarmHistoryItem> items) {

        public History {
            items = List.copyOf(items);
        }

        History with(AlarmHistoryItem item) {
            List<AlarmHistoryItem> next = new ArrayList<>(items);
            next.add(item);
            return new History(next.size() > HISTORY ? next.subList(next.size() - HISTORY, next.size()) : next);
        }
    }

    private final Table<String, MetricAlarm> alarms;
    private final Table<String, History> history;

    public AlarmStore(StateStore store) {
        this.alarms = store.sortedTable("cloudwatch.alarms", String.class, MetricAlarm.class,
                Comparator.naturalOrder());
        this.history = store.sortedTable("cloudwatch.alarm-history", String.class, History.class,
                Comparator.naturalOrder());
    }

    MetricAlarm get(String arn) {
        return alarms.get(arn);
    }

    void put(MetricAlarm alarm) {
        alarms.put(alarm.alarmArn(), alarm);
    }

    MetricAlarm update(String arn, UnaryOperator<MetricAlarm> change) {
        return alarms.update(arn, change);
    }

    MetricAlarm remove(String arn) {
        history.remove(arn);
        return alarms.remove(arn);
    }

    /** The alarms of an account and region, in name order. */
    List<MetricAlarm> inRegion(CloudWatchCall call) {
        String prefix = call.alarmArn("");
        return alarms.range(prefix, prefix.substring(0, prefix.length() - 1) + ";");
    }

    /** Every alarm of every account and region. */
    List<MetricAlarm> all() {
        return List.copyOf(alarms.values());
    }

    void addHistory(String arn, AlarmHistoryItem item) {
        history.upsert(arn, h -> (h == null ? new History(List.of()) : h).with(item));
    }

    List<AlarmHistoryItem> history(String arn) {
        History h = history.get(arn);
        return h == null ? List.of() : h.items();
    }
}
