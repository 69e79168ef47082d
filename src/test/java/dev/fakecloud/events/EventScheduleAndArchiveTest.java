package dev.fakecloud.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.ArchiveState;
import software.amazon.awssdk.services.eventbridge.model.DescribeArchiveResponse;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.ReplayState;
import software.amazon.awssdk.services.eventbridge.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Scheduled rules fire (in tests {@code fakecloud.events.rate-unit} is one second, so {@code rate(1 minute)} fires
 * every second) and are armed and disarmed with their rule; archives keep events and replays send them again.
 */
@QuarkusTest
class EventScheduleAndArchiveTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final EventBridgeClient events = Clients.events();
    final SqsClient sqs = Clients.sqs();

    static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String[] queue() {
        String url = sqs.createQueue(b -> b.queueName(name("sched"))).queueUrl();
        return new String[] {url, sqs.getQueueAttributes(b -> b.queueUrl(url)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN)};
    }

    List<Message> receive(String url, int count) {
        List<Message> got = new ArrayList<>();
        Polling.until(count + " messages", Duration.ofSeconds(20), () -> {
            got.addAll(sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages());
            return got.size() >= count;
        });
        return got;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(text, e);
        }
    }

    List<String> armedRules() {
        return given().get("/_fakecloud/events/schedules").then().statusCode(200).extract().jsonPath()
                .getList("schedules.ruleArn");
    }

    @Test
    void aRateRuleFiresScheduledEventsUntilItIsDisabled() {
        String[] q = queue();
        String rule = name("every");
        String arn = events.putRule(b -> b.name(rule).scheduleExpression("rate(1 minute)")).ruleArn();
        events.putTargets(b -> b.rule(rule).targets(Target.builder().id("q").arn(q[1]).build()));
        assertThat(armedRules()).contains(arn);

        List<Message> fired = receive(q[0], 2);
        JsonNode event = json(fired.get(0).body());
        assertThat(event.path("source").asText()).isEqualTo("aws.events");
        assertThat(event.path("detail-type").asText()).isEqualTo("Scheduled Event");
        assertThat(event.path("resources").get(0).asText()).isEqualTo(arn);
        assertThat(event.path("detail").isObject() && event.path("detail").isEmpty()).isTrue();
        assertThat(json(fired.get(1).body()).path("id").asText()).isNotEqualTo(event.path("id").asText());

        events.disableRule(b -> b.name(rule));
        assertThat(armedRules()).doesNotContain(arn);
        events.enableRule(b -> b.name(rule));
        assertThat(armedRules()).contains(arn);
        events.removeTargets(b -> b.rule(rule).ids("q"));
        events.deleteRule(b -> b.name(rule));
        assertThat(armedRules()).doesNotContain(arn);
    }

    @Test
    void aCronRuleIsArmedForItsNextTimeInUtcAndItsInputReplacesTheEvent() {
        String rule = name("cron");
        String arn = events.putRule(b -> b.name(rule).scheduleExpression("cron(0 10 * * ? *)")).ruleArn();
        String next = given().get("/_fakecloud/events/schedules").then().extract().jsonPath()
                .getString("schedules.find { it.ruleArn == '" + arn + "' }.nextFireTime");
        assertThat(Instant.parse(next).toString()).endsWith("T10:00:00Z");
        events.putRule(b -> b.name(rule).scheduleExpression("cron(0 10 * * ? *)").state(RuleState.DISABLED));
        assertThat(armedRules()).doesNotContain(arn);
        events.deleteRule(b -> b.name(rule));

        String[] q = queue();
        String custom = name("custom");
        events.putRule(b -> b.name(custom).scheduleExpression("rate(1 minute)"));
        events.putTargets(b -> b.rule(custom).targets(Target.builder().id("q").arn(q[1])
                .input("{\"custom-value\":\"somecustominput\"}").build()));
        assertThat(json(receive(q[0], 1).get(0).body())).isEqualTo(json("{\"custom-value\":\"somecustominput\"}"));
        events.removeTargets(b -> b.rule(custom).ids("q"));
        events.deleteRule(b -> b.name(custom));
    }

    @Test
    void archivesKeepEventsAndReplaysSendThemAgain() {
        String bus = name("archived");
        String busArn = events.createEventBus(b -> b.name(bus)).eventBusArn();
        String archive = name("archive");
        String archiveArn = events.createArchive(b -> b.archiveName(archive).eventSourceArn(busArn)
                .eventPattern("{\"source\":[\"shop\"]}").retentionDays(1).description("kept")).archiveArn();
        assertThat(archiveArn).isEqualTo("arn:aws:events:us-east-1:000000000000:archive/" + archive);
        assertThatThrownBy(() -> events.createArchive(b -> b.archiveName(archive).eventSourceArn(busArn)))
                .isInstanceOf(ResourceAlreadyExistsException.class)
                .hasMessageStartingWith("Archive " + archive + " already exists.");

        Instant before = Instant.now().minusSeconds(5);
        PutEventsRequestEntry kept = PutEventsRequestEntry.builder().eventBusName(bus).source("shop")
                .detailType("order").detail("{\"n\":1}").build();
        PutEventsRequestEntry ignored = kept.toBuilder().source("other").build();
        events.putEvents(b -> b.entries(kept, kept, ignored));
        DescribeArchiveResponse described = events.describeArchive(b -> b.archiveName(archive));
        assertThat(described.eventCount()).isEqualTo(2);
        assertThat(described.sizeBytes()).isPositive();
        assertThat(described.state()).isEqualTo(ArchiveState.ENABLED);
        assertThat(events.listArchives(b -> b.eventSourceArn(busArn)).archives()).extracting(a -> a.archiveName())
                .containsExactly(archive);

        String[] q = queue();
        String rule = name("replayed");
        String ruleArn = events.putRule(b -> b.name(rule).eventBusName(bus).eventPattern("{\"source\":[\"shop\"]}"))
                .ruleArn();
        events.putTargets(b -> b.rule(rule).eventBusName(bus).targets(Target.builder().id("q").arn(q[1]).build()));
        String replay = name("replay");
        assertThat(events.startReplay(b -> b.replayName(replay).eventSourceArn(archiveArn).eventStartTime(before)
                .eventEndTime(Instant.now().plusSeconds(1)).destination(d -> d.arn(busArn).filterArns(ruleArn)))
                .state()).isEqualTo(ReplayState.STARTING);
        List<Message> replayed = receive(q[0], 2);
        assertThat(replayed).allSatisfy(m -> assertThat(json(m.body()).path("replay-name").asText()).isEqualTo(replay));
        Polling.until("the replay completes", Duration.ofSeconds(10),
                () -> events.describeReplay(b -> b.replayName(replay)).state() == ReplayState.COMPLETED);
        assertThat(events.listReplays(b -> b.namePrefix(replay)).replays()).singleElement()
                .satisfies(r -> assertThat(r.eventLastReplayedTime()).isNotNull());
        assertThatThrownBy(() -> events.cancelReplay(b -> b.replayName(replay)))
                .isInstanceOfSatisfying(EventBridgeException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("IllegalStatusException"));

        assertThatThrownBy(() -> events.startReplay(b -> b.replayName(name("r")).eventSourceArn(archiveArn)
                .eventStartTime(Instant.now()).eventEndTime(Instant.now().minusSeconds(10))
                .destination(d -> d.arn(busArn)))).isInstanceOfSatisfying(EventBridgeException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(
                                "Parameter EventEndTime is not valid. Reason: EventStartTime must be before EventEndTime."));
        assertThatThrownBy(() -> events.updateArchive(b -> b.archiveName(archive)))
                .isInstanceOfSatisfying(EventBridgeException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("At least one of EventPattern, RetentionDays or Description must be provided."));
        events.deleteArchive(b -> b.archiveName(archive));
        assertThatThrownBy(() -> events.describeArchive(b -> b.archiveName(archive)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Archive " + archive + " does not exist.");
    }

    @Test
    void connectionsAndApiDestinationsAreStoredWithoutSecrets() {
        String connection = name("conn");
        var created = events.createConnection(b -> b.name(connection).authorizationType("BASIC")
                .authParameters(a -> a.basicAuthParameters(p -> p.username("user").password("pass"))));
        assertThat(created.connectionStateAsString()).isEqualTo("AUTHORIZED");
        var described = events.describeConnection(b -> b.name(connection));
        assertThat(described.authParameters().basicAuthParameters().username()).isEqualTo("user");
        assertThat(described.secretArn()).contains(":secret:events!connection/" + connection + "/");
        String oauth = name("oauth");
        assertThat(events.createConnection(b -> b.name(oauth).authorizationType("OAUTH_CLIENT_CREDENTIALS")
                .authParameters(a -> a.oAuthParameters(o -> o.authorizationEndpoint("https://example.com/oauth")
                        .httpMethod("POST").clientParameters(c -> c.clientID("id").clientSecret("secret")))))
                .connectionStateAsString()).isEqualTo("AUTHORIZING");

        String destination = name("dest");
        var api = events.createApiDestination(b -> b.name(destination).connectionArn(created.connectionArn())
                .invocationEndpoint("https://example.com/api").httpMethod("POST"));
        assertThat(api.apiDestinationStateAsString()).isEqualTo("ACTIVE");
        assertThat(events.describeApiDestination(b -> b.name(destination)).invocationRateLimitPerSecond())
                .isEqualTo(300);
        assertThatThrownBy(() -> events.createApiDestination(b -> b.name(name("bad"))
                .connectionArn("invalid-connection-arn").invocationEndpoint("https://example.com")
                .httpMethod("INVALID_METHOD"))).isInstanceOfSatisfying(EventBridgeException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).startsWith("2 validation errors detected:")
                                .endsWith("Value 'INVALID_METHOD' at 'httpMethod' failed to satisfy constraint: Member"
                                        + " must satisfy enum value set: [HEAD, POST, PATCH, DELETE, PUT, GET, OPTIONS]"));
        events.deleteApiDestination(b -> b.name(destination));
        assertThat(events.deleteConnection(b -> b.name(connection)).connectionStateAsString()).isEqualTo("DELETING");
        assertThatThrownBy(() -> events.describeConnection(b -> b.name(connection)))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith(
                        "Failed to describe the connection(s). Connection '" + connection + "' does not exist.");
    }
}
