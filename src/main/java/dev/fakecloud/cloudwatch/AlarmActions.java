package dev.fakecloud.cloudwatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.cloudwatch.model.AlarmShapes.AlarmHistoryItem;
import dev.fakecloud.cloudwatch.model.AlarmShapes.MetricAlarm;
import dev.fakecloud.core.target.Outbound;
import dev.fakecloud.core.target.Targets;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * What happens when an alarm changes state: the history records it and, when the alarm's actions are enabled, the
 * actions of the new state receive AWS's alarm notification (an SNS topic gets it as its message, with the subject
 * {@code ALARM: "<name>" in <region>}); actions fakecloud cannot perform (Auto Scaling, EC2) are recorded only.
 */
@ApplicationScoped
public class AlarmActions {

    private static final Logger LOG = Logger.getLogger(AlarmActions.class);

    private final AlarmStore store;
    private final Targets targets;
    private final ObjectMapper json = new ObjectMapper();

    public AlarmActions(AlarmStore store, Targets targets) {
        this.store = store;
        this.targets = targets;
    }

    /** Records a transition from {@code before} to {@code after} and runs the actions of the new state. */
    void changed(MetricAlarm before, MetricAlarm after) {
        Instant now = after.stateUpdatedTimestamp();
        String data = "{\"version\":\"1.0\",\"oldState\":{\"stateValue\":\"" + before.stateValue()
                + "\"},\"newState\":{\"stateValue\":\"" + after.stateValue() + "\"}}";
        store.addHistory(after.alarmArn(), new AlarmHistoryItem(after.alarmName(), null, "MetricAlarm", now,
                "StateUpdate", "Alarm updated from " + before.stateValue() + " to " + after.stateValue(), data,
                null));
        if (!Boolean.TRUE.equals(after.actionsEnabled())) {
            return;
        }
        List<String> actions = switch (after.stateValue()) {
            case "ALARM" -> after.alarmActions();
            case "OK" -> after.okActions();
            default -> after.insufficientDataActions();
        };
        if (actions == null || actions.isEmpty()) {
            return;
        }
        String message = notification(before, after);
        String subject = after.stateValue() + ": \"" + after.alarmName() + "\" in " + region(after.alarmArn());
        for (String action : actions) {
            Outbound out = new Outbound(message, null, subject.length() > 100 ? subject.substring(0, 100) : subject,
                    null, null, null, "aws:cloudwatch");
            targets.deliver(action, out).subscribe().with(
                    ok -> store.addHistory(after.alarmArn(), new AlarmHistoryItem(after.alarmName(), null,
                            "MetricAlarm", Instant.now(), "Action", "Successfully executed action " + action,
                            "{}", null)),
                    e -> {
                        LOG.debugf("Alarm action %s of %s failed: %s", action, after.alarmName(), e.getMessage());
                        store.addHistory(after.alarmArn(), new AlarmHistoryItem(after.alarmName(), null,
                                "MetricAlarm", Instant.now(), "Action", "Failed to execute action " + action,
                                "{}", null));
                    });
        }
    }

    private String notification(MetricAlarm before, MetricAlarm a) {
        ObjectNode n = json.createObjectNode();
        n.put("AlarmName", a.alarmName());
        n.put("AlarmDescription", a.alarmDescription());
        n.put("AWSAccountId", a.alarmArn().split(":")[4]);
        n.put("AlarmConfigurationUpdatedTimestamp", a.alarmConfigurationUpdatedTimestamp().toString());
        n.put("NewStateValue", a.stateValue());
        n.put("NewStateReason", a.stateReason());
        n.put("StateChangeTime", a.stateUpdatedTimestamp().toString());
        n.put("Region", region(a.alarmArn()));
        n.put("AlarmArn", a.alarmArn());
        n.put("OldStateValue", before.stateValue());
        n.putArray("OKActions").addAll(strings(a.okActions()));
        n.putArray("AlarmActions").addAll(strings(a.alarmActions()));
        n.putArray("InsufficientDataActions").addAll(strings(a.insufficientDataActions()));
        ObjectNode trigger = n.putObject("Trigger");
        trigger.put("MetricName", a.metricName());
        trigger.put("Namespace", a.namespace());
        trigger.put("StatisticType", a.extendedStatistic() == null ? "Statistic" : "ExtendedStatistic");
        trigger.put("Statistic", a.statistic() == null ? null : a.statistic().toUpperCase(java.util.Locale.ROOT));
        trigger.put("Unit", a.unit());
        ArrayNode dims = trigger.putArray("Dimensions");
        if (a.dimensions() != null) {
            a.dimensions().forEach(d -> dims.addObject().put("value", d.value()).put("name", d.name()));
        }
        if (a.period() != null) {
            trigger.put("Period", a.period());
        }
        trigger.put("EvaluationPeriods", a.evaluationPeriods());
        trigger.put("ComparisonOperator", a.comparisonOperator());
        if (a.threshold() != null) {
            trigger.put("Threshold", a.threshold());
        }
        trigger.put("TreatMissingData", a.treatMissingData());
        return n.toString();
    }

    private ArrayNode strings(List<String> values) {
        ArrayNode a = json.createArrayNode();
        if (values != null) {
            values.forEach(a::add);
        }
        return a;
    }

    private static String region(String arn) {
        return arn.split(":")[3];
    }
}
