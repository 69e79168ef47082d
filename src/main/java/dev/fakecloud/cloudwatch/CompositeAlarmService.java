package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.model.AlarmShapes.AlarmHistoryItem;
import dev.fakecloud.cloudwatch.model.AlarmShapes.CompositeAlarm;
import dev.fakecloud.cloudwatch.model.AlarmShapes.PutCompositeAlarmRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Composite alarms: PutCompositeAlarm (create or replace, keeping the state) and the evaluation of their rules. A
 * composite alarm is evaluated when it is created or updated and whenever one of its children's state was set after
 * its own (so a state set by SetAlarmState stays until a child changes, as on AWS): ALARM when the rule holds, OK when
 * it does not. Children are metric or composite alarms, named by name or ARN; one that does not exist (any more) is
 * in no state. A change of state runs the new state's actions, as for metric alarms, unless the alarm's actions
 * suppressor is in ALARM.
 */
@ApplicationScoped
public class CompositeAlarmService {

    /** How many rounds an evaluation makes so that composites of composites settle; a cycle stops there. */
    private static final int ROUNDS = 10;
    private static final int MAX_ACTIONS = 5;

    private final AlarmStore store;
    private final TagService tags;
    private final AlarmActions actions;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, AlarmRule> parsed = new ConcurrentHashMap<>();

    public CompositeAlarmService(AlarmStore store, TagService tags, AlarmActions actions) {
        this.store = store;
        this.tags = tags;
        this.actions = actions;
    }

    public void put(CloudWatchCall call, PutCompositeAlarmRequest r) {
        if (r.alarmName() == null) {
            throw CloudWatchErrors.missingParameter("AlarmName");
        }
        if (r.alarmRule() == null) {
            throw CloudWatchErrors.missingParameter("AlarmRule");
        }
        if (r.alarmName().isBlank() || r.alarmName().length() > 255) {
            throw CloudWatchErrors.invalidParameterValue("The value " + r.alarmName()
                    + " for parameter AlarmName is invalid.");
        }
        if (r.alarmDescription() != null && r.alarmDescription().length() > 1024) {
            throw CloudWatchErrors.validation("1 validation error detected: Value at 'alarmDescription' failed to "
                    + "satisfy constraint: Member must have length less than or equal to 1024");
        }
        checkActions("alarmActions", r.alarmActions());
        checkActions("oKActions", r.okActions());
        checkActions("insufficientDataActions", r.insufficientDataActions());
        String arn = call.alarmArn(r.alarmName());
        if (store.get(arn) != null) {
            throw CloudWatchErrors.invalidParameterValue("The alarm " + r.alarmName()
                    + " already exists as a metric alarm.");
        }
        AlarmRule rule = rule(r.alarmRule());
        List<String> missing = new ArrayList<>();
        for (String child : rule.children()) {
            String childArn = arnOf(arn, child);
            if (childArn.equals(arn)) {
                throw CloudWatchErrors.invalidParameterValue("The alarm rule of " + r.alarmName()
                        + " cannot reference the alarm itself.");
            }
            if (!store.exists(childArn)) {
                missing.add(child);
            }
        }
        if (!missing.isEmpty()) {
            throw CloudWatchErrors.invalidParameterValue("Could not save the composite alarm as alarms " + missing
                    + " in the alarm rule do not exist");
        }
        if (r.actionsSuppressor() != null && !store.exists(arnOf(arn, r.actionsSuppressor()))) {
            throw CloudWatchErrors.invalidParameterValue("The actions suppressor " + r.actionsSuppressor()
                    + " does not exist.");
        }
        Instant now = clock.instant();
        CompositeAlarm before = store.composite(arn);
        CompositeAlarm alarm = new CompositeAlarm(r.actionsEnabled() == null || r.actionsEnabled(),
                orEmpty(r.alarmActions()), arn, now, r.alarmDescription(), r.alarmName(), r.alarmRule(),
                orEmpty(r.insufficientDataActions()), orEmpty(r.okActions()),
                before == null ? "Unchecked: Initial alarm creation" : before.stateReason(),
                before == null ? null : before.stateReasonData(),
                before == null ? now : before.stateUpdatedTimestamp(),
                before == null ? "INSUFFICIENT_DATA" : before.stateValue(),
                before == null ? now : before.stateTransitionedTimestamp(), null, null, r.actionsSuppressor(),
                r.actionsSuppressor() == null ? null : r.actionsSuppressorWaitPeriod(),
                r.actionsSuppressor() == null ? null : r.actionsSuppressorExtensionPeriod());
        store.put(alarm);
        if (r.tags() != null && !r.tags().isEmpty()) {
            tags.tag(arn, r.tags());
        }
        store.addHistory(arn, new AlarmHistoryItem(r.alarmName(), null, "CompositeAlarm", now, "ConfigurationUpdate",
                "Alarm \"" + r.alarmName() + "\" " + (before == null ? "created" : "updated"), "{}", null));
        // an updated configuration is evaluated at once, and so are the composites that depend on this one
        evaluate(alarm, now, true);
        evaluateDue(clock.instant());
    }

