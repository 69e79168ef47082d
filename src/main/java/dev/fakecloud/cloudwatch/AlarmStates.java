package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.model.AlarmShapes.CompositeAlarm;
import dev.fakecloud.cloudwatch.model.AlarmShapes.MetricAlarm;
import java.time.Instant;

/** An alarm (metric or composite) in a new state: the same alarm with its state, reason and timestamps changed. */
final class AlarmStates {

    private AlarmStates() {
    }

    static MetricAlarm with(MetricAlarm a, String state, String reason, String reasonData, Instant now) {
        boolean changed = !a.stateValue().equals(state);
        return new MetricAlarm(a.alarmName(), a.alarmArn(), a.alarmDescription(),
                a.alarmConfigurationUpdatedTimestamp(), a.actionsEnabled(), a.okActions(), a.alarmActions(),
                a.insufficientDataActions(), state, reason, reasonData, now, a.metricName(), a.namespace(),
                a.statistic(), a.extendedStatistic(), a.dimensions(), a.period(), a.unit(), a.evaluationPeriods(),
                a.datapointsToAlarm(), a.threshold(), a.comparisonOperator(), a.treatMissingData(),
                a.evaluateLowSampleCountPercentile(), a.metrics(), a.thresholdMetricId(), a.evaluationState(),
                changed ? now : a.stateTransitionedTimestamp(), a.evaluationCriteria(), a.evaluationInterval());
    }

    static CompositeAlarm with(CompositeAlarm a, String state, String reason, String reasonData, Instant now) {
        boolean changed = !a.stateValue().equals(state);
        return new CompositeAlarm(a.actionsEnabled(), a.alarmActions(), a.alarmArn(),
                a.alarmConfigurationUpdatedTimestamp(), a.alarmDescription(), a.alarmName(), a.alarmRule(),
                a.insufficientDataActions(), a.okActions(), reason, reasonData, now, state,
                changed ? now : a.stateTransitionedTimestamp(), null, null, a.actionsSuppressor(),
                a.actionsSuppressorWaitPeriod(), a.actionsSuppressorExtensionPeriod());
    }

    /** A composite alarm whose actions its suppressor alarm holds back ({@code by}: AWS's {@code Alarm}). */
    static CompositeAlarm suppressed(CompositeAlarm a, String by, String reason) {
        return new CompositeAlarm(a.actionsEnabled(), a.alarmActions(), a.alarmArn(),
                a.alarmConfigurationUpdatedTimestamp(), a.alarmDescription(), a.alarmName(), a.alarmRule(),
                a.insufficientDataActions(), a.okActions(), a.stateReason(), a.stateReasonData(),
                a.stateUpdatedTimestamp(), a.stateValue(), a.stateTransitionedTimestamp(), by, reason,
                a.actionsSuppressor(), a.actionsSuppressorWaitPeriod(), a.actionsSuppressorExtensionPeriod());
    }

    static CompositeAlarm withActionsEnabled(CompositeAlarm a, boolean enabled) {
        return new CompositeAlarm(enabled, a.alarmActions(), a.alarmArn(), a.alarmConfigurationUpdatedTimestamp(),
                a.alarmDescription(), a.alarmName(), a.alarmRule(), a.insufficientDataActions(), a.okActions(),
                a.stateReason(), a.stateReasonData(), a.stateUpdatedTimestamp(), a.stateValue(),
                a.stateTransitionedTimestamp(), a.actionsSuppressedBy(), a.actionsSuppressedReason(),
                a.actionsSuppressor(), a.actionsSuppressorWaitPeriod(), a.actionsSuppressorExtensionPeriod());
    }
}
