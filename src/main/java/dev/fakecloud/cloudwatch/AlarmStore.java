package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.model.AlarmShapes.AlarmHistoryItem;
import dev.fakecloud.cloudwatch.model.AlarmShapes.CompositeAlarm;
import dev.fakecloud.cloudwatch.model.AlarmShapes.MetricAlarm;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every metric alarm and every composite alarm by ARN (so an account and region's alarms are one key range, in name
 * order; the two kinds share the ARN space, as on AWS) and each alarm's recent history (the newest {@value #HISTORY}
 * items), in the state store.
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
    private final Table<String, CompositeAlarm> composites;
    private final Table<String, History> history;

    public AlarmStore(StateStore store) {
        this.alarms = store.sortedTable("cloudwatch.alarms", String.class, MetricAlarm.class,
                Comparator.naturalOrder());
        this.composites = store.sortedTable("cloudwatch.composite-alarms", String.class, CompositeAlarm.class,
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

    CompositeAlarm composite(String arn) {
        return composites.get(arn);
    }

    void put(CompositeAlarm alarm) {
        composites.put(alarm.alarmArn(), alarm);
    }

    CompositeAlarm updateComposite(String arn, UnaryOperator<CompositeAlarm> change) {
        return composites.update(arn, change);
    }

    CompositeAlarm removeComposite(String arn) {
        history.remove(arn);
        return composites.remove(arn);
    }

    /** The composite alarms of an account and region, in name order. */
    List<CompositeAlarm> compositesInRegion(CloudWatchCall call) {
        String prefix = call.alarmArn("");
        return composites.range(prefix, prefix.substring(0, prefix.length() - 1) + ";");
    }

    /** Every composite alarm of every account and region. */
    List<CompositeAlarm> allComposites() {
        return List.copyOf(composites.values());
    }

    /** Whether a metric or composite alarm has this ARN. */
    boolean exists(String arn) {
        return alarms.contains(arn) || composites.contains(arn);
    }

    /** The state of the metric or composite alarm with this ARN, or null when there is none. */
    String stateOf(String arn) {
        MetricAlarm m = alarms.get(arn);
        if (m != null) {
            return m.stateValue();
        }
        CompositeAlarm c = composites.get(arn);
        return c == null ? null : c.stateValue();
    }

    /** When the metric or composite alarm with this ARN last had its state set, or null. */
    Instant stateUpdated(String arn) {
        MetricAlarm m = alarms.get(arn);
        if (m != null) {
            return m.stateUpdatedTimestamp();
        }
        CompositeAlarm c = composites.get(arn);
        return c == null ? null : c.stateUpdatedTimestamp();
    }

    void addHistory(String arn, AlarmHistoryItem item) {
        history.upsert(arn, h -> (h == null ? new History(List.of()) : h).with(item));
    }

    List<AlarmHistoryItem> history(String arn) {
        History h = history.get(arn);
        return h == null ? List.of() : h.items();
    }
}
