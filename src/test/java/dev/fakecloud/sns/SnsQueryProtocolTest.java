package dev.fakecloud.sns;

import static dev.fakecloud.sns.SnsTopicTest.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.fakecloud.core.target.Outbound;
import dev.fakecloud.core.target.Targets;
import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The Query protocol as the wire carries it (form bodies, XML replies, ErrorResponse), and topics as targets. */
@QuarkusTest
class SnsQueryProtocolTest {

    static final String AUTH = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sns/aws4_request, "
            + "SignedHeaders=host, Signature=abc";
    static final List<String> OPERATIONS = List.of("AddPermission", "CheckIfPhoneNumberIsOptedOut",
            "ConfirmSubscription", "CreatePlatformApplication", "CreatePlatformEndpoint",
            "CreateSMSSandboxPhoneNumber", "CreateTopic", "DeleteEndpoint", "DeletePlatformApplication",
            "DeleteSMSSandboxPhoneNumber", "DeleteTopic", "GetDataProtectionPolicy", "GetEndpointAttributes",
            "GetPlatformApplicationAttributes", "GetSMSAttributes", "GetSMSSandboxAccountStatus",
            "GetSubscriptionAttributes", "GetTopicAttributes", "ListEndpointsByPlatformApplication",
            "ListOriginationNumbers", "ListPhoneNumbersOptedOut", "ListPlatformApplications",
            "ListSMSSandboxPhoneNumbers", "ListSubscriptions", "ListSubscriptionsByTopic", "ListTagsForResource",
            "ListTopics", "OptInPhoneNumber", "Publish", "PublishBatch", "PutDataProtectionPolicy",
            "RemovePermission", "SetEndpointAttributes", "SetPlatformApplicationAttributes", "SetSMSAttributes",
            "SetSubscriptionAttributes", "SetTopicAttributes", "Subscribe", "TagResource", "Unsubscribe",
            "UntagResource", "VerifySMSSandboxPhoneNumber");

    @Inject
    Targets targets;

    static RequestSpecification query() {
        return given().header("Authorization", AUTH).contentType("application/x-www-form-urlencoded");
    }

    @Test
    void everyOperationOfTheApiIsRouted() {
        assertThat(OPERATIONS).hasSize(42);
        for (String action : OPERATIONS) {
            query().body("Action=" + action + "&Version=2010-03-31").post("/").then()
                    .contentType(containsString("xml"))
                    .body(not(containsString("<Code>InvalidAction</Code>")));
        }
        query().body("Action=Fly&Version=2010-03-31").post("/").then().statusCode(400)
                .body("ErrorResponse.Error.Code", equalTo("InvalidAction"));
    }

    @Test
    void repliesAreSnsXmlWithWrappedListsAndMaps() {
        String name = unique("xml");
        String arn = query().body("Action=CreateTopic&Version=2010-03-31&Name=" + name
                + "&Attributes.entry.1.key=DisplayName&Attributes.entry.1.value=Shown"
                + "&Tags.member.1.Key=team&Tags.member.1.Value=core")
                .post("/").then().statusCode(200)
                .body(containsString("xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\""))
                .body("CreateTopicResponse.ResponseMetadata.RequestId", matchesPattern("[0-9a-f-]{36}"))
                .extract().xmlPath().getString("CreateTopicResponse.CreateTopicResult.TopicArn");
        query().body("Action=GetTopicAttributes&TopicArn=" + arn).post("/").then().statusCode(200)
                .body("GetTopicAttributesResponse.GetTopicAttributesResult.Attributes.entry.find { it.key == "
                        + "'DisplayName' }.value", equalTo("Shown"));
        query().body("Action=ListTagsForResource&ResourceArn=" + arn).post("/").then().statusCode(200)
                .body("ListTagsForResourceResponse.ListTagsForResourceResult.Tags.member.Key", equalTo("team"));
        query().body("Action=Publish&TopicArn=" + arn + "&Message=hi+there&MessageAttributes.entry.1.Name=a"
                + "&MessageAttributes.entry.1.Value.DataType=String&MessageAttributes.entry.1.Value.StringValue=b")
                .post("/").then().statusCode(200)
                .body("PublishResponse.PublishResult.MessageId", matchesPattern("[0-9a-f-]{36}"));
        query().body("Action=DeleteTopic&TopicArn=" + arn).post("/").then().statusCode(200)
                .body(containsString("<DeleteTopicResponse")).body(not(containsString("DeleteTopicResult")));
    }

    @Test
    void errorsAreQueryErrorResponses() {
        query().body("Action=GetTopicAttributes&TopicArn=arn:aws:sns:us-east-1:000000000000:" + unique("none"))
                .post("/").then().statusCode(404).contentType(containsString("xml"))
                .body("ErrorResponse.Error.Type", equalTo("Sender"))
                .body("ErrorResponse.Error.Code", equalTo("NotFound"))
                .body("ErrorResponse.Error.Message", equalTo("Topic does not exist"));
        query().body("Action=Publish&TopicArn=randomstring&Message=x").post("/").then().statusCode(400)
                .body("ErrorResponse.Error.Code", equalTo("InvalidParameter"))
                .body("ErrorResponse.Error.Message",
                        equalTo("Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1"));
        query().body("Action=CreateTopic").post("/").then().statusCode(400)
                .body("ErrorResponse.Error.Code", equalTo("ValidationError"))
                .body("ErrorResponse.Error.Message", equalTo("1 validation error detected: Value null at 'name' failed "
                        + "to satisfy constraint: Member must not be null"));
    }

    @Test
    void unsignedQueryRequestsAreRecognisedByVersionAndAction() {
        String arn = given().contentType("application/x-www-form-urlencoded")
                .body("Action=CreateTopic&Version=2010-03-31&Name=" + unique("unsigned")).post("/").then()
                .statusCode(200).extract().xmlPath().getString("CreateTopicResponse.CreateTopicResult.TopicArn");
        given().get("/?Action=ListSubscriptionsByTopic&TopicArn=" + arn).then().statusCode(200)
                .body(containsString("<ListSubscriptionsByTopicResponse"));
    }

    @Test
    void topicsReceiveMessagesFromOtherServicesByArn() {
        SqsClient sqs = Clients.sqs();
        String topic = Clients.sns().createTopic(b -> b.name(unique("target"))).topicArn();
        String url = sqs.createQueue(b -> b.queueName(unique("from-target"))).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        Clients.sns().subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn));
        assertThat(targets.exists(topic)).isTrue();
        targets.deliver(topic, new Outbound("{\"result\": 1}", Map.of("origin", Outbound.Attribute.string("lambda")),
                "Lambda destination", null, null, null, "aws:lambda")).await().atMost(Duration.ofSeconds(5));
        List<Message> got = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(5)).messages();
        assertThat(got).hasSize(1);
        assertThat(got.get(0).body()).contains("\"Subject\":\"Lambda destination\"")
                .contains("\"Message\":\"{\\\"result\\\": 1}\"")
                .contains("\"origin\":{\"Type\":\"String\",\"Value\":\"lambda\"}");
    }
}
