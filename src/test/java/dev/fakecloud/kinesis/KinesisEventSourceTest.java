package dev.fakecloud.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingRequest;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Kinesis records reach functions through stream event source mappings, as on AWS, with real containers. */
@QuarkusTest
class KinesisEventSourceTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/stream-reader";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();
    final LambdaClient lambda = Clients.lambda();
    final KinesisClient kinesis = Clients.kinesis();
    final SqsClient sqs = Clients.sqs();

    static final String HANDLER = """
            import base64
            seen = set()
            def handler(event, context):
                if 'window' in event:
                    count = (event.get('state') or {}).get('count', 0) + len(event['Records'])
                    return {'state': {'count': count}}
                failures = []
                for r in event['Records']:
                    data = base64.b64decode(r['kinesis']['data']).decode()
                    if 'poison' in data:
                        raise RuntimeError('bad record ' + data)
                    if 'flaky' in data and data not in seen:
                        seen.add(data)
                        failures.append({'itemIdentifier': r['kinesis']['sequenceNumber']})
                return {'batchItemFailures': failures}
            """;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** One function serves every test (warm environments keep the tests short); each test reads its own stream. */
    static String function;

    String function() {
        if (function == null) {
            String name = unique("kfn");
            lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE)
                    .handler("handler.handler").timeout(10)
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py", HANDLER))))));
            function = name;
        }
        return function;
    }

    String stream() {
        String name = unique("ks");
        kinesis.createStream(b -> b.streamName(name).shardCount(1));
        return "arn:aws:kinesis:us-east-1:000000000000:stream/" + name;
    }

    void put(String streamArn, String... data) {
        List<PutRecordsRequestEntry> entries = new ArrayList<>();
        for (String d : data) {
            entries.add(PutRecordsRequestEntry.builder().partitionKey("pk").data(SdkBytes.fromUtf8String(d)).build());
        }
        kinesis.putRecords(b -> b.streamARN(streamArn).records(entries));
    }

    /** The events the function received from one stream, in order. */
    List<JsonNode> events(String streamArn) {
        List<String> payloads = RestAssured.get("/_fakecloud/lambda/invocations?functionName=" + function()).then()
                .extract().jsonPath().getList("invocations.findAll { it.source == 'aws:kinesis' }.payload");
        List<JsonNode> events = new ArrayList<>();
        for (String p : payloads) {
            JsonNode event = read(p);
            String source = event.has("eventSourceARN") ? event.get("eventSourceARN").asText()
                    : event.path("Records").path(0).path("eventSourceARN").asText();
            if (source.equals(streamArn)) {
                events.add(event);
            }
        }
        return events;
    }

    /** The data of each batch's records, batch by batch. */
    List<List<String>> batches(String streamArn) {
        return events(streamArn).stream().map(e -> {
            List<String> data = new ArrayList<>();
            e.get("Records").forEach(r -> data.add(new String(Base64.getDecoder().decode(
                    r.get("kinesis").get("data").asText()), StandardCharsets.UTF_8)));
            return data;
        }).toList();
    }

    List<String> delivered(String streamArn) {
        return batches(streamArn).stream().flatMap(List::stream).toList();
    }

    void map(String function, String streamArn, java.util.function.Consumer<CreateEventSourceMappingRequest.Builder> extra) {
        lambda.createEventSourceMapping(b -> {
            b.functionName(function).eventSourceArn(streamArn).startingPosition(EventSourcePosition.TRIM_HORIZON);
            extra.accept(b);
        });
    }

    @Test
    void recordsArriveInShardOrderInBatchesShapedAsAws() {
        String fn = function();
        String arn = stream();
        put(arn, "r1", "r2", "r3", "r4", "r5");
        map(fn, arn, b -> b.batchSize(2));
        List<String> data = Polling.eventually(() -> delivered(arn), d -> d.size() >= 5, WAIT);
        assertThat(data).containsExactly("r1", "r2", "r3", "r4", "r5");
        assertThat(batches(arn)).allSatisfy(batch -> assertThat(batch).hasSizeBetween(1, 2));

        JsonNode record = events(arn).get(0).get("Records").get(0);
        assertThat(record.get("eventSource").asText()).isEqualTo("aws:kinesis");
        assertThat(record.get("eventVersion").asText()).isEqualTo("1.0");
        assertThat(record.get("eventName").asText()).isEqualTo("aws:kinesis:record");
        assertThat(record.get("eventSourceARN").asText()).isEqualTo(arn);
        assertThat(record.get("awsRegion").asText()).isEqualTo("us-east-1");
        assertThat(record.get("invokeIdentityArn").asText()).isEqualTo(ROLE);
        JsonNode k = record.get("kinesis");
        assertThat(k.get("kinesisSchemaVersion").asText()).isEqualTo("1.0");
        assertThat(k.get("partitionKey").asText()).isEqualTo("pk");
        assertThat(k.get("approximateArrivalTimestamp").isNumber()).isTrue();
        assertThat(record.get("eventID").asText())
                .isEqualTo("shardId-000000000000:" + k.get("sequenceNumber").asText());
    }

    @Test
    void theBatchingWindowGathersRecordsPutOneByOne() {
        String fn = function();
        String arn = stream();
        map(fn, arn, b -> b.batchSize(10).maximumBatchingWindowInSeconds(2));
        for (String d : List.of("w1", "w2", "w3")) {
            kinesis.putRecord(b -> b.streamARN(arn).partitionKey("pk").data(SdkBytes.fromUtf8String(d)));
        }
        List<List<String>> batches = Polling.eventually(() -> batches(arn), b -> !b.isEmpty(), WAIT);
        assertThat(batches).containsExactly(List.of("w1", "w2", "w3"));
    }

    @Test
    void latestSkipsEarlierRecordsAndFiltersSeeDecodedData() {
        String fn = function();
        String arn = stream();
        put(arn, "{\"kind\": \"keep\", \"n\": \"old\"}");
        lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(arn)
                .startingPosition(EventSourcePosition.LATEST)
                .filterCriteria(f -> f.filters(p -> p.pattern("{\"data\": {\"kind\": [\"keep\"]}}"))));
        int[] n = {0};
        List<String> data = Polling.eventually(() -> {
            n[0]++;
            put(arn, "{\"kind\": \"drop\", \"n\": " + n[0] + "}", "not json", "{\"kind\": \"keep\", \"n\": " + n[0] + "}");
            return delivered(arn);
        }, d -> !d.isEmpty(), WAIT);
        assertThat(data).allSatisfy(d -> assertThat(d).contains("keep").doesNotContain("old"));
    }

    @Test
    void atTimestampStartsAtTheFirstRecordArrivedThen() {
        String fn = function();
        String arn = stream();
        put(arn, "early");
        var later = kinesis.putRecord(b -> b.streamARN(arn).partitionKey("pk").data(SdkBytes.fromUtf8String("later")));
        java.time.Instant at = kinesis.getRecords(b -> b.shardIterator(kinesis.getShardIterator(i -> i.streamARN(arn)
                .shardId(later.shardId()).shardIteratorType("AT_SEQUENCE_NUMBER")
                .startingSequenceNumber(later.sequenceNumber())).shardIterator())).records().get(0)
                .approximateArrivalTimestamp();
        lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(arn)
                .startingPosition(EventSourcePosition.AT_TIMESTAMP).startingPositionTimestamp(at));
        put(arn, "last");
        List<String> data = Polling.eventually(() -> delivered(arn), d -> d.size() >= 2, WAIT);
        assertThat(data).containsExactly("later", "last");
    }

    @Test
    void aFailingRecordIsRetriedThenSentToTheFailureDestinationAndTheShardMovesOn() {
        String fn = function();
        String arn = stream();
        String queue = sqs.createQueue(b -> b.queueName(unique("kfail"))).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queue).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        put(arn, "poison", "fine");
        map(fn, arn, b -> b.batchSize(1).maximumRetryAttempts(1)
                .destinationConfig(d -> d.onFailure(f -> f.destination(queueArn))));

        var messages = Polling.eventually(() -> sqs.receiveMessage(b -> b.queueUrl(queue)).messages(),
                m -> !m.isEmpty(), WAIT);
        assertThat(messages).hasSize(1);
        JsonNode failure = read(messages.get(0).body());
        assertThat(failure.at("/requestContext/condition").asText()).isEqualTo("RetryAttemptsExhausted");
        assertThat(failure.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(2);
        assertThat(failure.at("/requestContext/functionArn").asText()).endsWith(":function:" + fn);
        assertThat(failure.at("/responseContext/functionError").asText()).isEqualTo("Unhandled");
        assertThat(failure.at("/version").asText()).isEqualTo("1.0");
        assertThat(failure.at("/KinesisBatchInfo/shardId").asText()).isEqualTo("shardId-000000000000");
        assertThat(failure.at("/KinesisBatchInfo/batchSize").asInt()).isEqualTo(1);
        assertThat(failure.at("/KinesisBatchInfo/streamArn").asText()).isEqualTo(arn);
        assertThat(failure.at("/KinesisBatchInfo/startSequenceNumber").asText()).matches("\\d{56}");
        assertThat(failure.at("/KinesisBatchInfo/approximateArrivalOfFirstRecord").asText()).endsWith("Z");

        List<String> data = Polling.eventually(() -> delivered(arn), d -> d.contains("fine"), WAIT);
        assertThat(data).containsExactly("poison", "poison", "fine");
    }

    @Test
    void partialBatchFailuresCheckpointUpToTheFirstFailedRecord() {
        String fn = function();
        String arn = stream();
        put(arn, "a", "flaky-b", "c");
        map(fn, arn, b -> b.batchSize(10).functionResponseTypesWithStrings("ReportBatchItemFailures"));
        List<List<String>> batches = Polling.eventually(() -> batches(arn), b -> b.size() >= 2, WAIT);
        assertThat(batches.get(0)).containsExactly("a", "flaky-b", "c");
        assertThat(batches.get(1)).containsExactly("flaky-b", "c");
    }

    @Test
    void bisectionIsolatesTheFailingRecord() {
        String fn = function();
        String arn = stream();
        String queue = sqs.createQueue(b -> b.queueName(unique("kbisect"))).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queue).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        put(arn, "a", "b", "poison", "d");
        map(fn, arn, b -> b.batchSize(4).bisectBatchOnFunctionError(true).maximumRetryAttempts(0)
                .destinationConfig(d -> d.onFailure(f -> f.destination(queueArn))));
        var messages = Polling.eventually(() -> sqs.receiveMessage(b -> b.queueUrl(queue)).messages(),
                m -> !m.isEmpty(), WAIT);
        assertThat(read(messages.get(0).body()).at("/KinesisBatchInfo/batchSize").asInt()).isEqualTo(1);
        List<List<String>> batches = Polling.eventually(() -> batches(arn),
                b -> b.stream().anyMatch(x -> x.equals(List.of("d"))), WAIT);
        assertThat(batches).containsExactly(List.of("a", "b", "poison", "d"), List.of("a", "b"),
                List.of("poison", "d"), List.of("poison"), List.of("d"));
    }

    @Test
    void tumblingWindowsCarryStateToAFinalInvocation() {
        String fn = function();
        String arn = stream();
        put(arn, "t1", "t2", "t3");
        map(fn, arn, b -> b.batchSize(2).tumblingWindowInSeconds(2));
        List<JsonNode> events = Polling.eventually(() -> events(arn),
                e -> e.stream().anyMatch(x -> x.path("isFinalInvokeForWindow").asBoolean()), WAIT);
        JsonNode first = events.get(0);
        assertThat(first.get("window").get("start").asText()).endsWith("Z");
        assertThat(first.get("shardId").asText()).isEqualTo("shardId-000000000000");
        assertThat(first.get("eventSourceARN").asText()).isEqualTo(arn);
        assertThat(first.get("isFinalInvokeForWindow").asBoolean()).isFalse();
        assertThat(first.get("state").size()).isZero();
        JsonNode last = events.stream().filter(x -> x.path("isFinalInvokeForWindow").asBoolean()).findFirst()
                .orElseThrow();
        assertThat(last.get("Records")).isEmpty();
        int delivered = events.stream().filter(x -> !x.path("isFinalInvokeForWindow").asBoolean())
                .mapToInt(x -> x.get("Records").size()).sum();
        assertThat(delivered).isEqualTo(3);
        assertThat(last.get("state").get("count").asInt()).isBetween(1, 3);
    }

    @Test
    void childShardsAreReadAfterTheirParent() {
        String fn = function();
        String arn = stream();
        put(arn, "p1", "p2");
        kinesis.splitShard(b -> b.streamARN(arn).shardToSplit("shardId-000000000000")
                .newStartingHashKey(java.math.BigInteger.ONE.shiftLeft(127).toString()));
        kinesis.putRecord(b -> b.streamARN(arn).partitionKey("x").explicitHashKey("1")
                .data(SdkBytes.fromUtf8String("child")));
        map(fn, arn, b -> b.batchSize(10));
        List<String> data = Polling.eventually(() -> delivered(arn), d -> d.size() >= 3, WAIT);
        assertThat(data).containsExactly("p1", "p2", "child");
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
