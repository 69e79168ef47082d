package dev.fakecloud.s3;

import static dev.fakecloud.s3.S3BucketTest.unique;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRuleName;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.TopicConfiguration;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Bucket notifications to SQS, SNS and EventBridge: configuration, validation, test events and event records. */
@QuarkusTest
class S3NotificationTest {

    static final ObjectMapper JSON = new ObjectMapper();
    private final S3Client s3 = Clients.s3();
    private final SqsClient sqs = Clients.sqs();
    private final SnsClient sns = Clients.sns();
    private final EventBridgeClient events = Clients.events();
    private String bucket;

    @BeforeEach
    void bucket() {
        bucket = unique("notify");
        s3.createBucket(r -> r.bucket(bucket));
    }

    private String[] queue() {
        String url = sqs.createQueue(r -> r.queueName(unique("s3-events"))).queueUrl();
        String arn = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return new String[] {url, arn};
    }

    /** Receives until {@code count} messages have arrived (or the time is up), deleting them. */
    private List<JsonNode> receive(String url, int count) {
        List<JsonNode> got = new ArrayList<>();
        Polling.until(count + " messages in " + url, Duration.ofSeconds(15), () -> {
            for (Message m : sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages()) {
                try {
                    got.add(JSON.readTree(m.body()));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(m.receiptHandle()));
            }
            return got.size() >= count;
        });
        return got;
    }

