package dev.fakecloud.sqs;

import static dev.fakecloud.sqs.SqsQueueTest.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.restassured.path.xml.XmlPath;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The Query protocol (form-encoded Action=..., XML replies) as older SDKs and the CLI speak it. */
@QuarkusTest
class SqsQueryProtocolTest {

    static final String SQS_AUTH = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sqs/aws4_request, "
            + "SignedHeaders=host, Signature=abc";

    private static RequestSpecification query() {
        return given().header("Authorization", SQS_AUTH).contentType("application/x-www-form-urlencoded");
    }

    private static String create(String name, String... extra) {
        StringBuilder body = new StringBuilder("Action=CreateQueue&Version=2012-11-05&QueueName=" + name);
        for (String e : extra) {
            body.append('&').append(e);
        }
        return query().body(body.toString()).post("/").then().statusCode(200)
                .contentType(containsString("xml"))
                .extract().xmlPath().getString("CreateQueueResponse.CreateQueueResult.QueueUrl");
    }

    @Test
    void createWithAttributesAndReadThemBack() {
        String name = unique("q");
        String url = create(name, "Attribute.1.Name=VisibilityTimeout", "Attribute.1.Value=45",
                "Tag.1.Key=team", "Tag.1.Value=x");
        XmlPath attrs = query().body("Action=GetQueueAttributes&QueueUrl=" + url + "&AttributeName.1=All")
                .post("/").then().statusCode(200).extract().xmlPath();
        assertAttribute(attrs, "VisibilityTimeout", "45");
        assertAttribute(attrs, "MaximumMessageSize", "1048576");
        query().body("Action=ListQueueTags&QueueUrl=" + url).post("/").then().statusCode(200)
                .body("ListQueueTagsResponse.ListQueueTagsResult.Tag.Key", equalTo("team"))
                .body("ListQueueTagsResponse.ListQueueTagsResult.Tag.Value", equalTo("x"));
        query().body("Action=ListQueues&QueueNamePrefix=" + name).post("/").then().statusCode(200)
                .body("ListQueuesResponse.ListQueuesResult.QueueUrl", equalTo(url))
                .body("ListQueuesResponse.ResponseMetadata.RequestId", matchesPattern("[0-9a-f-]{36}"));
    }

    private static void assertAttribute(XmlPath xml, String name, String value) {
        org.assertj.core.api.Assertions.assertThat(xml.getString(
                "GetQueueAttributesResponse.GetQueueAttributesResult.Attribute.find { it.Name == '" + name
                        + "' }.Value")).isEqualTo(value);
    }

    @Test
    void sendAndReceiveOnThePathStyleQueueUrl() {
        String name = unique("path");
        create(name);
        String path = "/000000000000/" + name;
        query().body("Action=SendMessage&MessageBody=hello+%26+bye&MessageAttribute.1.Name=Foo"
                + "&MessageAttribute.1.Value.DataType=String&MessageAttribute.1.Value.StringValue=Bar")
                .post(path).then().statusCode(200)
                .body("SendMessageResponse.SendMessageResult.MD5OfMessageAttributes",
                        equalTo("ae7155c6026991b6d54b11589678bf9c"))
                .body("SendMessageResponse.SendMessageResult.MessageId", matchesPattern("[0-9a-f-]{36}"));
        XmlPath got = query().body("Action=ReceiveMessage&MessageAttributeName.1=All&AttributeName.1=All")
                .post(path).then().statusCode(200).extract().xmlPath();
        String m = "ReceiveMessageResponse.ReceiveMessageResult.Message";
        org.assertj.core.api.Assertions.assertThat(got.getString(m + ".Body")).isEqualTo("hello & bye");
        org.assertj.core.api.Assertions.assertThat(got.getString(m + ".MessageAttribute.Name")).isEqualTo("Foo");
        org.assertj.core.api.Assertions.assertThat(got.getString(m + ".MessageAttribute.Value.StringValue"))
                .isEqualTo("Bar");
        org.assertj.core.api.Assertions.assertThat(got.getString(
                m + ".Attribute.find { it.Name == 'ApproximateReceiveCount' }.Value")).isEqualTo("1");
        String handle = got.getString(m + ".ReceiptHandle");
        query().formParam("Action", "DeleteMessage").formParam("ReceiptHandle", handle).post(path).then()
                .statusCode(200).body(containsString("<DeleteMessageResponse"));
    }

