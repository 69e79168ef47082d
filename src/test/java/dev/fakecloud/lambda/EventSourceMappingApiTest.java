package dev.fakecloud.lambda;

import static dev.fakecloud.lambda.EsmFixtures.PREFIX;
import static dev.fakecloud.lambda.EsmFixtures.dynamoStreamArn;
import static dev.fakecloud.lambda.EsmFixtures.kinesisArn;
import static dev.fakecloud.lambda.EsmFixtures.queueArn;
import static dev.fakecloud.lambda.EsmFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.nullValue;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.EventSourceMappingConfiguration;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;
import software.amazon.awssdk.services.lambda.model.GetEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.ListEventSourceMappingsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.SourceAccessType;

/** The event source mapping operations per kind of source, listing, tags and state transitions. */
@QuarkusTest
class EventSourceMappingApiTest {

    static final Pattern UUID_V4 = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    final LambdaClient lambda = Clients.lambda();
    final EsmFixtures fx = new EsmFixtures(lambda);

    @Test
    void sqsMappingHasSqsDefaultsAndGoesThroughItsStates() {
        String fn = fx.function();
        String queue = queueArn();
        CreateEventSourceMappingResponse created = lambda.createEventSourceMapping(b -> b.functionName(fn)
                .eventSourceArn(queue));
        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(202);
        assertThat(created.uuid()).matches(UUID_V4);
        assertThat(created.eventSourceMappingArn()).isEqualTo(PREFIX + "event-source-mapping:" + created.uuid());
        assertThat(created.functionArn()).isEqualTo(PREFIX + "function:" + fn);
        assertThat(created.eventSourceArn()).isEqualTo(queue);
        assertThat(created.batchSize()).isEqualTo(10);
        assertThat(created.maximumBatchingWindowInSeconds()).isZero();
        assertThat(created.hasFunctionResponseTypes()).isTrue();
        assertThat(created.functionResponseTypes()).isEmpty();
        assertThat(created.state()).isEqualTo("Creating");
        assertThat(created.stateTransitionReason()).isEqualTo("USER_INITIATED");
        assertThat(created.lastModified()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
        assertThat(created.lastProcessingResult()).isNull();
        assertThat(created.startingPosition()).isNull();
        assertThat(created.parallelizationFactor()).isNull();
        assertThat(created.bisectBatchOnFunctionError()).isNull();
        assertThat(created.destinationConfig()).isNull();
        assertThat(created.scalingConfig()).isNull();

        String uuid = created.uuid();
        GetEventSourceMappingResponse enabled = fx.awaitState(uuid, "Enabled");
        assertThat(enabled.batchSize()).isEqualTo(10);

        var updated = lambda.updateEventSourceMapping(b -> b.uuid(uuid).batchSize(5)
                .scalingConfig(s -> s.maximumConcurrency(3)));
        assertThat(updated.sdkHttpResponse().statusCode()).isEqualTo(202);
        assertThat(updated.state()).isEqualTo("Updating");
        assertThat(updated.batchSize()).isEqualTo(5);
        assertThat(updated.scalingConfig().maximumConcurrency()).isEqualTo(3);
        fx.awaitState(uuid, "Enabled");

        assertThat(lambda.updateEventSourceMapping(b -> b.uuid(uuid).enabled(false)).state()).isEqualTo("Disabling");
        fx.awaitState(uuid, "Disabled");
        assertThat(lambda.updateEventSourceMapping(b -> b.uuid(uuid).maximumBatchingWindowInSeconds(2)).state())
                .isEqualTo("Updating");
        GetEventSourceMappingResponse stillDisabled = fx.awaitState(uuid, "Disabled");
        assertThat(stillDisabled.maximumBatchingWindowInSeconds()).isEqualTo(2);
        assertThat(lambda.updateEventSourceMapping(b -> b.uuid(uuid).enabled(true)).state()).isEqualTo("Enabling");
        fx.awaitState(uuid, "Enabled");

        var deleted = lambda.deleteEventSourceMapping(b -> b.uuid(uuid));
        assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(202);
        assertThat(deleted.state()).isEqualTo("Deleting");
        assertThat(deleted.uuid()).isEqualTo(uuid);
        fx.awaitGone(uuid);
    }

    @Test
    void disabledMappingsSettleDisabled() {
        String fn = fx.function();
        var created = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(queueArn())
                .enabled(false).batchSize(1));
        assertThat(created.state()).isEqualTo("Disabled");
        assertThat(lambda.getEventSourceMapping(b -> b.uuid(created.uuid())).state()).isEqualTo("Disabled");

        var stream = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(kinesisArn())
                .startingPosition(EventSourcePosition.TRIM_HORIZON).enabled(false));
        assertThat(stream.state()).isEqualTo("Creating");
        fx.awaitState(stream.uuid(), "Disabled");
    }

    @Test
    void kinesisMappingHasStreamDefaults() {
        String fn = fx.function();
        String stream = kinesisArn();
        var created = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(stream)
                .startingPosition(EventSourcePosition.LATEST));
        assertThat(created.batchSize()).isEqualTo(100);
        assertThat(created.maximumBatchingWindowInSeconds()).isZero();
        assertThat(created.parallelizationFactor()).isEqualTo(1);
        assertThat(created.maximumRetryAttempts()).isEqualTo(-1);
        assertThat(created.maximumRecordAgeInSeconds()).isEqualTo(-1);
        assertThat(created.bisectBatchOnFunctionError()).isFalse();
        assertThat(created.tumblingWindowInSeconds()).isZero();
        assertThat(created.functionResponseTypes()).isEmpty();
        assertThat(created.destinationConfig().onFailure()).isNotNull();
        assertThat(created.destinationConfig().onFailure().destination()).isNull();
        assertThat(created.lastProcessingResult()).isEqualTo("No records processed");
        assertThat(created.startingPosition()).isEqualTo(EventSourcePosition.LATEST);
        assertThat(created.stateTransitionReason()).isEqualTo("User action");
        assertThat(created.state()).isEqualTo("Creating");
        fx.awaitState(created.uuid(), "Enabled");

        given().get("/2015-03-31/event-source-mappings/" + created.uuid()).then()
                .statusCode(200)
                .body("DestinationConfig.OnFailure", anEmptyMap())
                .body("LastModified", instanceOf(Number.class))
                .body("StartingPositionTimestamp", nullValue());
    }

    @Test
    void kinesisAtTimestampKeepsTheTimestamp() {
        String fn = fx.function();
        Instant at = Instant.parse("2025-03-01T10:00:00.250Z");
        var created = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(kinesisArn())
                .startingPosition(EventSourcePosition.AT_TIMESTAMP).startingPositionTimestamp(at));
        assertThat(created.startingPosition()).isEqualTo(EventSourcePosition.AT_TIMESTAMP);
        assertThat(created.startingPositionTimestamp()).isEqualTo(at);
    }

    @Test
    void dynamoDbMappingKeepsItsSettingsAndDestination() {
        String fn = fx.function();
        String stream = dynamoStreamArn();
        String dlq = queueArn();
        var created = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(stream)
                .startingPosition(EventSourcePosition.TRIM_HORIZON).batchSize(1).maximumBatchingWindowInSeconds(1)
                .maximumRetryAttempts(1).destinationConfig(d -> d.onFailure(o -> o.destination(dlq)))
                .bisectBatchOnFunctionError(true).parallelizationFactor(4).tumblingWindowInSeconds(60)
                .maximumRecordAgeInSeconds(3600).functionResponseTypesWithStrings("ReportBatchItemFailures"));
        assertThat(created.batchSize()).isEqualTo(1);
        assertThat(created.maximumBatchingWindowInSeconds()).isEqualTo(1);
        assertThat(created.maximumRetryAttempts()).isEqualTo(1);
        assertThat(created.destinationConfig().onFailure().destination()).isEqualTo(dlq);
        assertThat(created.bisectBatchOnFunctionError()).isTrue();
        assertThat(created.parallelizationFactor()).isEqualTo(4);
        assertThat(created.tumblingWindowInSeconds()).isEqualTo(60);
        assertThat(created.maximumRecordAgeInSeconds()).isEqualTo(3600);
        assertThat(created.functionResponseTypesAsStrings()).containsExactly("ReportBatchItemFailures");
        assertThat(created.eventSourceArn()).isEqualTo(stream);
        fx.awaitState(created.uuid(), "Enabled");

        var updated = lambda.updateEventSourceMapping(b -> b.uuid(created.uuid()).enabled(false)
                .destinationConfig(d -> d.onFailure(o -> o.destination(""))).maximumRetryAttempts(5));
        assertThat(updated.state()).isEqualTo("Disabling");
        assertThat(updated.destinationConfig().onFailure().destination()).isNull();
        assertThat(updated.maximumRetryAttempts()).isEqualTo(5);
        assertThat(updated.stateTransitionReason()).isEqualTo("User action");
        fx.awaitState(created.uuid(), "Disabled");
    }

    @Test
    void selfManagedKafkaMappingUsesItsUuidAsConsumerGroup() {
        String fn = fx.function();
        String secret = "arn:aws:secretsmanager:us-east-1:000000000000:secret:" + unique("s");
        String server = unique("kafka") + ":9092";
        var created = lambda.createEventSourceMapping(b -> b.functionName(fn)
                .selfManagedEventSource(s -> s.endpointsWithStrings(Map.of("KAFKA_BOOTSTRAP_SERVERS",
                        List.of(server))))
                .topics("topic").startingPosition(EventSourcePosition.TRIM_HORIZON)
                .sourceAccessConfigurations(a -> a.type(SourceAccessType.BASIC_AUTH).uri(secret)));
        assertThat(created.batchSize()).isEqualTo(100);
        assertThat(created.eventSourceArn()).isNull();
        assertThat(created.selfManagedEventSource().endpointsAsStrings())
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", List.of(server));
        assertThat(created.selfManagedKafkaEventSourceConfig().consumerGroupId()).isEqualTo(created.uuid());
        assertThat(created.topics()).containsExactly("topic");
        assertThat(created.sourceAccessConfigurations()).singleElement()
                .satisfies(a -> assertThat(a.uri()).isEqualTo(secret));
        assertThat(created.stateTransitionReason()).isEqualTo("USER_INITIATED");
        assertThat(created.lastProcessingResult()).isEqualTo("No records processed");
        assertThat(created.startingPosition()).isEqualTo(EventSourcePosition.TRIM_HORIZON);
        assertThat(created.hasFunctionResponseTypes()).isFalse();

        var other = lambda.createEventSourceMapping(b -> b.functionName(fn)
                .selfManagedEventSource(s -> s.endpointsWithStrings(Map.of("KAFKA_BOOTSTRAP_SERVERS",
                        List.of(server))))
                .topics("topic_2").startingPosition(EventSourcePosition.LATEST).batchSize(1)
                .selfManagedKafkaEventSourceConfig(k -> k.consumerGroupId("random_id"))
                .sourceAccessConfigurations(a -> a.type(SourceAccessType.BASIC_AUTH).uri(secret)));
        assertThat(other.selfManagedKafkaEventSourceConfig().consumerGroupId()).isEqualTo("random_id");
        assertThat(other.batchSize()).isEqualTo(1);
    }

    @Test
    void mskMqAndDocumentDbMappings() {
        String fn = fx.function();
        var msk = lambda.createEventSourceMapping(b -> b.functionName(fn)
                .eventSourceArn("arn:aws:kafka:us-east-1:000000000000:cluster/" + unique("c") + "/abc-1")
                .topics("orders").startingPosition(EventSourcePosition.LATEST));
        assertThat(msk.amazonManagedKafkaEventSourceConfig().consumerGroupId()).isEqualTo(msk.uuid());
        assertThat(msk.topics()).containsExactly("orders");
        assertThat(msk.batchSize()).isEqualTo(100);

        String secret = "arn:aws:secretsmanager:us-east-1:000000000000:secret:mq";
        var mq = lambda.createEventSourceMapping(b -> b.functionName(fn)
                .eventSourceArn("arn:aws:mq:us-east-1:000000000000:broker:" + unique("b") + ":b-1234")
                .queues("jobs").sourceAccessConfigurations(a -> a.type(SourceAccessType.BASIC_AUTH).uri(secret)));
        assertThat(mq.queues()).containsExactly("jobs");
        assertThat(mq.batchSize()).isEqualTo(100);
        assertThat(mq.startingPosition()).isNull();
        assertThat(mq.lastProcessingResult()).isNull();

        var docdb = lambda.createEventSourceMapping(b -> b.functionName(fn)
                .eventSourceArn("arn:aws:rds:us-east-1:000000000000:cluster:" + unique("docdb"))
                .startingPosition(EventSourcePosition.LATEST)
                .documentDBEventSourceConfig(d -> d.databaseName("shop").collectionName("orders")));
        assertThat(docdb.documentDBEventSourceConfig().databaseName()).isEqualTo("shop");
        assertThat(docdb.documentDBEventSourceConfig().fullDocumentAsString()).isEqualTo("Default");
        assertThat(docdb.batchSize()).isEqualTo(100);
        fx.awaitState(docdb.uuid(), "Enabled");
    }

    @Test
    void functionNameMayBeQualifiedAndTheArnKeepsTheQualifier() {
        String fn = fx.function();
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(fn));
        String version = lambda.publishVersion(b -> b.functionName(fn)).version();
        lambda.createAlias(b -> b.functionName(fn).name("live").functionVersion(version));

        var byAlias = lambda.createEventSourceMapping(b -> b.functionName(fn + ":live").eventSourceArn(queueArn()));
        assertThat(byAlias.functionArn()).isEqualTo(PREFIX + "function:" + fn + ":live");
        var byVersionArn = lambda.createEventSourceMapping(b -> b.functionName(PREFIX + "function:" + fn + ":"
                + version).eventSourceArn(queueArn()));
        assertThat(byVersionArn.functionArn()).isEqualTo(PREFIX + "function:" + fn + ":" + version);
        var byArn = lambda.createEventSourceMapping(b -> b.functionName(PREFIX + "function:" + fn)
                .eventSourceArn(queueArn()));
        assertThat(byArn.functionArn()).isEqualTo(PREFIX + "function:" + fn);

        fx.awaitState(byAlias.uuid(), "Enabled");
        String second = fx.function();
        var moved = lambda.updateEventSourceMapping(b -> b.uuid(byAlias.uuid()).functionName(second));
        assertThat(moved.functionArn()).isEqualTo(PREFIX + "function:" + second);
        assertThat(moved.state()).isEqualTo("Updating");
    }

    @Test
    void listFiltersBySourceAndFunctionAndPages() {
        String fn = fx.function();
        String other = fx.function();
        String queue = queueArn();
        String first = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(queue)).uuid();
        String second = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(kinesisArn())
                .startingPosition(EventSourcePosition.LATEST)).uuid();
        String third = lambda.createEventSourceMapping(b -> b.functionName(other).eventSourceArn(queue)).uuid();

        assertThat(uuids(lambda.listEventSourceMappings(b -> b.functionName(fn)))).containsExactly(first, second);
        assertThat(uuids(lambda.listEventSourceMappings(b -> b.functionName(PREFIX + "function:" + other))))
                .containsExactly(third);
        assertThat(uuids(lambda.listEventSourceMappings(b -> b.eventSourceArn(queue))))
                .containsExactly(first, third);
        assertThat(uuids(lambda.listEventSourceMappings(b -> b.eventSourceArn(queue).functionName(other))))
                .containsExactly(third);
        assertThat(lambda.listEventSourceMappings(b -> b.functionName("does-not-exist")).eventSourceMappings())
                .isEmpty();
        assertThat(uuids(lambda.listEventSourceMappings(b -> b.maxItems(10000)))).contains(first, second, third);

        ListEventSourceMappingsResponse page1 = lambda.listEventSourceMappings(b -> b.functionName(fn).maxItems(1));
        assertThat(uuids(page1)).containsExactly(first);
        assertThat(page1.nextMarker()).isNotNull();
        ListEventSourceMappingsResponse page2 = lambda.listEventSourceMappings(b -> b.functionName(fn).maxItems(1)
                .marker(page1.nextMarker()));
        assertThat(uuids(page2)).containsExactly(second);
        assertThat(page2.nextMarker()).isNull();
        assertThat(lambda.listEventSourceMappingsPaginator(b -> b.functionName(fn).maxItems(1))
                .eventSourceMappings().stream().map(EventSourceMappingConfiguration::uuid))
                .containsExactly(first, second);
    }

    @Test
    void tagsOnCreateAndOnTheMappingArn() {
        String fn = fx.function();
        var created = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(queueArn())
                .tags(Map.of("team", "orders")));
        String arn = created.eventSourceMappingArn();
        assertThat(lambda.listTags(b -> b.resource(arn)).tags()).containsExactly(Map.entry("team", "orders"));

        lambda.tagResource(b -> b.resource(arn).tags(Map.of("A", "tag-a", "B", "tag-b")));
        lambda.untagResource(b -> b.resource(arn).tagKeys("team", "B", "missing"));
        assertThat(lambda.listTags(b -> b.resource(arn)).tags()).containsExactly(Map.entry("A", "tag-a"));

        lambda.deleteEventSourceMapping(b -> b.uuid(created.uuid()));
        fx.awaitGone(created.uuid());
        assertThatThrownBy(() -> lambda.listTags(b -> b.resource(arn)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Event source mapping not found: " + arn);
    }

    @Test
    void taggingAnUnknownMappingIsNotFound() {
        String arn = PREFIX + "event-source-mapping:" + java.util.UUID.randomUUID();
        assertThatThrownBy(() -> lambda.tagResource(b -> b.resource(arn).tags(Map.of("A", "a"))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Event source mapping not found: " + arn)
                .satisfies(e -> assertThat(((ResourceNotFoundException) e).statusCode()).isEqualTo(404));
    }

    @Test
    void mappingOutlivesItsFunction() {
        String fn = fx.function();
        var created = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(dynamoStreamArn())
                .startingPosition(EventSourcePosition.TRIM_HORIZON));
        fx.awaitState(created.uuid(), "Enabled");
        lambda.deleteFunction(b -> b.functionName(fn));
        GetEventSourceMappingResponse after = lambda.getEventSourceMapping(b -> b.uuid(created.uuid()));
        assertThat(after.state()).isEqualTo("Enabled");
        assertThat(after.functionArn()).isEqualTo(PREFIX + "function:" + fn);
        assertThat(lambda.deleteEventSourceMapping(b -> b.uuid(created.uuid())).state()).isEqualTo("Deleting");
    }

    @Test
    void wireShapesOfCreateAndList() {
        String fn = fx.function();
        String uuid = given().contentType("application/json")
                .body("{\"FunctionName\":\"" + fn + "\",\"EventSourceArn\":\"" + queueArn() + "\","
                        + "\"FilterCriteria\":{\"Filters\":[{\"Pattern\":\"{\\\"body\\\":{\\\"a\\\":[1]}}\"}]}}")
                .post("/2015-03-31/event-source-mappings/").then()
                .statusCode(202)
                .body("State", equalTo("Creating"))
                .body("FilterCriteria.Filters[0].Pattern", equalTo("{\"body\":{\"a\":[1]}}"))
                .body("LastModified", instanceOf(Number.class))
                .extract().path("UUID");
        given().queryParam("FunctionName", fn).get("/2015-03-31/event-source-mappings/").then()
                .statusCode(200)
                .body("EventSourceMappings[0].UUID", equalTo(uuid))
                .body("NextMarker", nullValue());
    }

    private static List<String> uuids(ListEventSourceMappingsResponse response) {
        return response.eventSourceMappings().stream().map(EventSourceMappingConfiguration::uuid).toList();
    }
}