    private static void checkActions(String member, List<String> list) {
        if (list != null && list.size() > MAX_ACTIONS) {
            throw CloudWatchErrors.validation("1 validation error detected: Value at '" + member + "' failed to "
                    + "satisfy constraint: Member must have length less than or equal to " + MAX_ACTIONS);
        }
    }

    /** Evaluates every composite alarm whose children changed since its own state was set; returns the changes. */
    int evaluateDue(Instant now) {
        int changed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int before = changed;
            for (CompositeAlarm a : store.allComposites()) {
                if (evaluate(a, now, false)) {
                    changed++;
                }
            }
            if (changed == before) {
                break;
            }
        }
        return changed;
    }

    /** The names of the alarms the rule of composite alarm {@code name} refers to, as ARNs. */
    List<String> childrenOf(CloudWatchCall call, String name) {
        CompositeAlarm a = store.composite(call.alarmArn(name));
        if (a == null) {
            return List.of();
        }
        return rule(a.alarmRule()).children().stream().map(c -> arnOf(a.alarmArn(), c)).distinct().toList();
    }

    /** The composite alarms whose rule refers to alarm {@code name}. */
    List<CompositeAlarm> parentsOf(CloudWatchCall call, String name) {
        String arn = call.alarmArn(name);
        List<CompositeAlarm> out = new ArrayList<>();
        for (CompositeAlarm a : store.compositesInRegion(call)) {
            if (rule(a.alarmRule()).children().stream().anyMatch(c -> arnOf(a.alarmArn(), c).equals(arn))) {
                out.add(a);
            }
        }
        return out;
    }

    private boolean evaluate(CompositeAlarm a, Instant now, boolean force) {
        AlarmRule rule = rule(a.alarmRule());
        Map<String, String> states = new LinkedHashMap<>();
        boolean due = force;
        for (String child : rule.children()) {
            String childArn = arnOf(a.alarmArn(), child);
            states.put(child, store.stateOf(childArn));
            Instant updated = store.stateUpdated(childArn);
            if (updated != null && !updated.isBefore(a.stateUpdatedTimestamp())) {
                due = true;
            }
        }
        if (!due) {
            return false;
        }
        String state = rule.holds(states::get) ? "ALARM" : "OK";
        if (state.equals(a.stateValue())) {
            return false;
        }
        Map<String, String> byArn = new LinkedHashMap<>();
        states.forEach((child, s) -> byArn.put(arnOf(a.alarmArn(), child), s == null ? "INSUFFICIENT_DATA" : s));
        String reason = "The alarm rule " + a.alarmRule() + " evaluated to " + ("ALARM".equals(state) ? "TRUE"
                : "FALSE") + " with its children in the states " + byArn;
        StringBuilder data = new StringBuilder("{\"triggeringAlarms\":[");
        byArn.forEach((arn, s) -> data.append(data.charAt(data.length() - 1) == '[' ? "" : ",")
                .append("{\"arn\":\"").append(arn.replace("\"", "\\\"")).append("\",\"state\":{\"value\":\"")
                .append(s).append("\"}}"));
        data.append("]}");
        // a suppressor alarm in ALARM holds the actions back (its wait and extension periods are not applied)
        String suppressor = a.actionsSuppressor() == null ? null : arnOf(a.alarmArn(), a.actionsSuppressor());
        boolean suppressed = suppressor != null && "ALARM".equals(store.stateOf(suppressor));
        CompositeAlarm[] previous = new CompositeAlarm[1];
        CompositeAlarm after = store.updateComposite(a.alarmArn(), current -> {
            previous[0] = current;
            if (current.stateValue().equals(state) || !current.alarmRule().equals(a.alarmRule())) {
                return current;
            }
            CompositeAlarm next = AlarmStates.with(current, state, reason, data.toString(), now);
            return suppressed ? AlarmStates.suppressed(next, "Alarm", "Alarm " + suppressor + " is in ALARM state")
                    : next;
        });
        if (after == null || previous[0].stateValue().equals(after.stateValue())) {
            return false;
        }
        actions.changed(previous[0], after, byArn);
        return true;
    }

    private AlarmRule rule(String text) {
        AlarmRule rule = parsed.get(text);
        if (rule == null) {
            rule = AlarmRule.parse(text);
            if (parsed.size() > 10_000) {
                parsed.clear();
            }
            parsed.put(text, rule);
        }
        return rule;
    }

    /** A child as an ARN: an ARN as it is, a name in the account and region of the alarm that names it. */
    static String arnOf(String parentArn, String child) {
        if (child.startsWith("arn:")) {
            return child;
        }
        return parentArn.substring(0, parentArn.indexOf(":alarm:") + ":alarm:".length()) + child;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
