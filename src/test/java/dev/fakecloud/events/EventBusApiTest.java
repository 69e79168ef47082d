package dev.fakecloud.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.DescribeEventBusResponse;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.ListEventBusesResponse;
import software.amazon.awssdk.services.eventbridge.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.Tag;

/** Event buses, their permissions and tags, through the AWS SDK for Java v2 and raw JSON 1.1. */
@QuarkusTest
class EventBusApiTest {

    final EventBridgeClient events = Clients.events();

    static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void customBusesAreCreatedDescribedListedAndDeleted() {
        String bus = name("orders");
        String arn = events.createEventBus(b -> b.name(bus).description("test bus")).eventBusArn();
        assertThat(arn).isEqualTo("arn:aws:events:us-east-1:000000000000:event-bus/" + bus);

        DescribeEventBusResponse described = events.describeEventBus(b -> b.name(bus));
        assertThat(described.name()).isEqualTo(bus);
        assertThat(described.arn()).isEqualTo(arn);
        assertThat(described.description()).isEqualTo("test bus");
        assertThat(described.creationTime()).isNotNull();
        assertThat(events.describeEventBus(b -> b.name(arn)).name()).as("by ARN").isEqualTo(bus);

        ListEventBusesResponse listed = events.listEventBuses(b -> b.namePrefix(bus));
        assertThat(listed.eventBuses()).extracting(e -> e.name()).containsExactly(bus);
        assertThat(events.listEventBuses(b -> b.limit(100)).eventBuses()).extracting(e -> e.name())
                .contains("default", bus);

        events.deleteEventBus(b -> b.name(bus));
        assertThat(events.listEventBuses(b -> b.namePrefix(bus)).eventBuses()).isEmpty();
    }

