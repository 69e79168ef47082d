package dev.fakecloud.events;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.events.model.EventsShapes.DeleteRuleRequest;
import dev.fakecloud.events.model.EventsShapes.DescribeRuleRequest;
import dev.fakecloud.events.model.EventsShapes.DescribeRuleResponse;
import dev.fakecloud.events.model.EventsShapes.DisableRuleRequest;
import dev.fakecloud.events.model.EventsShapes.EnableRuleRequest;
import dev.fakecloud.events.model.EventsShapes.ListRulesRequest;
import dev.fakecloud.events.model.EventsShapes.ListRulesResponse;
import dev.fakecloud.events.model.EventsShapes.PutRuleRequest;
import dev.fakecloud.events.model.EventsShapes.PutRuleResponse;
import dev.fakecloud.events.model.EventsShapes.Rule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Rules: event patterns and schedules on a bus, enabled or disabled; their schedules are armed as they change. */
@ApplicationScoped
public class RuleService {

    private final BusService buses;
    private final RuleStore rules;
    private final TagStore tags;
    private final Patterns patterns;
    private final ScheduleRunner schedules;

    public RuleService(BusService buses, RuleStore rules, TagStore tags, Patterns patterns,
            ScheduleRunner schedules) {
        this.buses = buses;
        this.rules = rules;
        this.tags = tags;
        this.patterns = patterns;
        this.schedules = schedules;
    }

    static String ruleArn(EventBus bus, String name) {
        String prefix = "arn:aws:events:" + bus.region() + ":" + bus.accountId() + ":rule/";
        return bus.isDefault() ? prefix + name : prefix + bus.name() + "/" + name;
    }

    static void validateName(Validation v, String name, String member) {
        v.required(name, member).length(name, member, 1, 64).pattern(name, member, Names.RULE_NAME);
    }

    static void validateBus(Validation v, String bus) {
        v.length(bus, "eventBusName", 1, 1600).pattern(bus, "eventBusName", Names.BUS_NAME_OR_ARN);
    }

    /** The rule a name and bus name-or-ARN name, or ResourceNotFoundException as AWS words it. */
    EventRule find(EventsCall call, String name, String busNameOrArn) {
        EventBus bus = buses.resolve(call, busNameOrArn);
        return rules.find(ruleArn(bus, name)).orElseThrow(() -> EventsErrors.ruleNotFound(name, bus.name()));
    }

    PutRuleResponse put(EventsCall call, PutRuleRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name(), "name");
        v.length(r.scheduleExpression(), "scheduleExpression", 0, 256)
                .length(r.eventPattern(), "eventPattern", 0, 4096).oneOf(r.state(), "state", Names.RULE_STATES)
                .length(r.description(), "description", 0, 512).length(r.roleArn(), "roleArn", 1, 1600);
        validateBus(v, r.eventBusName());
        v.throwIfInvalid();
        if (r.eventPattern() == null && r.scheduleExpression() == null) {
            throw EventsErrors.validation("Parameter(s) EventPattern or ScheduleExpression must be specified.");
        }
        EventBus bus = buses.resolve(call, r.eventBusName());
        if (r.scheduleExpression() != null) {
            if (!bus.isDefault()) {
                throw EventsErrors.validation("ScheduleExpression is supported only on the default event bus.");
            }
            Schedule.parse(r.scheduleExpression());
        }
        if (r.eventPattern() != null) {
            patterns.compile(r.eventPattern());
        }
        String arn = ruleArn(bus, r.name());
        EventRule existing = rules.find(arn).orElse(null);
        if (existing != null && existing.managedBy() != null) {
            throw EventsErrors.managedRule(r.name());
        }
        EventRule rule = new EventRule(r.name(), arn, bus.name(), bus.arn(), bus.accountId(), bus.region(),
                r.eventPattern(), r.scheduleExpression(), r.state() == null ? "ENABLED" : r.state(), r.description(),
                r.roleArn(), null, existing == null ? List.of() : existing.targets());
        rules.put(rule);
        if (existing == null) {
            tags.put(arn, r.tags());
        }
        schedules.arm(rule);
        return new PutRuleResponse(arn);
    }

    DescribeRuleResponse describe(EventsCall call, DescribeRuleRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name(), "name");
        validateBus(v, r.eventBusName());
        v.throwIfInvalid();
        EventRule rule = find(call, r.name(), r.eventBusName());
        return new DescribeRuleResponse(rule.name(), rule.arn(), rule.eventPattern(), rule.scheduleExpression(),
                rule.state(), rule.description(), rule.roleArn(), rule.managedBy(), rule.busName(), rule.accountId());
    }

    void delete(EventsCall call, DeleteRuleRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name(), "name");
        validateBus(v, r.eventBusName());
        v.throwIfInvalid();
        EventBus bus = buses.resolve(call, r.eventBusName());
        EventRule rule = rules.find(ruleArn(bus, r.name())).orElse(null);
        if (rule == null) {
            return;
        }
        if (rule.managedBy() != null && !Boolean.TRUE.equals(r.force())) {
            throw EventsErrors.managedRule(r.name());
        }
        if (!rule.targets().isEmpty()) {
            throw EventsErrors.validation("Rule can't be deleted since it has targets.");
        }
        rules.remove(rule.arn());
        tags.drop(rule.arn());
        schedules.disarm(rule.arn());
    }

    void enable(EventsCall call, EnableRuleRequest r) {
        setState(call, r.name(), r.eventBusName(), "ENABLED");
    }

    void disable(EventsCall call, DisableRuleRequest r) {
        setState(call, r.name(), r.eventBusName(), "DISABLED");
    }

    private void setState(EventsCall call, String name, String busName, String state) {
        Validation v = Validation.start();
        validateName(v, name, "name");
        validateBus(v, busName);
        v.throwIfInvalid();
        EventRule rule = find(call, name, busName);
        if (rule.managedBy() != null) {
            throw EventsErrors.managedRule(name);
        }
        rules.update(rule.arn(), current -> current.withState(state)).ifPresent(schedules::arm);
    }

    ListRulesResponse list(EventsCall call, ListRulesRequest r) {
        Validation v = Validation.start().length(r.namePrefix(), "namePrefix", 1, 64)
                .pattern(r.namePrefix(), "namePrefix", Names.RULE_NAME).range(r.limit(), "limit", 1, 100);
        validateBus(v, r.eventBusName());
        v.throwIfInvalid();
        EventBus bus = buses.resolve(call, r.eventBusName());
        List<EventRule> matching = rules.onBus(bus.arn()).stream()
                .filter(rule -> r.namePrefix() == null || rule.name().startsWith(r.namePrefix()))
                .sorted(java.util.Comparator.comparing(EventRule::name)).toList();
        Page<EventRule> page = Paging.page(matching, EventRule::name, r.nextToken(), r.limit());
        return new ListRulesResponse(page.items().stream().map(RuleService::shape).toList(), page.nextMarker());
    }

    static Rule shape(EventRule rule) {
        return new Rule(rule.name(), rule.arn(), rule.eventPattern(), rule.state(), rule.description(),
                rule.scheduleExpression(), rule.roleArn(), rule.managedBy(), rule.busName());
    }
}
