package dev.fakecloud.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import dev.fakecloud.lambda.api.LambdaApi;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Bad input always gets AWS's 4xx error: a sweep of generated malformed requests (every Lambda and SQS operation
 * times every way its body, target or parameters can be malformed) must each be answered with a client error in the
 * caller's protocol, carrying a request id, never a 5xx or a dropped connection; and the server answers normally
 * afterwards.
 */
@QuarkusTest
class MalformedInputTest {

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    LambdaApi lambdaApi;

    final LambdaClient lambda = Clients.lambda();
    final SqsClient sqs = Clients.sqs();

    @Test
    void everyMalformedRequestGetsAnAwsClientError() {
        List<MalformedRequest> requests = new ArrayList<>();
        String function = "malformed-" + UUID.randomUUID().toString().substring(0, 8);
        String queueUrl = sqs.createQueue(b -> b.queueName(function)).queueUrl();
        requests.addAll(LambdaMalformedRequests.all(lambdaApi.table(), lambdaFixture(function)));
        requests.addAll(SqsMalformedRequests.all(queueUrl));
        assertThat(requests).hasSizeGreaterThanOrEqualTo(200);

        int port = Clients.endpoint().getPort();
        List<String> failures = new ArrayList<>();
        for (MalformedRequest r : requests) {
            try {
                RawHttp.Reply reply = RawHttp.send(port, r.method(), r.target(), r.headers(), r.body());
                List<String> problems = r.problems(reply);
                if (!problems.isEmpty()) {
                    failures.add(r + ": " + String.join("; ", problems));
                }
            } catch (IOException e) {
                failures.add(r + ": connection failed: " + e);
            }
        }
        assertThat(failures).as("%d of %d malformed requests", failures.size(), requests.size()).isEmpty();

        assertThat(lambda.listFunctions().functions()).extracting(f -> f.functionName()).contains(function);
        var configuration = lambda.getFunction(b -> b.functionName(function)).configuration();
        assertThat(configuration.stateAsString()).isEqualTo("Active");
        assertThat(configuration.description()).isEmpty();
        assertThat(configuration.environment()).isNull();
        assertThat(sqs.listQueues().queueUrls()).contains(queueUrl);
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody("still serving"));
        assertThat(sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(1)).messages())
                .extracting(m -> m.body()).containsExactly("still serving");
    }

    @Test
    void aNullBodyIsInvalidRequestContentOnLambda() {
        lambdaJson().body("null").post("/2015-03-31/functions").then().statusCode(400)
                .header("x-amzn-ErrorType", "InvalidRequestContentException")
                .header("x-amzn-RequestId", matchesPattern(UUID_PATTERN))
                .body("Type", equalTo("User"))
                .body("message", startsWith("Could not parse request body into json: "));
        lambdaJson().body("null").put("/2015-03-31/functions/any/configuration").then().statusCode(400)
                .header("x-amzn-ErrorType", "InvalidRequestContentException");
    }

    @Test
    void nullsInsideListsAndMapsAreInvalidRequestContent() {
        for (String body : new String[] {"{\"FunctionName\":\"f\",\"Architectures\":[null]}",
                "{\"FunctionName\":\"f\",\"VpcConfig\":{\"SubnetIds\":[null]}}",
                "{\"FunctionName\":\"f\",\"Environment\":{\"Variables\":{\"A\":null}}}",
                "{\"FunctionName\":\"f\",\"Layers\":[\"arn\",null]}"}) {
            lambdaJson().body(body).post("/2015-03-31/functions").then().statusCode(400)
                    .header("x-amzn-ErrorType", "InvalidRequestContentException")
                    .body("message", containsString("Invalid `null` value"));
        }
    }

    @Test
    void deepDocumentsAreRefusedWithoutExhaustingTheStack() throws IOException {
        int port = Clients.endpoint().getPort();
        byte[] deepObjects = ("{\"A\":".repeat(Malformations.DEPTH) + "1" + "}".repeat(Malformations.DEPTH))
                .getBytes(StandardCharsets.UTF_8);
        byte[] deepArrays = "[".repeat(Malformations.DEPTH).getBytes(StandardCharsets.UTF_8);
        Map<String, String> lambdaHeaders = Map.of("Authorization", LambdaMalformedRequests.AUTH);
        RawHttp.Reply create = RawHttp.send(port, "POST", "/2015-03-31/functions", lambdaHeaders, deepObjects);
        assertThat(create.status()).isEqualTo(400);
        assertThat(create.header("x-amzn-ErrorType")).isEqualTo("InvalidRequestContentException");
        assertThat(create.text()).contains("nesting depth (1001) exceeds the maximum allowed (1000");
        RawHttp.Reply invoke = RawHttp.send(port, "POST", "/2015-03-31/functions/any/invocations", lambdaHeaders,
                deepArrays);
        assertThat(invoke.status()).isEqualTo(400);
        assertThat(invoke.header("x-amzn-ErrorType")).isEqualTo("InvalidRequestContentException");
        assertThat(invoke.text()).contains("Could not parse request body into json: Could not parse payload into "
                + "json: Document nesting depth (1001) exceeds the maximum allowed (1000");
        RawHttp.Reply send = RawHttp.send(port, "POST", "/", Map.of("Authorization", SqsMalformedRequests.AUTH,
                "X-Amz-Target", "AmazonSQS.SendMessage", "Content-Type", "application/x-amz-json-1.0"), deepObjects);
        assertThat(send.status()).isEqualTo(400);
        assertThat(send.header("x-amzn-query-error")).isEqualTo("SerializationException;Sender");
        assertThat(send.text()).contains("\"__type\":\"com.amazon.coral.service#SerializationException\"")
                .contains("nesting depth (1001) exceeds the maximum allowed (1000");
    }

    @Test
    void malformedEscapesInTheTargetGetTheCallersErrorAndARequestId() throws IOException {
        int port = Clients.endpoint().getPort();
        Map<String, String> lambdaHeaders = Map.of("Authorization", LambdaMalformedRequests.AUTH);
        RawHttp.Reply marker = RawHttp.send(port, "GET", "/2015-03-31/functions?Marker=%zz", lambdaHeaders,
                new byte[0]);
        assertThat(marker.status()).isEqualTo(400);
        assertThat(marker.header("x-amzn-ErrorType")).isEqualTo("InvalidParameterValueException");
        assertThat(marker.header("x-amzn-RequestId")).matches(UUID_PATTERN);
        RawHttp.Reply qualifier = RawHttp.send(port, "POST", "/2015-03-31/functions/f/invocations?Qualifier=%zz",
                lambdaHeaders, "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(qualifier.status()).isEqualTo(400);
        assertThat(qualifier.header("x-amzn-ErrorType")).isEqualTo("ValidationException");
        assertThat(qualifier.text()).contains("Value '%zz' at 'qualifier' failed to satisfy constraint");
        RawHttp.Reply name = RawHttp.send(port, "GET", "/2015-03-31/functions/a%zz", lambdaHeaders, new byte[0]);
        assertThat(name.status()).isEqualTo(400);
        assertThat(name.text()).contains("Value 'a%zz' at 'functionName' failed to satisfy constraint");
        RawHttp.Reply query = RawHttp.send(port, "GET", "/?Action=GetQueueUrl&QueueName=%zz&Version=2012-11-05",
                Map.of("Authorization", SqsMalformedRequests.AUTH), new byte[0]);
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.text()).contains("<Code>AWS.SimpleQueueService.NonExistentQueue</Code>")
                .contains("<RequestId>" + query.header("x-amzn-RequestId") + "</RequestId>");
    }

    @Test
    void zipsWhoseEntriesLeaveTheArchiveAreRefused() {
        for (String entry : new String[] {"../../escaped.py", "/etc/absolute.py", "a/../../b.py", "C:\\x.py"}) {
            String zip = Malformations.base64(Malformations.zip(entry, "x".getBytes(StandardCharsets.UTF_8)));
            lambdaJson().body("{\"FunctionName\":\"zip-" + UUID.randomUUID().toString().substring(0, 8)
                    + "\",\"Runtime\":\"python3.12\",\"Role\":\"arn:aws:iam::000000000000:role/r\",\"Handler\":"
                    + "\"h.h\",\"Code\":{\"ZipFile\":\"" + zip + "\"}}").post("/2015-03-31/functions").then()
                    .statusCode(400)
                    .header("x-amzn-ErrorType", "InvalidParameterValueException")
                    .body("message", equalTo("Could not unzip uploaded file. Please check your file, then try to "
                            + "upload again."));
        }
    }

    @Test
    void fakecloudEndpointsAnswerMissingThingsAsAwsErrors() {
        given().get("/_fakecloud/lambda/code/000000000000/us-east-1/..%2F..%2Fetc/passwd.zip").then()
                .statusCode(404)
                .header("x-amzn-ErrorType", "ResourceNotFoundException")
                .header("x-amzn-RequestId", matchesPattern(UUID_PATTERN));
        given().get("/_fakecloud/lambda/layer-content/000000000000/none/x.zip").then().statusCode(404)
                .header("x-amzn-ErrorType", "ResourceNotFoundException");
        given().post("/_fakecloud/lambda/..%2F..%2Fetc/evict-container").then().statusCode(400)
                .header("x-amzn-ErrorType", "ValidationException");
        given().delete("/_fakecloud/health").then().statusCode(405)
                .header("x-amzn-ErrorType", "UnknownOperationException")
                .header("x-amzn-RequestId", matchesPattern(UUID_PATTERN));
    }

    private static RequestSpecification lambdaJson() {
        return given().header("Authorization", LambdaMalformedRequests.AUTH).contentType("application/json");
    }

    /** A function with an alias and a layer version, for the requests to name. */
    private LambdaMalformedRequests.Fixture lambdaFixture(String function) {
        String arn = lambda.createFunction(b -> b.functionName(function).runtime(Runtime.PYTHON3_12)
                .role("arn:aws:iam::000000000000:role/r").handler("index.handler")
                .code(c -> c.zipFile(Zips.pythonHandler()))).functionArn();
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(function));
        lambda.createAlias(b -> b.functionName(function).name("live").functionVersion("$LATEST"));
        String layer = function + "-layer";
        lambda.publishLayerVersion(b -> b.layerName(layer).content(c -> c.zipFile(Zips.pythonHandler())));
        return new LambdaMalformedRequests.Fixture(function, arn, "live", layer);
    }
}
