package dev.fakecloud.cloudwatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.cloudwatch.model.AlarmShapes.AlarmHistoryItem;
import dev.fakecloud.cloudwatch.model.AlarmShapes.CompositeAlarm;
import dev.fakecloud.cloudwatch.model.AlarmShapes.MetricAlarm;
import dev.fakecloud.core.target.Outbound;
import dev.fakecloud.core.target.Targets;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * What happens when an alarm (metric or composite) changes state: the history records it and, when the alarm's
 * actions are enabled and no alarm mute rule mutes them, the actions of the new state receive AWS's alarm
 * notification (an SNS topic gets it as its message, with the subject {@code ALARM: "<name>" in <region>}); actions
 * fakecloud cannot perform (Auto Scaling, EC2) are recorded only.
 */
@ApplicationScoped
public class AlarmActions {

    private static final Logger LOG = Logger.getLogger(AlarmActions.class);

    private final AlarmStore store;
    private final Targets targets;
    private final MuteRuleService muteRules;
    private final ObjectMapper json = new ObjectMapper();

    public AlarmActions(AlarmStore store, Targets targets, MuteRuleService muteRules) {
        this.store = store;
        this.targets = targets;
        this.muteRules = muteRules;
    }

    /** Records a transition of a metric alarm from {@code before} to {@code after} and runs the new state's actions. */
    void changed(MetricAlarm before, MetricAlarm after) {
        run(new Change("MetricAlarm", after.alarmName(), after.alarmArn(), after.stateUpdatedTimestamp(),
                before.stateValue(), after.stateValue(), Boolean.TRUE.equals(after.actionsEnabled()),
                actionsOf(after.stateValue(), after.alarmActions(), after.okActions(),
                        after.insufficientDataActions())), () -> notification(before, after));
    }

    /**
     * Records a transition of a composite alarm and runs the new state's actions; the notification names the rule
     * and the children whose state made it hold or fail.
     */
    void changed(CompositeAlarm before, CompositeAlarm after, Map<String, String> children) {
        run(new Change("CompositeAlarm", after.alarmName(), after.alarmArn(), after.stateUpdatedTimestamp(),
                before.stateValue(), after.stateValue(),
                Boolean.TRUE.equals(after.actionsEnabled()) && after.actionsSuppressedBy() == null,
                actionsOf(after.stateValue(), after.alarmActions(), after.okActions(),
                        after.insufficientDataActions())), () -> notification(before, after, children));
    }

    /** One state change of an alarm of either kind, with the actions of its new state. */
    private record Change(String type, String name, String arn, Instant at, String oldState, String newState,
            boolean actionsEnabled, List<String> actions) {
    }

    private static List<String> actionsOf(String state, List<String> alarm, List<String> ok, List<String> insufficient) {
        return switch (state) {
            case "ALARM" -> alarm;
            case "OK" -> ok;
            default -> insufficient;
        };
    }

    private void run(Change c, Supplier<String> notification) {
        String data = "{\"version\":\"1.0\",\"oldState\":{\"stateValue\":\"" + c.oldState()
                + "\"},\"newState\":{\"stateValue\":\"" + c.newState() + "\"}}";
        store.addHistory(c.arn(), new AlarmHistoryItem(c.name(), null, c.type(), c.at(), "StateUpdate",
                "Alarm updated from " + c.oldState() + " to " + c.newState(), data, null));
        if (!c.actionsEnabled() || c.actions() == null || c.actions().isEmpty()) {
            return;
        }
        if (muteRules.muted(c.arn(), c.at())) {
            LOG.debugf("Actions of alarm %s are muted by an alarm mute rule", c.name());
            return;
        }
        String message = notification.get();
        String subject = c.newState() + ": \"" + c.name() + "\" in " + region(c.arn());
        for (String action : c.actions()) {
            Outbound out = new Outbound(message, null, subject.length() > 100 ? subject.substring(0, 100) : subject,
                    null, null, null, "aws:cloudwatch");
            targets.deliver(action, out).subscribe().with(
                    ok -> store.addHistory(c.arn(), new AlarmHistoryItem(c.name(), null, c.type(), Instant.now(),
                            "Action", "Successfully executed action " + action, "{}", null)),
                    e -> {
                        LOG.debugf("Alarm action %s of %s failed: %s", action, c.name(), e.getMessage());
                        store.addHistory(c.arn(), new AlarmHistoryItem(c.name(), null, c.type(), Instant.now(),
                                "Action", "Failed to execute action " + action, "{}", null));
                    });
        }
    }

    /** What every alarm notification starts with: the alarm and its change of state. */
    private ObjectNode header(String name, String description, String arn, Instant configUpdated, String state,
            String reason, Instant stateChanged, String oldState) {
        ObjectNode n = json.createObjectNode();
        n.put("AlarmName", name);
        n.put("AlarmDescription", description);
        n.put("AWSAccountId", arn.split(":")[4]);
        n.put("AlarmConfigurationUpdatedTimestamp", configUpdated.toString());
        n.put("NewStateValue", state);
        n.put("NewStateReason", reason);
        n.put("StateChangeTime", stateChanged.toString());
        n.put("Region", region(arn));
        n.put("AlarmArn", arn);
        n.put("OldStateValue", oldState);
        return n;
    }

    private void actions(ObjectNode n, List<String> ok, List<String> alarm, List<String> insufficient) {
        n.putArray("OKActions").addAll(strings(ok));
        n.putArray("AlarmActions").addAll(strings(alarm));
        n.putArray("InsufficientDataActions").addAll(strings(insufficient));
    }

    private String notification(CompositeAlarm before, CompositeAlarm a, Map<String, String> children) {
        ObjectNode n = header(a.alarmName(), a.alarmDescription(), a.alarmArn(),
                a.alarmConfigurationUpdatedTimestamp(), a.stateValue(), a.stateReason(), a.stateUpdatedTimestamp(),
                before.stateValue());
        n.put("AlarmRule", a.alarmRule());
        ArrayNode triggering = n.putArray("TriggeringChildren");
        children.forEach((arn, state) -> triggering.addObject().put("Arn", arn).putObject("State")
                .put("Value", state));
        actions(n, a.okActions(), a.alarmActions(), a.insufficientDataActions());
        return n.toString();
    }

    private String notification(MetricAlarm before, MetricAlarm a) {
        ObjectNode n = header(a.alarmName(), a.alarmDescription(), a.alarmArn(),
                a.alarmConfigurationUpdatedTimestamp(), a.stateValue(), a.stateReason(), a.stateUpdatedTimestamp(),
                before.stateValue());
        actions(n, a.okActions(), a.alarmActions(), a.insufficientDataActions());
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
