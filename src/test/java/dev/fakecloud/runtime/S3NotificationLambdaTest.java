package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * S3 bucket notifications invoke functions asynchronously with S3's event record, and buckets keep the records of
 * failed asynchronous invocations, in real containers.
 */
@QuarkusTest
class S3NotificationLambdaTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    static final ObjectMapper JSON = new ObjectMapper();
    final LambdaClient lambda = Clients.lambda();
    final S3Client s3 = Clients.s3();

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    List<Map<String, Object>> s3Invocations(String function) {
        return RestAssured.get("/_fakecloud/lambda/invocations?functionName=" + function).then().extract()
                .jsonPath().getList("invocations.findAll { it.source == 'aws:s3' }");
    }

    @Test
    void anUploadInvokesTheFunctionOnceWithTheS3Record() throws Exception {
        String fn = unique("s3fn");
        lambda.createFunction(b -> b.functionName(fn).runtime("python3.12").role(ROLE).handler("handler.handler")
                .timeout(10).code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py",
                        "def handler(event, context):\n    return event['Records'][0]['s3']['object']['key']\n"))))));
        String fnArn = lambda.getFunction(b -> b.functionName(fn)).configuration().functionArn();
        String bucket = unique("to-lambda");
        s3.createBucket(r -> r.bucket(bucket));
        s3.putBucketNotificationConfiguration(r -> r.bucket(bucket).notificationConfiguration(n -> n
                .lambdaFunctionConfigurations(l -> l.id("uploads").lambdaFunctionArn(fnArn)
                        .events(Event.S3_OBJECT_CREATED_PUT).filter(f -> f.key(k -> k.filterRules(
                                rr -> rr.name("suffix").value(".csv")))))));
        assertThat(s3.getBucketNotificationConfiguration(r -> r.bucket(bucket)).lambdaFunctionConfigurations())
                .hasSize(1);

        s3.putObject(r -> r.bucket(bucket).key("skipped.txt"), RequestBody.fromString("not csv"));
        s3.putObject(r -> r.bucket(bucket).key("data/q1 report.csv"), RequestBody.fromString("a,b\n1,2\n"));

        Polling.until("the function is invoked by S3 and finishes", Duration.ofSeconds(60),
                () -> s3Invocations(fn).stream().anyMatch(i -> i.get("response") != null));
        List<Map<String, Object>> invocations = s3Invocations(fn);
        assertThat(invocations).hasSize(1);
        Map<String, Object> invocation = invocations.get(0);
        assertThat(invocation.get("invocationType")).isEqualTo("Event");
        JsonNode record = JSON.readTree((String) invocation.get("payload")).get("Records").get(0);
        assertThat(record.get("eventSource").asText()).isEqualTo("aws:s3");
        assertThat(record.get("eventName").asText()).isEqualTo("ObjectCreated:Put");
        assertThat(record.get("s3").get("configurationId").asText()).isEqualTo("uploads");
        assertThat(record.get("s3").get("bucket").get("name").asText()).isEqualTo(bucket);
        assertThat(record.get("s3").get("object").get("size").asLong()).isEqualTo(8);
        assertThat(JSON.readTree((String) invocation.get("response")).asText()).isEqualTo("data/q1+report.csv");
    }

    @Test
    void aBucketKeepsTheRecordOfAFailedAsynchronousInvocation() throws Exception {
        String fn = unique("fails");
        lambda.createFunction(b -> b.functionName(fn).runtime("python3.12").role(ROLE).handler("handler.handler")
                .timeout(10).code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py",
                        "def handler(event, context):\n    raise Exception('intentional failure')\n"))))));
        String bucket = unique("failures");
        s3.createBucket(r -> r.bucket(bucket));
        lambda.putFunctionEventInvokeConfig(b -> b.functionName(fn).maximumRetryAttempts(0).destinationConfig(d -> d
                .onFailure(f -> f.destination("arn:aws:s3:::" + bucket))));
        lambda.invoke(b -> b.functionName(fn).invocationType("Event")
                .payload(SdkBytes.fromUtf8String("{\"order\": 7}")));

        String prefix = "aws/lambda/async/" + fn + "/";
        List<S3Object> kept = Polling.eventually(() -> s3.listObjectsV2(r -> r.bucket(bucket).prefix(prefix))
                .contents(), l -> !l.isEmpty(), Duration.ofSeconds(60));
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).key()).matches(java.util.regex.Pattern.quote(prefix)
                + "\\d{4}/\\d\\d/\\d\\d/\\d{4}-\\d\\d-\\d\\dT\\d\\d\\.\\d\\d\\.\\d\\d-[0-9a-f-]{36}");
        JsonNode record = JSON.readTree(s3.getObjectAsBytes(r -> r.bucket(bucket).key(kept.get(0).key()))
                .asUtf8String());
        assertThat(record.path("requestContext").path("condition").asText()).isEqualTo("RetriesExhausted");
        assertThat(record.path("requestPayload").path("order").asInt()).isEqualTo(7);
        assertThat(record.path("responseContext").path("functionError").asText()).isEqualTo("Unhandled");
    }
}
