package dev.fakecloud.events;

import dev.fakecloud.events.model.TargetShapes.Target;
import java.util.List;

/**
 * One rule as it is stored, with its targets (a rule and its targets change together, atomically). A rule matches
 * events by {@code eventPattern}, fires on {@code scheduleExpression}, or both.
 */
public record EventRule(String name, String arn, String busName, String busArn, String accountId, String region,
        String eventPattern, String scheduleExpression, String state, String description, String roleArn,
        String managedBy, List<Target> targets) {

    public EventRule {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public boolean enabled() {
        return !"DISABLED".equals(state);
    }

    EventRule withState(String next) {
        return new EventRule(name, arn, busName, busArn, accountId, region, eventPattern, scheduleExpression, next,
                description, roleArn, managedBy, targets);
    }

    EventRule withTargets(List<Target> next) {
        return new EventRule(name, arn, busName, busArn, accountId, region, eventPattern, scheduleExpression, state,
                description, roleArn, managedBy, next);
    }
}