    @Test
    void queueGetsTheTestEventThenOneRecordPerMatchingEvent() {
        String[] q = queue();
        s3.putBucketVersioning(r -> r.bucket(bucket).versioningConfiguration(v -> v.status(
                BucketVersioningStatus.ENABLED)));
        s3.putBucketNotificationConfiguration(r -> r.bucket(bucket).notificationConfiguration(n -> n
                .queueConfigurations(QueueConfiguration.builder().id("images").queueArn(q[1])
                        .events(Event.S3_OBJECT_CREATED, Event.S3_OBJECT_REMOVED)
                        .filter(f -> f.key(k -> k.filterRules(
                                rr -> rr.name(FilterRuleName.PREFIX).value("img/"),
                                rr -> rr.name(FilterRuleName.SUFFIX).value(".jpg"))))
                        .build())));
        JsonNode test = receive(q[0], 1).get(0);
        assertThat(test.get("Service").asText()).isEqualTo("Amazon S3");
        assertThat(test.get("Event").asText()).isEqualTo("s3:TestEvent");
        assertThat(test.get("Bucket").asText()).isEqualTo(bucket);

        var stored = s3.getBucketNotificationConfiguration(r -> r.bucket(bucket));
        assertThat(stored.queueConfigurations()).hasSize(1);
        assertThat(stored.queueConfigurations().get(0).id()).isEqualTo("images");
        assertThat(stored.queueConfigurations().get(0).events()).containsExactly(Event.S3_OBJECT_CREATED,
                Event.S3_OBJECT_REMOVED);
        assertThat(stored.queueConfigurations().get(0).filter().key().filterRules()).hasSize(2);

        s3.putObject(r -> r.bucket(bucket).key("other/skip.jpg"), RequestBody.fromString("no"));
        s3.putObject(r -> r.bucket(bucket).key("img/skip.png"), RequestBody.fromString("no"));
        var put = s3.putObject(r -> r.bucket(bucket).key("img/red flower.jpg"), RequestBody.fromString("petals"));
        var second = s3.putObject(r -> r.bucket(bucket).key("img/red flower.jpg"), RequestBody.fromString("more"));
        s3.deleteObject(r -> r.bucket(bucket).key("img/red flower.jpg"));

        List<JsonNode> records = receive(q[0], 3);
        assertThat(records).hasSize(3);
        JsonNode created = records.get(0).get("Records").get(0);
        assertThat(created.get("eventVersion").asText()).isEqualTo("2.1");
        assertThat(created.get("eventSource").asText()).isEqualTo("aws:s3");
        assertThat(created.get("awsRegion").asText()).isEqualTo("us-east-1");
        assertThat(created.get("eventName").asText()).isEqualTo("ObjectCreated:Put");
        assertThat(created.get("eventTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(created.get("userIdentity").get("principalId").asText()).isNotBlank();
        assertThat(created.get("requestParameters").get("sourceIPAddress").asText()).isNotBlank();
        assertThat(created.get("responseElements").get("x-amz-request-id").asText()).isNotBlank();
        JsonNode entity = created.get("s3");
        assertThat(entity.get("s3SchemaVersion").asText()).isEqualTo("1.0");
        assertThat(entity.get("configurationId").asText()).isEqualTo("images");
        assertThat(entity.get("bucket").get("name").asText()).isEqualTo(bucket);
        assertThat(entity.get("bucket").get("arn").asText()).isEqualTo("arn:aws:s3:::" + bucket);
        assertThat(entity.get("bucket").get("ownerIdentity").get("principalId").asText()).isNotBlank();
        JsonNode object = entity.get("object");
        assertThat(object.get("key").asText()).isEqualTo("img/red+flower.jpg");
        assertThat(object.get("size").asLong()).isEqualTo(6);
        assertThat("\"" + object.get("eTag").asText() + "\"").isEqualTo(put.eTag());
        assertThat(object.get("versionId").asText()).isEqualTo(put.versionId());
        String firstSequencer = object.get("sequencer").asText();
        String secondSequencer = records.get(1).get("Records").get(0).get("s3").get("object").get("sequencer")
                .asText();
        assertThat(records.get(1).get("Records").get(0).get("s3").get("object").get("versionId").asText())
                .isEqualTo(second.versionId());
        assertThat(secondSequencer.compareTo(firstSequencer)).as("sequencers increase per key").isPositive();

        JsonNode removed = records.get(2).get("Records").get(0);
        assertThat(removed.get("eventName").asText()).isEqualTo("ObjectRemoved:DeleteMarkerCreated");
        assertThat(removed.get("s3").get("object").has("size")).isFalse();
    }

    @Test
    void missingDestinationsAreRefusedAsAwsRefusesThem() {
        String missingQueue = "arn:aws:sqs:us-east-1:000000000000:" + unique("absent");
        assertThatThrownBy(() -> s3.putBucketNotificationConfiguration(r -> r.bucket(bucket)
                .notificationConfiguration(n -> n.queueConfigurations(QueueConfiguration.builder()
                        .queueArn(missingQueue).events(Event.S3_OBJECT_CREATED).build()))))
                .isInstanceOf(S3Exception.class)
                .satisfies(e -> {
                    S3Exception s = (S3Exception) e;
                    assertThat(s.statusCode()).isEqualTo(400);
                    assertThat(s.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument");
                    assertThat(s.awsErrorDetails().errorMessage())
                            .isEqualTo("Unable to validate the following destination configurations");
                });
        assertThatThrownBy(() -> s3.putBucketNotificationConfiguration(r -> r.bucket(bucket)
                .notificationConfiguration(n -> n.lambdaFunctionConfigurations(l -> l
                        .lambdaFunctionArn("arn:aws:lambda:us-east-1:000000000000:function:" + unique("nofn"))
                        .events(Event.S3_OBJECT_CREATED)))))
                .satisfies(e -> assertThat(((S3Exception) e).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidArgument"));
        String[] q = queue();
        assertThatThrownBy(() -> s3.putBucketNotificationConfiguration(r -> r.bucket(bucket)
                .notificationConfiguration(n -> n.queueConfigurations(QueueConfiguration.builder().queueArn(q[1])
                        .eventsWithStrings("s3:NoSuchEvent:*").build()))))
                .satisfies(e -> assertThat(((S3Exception) e).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidArgument"));
        assertThat(s3.getBucketNotificationConfiguration(r -> r.bucket(bucket)).queueConfigurations()).isEmpty();
        // skipping validation stores what was given
        s3.putBucketNotificationConfiguration(r -> r.bucket(bucket).skipDestinationValidation(true)
                .notificationConfiguration(n -> n.queueConfigurations(QueueConfiguration.builder()
                        .queueArn(missingQueue).events(Event.S3_OBJECT_CREATED).build())));
        assertThat(s3.getBucketNotificationConfiguration(r -> r.bucket(bucket)).queueConfigurations())
                .extracting(QueueConfiguration::queueArn).containsExactly(missingQueue);
    }

    @Test
    void topicsGetTheTestEventAndCopyAndMultipartEvents() {
        String[] q = queue();
        String topic = sns.createTopic(r -> r.name(unique("s3-topic"))).topicArn();
        sns.subscribe(r -> r.topicArn(topic).protocol("sqs").endpoint(q[1])
                .attributes(java.util.Map.of("RawMessageDelivery", "true")));
        s3.putBucketNotificationConfiguration(r -> r.bucket(bucket).notificationConfiguration(n -> n
                .topicConfigurations(TopicConfiguration.builder().topicArn(topic)
                        .eventsWithStrings("s3:ObjectCreated:Copy", "s3:ObjectCreated:CompleteMultipartUpload")
                        .build())));
        assertThat(receive(q[0], 1).get(0).get("Event").asText()).isEqualTo("s3:TestEvent");

        s3.putObject(r -> r.bucket(bucket).key("plain"), RequestBody.fromString("not notified"));
        s3.copyObject(r -> r.sourceBucket(bucket).sourceKey("plain").destinationBucket(bucket).destinationKey("copy"));
        String id = s3.createMultipartUpload(r -> r.bucket(bucket).key("mp")).uploadId();
        String etag = s3.uploadPart(r -> r.bucket(bucket).key("mp").uploadId(id).partNumber(1),
                RequestBody.fromString("part")).eTag();
        s3.completeMultipartUpload(r -> r.bucket(bucket).key("mp").uploadId(id).multipartUpload(m -> m.parts(
                p -> p.partNumber(1).eTag(etag))));
        List<JsonNode> records = receive(q[0], 2);
        assertThat(records).extracting(j -> j.get("Records").get(0).get("eventName").asText())
                .containsExactlyInAnyOrder("ObjectCreated:Copy", "ObjectCreated:CompleteMultipartUpload");
    }

    @Test
    void eventBridgeGetsObjectCreatedAndDeletedEvents() {
        String[] q = queue();
        String rule = unique("s3-rule");
        events.putRule(r -> r.name(rule).eventPattern("{\"source\":[\"aws.s3\"],\"detail\":{\"bucket\":{\"name\":[\""
                + bucket + "\"]}}}"));
        events.putTargets(r -> r.rule(rule).targets(t -> t.id("q").arn(q[1])));
        s3.putBucketNotificationConfiguration(r -> r.bucket(bucket).notificationConfiguration(n -> n
                .eventBridgeConfiguration(e -> { })));
        assertThat(s3.getBucketNotificationConfiguration(r -> r.bucket(bucket)).eventBridgeConfiguration())
                .isNotNull();
        s3.putObject(r -> r.bucket(bucket).key("eb/key.txt"), RequestBody.fromString("12345"));
        s3.deleteObject(r -> r.bucket(bucket).key("eb/key.txt"));
        List<JsonNode> got = receive(q[0], 2);
        assertThat(got).extracting(j -> j.get("detail-type").asText())
                .containsExactlyInAnyOrder("Object Created", "Object Deleted");
        JsonNode created = got.stream().filter(j -> j.get("detail-type").asText().equals("Object Created"))
                .findFirst().orElseThrow();
        assertThat(created.get("source").asText()).isEqualTo("aws.s3");
        assertThat(created.get("resources").get(0).asText()).isEqualTo("arn:aws:s3:::" + bucket);
        assertThat(created.get("detail").get("object").get("key").asText()).isEqualTo("eb/key.txt");
        assertThat(created.get("detail").get("object").get("size").asLong()).isEqualTo(5);
        assertThat(created.get("detail").get("reason").asText()).isEqualTo("PutObject");
    }
}
