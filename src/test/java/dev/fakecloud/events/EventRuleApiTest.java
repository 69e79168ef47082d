package dev.fakecloud.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.DescribeRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.InvalidEventPatternException;
import software.amazon.awssdk.services.eventbridge.model.LimitExceededException;
import software.amazon.awssdk.services.eventbridge.model.ListRulesResponse;
import software.amazon.awssdk.services.eventbridge.model.ListTargetsByRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.eventbridge.model.Target;

/** Rules, their targets and TestEventPattern: shapes, defaults and AWS's validation messages. */
@QuarkusTest
class EventRuleApiTest {

    static final String PATTERN = "{\"source\":[\"shop\"],\"detail\":{\"status\":[\"paid\"]}}";
    final EventBridgeClient events = Clients.events();

    static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Target target(String id) {
        return Target.builder().id(id).arn("arn:aws:sqs:us-east-1:000000000000:somewhere").build();
    }

    static String message(Throwable e) {
        return ((EventBridgeException) e).awsErrorDetails().errorMessage();
    }

    @Test
    void rulesArePutDescribedListedDisabledAndDeleted() {
        String bus = name("rules");
        events.createEventBus(b -> b.name(bus));
        String arn = events.putRule(b -> b.name("paid").eventBusName(bus).eventPattern(PATTERN)
                .description("paid orders")).ruleArn();
        assertThat(arn).isEqualTo("arn:aws:events:us-east-1:000000000000:rule/" + bus + "/paid");

        DescribeRuleResponse rule = events.describeRule(b -> b.name("paid").eventBusName(bus));
        assertThat(rule.eventPattern()).isEqualTo(PATTERN);
        assertThat(rule.state()).isEqualTo(RuleState.ENABLED);
        assertThat(rule.eventBusName()).isEqualTo(bus);
        assertThat(rule.createdBy()).isEqualTo("000000000000");
        assertThat(rule.description()).isEqualTo("paid orders");

        events.disableRule(b -> b.name("paid").eventBusName(bus));
        assertThat(events.describeRule(b -> b.name("paid").eventBusName(bus)).state()).isEqualTo(RuleState.DISABLED);
        events.enableRule(b -> b.name("paid").eventBusName(bus));
        assertThat(events.describeRule(b -> b.name("paid").eventBusName(bus)).state()).isEqualTo(RuleState.ENABLED);

        ListRulesResponse listed = events.listRules(b -> b.eventBusName(bus));
        assertThat(listed.rules()).singleElement().satisfies(r -> {
            assertThat(r.arn()).isEqualTo(arn);
            assertThat(r.eventBusName()).isEqualTo(bus);
        });
        events.deleteRule(b -> b.name("paid").eventBusName(bus));
        assertThat(events.listRules(b -> b.eventBusName(bus)).rules()).isEmpty();
        assertThatThrownBy(() -> events.describeRule(b -> b.name("paid").eventBusName(bus)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Rule paid does not exist on EventBus " + bus + ".");
    }

    @Test
    void patternsAreValidatedWithAwsReasons() {
        assertThatThrownBy(() -> events.putRule(b -> b.name(name("bad")).eventPattern("{\"source\":\"shop\"}")))
                .isInstanceOf(InvalidEventPatternException.class).satisfies(e -> assertThat(message(e))
                        .isEqualTo("Event pattern is not valid. Reason: \"source\" must be an object or an array"));
        assertThatThrownBy(() -> events.putRule(b -> b.name(name("bad")).eventPattern("{\"a\":[]}")))
                .satisfies(e -> assertThat(message(e))
                        .isEqualTo("Event pattern is not valid. Reason: Empty arrays are not allowed"));
        assertThatThrownBy(() -> events.putRule(b -> b.name(name("bad")).eventPattern("{'bad': 'quotation'}")))
                .isInstanceOf(InvalidEventPatternException.class).satisfies(e -> assertThat(message(e))
                        .startsWith("Event pattern is not valid. Reason: Unexpected character (''' (code 39))"));
        assertThatThrownBy(() -> events.putRule(b -> b.name(name("bad"))))
                .satisfies(e -> assertThat(message(e))
                        .isEqualTo("Parameter(s) EventPattern or ScheduleExpression must be specified."));
    }

    @Test
    void schedulesAreValidatedAndOnlyOnTheDefaultBus() {
        for (String good : new String[] {"rate(1 minute)", "rate(5 minutes)", "rate(1 day)", "cron(0 10 * * ? *)",
                "cron(0/15 * * * ? *)", "cron(0 18 ? * MON-FRI *)", "cron(15 10 ? * 6L 2002-2005)",
                "cron(0 2 ? * SAT#3 *)", "cron(0/5 5 ? JAN 1-5 2022)", "cron(5,35 14 * * ? *)"}) {
            String rule = name("sched");
            events.putRule(b -> b.name(rule).scheduleExpression(good).state(RuleState.DISABLED));
            assertThat(events.describeRule(b -> b.name(rule)).scheduleExpression()).isEqualTo(good);
            events.deleteRule(b -> b.name(rule));
        }
        for (String bad : new String[] {"cron(INVALID)", "cron(0 dummy ? * MON-FRI *)", "cron(7 20 * * NOT *)",
                "cron(71 8 1 * ? *)", "cron(0 1 * * * *)", "rate(1 minutes)", "rate(2 minute)", "rate(0 minutes)",
                "every minute"}) {
            assertThatThrownBy(() -> events.putRule(b -> b.name(name("sched")).scheduleExpression(bad)))
                    .as(bad).satisfies(e -> assertThat(message(e)).isEqualTo("Parameter ScheduleExpression is not valid."));
        }
        String bus = name("custom");
        events.createEventBus(b -> b.name(bus));
        assertThatThrownBy(() -> events.putRule(b -> b.name("s").eventBusName(bus).scheduleExpression("rate(1 day)")))
                .satisfies(e -> assertThat(message(e))
                        .isEqualTo("ScheduleExpression is supported only on the default event bus."));
    }

    @Test
    void targetsAreAddedReplacedListedAndRemoved() {
        String rule = name("targets");
        events.putRule(b -> b.name(rule).eventPattern(PATTERN));
        events.putTargets(b -> b.rule(rule).targets(target("a"), target("b")));
        events.putTargets(b -> b.rule(rule).targets(Target.builder().id("a").arn("arn:aws:sqs:us-east-1:000000000000:other")
                .inputPath("$.detail").build()));
        ListTargetsByRuleResponse listed = events.listTargetsByRule(b -> b.rule(rule));
        assertThat(listed.targets()).extracting(Target::id).containsExactly("a", "b");
        assertThat(listed.targets().get(0).inputPath()).isEqualTo("$.detail");
        assertThat(events.listRuleNamesByTarget(b -> b.targetArn("arn:aws:sqs:us-east-1:000000000000:other"))
                .ruleNames()).contains(rule);

        assertThatThrownBy(() -> events.deleteRule(b -> b.name(rule)))
                .satisfies(e -> assertThat(message(e)).isEqualTo("Rule can't be deleted since it has targets."));
        assertThatThrownBy(() -> events.putTargets(b -> b.rule(rule).targets(target("c"), target("d"), target("e"),
                target("f")))).isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("The requested resource exceeds the maximum number allowed.");

        assertThat(events.removeTargets(b -> b.rule(rule).ids("a", "b")).failedEntryCount()).isZero();
        assertThat(events.listTargetsByRule(b -> b.rule(rule)).targets()).isEmpty();
        events.deleteRule(b -> b.name(rule));
    }

    @Test
    void targetsAreValidatedAsAwsValidatesThem() {
        String rule = name("checks");
        events.putRule(b -> b.name(rule).eventPattern(PATTERN));
        assertThatThrownBy(() -> events.putTargets(b -> b.rule(rule).targets(target("!@#$@!#$"))))
                .satisfies(e -> assertThat(message(e)).isEqualTo("1 validation error detected: Value '!@#$@!#$' at"
                        + " 'targets.1.member.id' failed to satisfy constraint: Member must satisfy regular expression"
                        + " pattern: [\\.\\-_A-Za-z0-9]+"));
        assertThatThrownBy(() -> events.putTargets(b -> b.rule(rule).targets(Target.builder().id("t")
                .arn("arn:aws:sqs:us-east-1:000000000000:q").input("{}").inputPath("$.detail").build())))
                .satisfies(e -> assertThat(message(e)).isEqualTo(
                        "Only one of Input, InputPath, or InputTransformer must be provided for target t."));
        assertThatThrownBy(() -> events.putTargets(b -> b.rule(rule).targets(Target.builder().id("t")
                .arn("arn:aws:sqs:us-east-1:000000000000:q").inputTransformer(x -> x
                        .inputPathsMap(java.util.Map.of("known", "$.detail")).inputTemplate("\"<known> <notdefinedkey>\""))
                .build()))).satisfies(e -> assertThat(message(e)).isEqualTo(
                        "InputTemplate for target t contains invalid placeholder notdefinedkey."));
        assertThatThrownBy(() -> events.putTargets(b -> b.rule("missing-" + rule).targets(target("t"))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Rule missing-" + rule + " does not exist on EventBus default.");
        events.deleteRule(b -> b.name(rule));
    }

    @Test
    void testEventPatternMatchesAndRefusesEventsWithoutTheEnvelope() {
        String event = "{\"id\":\"1\",\"account\":\"000000000000\",\"source\":\"shop\",\"time\":\"2024-01-01T00:00:00Z\","
                + "\"region\":\"us-east-1\",\"resources\":[],\"detail-type\":\"order\",\"detail\":{\"status\":\"paid\"}}";
        assertThat(events.testEventPattern(b -> b.eventPattern(PATTERN).event(event)).result()).isTrue();
        assertThat(events.testEventPattern(b -> b.eventPattern("{\"source\":[\"other\"]}").event(event)).result())
                .isFalse();
        assertThat(events.testEventPattern(b -> b.eventPattern("{\"detail\":{\"status\":[{\"anything-but\":\"paid\"}]}}")
                .event(event)).result()).isFalse();
        assertThatThrownBy(() -> events.testEventPattern(b -> b.eventPattern(PATTERN).event("\"just a string\"")))
                .satisfies(e -> assertThat(message(e)).isEqualTo("Parameter Event is not valid."));
        assertThatThrownBy(() -> events.testEventPattern(b -> b.eventPattern(PATTERN).event("{\"source\":\"shop\"}")))
                .satisfies(e -> assertThat(message(e)).isEqualTo("Parameter Event is not valid."));
        assertThatThrownBy(() -> events.testEventPattern(b -> b.eventPattern("{\"n\":[{\"numeric\":[\">\"]}]}")
                .event(event))).isInstanceOf(InvalidEventPatternException.class);
    }
}
