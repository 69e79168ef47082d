package dev.fakecloud.cloudwatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.cloudwatch.model.AlarmShapes.AlarmHistoryItem;
import dev.fakecloud.cloudwatch.model.AlarmShapes.AlarmNamesRequest;
import dev.fakecloud.cloudwatch.model.AlarmShapes.CompositeAlarm;
import dev.fakecloud.cloudwatch.model.AlarmShapes.DescribeAlarmContributorsRequest;
import dev.fakecloud.cloudwatch.model.AlarmShapes.DescribeAlarmContributorsResponse;
import dev.fakecloud.cloudwatch.model.AlarmShapes.DescribeAlarmHistoryRequest;
import dev.fakecloud.cloudwatch.model.AlarmShapes.DescribeAlarmHistoryResponse;
import dev.fakecloud.cloudwatch.model.AlarmShapes.DescribeAlarmsForMetricRequest;
import dev.fakecloud.cloudwatch.model.AlarmShapes.DescribeAlarmsForMetricResponse;
import dev.fakecloud.cloudwatch.model.AlarmShapes.DescribeAlarmsRequest;
import dev.fakecloud.cloudwatch.model.AlarmShapes.DescribeAlarmsResponse;
import dev.fakecloud.cloudwatch.model.AlarmShapes.MetricAlarm;
import dev.fakecloud.cloudwatch.model.AlarmShapes.PutMetricAlarmRequest;
import dev.fakecloud.cloudwatch.model.AlarmShapes.SetAlarmStateRequest;
import dev.fakecloud.core.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Metric alarms as CloudWatch stores them: PutMetricAlarm (create or replace, keeping the state), DescribeAlarms
 * (names, prefix, state, action prefix, paging), DescribeAlarmsForMetric, DeleteAlarms, SetAlarmState,
 * Enable/DisableAlarmActions and DescribeAlarmHistory.
 */
@ApplicationScoped
public class AlarmService {

    static final Set<String> OPERATORS = Set.of("GreaterThanOrEqualToThreshold", "GreaterThanThreshold",
            "LessThanThreshold", "LessThanOrEqualToThreshold", "LessThanLowerOrGreaterThanUpperThreshold",
            "LessThanLowerThreshold", "GreaterThanUpperThreshold");
    static final Set<String> STATES = Set.of("OK", "ALARM", "INSUFFICIENT_DATA");
    private static final Set<String> MISSING_DATA = Set.of("breaching", "notBreaching", "ignore", "missing");
    private static final int MAX_RECORDS = 100;
    private static final int DEFAULT_RECORDS = 50;

    private final AlarmStore store;
    private final TagService tags;
    private final AlarmActions actions;
    private final CompositeAlarmService composites;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock = Clock.systemUTC();

    public AlarmService(AlarmStore store, TagService tags, AlarmActions actions, CompositeAlarmService composites) {
        this.store = store;
        this.actions = actions;
        this.tags = tags;
        this.composites = composites;
        tags.owner("alarm", (call, arn) -> store.exists(arn));
    }

    public void put(CloudWatchCall call, PutMetricAlarmRequest r) {
        validate(r);
        String arn = call.alarmArn(r.alarmName());
        if (store.composite(arn) != null) {
            throw CloudWatchErrors.invalidParameterValue("The alarm " + r.alarmName()
                    + " already exists as a composite alarm.");
        }
        Instant now = clock.instant();
        MetricAlarm before = store.get(arn);
        String state = before == null ? "INSUFFICIENT_DATA" : before.stateValue();
        String reason = before == null ? "Unchecked: Initial alarm creation" : before.stateReason();
        Instant stateUpdated = before == null ? now : before.stateUpdatedTimestamp();
        MetricAlarm alarm = new MetricAlarm(r.alarmName(), arn, r.alarmDescription(), now,
                r.actionsEnabled() == null || r.actionsEnabled(), orEmpty(r.okActions()), orEmpty(r.alarmActions()),
                orEmpty(r.insufficientDataActions()), state, reason, before == null ? null : before.stateReasonData(),
                stateUpdated, r.metricName(), r.namespace(), r.statistic(), r.extendedStatistic(),
                r.metrics() == null ? orEmpty(r.dimensions()) : null, r.period(), r.unit(), r.evaluationPeriods(),
                r.datapointsToAlarm(), r.threshold(), r.comparisonOperator(),
                r.treatMissingData() == null ? "missing" : r.treatMissingData(),
                r.evaluateLowSampleCountPercentile(), r.metrics(), r.thresholdMetricId(), null,
                before == null ? now : before.stateTransitionedTimestamp(), r.evaluationCriteria(),
                r.evaluationInterval());
        store.put(alarm);
        if (r.tags() != null && !r.tags().isEmpty()) {
            tags.tag(arn, r.tags());
        }
        store.addHistory(arn, new AlarmHistoryItem(r.alarmName(), null, "MetricAlarm", now, "ConfigurationUpdate",
                "Alarm \"" + r.alarmName() + "\" " + (before == null ? "created" : "updated"), "{}", null));
    }

