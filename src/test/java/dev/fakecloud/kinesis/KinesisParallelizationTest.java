package dev.fakecloud.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;

/**
 * {@code ParallelizationFactor} on a Kinesis mapping, with real containers: several batches of one shard run at once,
 * each partition key's records still arrive in order and once, and a key that keeps failing holds the shard's
 * checkpoint without holding back the other keys.
 */
@QuarkusTest
class KinesisParallelizationTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/stream-reader";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> KEYS = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot");

    /** Records are {@code key:n}; a batch holding a slow record takes a while; a poison record always fails. */
    static final String HANDLER = """
            import base64, time
            def handler(event, context):
                start = time.time()
                data = [base64.b64decode(r['kinesis']['data']).decode() for r in event['Records']]
                if any('poison' in d for d in data):
                    raise RuntimeError('poison in ' + ','.join(data))
                if any('slow' in d for d in data):
                    time.sleep(1.5)
                return {'start': start, 'end': time.time()}
            """;

    final LambdaClient lambda = Clients.lambda();
    final KinesisClient kinesis = Clients.kinesis();

    /** One invocation as the function saw it: its records' data, whether it failed, when it ran. */
    record Batch(List<String> data, boolean failed, double start, double end) {
        boolean overlaps(Batch other) {
            return start < other.end && other.start < end;
        }
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String function() {
        String name = unique("kpar");
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE)
                .handler("handler.handler").timeout(10)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py", HANDLER))))));
        return name;
    }

    String stream() {
        String name = unique("kpar");
        kinesis.createStream(b -> b.streamName(name).shardCount(1));
        return "arn:aws:kinesis:us-east-1:000000000000:stream/" + name;
    }

    /** Puts {@code key:n} records (with a suffix) in the order given, all into the stream's one shard. */
    void put(String streamArn, List<String> records) {
        List<PutRecordsRequestEntry> entries = new ArrayList<>();
        for (String r : records) {
            entries.add(PutRecordsRequestEntry.builder().partitionKey(r.split(":")[0])
                    .data(SdkBytes.fromUtf8String(r)).build());
        }
        kinesis.putRecords(b -> b.streamARN(streamArn).records(entries));
    }

    /** Every invocation of the function from Kinesis, in the order they started (failed ones last-known order). */
    List<Batch> batches(String function) {
        JsonPath body = RestAssured.get("/_fakecloud/lambda/invocations?functionName=" + function).then().extract()
                .jsonPath();
        List<Map<String, Object>> invocations = body.getList("invocations.findAll { it.source == 'aws:kinesis' }");
        List<Batch> batches = new ArrayList<>();
        for (Map<String, Object> invocation : invocations) {
            List<String> data = new ArrayList<>();
            read((String) invocation.get("payload")).get("Records").forEach(r -> data.add(new String(
                    Base64.getDecoder().decode(r.get("kinesis").get("data").asText()), StandardCharsets.UTF_8)));
            boolean failed = invocation.get("functionError") != null;
            JsonNode response = failed ? null : read((String) invocation.get("response"));
            batches.add(new Batch(data, failed, failed ? 0 : response.get("start").asDouble(),
                    failed ? 0 : response.get("end").asDouble()));
        }
        return batches;
    }

    static List<String> succeeded(List<Batch> batches) {
        return batches.stream().filter(b -> !b.failed()).flatMap(b -> b.data().stream()).toList();
    }

    static boolean anyOverlap(List<Batch> batches) {
        for (int i = 0; i < batches.size(); i++) {
            for (int j = i + 1; j < batches.size(); j++) {
                if (batches.get(i).overlaps(batches.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The records of each key in the order the function finished them, batches taken by start time. */
    static Map<String, List<String>> perKey(List<Batch> batches) {
        Map<String, List<String>> byKey = new HashMap<>();
        batches.stream().filter(b -> !b.failed()).sorted(Comparator.comparingDouble(Batch::start))
                .forEach(b -> b.data().forEach(d -> byKey.computeIfAbsent(d.split(":")[0], k -> new ArrayList<>())
                        .add(d)));
        return byKey;
    }

    static List<String> wave(int from, int to, String suffix) {
        List<String> records = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            for (String key : KEYS) {
                records.add(key + ":" + n + suffix);
            }
        }
        return records;
    }

    @Test
    void batchesOfOneShardRunConcurrentlyOnceTheFactorIsRaisedKeepingEachKeysOrder() {
        String fn = function();
        String arn = stream();
        List<String> first = wave(1, 1, ":slow");
        put(arn, first);
        String uuid = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(arn)
                .startingPosition(EventSourcePosition.TRIM_HORIZON).batchSize(2)).uuid();

        List<Batch> one = Polling.eventually(() -> batches(fn), b -> succeeded(b).size() >= first.size(), WAIT);
        assertThat(succeeded(one)).containsExactlyElementsOf(first);
        assertThat(anyOverlap(one)).as("factor 1: one batch of the shard at a time").isFalse();

        lambda.updateEventSourceMapping(b -> b.uuid(uuid).parallelizationFactor(10));
        Polling.until(WAIT, () -> lambda.getEventSourceMapping(b -> b.uuid(uuid)),
                m -> m.parallelizationFactor() == 10 && "Enabled".equals(m.state()));
        List<String> second = wave(2, 4, ":slow");
        put(arn, second);

        List<Batch> all = Polling.eventually(() -> batches(fn),
                b -> succeeded(b).size() >= first.size() + second.size(), WAIT);
        List<String> expected = new ArrayList<>(first);
        expected.addAll(second);
        assertThat(succeeded(all)).as("every record once").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(all).noneMatch(Batch::failed);
        Map<String, List<String>> byKey = perKey(all);
        for (String key : KEYS) {
            assertThat(byKey.get(key)).as("order of " + key)
                    .containsExactly(key + ":1:slow", key + ":2:slow", key + ":3:slow", key + ":4:slow");
        }
        assertThat(anyOverlap(all.subList(one.size(), all.size())))
                .as("factor 10: batches of the one shard overlap in time").isTrue();
    }

    @Test
    void aKeyThatKeepsFailingHoldsTheCheckpointButNotTheOtherKeys() {
        String fn = function();
        String arn = stream();
        List<String> good = wave(1, 2, "");
        good.removeIf(r -> r.startsWith("alpha:"));
        List<String> records = new ArrayList<>(List.of("alpha:1:poison"));
        records.addAll(good);
        put(arn, records);
        String uuid = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(arn)
                .startingPosition(EventSourcePosition.TRIM_HORIZON).batchSize(10).parallelizationFactor(10)).uuid();

        // alpha's slot retries its batch for ever; keys of the other slots are delivered meanwhile
        List<Batch> seen = Polling.eventually(() -> batches(fn), b -> b.stream().filter(Batch::failed).count() >= 2
                && succeeded(b).size() >= good.size() / 2, WAIT);
        List<String> delivered = succeeded(seen);
        assertThat(seen.stream().filter(Batch::failed)).allMatch(b -> b.data().contains("alpha:1:poison"));
        assertThat(delivered).doesNotContain("alpha:1:poison").doesNotHaveDuplicates()
                .hasSizeGreaterThanOrEqualTo(good.size() / 2);
        Map<String, List<String>> byKey = perKey(seen);
        byKey.forEach((key, data) -> assertThat(data).as("order of " + key).isSortedAccordingTo(
                Comparator.naturalOrder()));

        // the checkpoint stayed before the poison record: a new start of the mapping delivers the others again
        lambda.updateEventSourceMapping(b -> b.uuid(uuid).enabled(false));
        Polling.until(WAIT, () -> lambda.getEventSourceMapping(b -> b.uuid(uuid)),
                m -> "Disabled".equals(m.state()));
        int before = succeeded(batches(fn)).size();
        lambda.updateEventSourceMapping(b -> b.uuid(uuid).enabled(true));
        List<String> again = Polling.eventually(() -> succeeded(batches(fn)),
                d -> d.size() > before && d.stream().anyMatch(r -> d.indexOf(r) != d.lastIndexOf(r)), WAIT);
        assertThat(again).as("records after the poison one are delivered again from the checkpoint")
                .hasSizeGreaterThan(before);
        assertThat(again.stream().filter(r -> again.indexOf(r) != again.lastIndexOf(r))).isNotEmpty();
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