    @Test
    void batchEntriesAndPerEntryFailures() {
        String url = create(unique("batch"));
        query().body("Action=SendMessageBatch&QueueUrl=" + url
                + "&SendMessageBatchRequestEntry.1.Id=a&SendMessageBatchRequestEntry.1.MessageBody=one"
                + "&SendMessageBatchRequestEntry.2.Id=b&SendMessageBatchRequestEntry.2.MessageBody=two"
                + "&SendMessageBatchRequestEntry.2.DelaySeconds=1000")
                .post("/").then().statusCode(200)
                .body("SendMessageBatchResponse.SendMessageBatchResult.SendMessageBatchResultEntry.Id", equalTo("a"))
                .body("SendMessageBatchResponse.SendMessageBatchResult.BatchResultErrorEntry.Id", equalTo("b"))
                .body("SendMessageBatchResponse.SendMessageBatchResult.BatchResultErrorEntry.Code",
                        equalTo("InvalidParameterValue"));
    }

    @Test
    void errorsUseQueryCodesAndMessages() {
        query().body("Action=GetQueueUrl&QueueName=" + unique("missing")).post("/").then().statusCode(400)
                .contentType(containsString("xml"))
                .body("ErrorResponse.Error.Code", equalTo("AWS.SimpleQueueService.NonExistentQueue"))
                .body("ErrorResponse.Error.Type", equalTo("Sender"))
                .body("ErrorResponse.Error.Message", equalTo("The specified queue does not exist for this wsdl version."));
        String url = create(unique("err"));
        query().body("Action=ReceiveMessage&QueueUrl=" + url + "&WaitTimeSeconds=21").post("/").then().statusCode(400)
                .body("ErrorResponse.Error.Code", equalTo("InvalidParameterValue"))
                .body("ErrorResponse.Error.Message",
                        equalTo("Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided."));
        query().body("Action=CreateQueue&QueueName=" + url.substring(url.lastIndexOf('/') + 1)
                + "&Attribute.1.Name=DelaySeconds&Attribute.1.Value=3").post("/").then().statusCode(400)
                .body("ErrorResponse.Error.Code", equalTo("QueueAlreadyExists"));
        query().body("Action=NoSuchThing").post("/").then().statusCode(400)
                .body("ErrorResponse.Error.Code", equalTo("InvalidAction"));
    }

    @Test
    void jsonErrorsCarryShapeAndQueryCode() {
        given().header("Authorization", SQS_AUTH).header("X-Amz-Target", "AmazonSQS.GetQueueUrl")
                .contentType("application/x-amz-json-1.0").body(("{\"QueueName\":\"" + unique("missing") + "\"}").getBytes())
                .post("/").then().statusCode(400)
                .header("x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender")
                .contentType(containsString("application/x-amz-json-1.0"))
                .body(containsString("\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\""))
                .body(containsString("\"message\":\"The specified queue does not exist.\""));
    }

    @Test
    void emptyReceiveHasAnEmptyResult() {
        String url = create(unique("empty"));
        query().body("Action=ReceiveMessage&QueueUrl=" + url).post("/").then().statusCode(200)
                .body(containsString("<ReceiveMessageResult/>"))
                .body(not(containsString("<Message>")));
        query().body("Action=ListQueues&QueueNamePrefix=" + unique("none")).post("/").then().statusCode(200)
                .body(containsString("<ListQueuesResult/>"));
        query().body("Action=GetQueueAttributes&QueueUrl=" + url + "&AttributeName.1=DelaySeconds"
                + "&AttributeName.2=VisibilityTimeout").post("/").then().statusCode(200)
                .body("GetQueueAttributesResponse.GetQueueAttributesResult.Attribute.Name",
                        hasItems("DelaySeconds", "VisibilityTimeout"));
    }
}