    private static void validate(PutMetricAlarmRequest r) {
        require(r.alarmName(), "AlarmName");
        require(r.evaluationPeriods(), "EvaluationPeriods");
        require(r.comparisonOperator(), "ComparisonOperator");
        if (r.alarmName().isBlank() || r.alarmName().length() > 255) {
            throw CloudWatchErrors.invalidParameterValue("The value " + r.alarmName()
                    + " for parameter AlarmName is invalid.");
        }
        if (!OPERATORS.contains(r.comparisonOperator())) {
            throw CloudWatchErrors.validation("1 validation error detected: Value '" + r.comparisonOperator()
                    + "' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: "
                    + OPERATORS.stream().sorted().toList());
        }
        if (r.evaluationPeriods() < 1) {
            throw CloudWatchErrors.validation("1 validation error detected: Value '" + r.evaluationPeriods()
                    + "' at 'evaluationPeriods' failed to satisfy constraint: Member must have value greater than or "
                    + "equal to 1");
        }
        if (r.datapointsToAlarm() != null && (r.datapointsToAlarm() < 1
                || r.datapointsToAlarm() > r.evaluationPeriods())) {
            throw CloudWatchErrors.validation("DatapointsToAlarm must be between 1 and EvaluationPeriods.");
        }
        if (r.treatMissingData() != null && !MISSING_DATA.contains(r.treatMissingData())) {
            throw CloudWatchErrors.validation("The value " + r.treatMissingData() + " is not a valid value for "
                    + "TreatMissingData.");
        }
        if (r.threshold() == null && r.thresholdMetricId() == null) {
            throw CloudWatchErrors.validation("ComparisonOperators other than LessThanLowerOrGreaterThanUpperThreshold"
                    + ", LessThanLowerThreshold and GreaterThanUpperThreshold require Threshold to be set.");
        }
        if (r.metrics() != null) {
            if (r.metricName() != null || r.namespace() != null || r.statistic() != null
                    || r.extendedStatistic() != null || r.period() != null) {
                throw CloudWatchErrors.invalidParameterCombination("The parameters MetricName, Namespace, Statistic, "
                        + "ExtendedStatistic and Period cannot be set together with Metrics.");
            }
            return;
        }
        require(r.metricName(), "MetricName");
        require(r.namespace(), "Namespace");
        require(r.period(), "Period");
        if ((r.statistic() == null) == (r.extendedStatistic() == null)) {
            throw CloudWatchErrors.invalidParameterCombination("Exactly one of Statistic and ExtendedStatistic must "
                    + "be specified.");
        }
        if (r.statistic() != null && dev.fakecloud.cloudwatch.series.Statistic.parse(r.statistic())
                instanceof dev.fakecloud.cloudwatch.series.Statistic.Basic == false) {
            throw CloudWatchErrors.validation("1 validation error detected: Value '" + r.statistic() + "' at "
                    + "'statistic' failed to satisfy constraint: Member must satisfy enum value set: [Maximum, "
                    + "SampleCount, Sum, Minimum, Average]");
        }
        if (r.period() < 10 || !(r.period() == 10 || r.period() == 30 || r.period() % 60 == 0)) {
            throw CloudWatchErrors.invalidParameterValue("The parameter Period must be 10, 30 or a multiple of 60.");
        }
        if (r.unit() != null && !Units.ALL.contains(r.unit())) {
            throw CloudWatchErrors.invalidParameterValue("The value " + r.unit() + " for parameter Unit is invalid.");
        }
    }

