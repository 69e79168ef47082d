package dev.fakecloud.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.ServerProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.DescribeEventBusResponse;
import software.amazon.awssdk.services.eventbridge.model.DescribeRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.eventbridge.model.Tag;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * EventBridge's state survives a restart on the same data directory: buses with their policies and tags, rules
 * with their targets, archives with the events they keep, connections, API destinations and endpoints; scheduled
 * rules are armed again and matching rules deliver again.
 */
class EventBridgeRestartIT extends OnDataDirectory {

    static final String QUEUE_ARN = "arn:aws:sqs:us-east-1:000000000000:after-restart";

    ServerProcess start() {
        return startServer(Map.of("FAKECLOUD_EVENTS_RATE_UNIT", "PT1S"));
    }

    /** What was created, as the API described it before the restart. */
    record Created(DescribeEventBusResponse bus, DescribeRuleResponse rule, String archiveArn, String connectionArn) {
    }

    Created createEverything(EventBridgeClient events) {
        events.createEventBus(b -> b.name("orders").description("all orders")
                .tags(Tag.builder().key("team").value("shop").build()));
        events.putPermission(b -> b.eventBusName("orders").action("events:PutEvents").principal("111111111111")
                .statementId("partner"));
        events.putRule(b -> b.name("paid").eventBusName("orders").description("paid orders")
                .eventPattern("{\"source\":[\"shop\"],\"detail\":{\"status\":[\"paid\"]}}"));
        events.putTargets(b -> b.rule("paid").eventBusName("orders").targets(Target.builder().id("queue")
                .arn(QUEUE_ARN).inputPath("$.detail").retryPolicy(p -> p.maximumRetryAttempts(3)).build()));
        events.putRule(b -> b.name("tick").scheduleExpression("rate(1 minute)"));
        events.putTargets(b -> b.rule("tick").targets(Target.builder().id("queue").arn(QUEUE_ARN)
                .input("{\"tick\":true}").build()));
        events.putRule(b -> b.name("nightly").scheduleExpression("cron(0 3 * * ? *)").state(RuleState.DISABLED));
        String busArn = events.describeEventBus(b -> b.name("orders")).arn();
        String archiveArn = events.createArchive(b -> b.archiveName("orders-archive").eventSourceArn(busArn))
                .archiveArn();
        events.putEvents(b -> b.entries(e -> e.eventBusName("orders").source("shop").detailType("order")
                .detail("{\"status\":\"open\"}")));
        String connectionArn = events.createConnection(b -> b.name("partner-api").authorizationType("API_KEY")
                .authParameters(a -> a.apiKeyAuthParameters(k -> k.apiKeyName("x-api-key").apiKeyValue("secret"))))
                .connectionArn();
        events.createApiDestination(b -> b.name("partner").connectionArn(connectionArn)
                .invocationEndpoint("https://example.com/hook").httpMethod("POST"));
        return new Created(events.describeEventBus(b -> b.name("orders")),
                events.describeRule(b -> b.name("paid").eventBusName("orders")), archiveArn, connectionArn);
    }

    void assertEverythingIsBack(EventBridgeClient events, SqsClient sqs, Created before) throws IOException {
        assertThat(events.describeEventBus(b -> b.name("orders")).toString()).isEqualTo(before.bus().toString());
        assertThat(events.listTagsForResource(b -> b.resourceARN(before.bus().arn())).tags())
                .containsExactly(Tag.builder().key("team").value("shop").build());
        assertThat(events.describeRule(b -> b.name("paid").eventBusName("orders")).toString())
                .isEqualTo(before.rule().toString());
        assertThat(events.listTargetsByRule(b -> b.rule("paid").eventBusName("orders")).targets())
                .singleElement().satisfies(t -> {
                    assertThat(t.inputPath()).isEqualTo("$.detail");
                    assertThat(t.retryPolicy().maximumRetryAttempts()).isEqualTo(3);
                });
        assertThat(events.describeRule(b -> b.name("nightly")).state()).isEqualTo(RuleState.DISABLED);
        assertThat(events.describeArchive(b -> b.archiveName("orders-archive")).eventCount()).isEqualTo(1);
        assertThat(events.describeConnection(b -> b.name("partner-api")).connectionArn())
                .isEqualTo(before.connectionArn());
        assertThat(events.describeApiDestination(b -> b.name("partner")).invocationEndpoint())
                .isEqualTo("https://example.com/hook");

        String armed = get("/_fakecloud/events/schedules");
        assertThat(armed).as("the enabled schedule is armed again, the disabled one is not")
                .contains("rule/tick").doesNotContain("rule/nightly");

        // queues are not part of this test's state: the queue the rules target is created now, and both the
        // restored pattern rule and the re-armed schedule deliver to it
        String url = sqs.createQueue(b -> b.queueName("after-restart")).queueUrl();
        events.putEvents(b -> b.entries(e -> e.eventBusName("orders").source("shop").detailType("order")
                .detail("{\"status\":\"paid\"}")));
        List<String> bodies = new ArrayList<>();
        Polling.until("the pattern rule and the schedule deliver", Duration.ofSeconds(30), () -> {
            sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages().stream().map(Message::body)
                    .forEach(bodies::add);
            return bodies.contains("{\"status\":\"paid\"}") && bodies.contains("{\"tick\":true}");
        });
    }

    String get(String path) throws IOException {
        try (InputStream in = server.endpoint().resolve(path).toURL().openStream()) {
            return new String(in.readAllBytes());
        }
    }

    @Test
    void killedServerComesBackWithItsBusesRulesAndSchedules() throws IOException {
        Created before = createEverything(Clients.events(start().endpoint()));
        server.kill();

        start();
        assertEverythingIsBack(Clients.events(server.endpoint()), Clients.sqs(server.endpoint()), before);
    }

    @Test
    void stoppedServerRestoresFromItsSnapshot() throws IOException {
        Created before = createEverything(Clients.events(start().endpoint()));
        assertThat(server.stop()).isIn(0, 143);

        start();
        assertEverythingIsBack(Clients.events(server.endpoint()), Clients.sqs(server.endpoint()), before);
        assertThat(new ObjectMapper().readTree(get("/_fakecloud/events/schedules")).path("schedules").size())
                .isEqualTo(1);
    }
}
