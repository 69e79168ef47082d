package dev.fakecloud.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Events put on a bus reach the targets of the rules they match, in AWS's envelope, and nothing else does. */
@QuarkusTest
class EventDeliveryTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DETAIL = "{\"command\":\"update-account\",\"payload\":{\"acc_id\":\"0a787ecb-4015\",\"sf_id\":\"baz\"}}";
    final EventBridgeClient events = Clients.events();
    final SqsClient sqs = Clients.sqs();

    static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A queue: its URL and ARN. */
    record Queue(String url, String arn) {
    }

    Queue queue(String prefix) {
        String url = sqs.createQueue(b -> b.queueName(name(prefix))).queueUrl();
        return new Queue(url, sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN));
    }

    /** Receives until {@code count} messages arrived (or the time is up) and returns them. */
    List<Message> receive(Queue q, int count) {
        List<Message> got = new ArrayList<>();
        Polling.until(count + " messages on " + q.url(), Duration.ofSeconds(15), () -> {
            got.addAll(sqs.receiveMessage(b -> b.queueUrl(q.url()).maxNumberOfMessages(10)
                    .messageAttributeNames("All")).messages());
            return got.size() >= count;
        });
        return got;
    }

    /** Nothing arrives within a moment (after a later event that does arrive elsewhere has been seen). */
    void assertEmpty(Queue q) {
        assertThat(sqs.receiveMessage(b -> b.queueUrl(q.url()).waitTimeSeconds(1)).messages()).isEmpty();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(text, e);
        }
    }

    PutEventsRequestEntry entry(String bus, String source, String detail) {
        return PutEventsRequestEntry.builder().eventBusName(bus).source(source).detailType("core.update-account-command")
                .detail(detail).build();
    }

    String ruleTo(String bus, String pattern, Target... targets) {
        String rule = name("rule");
        events.putRule(b -> b.name(rule).eventBusName(bus).eventPattern(pattern));
        events.putTargets(b -> b.rule(rule).eventBusName(bus).targets(targets));
        return rule;
    }

    static Target to(String id, Queue q) {
        return Target.builder().id(id).arn(q.arn()).build();
    }

    @Test
    void matchingEventsReachSqsInAwsEnvelope() {
        String bus = name("bus");
        events.createEventBus(b -> b.name(bus));
        Queue q = queue("envelope");
        ruleTo(bus, "{\"source\":[\"shop\"],\"detail\":{\"command\":[\"update-account\"]}}", to("q", q));

        PutEventsResponse put = events.putEvents(b -> b.entries(entry(bus, "shop", DETAIL),
                entry(bus, "elsewhere", DETAIL), entry(bus, "shop", "{\"command\":\"other\"}")));
        assertThat(put.failedEntryCount()).isZero();
        assertThat(put.entries()).hasSize(3).allSatisfy(e -> assertThat(e.eventId()).isNotBlank());

        JsonNode event = json(receive(q, 1).get(0).body());
        assertThat(event.path("version").asText()).isEqualTo("0");
        assertThat(event.path("id").asText()).isEqualTo(put.entries().get(0).eventId());
        assertThat(event.path("detail-type").asText()).isEqualTo("core.update-account-command");
        assertThat(event.path("source").asText()).isEqualTo("shop");
        assertThat(event.path("account").asText()).isEqualTo("000000000000");
        assertThat(event.path("region").asText()).isEqualTo("us-east-1");
        assertThat(event.path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(event.path("resources").isArray()).isTrue();
        assertThat(event.path("detail")).isEqualTo(json(DETAIL));
        assertThat(List.copyOf(new ArrayList<>(iterator(event)))).containsExactly("version", "id", "detail-type",
                "source", "account", "time", "region", "resources", "detail");
        assertEmpty(q);
    }

    static List<String> iterator(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void disabledRulesAndOtherBusesReceiveNothing() {
        String bus = name("bus");
        events.createEventBus(b -> b.name(bus));
        Queue disabled = queue("disabled");
        Queue other = queue("default-bus");
        Queue live = queue("live");
        String off = ruleTo(bus, "{\"source\":[\"shop\"]}", to("q", disabled));
        events.disableRule(b -> b.name(off).eventBusName(bus));
        ruleTo("default", "{\"source\":[\"shop-" + bus + "\"]}", to("q", other));
        ruleTo(bus, "{\"source\":[\"shop\"]}", to("q", live));

        events.putEvents(b -> b.entries(entry(bus, "shop", DETAIL)));
        assertThat(receive(live, 1)).hasSize(1);
        assertEmpty(disabled);
        assertEmpty(other);
    }

    @Test
    void eachEntryIsCheckedOnItsOwn() {
        PutEventsResponse put = events.putEvents(b -> b.entries(
                PutEventsRequestEntry.builder().detailType("t").detail("{}").build(),
                PutEventsRequestEntry.builder().source("s").detail("{}").build(),
                PutEventsRequestEntry.builder().source("s").detailType("t").build(),
                PutEventsRequestEntry.builder().source("s").detailType("t").detail("[1,2]").build(),
                PutEventsRequestEntry.builder().source("s").detailType("t").detail("{not json").build(),
                PutEventsRequestEntry.builder().source("s").detailType("t").detail("{}").build(),
                PutEventsRequestEntry.builder().source("s").detailType("t").detail("{}")
                        .eventBusName("no-such-bus-" + UUID.randomUUID()).build()));
        assertThat(put.failedEntryCount()).isEqualTo(5);
        assertThat(put.entries()).extracting(e -> e.errorCode()).containsExactly("InvalidArgument", "InvalidArgument",
                "InvalidArgument", "MalformedDetail", "MalformedDetail", null, null);
        assertThat(put.entries().get(0).errorMessage())
                .isEqualTo("Parameter Source is not valid. Reason: Source is a required argument.");
        assertThat(put.entries().get(1).errorMessage())
                .isEqualTo("Parameter DetailType is not valid. Reason: DetailType is a required argument.");
        assertThat(put.entries().get(2).errorMessage())
                .isEqualTo("Parameter Detail is not valid. Reason: Detail is a required argument.");
        assertThat(put.entries().get(3).errorMessage()).isEqualTo("Detail is malformed.");
        assertThat(put.entries().get(5).eventId()).isNotBlank();
        assertThat(put.entries().get(6).eventId()).as("a missing bus takes the event and drops it, as AWS does")
                .isNotBlank();
    }

    @Test
    void requestsOverTheLimitsAreRefusedWhole() {
        List<PutEventsRequestEntry> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(entry(null, "s", "{}"));
        }
        assertThatThrownBy(() -> events.putEvents(b -> b.entries(eleven)))
                .isInstanceOfSatisfying(EventBridgeException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).startsWith("1 validation error detected: Value '[")
                            .endsWith("at 'entries' failed to satisfy constraint: Member must have length less than"
                                    + " or equal to 10");
                });
        String big = "{\"data\":\"" + "x".repeat(256 * 1024) + "\"}";
        assertThatThrownBy(() -> events.putEvents(b -> b.entries(entry(null, "s", big))))
                .isInstanceOfSatisfying(EventBridgeException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("Total size of the entries in the request is over the limit."));
        String fits = "{\"data\":\"" + "x".repeat(256 * 1024 - 200) + "\"}";
        assertThat(events.putEvents(b -> b.entries(entry(null, "s", fits))).failedEntryCount()).isZero();
    }

    @Test
    void inputInputPathAndInputTransformerShapeWhatTargetsReceive() {
        String bus = name("inputs");
        events.createEventBus(b -> b.name(bus));
        Queue constant = queue("input");
        Queue path = queue("path");
        Queue deep = queue("deep");
        Queue text = queue("text");
        Queue object = queue("object");
        Queue predefined = queue("predefined");
        String rule = ruleTo(bus, "{\"source\":[\"shop\"]}",
                Target.builder().id("constant").arn(constant.arn()).input("{\"custom-value\":\"somecustominput\"}")
                        .build(),
                Target.builder().id("path").arn(path.arn()).inputPath("$.detail").build(),
                Target.builder().id("deep").arn(deep.arn()).inputPath("$.detail.payload.sf_id").build(),
                Target.builder().id("text").arn(text.arn()).inputTransformer(x -> x
                        .inputPathsMap(Map.of("type", "$.detail-type", "command", "$.detail.command",
                                "payload", "$.detail.payload", "missing", "$.detail.nothing"))
                        .inputTemplate("\"Event of <type> type: <command>, <payload>, [<missing>]\"")).build());
        events.putTargets(b -> b.rule(rule).eventBusName(bus).targets(
                Target.builder().id("object").arn(object.arn()).inputTransformer(x -> x
                        .inputPathsMap(Map.of("id", "$.detail.payload.acc_id", "payload", "$.detail.payload"))
                        .inputTemplate("{\"path\": \"users/<id>\", \"id\": <id>, \"body\": <payload>}")).build()));
        String second = ruleTo(bus, "{\"source\":[\"shop\"]}", to("other", queue("other")));
        events.putTargets(b -> b.rule(second).eventBusName(bus).targets(
                Target.builder().id("predefined").arn(predefined.arn()).inputTransformer(x -> x
                        .inputTemplate("{\"rule\": \"<aws.events.rule-name>\", \"arn\": <aws.events.rule-arn>,"
                                + " \"event\": <aws.events.event.json>}")).build()));

        events.putEvents(b -> b.entries(entry(bus, "shop", DETAIL)));
        assertThat(json(receive(constant, 1).get(0).body())).isEqualTo(json("{\"custom-value\":\"somecustominput\"}"));
        assertThat(json(receive(path, 1).get(0).body())).isEqualTo(json(DETAIL));
        assertThat(receive(deep, 1).get(0).body()).isEqualTo("\"baz\"");
        assertThat(receive(text, 1).get(0).body()).isEqualTo(
                "\"Event of core.update-account-command type: update-account, {acc_id:0a787ecb-4015,sf_id:baz}, []\"");
        assertThat(json(receive(object, 1).get(0).body())).isEqualTo(json("{\"path\": \"users/0a787ecb-4015\","
                + " \"id\": \"0a787ecb-4015\", \"body\": {\"acc_id\":\"0a787ecb-4015\",\"sf_id\":\"baz\"}}"));
        JsonNode withPredefined = json(receive(predefined, 1).get(0).body());
        assertThat(withPredefined.path("rule").asText()).isEqualTo(second);
        assertThat(withPredefined.path("arn").asText()).endsWith(":rule/" + bus + "/" + second);
        assertThat(withPredefined.path("event").path("detail")).isEqualTo(json(DETAIL));
    }

    @Test
    void aRuleCanTargetAnotherBus() {
        String first = name("first");
        String second = name("second");
        events.createEventBus(b -> b.name(first));
        String secondArn = events.createEventBus(b -> b.name(second)).eventBusArn();
        Queue q = queue("bus-to-bus");
        ruleTo(first, "{\"source\":[\"shop\"]}", Target.builder().id("next").arn(secondArn).build());
        ruleTo(second, "{\"detail\":{\"command\":[\"update-account\"]}}", to("q", q));

        events.putEvents(b -> b.entries(entry(first, "shop", DETAIL)));
        JsonNode event = json(receive(q, 1).get(0).body());
        assertThat(event.path("source").asText()).isEqualTo("shop");
        assertThat(event.path("detail-type").asText()).isEqualTo("core.update-account-command");
        assertThat(event.path("detail")).isEqualTo(json(DETAIL));
    }

    @Test
    void fifoQueuesReceiveTheirMessageGroupAndTheEventIdAsDeduplicationId() {
        String url = sqs.createQueue(b -> b.queueName(name("ordered") + ".fifo")
                .attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true"))).queueUrl();
        String arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String source = name("fifo");
        String rule = name("rule");
        events.putRule(b -> b.name(rule).eventPattern("{\"source\":[\"" + source + "\"]}"));
        assertThatThrownBy(() -> events.putTargets(b -> b.rule(rule).targets(Target.builder().id("f").arn(arn).build())))
                .isInstanceOfSatisfying(EventBridgeException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("Parameter(s) SqsParameters must be specified for target: f."));
        events.putTargets(b -> b.rule(rule).targets(Target.builder().id("f").arn(arn)
                .sqsParameters(p -> p.messageGroupId("group-1")).build()));

        PutEventsResponse put = events.putEvents(b -> b.entries(entry(null, source, DETAIL)));
        List<Message> got = new ArrayList<>();
        Polling.until("a FIFO message", Duration.ofSeconds(15), () -> {
            got.addAll(sqs.receiveMessage(b -> b.queueUrl(url).messageSystemAttributeNames(
                    MessageSystemAttributeName.ALL)).messages());
            return !got.isEmpty();
        });
        assertThat(got.get(0).attributes()).containsEntry(MessageSystemAttributeName.MESSAGE_GROUP_ID, "group-1")
                .containsEntry(MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID, put.entries().get(0).eventId());
    }

    @Test
    void anUndeliverableEventGoesToTheTargetsDeadLetterQueueWithAwsAttributes() {
        Queue dlq = queue("dlq");
        String source = name("dead");
        String missing = "arn:aws:sqs:us-east-1:000000000000:" + name("never-created");
        String rule = name("rule");
        events.putRule(b -> b.name(rule).eventPattern("{\"source\":[\"" + source + "\"]}"));
        events.putTargets(b -> b.rule(rule).targets(Target.builder().id("gone").arn(missing)
                .deadLetterConfig(d -> d.arn(dlq.arn())).retryPolicy(p -> p.maximumRetryAttempts(2)).build()));

        PutEventsResponse put = events.putEvents(b -> b.entries(entry(null, source, DETAIL)));
        assertThat(put.failedEntryCount()).as("a failing target never fails PutEvents").isZero();
        Message dead = receive(dlq, 1).get(0);
        assertThat(json(dead.body()).path("id").asText()).isEqualTo(put.entries().get(0).eventId());
        assertThat(dead.messageAttributes().get("RULE_ARN").stringValue()).endsWith(":rule/" + rule);
        assertThat(dead.messageAttributes().get("TARGET_ARN").stringValue()).isEqualTo(missing);
        assertThat(dead.messageAttributes().get("ERROR_CODE").stringValue()).isEqualTo("QueueDoesNotExist");
        assertThat(dead.messageAttributes().get("RETRY_ATTEMPTS").stringValue())
                .as("a target that does not exist is not retried").isEqualTo("0");
    }

    @Test
    void aRefusedDeliveryIsRetriedPerTheRetryPolicyThenDeadLettered() {
        Queue dlq = queue("retry-dlq");
        String url = sqs.createQueue(b -> b.queueName(name("small"))
                .attributes(Map.of(QueueAttributeName.MAXIMUM_MESSAGE_SIZE, "1024"))).queueUrl();
        Queue refusing = new Queue(url, sqs.getQueueAttributes(b -> b.queueUrl(url)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN));
        String source = name("retry");
        String rule = name("rule");
        events.putRule(b -> b.name(rule).eventPattern("{\"source\":[\"" + source + "\"]}"));
        // the queue refuses messages over 1 KB; EventBridge keeps trying, then gives up
        events.putTargets(b -> b.rule(rule).targets(Target.builder().id("q").arn(refusing.arn())
                .deadLetterConfig(d -> d.arn(dlq.arn()))
                .retryPolicy(p -> p.maximumRetryAttempts(1).maximumEventAgeInSeconds(60)).build()));

        events.putEvents(b -> b.entries(entry(null, source, "{\"big\":\"" + "x".repeat(2000) + "\"}")));
        Message dead = receive(dlq, 1).get(0);
        assertThat(dead.messageAttributes().get("ERROR_CODE").stringValue()).isEqualTo("InvalidParameterValueException");
        assertThat(dead.messageAttributes().get("EXHAUSTED_RETRY_CONDITION").stringValue())
                .isEqualTo("MaximumRetryAttempts");
        assertThat(dead.messageAttributes().get("RETRY_ATTEMPTS").stringValue()).isEqualTo("1");
        assertEmpty(refusing);
    }
}