    public DescribeAlarmsResponse describe(CloudWatchCall call, DescribeAlarmsRequest r) {
        int max = r.maxRecords() == null ? DEFAULT_RECORDS : r.maxRecords();
        if (max < 1 || max > MAX_RECORDS) {
            throw CloudWatchErrors.validation("1 validation error detected: Value '" + max + "' at 'maxRecords' "
                    + "failed to satisfy constraint: Member must have value between 1 and " + MAX_RECORDS);
        }
        if (r.stateValue() != null && !STATES.contains(r.stateValue())) {
            throw CloudWatchErrors.validation("1 validation error detected: Value '" + r.stateValue() + "' at "
                    + "'stateValue' failed to satisfy constraint: Member must satisfy enum value set: [INSUFFICIENT_DATA"
                    + ", ALARM, OK]");
        }
        if (r.alarmNames() != null && !r.alarmNames().isEmpty() && r.alarmNamePrefix() != null) {
            throw CloudWatchErrors.invalidParameterCombination("AlarmNames and AlarmNamePrefix cannot be specified "
                    + "together.");
        }
        if (r.alarmTypes() != null) {
            for (String type : r.alarmTypes()) {
                if (!"MetricAlarm".equals(type) && !"CompositeAlarm".equals(type)) {
                    throw CloudWatchErrors.validation("1 validation error detected: Value '" + r.alarmTypes()
                            + "' at 'alarmTypes' failed to satisfy constraint: Member must satisfy constraint: "
                            + "[Member must satisfy enum value set: [CompositeAlarm, MetricAlarm]]");
                }
            }
        }
        boolean family = r.childrenOfAlarmName() != null || r.parentsOfAlarmName() != null;
        if (family && (r.alarmNames() != null && !r.alarmNames().isEmpty() || r.alarmNamePrefix() != null
                || r.stateValue() != null || r.actionPrefix() != null
                || r.childrenOfAlarmName() != null && r.parentsOfAlarmName() != null)) {
            throw CloudWatchErrors.validation("With ChildrenOfAlarmName or ParentsOfAlarmName, only MaxRecords and "
                    + "NextToken may be given.");
        }
        boolean metricAlarms = family || r.alarmTypes() == null || r.alarmTypes().isEmpty()
                || r.alarmTypes().contains("MetricAlarm");
        boolean compositeAlarms = family || r.alarmTypes() != null && r.alarmTypes().contains("CompositeAlarm");
        Set<String> only = null;
        if (r.childrenOfAlarmName() != null) {
            only = Set.copyOf(composites.childrenOf(call, r.childrenOfAlarmName()));
        } else if (r.parentsOfAlarmName() != null) {
            only = composites.parentsOf(call, r.parentsOfAlarmName()).stream().map(CompositeAlarm::alarmArn)
                    .collect(java.util.stream.Collectors.toSet());
        }
        // both kinds share one name order and one paging, as AWS pages them
        java.util.TreeMap<String, Object> matching = new java.util.TreeMap<>();
        if (metricAlarms) {
            for (MetricAlarm a : store.inRegion(call)) {
                if ((only == null || only.contains(a.alarmArn())) && matches(r, a.alarmName(), a.stateValue())
                        && (r.actionPrefix() == null || hasAction(a.alarmActions(), a.okActions(),
                                a.insufficientDataActions(), r.actionPrefix()))) {
                    matching.put(a.alarmName(), a);
                }
            }
        }
        if (compositeAlarms) {
            for (CompositeAlarm a : store.compositesInRegion(call)) {
                if ((only == null || only.contains(a.alarmArn())) && matches(r, a.alarmName(), a.stateValue())
                        && (r.actionPrefix() == null || hasAction(a.alarmActions(), a.okActions(),
                                a.insufficientDataActions(), r.actionPrefix()))) {
                    matching.put(a.alarmName(), a);
                }
            }
        }
        List<Map.Entry<String, Object>> entries = List.copyOf(matching.entrySet());
        Page<Map.Entry<String, Object>> page = Page.of(entries, Map.Entry::getKey, r.nextToken(), max,
                CloudWatchErrors::invalidNextToken);
        List<MetricAlarm> metrics = new ArrayList<>();
        List<CompositeAlarm> composite = new ArrayList<>();
        for (Map.Entry<String, Object> e : page.items()) {
            if (e.getValue() instanceof MetricAlarm m) {
                metrics.add(m);
            } else {
                composite.add((CompositeAlarm) e.getValue());
            }
        }
        return new DescribeAlarmsResponse(composite, metrics, page.nextMarker());
    }