    @Test
    void theDefaultBusIsAlwaysThereAndCannotBeDeletedOrCreated() {
        assertThat(events.describeEventBus(b -> { }).arn())
                .isEqualTo("arn:aws:events:us-east-1:000000000000:event-bus/default");
        assertThatThrownBy(() -> events.deleteEventBus(b -> b.name("default")))
                .isInstanceOfSatisfying(EventBridgeException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Cannot delete event bus default.");
                });
        assertThatThrownBy(() -> events.createEventBus(b -> b.name("default")))
                .isInstanceOf(ResourceAlreadyExistsException.class);
    }

    @Test
    void errorsAreWordedAsAwsWordsThem() {
        String bus = name("dup");
        events.createEventBus(b -> b.name(bus));
        assertThatThrownBy(() -> events.createEventBus(b -> b.name(bus)))
                .isInstanceOf(ResourceAlreadyExistsException.class)
                .hasMessageStartingWith("Event bus " + bus + " already exists.");
        assertThatThrownBy(() -> events.describeEventBus(b -> b.name("nope-" + bus)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Event bus nope-" + bus + " does not exist.");
        assertThatThrownBy(() -> events.deleteEventBus(b -> b.name("nope-" + bus)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> events.createEventBus(b -> b.name("bad name!")))
                .isInstanceOfSatisfying(EventBridgeException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("1 validation error detected: Value 'bad name!' at 'name' failed to satisfy"
                                + " constraint: Member must satisfy regular expression pattern: [/\\.\\-_A-Za-z0-9]+"));
    }

    @Test
    void listingsPageWithLimitAndNextToken() {
        String prefix = name("page");
        for (int i = 0; i < 5; i++) {
            int n = i;
            events.createEventBus(b -> b.name(prefix + "-" + n));
        }
        ListEventBusesResponse first = events.listEventBuses(b -> b.namePrefix(prefix).limit(3));
        assertThat(first.eventBuses()).hasSize(3);
        assertThat(first.nextToken()).isNotNull();
        ListEventBusesResponse second = events.listEventBuses(b -> b.namePrefix(prefix).limit(3)
                .nextToken(first.nextToken()));
        assertThat(second.eventBuses()).extracting(e -> e.name()).containsExactly(prefix + "-3", prefix + "-4");
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void permissionsBuildTheBusPolicy() {
        String bus = name("shared");
        events.createEventBus(b -> b.name(bus));
        events.putPermission(b -> b.eventBusName(bus).action("events:PutEvents").principal("111111111111")
                .statementId("one"));
        events.putPermission(b -> b.eventBusName(bus).action("events:PutEvents").principal("*").statementId("all"));
        String policy = events.describeEventBus(b -> b.name(bus)).policy();
        assertThat(policy).contains("\"Sid\":\"one\"").contains("arn:aws:iam::111111111111:root")
                .contains("\"Principal\":\"*\"").contains("event-bus/" + bus);

        events.removePermission(b -> b.eventBusName(bus).statementId("one"));
        assertThat(events.describeEventBus(b -> b.name(bus)).policy()).doesNotContain("\"one\"").contains("all");
        assertThatThrownBy(() -> events.removePermission(b -> b.eventBusName(bus).statementId("one")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Statement with the provided id does not exist.");
        events.removePermission(b -> b.eventBusName(bus).removeAllPermissions(true));
        assertThat(events.describeEventBus(b -> b.name(bus)).policy()).isNull();
    }

    @Test
    void busesAndRulesAreTaggedAndTheirTagsGoWithThem() {
        String bus = name("tagged");
        String arn = events.createEventBus(b -> b.name(bus).tags(Tag.builder().key("team").value("core").build()))
                .eventBusArn();
        events.tagResource(b -> b.resourceARN(arn).tags(Tag.builder().key("env").value("dev").build()));
        assertThat(events.listTagsForResource(b -> b.resourceARN(arn)).tags()).extracting(Tag::key)
                .containsExactly("env", "team");
        events.untagResource(b -> b.resourceARN(arn).tagKeys("env"));
        assertThat(events.listTagsForResource(b -> b.resourceARN(arn)).tags()).extracting(Tag::key)
                .containsExactly("team");

        String ruleArn = events.putRule(b -> b.name("r").eventBusName(bus).eventPattern("{\"source\":[\"a\"]}")
                .tags(Tag.builder().key("k").value("v").build())).ruleArn();
        assertThat(events.listTagsForResource(b -> b.resourceARN(ruleArn)).tags()).extracting(Tag::value)
                .containsExactly("v");
        events.deleteRule(b -> b.name("r").eventBusName(bus));
        assertThatThrownBy(() -> events.listTagsForResource(b -> b.resourceARN(ruleArn)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Rule r does not exist on EventBus " + bus + ".");
        events.deleteEventBus(b -> b.name(bus));
        assertThatThrownBy(() -> events.listTagsForResource(b -> b.resourceARN(arn)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Event bus " + bus + " does not exist.");
    }

    @Test
    void rawJson11CarriesTheErrorTypeAndContentType() {
        given().header("X-Amz-Target", "AWSEvents.DescribeEventBus")
                .contentType("application/x-amz-json-1.1").body("{\"Name\":\"missing-bus\"}".getBytes())
                .post("/")
                .then().statusCode(400).contentType("application/x-amz-json-1.1")
                .body(containsString("\"__type\":\"ResourceNotFoundException\""))
                .body(containsString("\"message\":\"Event bus missing-bus does not exist.\""));
        given().header("X-Amz-Target", "AWSEvents.NoSuchThing")
                .contentType("application/x-amz-json-1.1").body("{}".getBytes())
                .post("/")
                .then().statusCode(400).body(containsString("\"__type\":\"UnknownOperationException\""));
        given().header("X-Amz-Target", "AWSEvents.ListEventBuses")
                .contentType("application/x-amz-json-1.1").body(new byte[0])
                .post("/")
                .then().statusCode(200).body(containsString("\"Name\":\"default\""));
    }
}