    private static boolean matches(DescribeAlarmsRequest r, String name, String state) {
        return (r.alarmNames() == null || r.alarmNames().isEmpty() || r.alarmNames().contains(name))
                && (r.alarmNamePrefix() == null || name.startsWith(r.alarmNamePrefix()))
                && (r.stateValue() == null || r.stateValue().equals(state));
    }

    private static boolean hasAction(List<String> alarm, List<String> ok, List<String> insufficient, String prefix) {
        return alarm.stream().anyMatch(x -> x.startsWith(prefix)) || ok.stream().anyMatch(x -> x.startsWith(prefix))
                || insufficient.stream().anyMatch(x -> x.startsWith(prefix));
    }

    public DescribeAlarmsForMetricResponse forMetric(CloudWatchCall call, DescribeAlarmsForMetricRequest r) {
        require(r.metricName(), "MetricName");
        require(r.namespace(), "Namespace");
        MetricIdentity wanted = new MetricIdentity(call.accountId(), call.region(), r.namespace(), r.metricName(),
                r.dimensions());
        List<MetricAlarm> out = new ArrayList<>();
        for (MetricAlarm a : store.inRegion(call)) {
            if (a.metricName() == null || !a.metricName().equals(r.metricName())
                    || !a.namespace().equals(r.namespace())) {
                continue;
            }
            MetricIdentity id = new MetricIdentity(call.accountId(), call.region(), a.namespace(), a.metricName(),
                    a.dimensions());
            if ((r.dimensions() == null || id.equals(wanted))
                    && (r.statistic() == null || r.statistic().equals(a.statistic()))
                    && (r.extendedStatistic() == null || r.extendedStatistic().equals(a.extendedStatistic()))
                    && (r.period() == null || r.period().equals(a.period()))
                    && (r.unit() == null || r.unit().equals(a.unit()))) {
                out.add(a);
            }
        }
        return new DescribeAlarmsForMetricResponse(out);
    }

    public void delete(CloudWatchCall call, AlarmNamesRequest r) {
        require(r.alarmNames(), "AlarmNames");
        // names that do not exist are skipped: deleting is idempotent, as tools that tear down stacks expect
        for (String name : r.alarmNames()) {
            String arn = call.alarmArn(name);
            store.remove(arn);
            store.removeComposite(arn);
            tags.forget(arn);
        }
    }

    public void setState(CloudWatchCall call, SetAlarmStateRequest r) {
        require(r.alarmName(), "AlarmName");
        require(r.stateValue(), "StateValue");
        require(r.stateReason(), "StateReason");
        if (!STATES.contains(r.stateValue())) {
            throw CloudWatchErrors.validation("1 validation error detected: Value '" + r.stateValue() + "' at "
                    + "'stateValue' failed to satisfy constraint: Member must satisfy enum value set: [INSUFFICIENT_DATA"
                    + ", ALARM, OK]");
        }
        if (r.stateReasonData() != null) {
            try {
                json.readTree(r.stateReasonData());
            } catch (IOException e) {
                throw CloudWatchErrors.invalidFormat("The value for parameter StateReasonData is not a valid JSON "
                        + "document.");
            }
        }
        String arn = call.alarmArn(r.alarmName());
        Instant now = clock.instant();
        MetricAlarm[] previous = new MetricAlarm[1];
        MetricAlarm updated = store.update(arn, a -> {
            previous[0] = a;
            return AlarmStates.with(a, r.stateValue(), r.stateReason(), r.stateReasonData(), now);
        });
        if (updated == null) {
            setCompositeState(arn, r, now);
        } else if (!Objects.equals(previous[0].stateValue(), r.stateValue())) {
            actions.changed(previous[0], updated);
        }
        composites.evaluateDue(clock.instant());
    }

    private void setCompositeState(String arn, SetAlarmStateRequest r, Instant now) {
        CompositeAlarm[] previous = new CompositeAlarm[1];
        CompositeAlarm updated = store.updateComposite(arn, a -> {
            previous[0] = a;
            return AlarmStates.with(a, r.stateValue(), r.stateReason(), r.stateReasonData(), now);
        });
        if (updated == null) {
            throw CloudWatchErrors.resourceNotFound();
        }
        if (!Objects.equals(previous[0].stateValue(), r.stateValue())) {
            actions.changed(previous[0], updated, Map.of());
        }
    }

    /** No alarm of fakecloud has contributors (multi-time-series alarms are not evaluated by contributor). */
    public DescribeAlarmContributorsResponse contributors(CloudWatchCall call, DescribeAlarmContributorsRequest r) {
        require(r.alarmName(), "AlarmName");
        if (!store.exists(call.alarmArn(r.alarmName()))) {
            throw CloudWatchErrors.resourceNotFoundException("Alarm " + r.alarmName() + " does not exist.");
        }
        return new DescribeAlarmContributorsResponse(List.of(), null);
    }

    public void setActionsEnabled(CloudWatchCall call, AlarmNamesRequest r, boolean enabled) {
        require(r.alarmNames(), "AlarmNames");
        for (String name : r.alarmNames()) {
            store.update(call.alarmArn(name), a -> new MetricAlarm(a.alarmName(), a.alarmArn(), a.alarmDescription(),
                    a.alarmConfigurationUpdatedTimestamp(), enabled, a.okActions(), a.alarmActions(),
                    a.insufficientDataActions(), a.stateValue(), a.stateReason(), a.stateReasonData(),
                    a.stateUpdatedTimestamp(), a.metricName(), a.namespace(), a.statistic(), a.extendedStatistic(),
                    a.dimensions(), a.period(), a.unit(), a.evaluationPeriods(), a.datapointsToAlarm(),
                    a.threshold(), a.comparisonOperator(), a.treatMissingData(),
                    a.evaluateLowSampleCountPercentile(), a.metrics(), a.thresholdMetricId(), a.evaluationState(),
                    a.stateTransitionedTimestamp(), a.evaluationCriteria(), a.evaluationInterval()));
            store.updateComposite(call.alarmArn(name), a -> AlarmStates.withActionsEnabled(a, enabled));
        }
    }

    public DescribeAlarmHistoryResponse history(CloudWatchCall call, DescribeAlarmHistoryRequest r) {
        int max = r.maxRecords() == null ? DEFAULT_RECORDS : r.maxRecords();
        boolean ascending = "TimestampAscending".equals(r.scanBy());
        // as on AWS, only metric alarms' history unless AlarmTypes asks for composite alarms
        boolean metricAlarms = r.alarmTypes() == null || r.alarmTypes().isEmpty()
                || r.alarmTypes().contains("MetricAlarm");
        boolean compositeAlarms = r.alarmTypes() != null && r.alarmTypes().contains("CompositeAlarm");
        List<String> arns = new ArrayList<>();
        if (metricAlarms) {
            store.inRegion(call).forEach(a -> arns.add(a.alarmArn()));
        }
        if (compositeAlarms) {
            store.compositesInRegion(call).forEach(a -> arns.add(a.alarmArn()));
        }
        List<AlarmHistoryItem> items = new ArrayList<>();
        for (String arn : arns) {
            if (r.alarmName() != null && !arn.equals(call.alarmArn(r.alarmName()))) {
                continue;
            }
            for (AlarmHistoryItem item : store.history(arn)) {
                if ((r.historyItemType() == null || r.historyItemType().equals(item.historyItemType()))
                        && (r.startDate() == null || !item.timestamp().isBefore(r.startDate()))
                        && (r.endDate() == null || item.timestamp().isBefore(r.endDate()))) {
                    items.add(item);
                }
            }
        }
        Comparator<AlarmHistoryItem> order = Comparator.comparing(AlarmHistoryItem::timestamp);
        items.sort(ascending ? order : order.reversed());
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            keys.add(String.format("%010d", i));
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            positions.add(i);
        }
        Page<Integer> page = Page.of(positions, keys::get, r.nextToken(), max, CloudWatchErrors::invalidNextToken);
        return new DescribeAlarmHistoryResponse(page.items().stream().map(items::get).toList(), page.nextMarker());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void require(Object value, String parameter) {
        if (value == null) {
            throw CloudWatchErrors.missingParameter(parameter);
        }
    }
}
