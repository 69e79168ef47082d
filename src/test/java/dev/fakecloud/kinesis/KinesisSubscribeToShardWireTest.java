package dev.fakecloud.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * SubscribeToShard on the wire over HTTP/1.1, as boto3 and the CLI send it (AWS JSON 1.1) and in CBOR: an event
 * stream of CRC-checked messages, an initial response and then the events, payloads in the caller's encoding;
 * errors before the stream as ordinary errors; the subscription let go of when the client hangs up.
 */
@QuarkusTest
class KinesisSubscribeToShardWireTest {

    static final String AUTH = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/kinesis/aws4_request, "
            + "SignedHeaders=host, Signature=abc";
    static final ObjectMapper JSON = new ObjectMapper();
    static final CBORMapper CBOR = new CBORMapper();

    final KinesisClient kinesis = Clients.kinesis();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One event-stream message, its checksums verified. */
    record Message(Map<String, String> headers, byte[] payload) {
    }

    static Message read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] prelude = data.readNBytes(12);
        assertThat(prelude).hasSize(12);
        ByteBuffer p = ByteBuffer.wrap(prelude);
        int total = p.getInt();
        int headersLength = p.getInt();
        assertThat(p.getInt()).isEqualTo((int) crc(prelude, 8));
        byte[] rest = data.readNBytes(total - 12);
        assertThat(rest).hasSize(total - 12);
        byte[] all = new byte[total];
        System.arraycopy(prelude, 0, all, 0, 12);
        System.arraycopy(rest, 0, all, 12, rest.length);
        assertThat(ByteBuffer.wrap(all, total - 4, 4).getInt()).isEqualTo((int) crc(all, total - 4));
        Map<String, String> headers = new LinkedHashMap<>();
        ByteBuffer h = ByteBuffer.wrap(all, 12, headersLength);
        while (h.hasRemaining()) {
            byte[] name = new byte[h.get()];
            h.get(name);
            assertThat(h.get()).as("string header").isEqualTo((byte) 7);
            byte[] value = new byte[h.getShort()];
            h.get(value);
            headers.put(new String(name, StandardCharsets.UTF_8), new String(value, StandardCharsets.UTF_8));
        }
        return new Message(headers, Arrays.copyOfRange(all, 12 + headersLength, total - 4));
    }

    static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    /** A stream with one record and a consumer; returns the consumer's ARN. */
    String consumerOfStreamWithRecord(String data) {
        String name = "wire-efo-" + UUID.randomUUID().toString().substring(0, 8);
        kinesis.createStream(b -> b.streamName(name).shardCount(1));
        String arn = kinesis.describeStreamSummary(b -> b.streamName(name)).streamDescriptionSummary().streamARN();
        kinesis.putRecord(b -> b.streamARN(arn).partitionKey("pk").data(SdkBytes.fromUtf8String(data)));
        return kinesis.registerStreamConsumer(b -> b.streamARN(arn).consumerName("wire")).consumer().consumerARN();
    }

    HttpResponse<InputStream> subscribe(String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Clients.endpoint() + "/"))
                .header("Authorization", AUTH).header("X-Amz-Target", "Kinesis_20131202.SubscribeToShard")
                .header("Content-Type", contentType).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    static byte[] json(String consumerArn) {
        return ("{\"ConsumerARN\":\"" + consumerArn + "\",\"ShardId\":\"shardId-000000000000\","
                + "\"StartingPosition\":{\"Type\":\"TRIM_HORIZON\"}}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void jsonCallersGetAnEventStreamWithJsonPayloads() throws Exception {
        String consumer = consumerOfStreamWithRecord("hello");
        HttpResponse<InputStream> response = subscribe("application/x-amz-json-1.1", json(consumer));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/vnd.amazon.eventstream");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        try (InputStream in = response.body()) {
            Message initial = read(in);
            assertThat(initial.headers()).containsEntry(":message-type", "event")
                    .containsEntry(":event-type", "initial-response")
                    .containsEntry(":content-type", "application/json");
            assertThat(JSON.readTree(initial.payload()).isEmpty()).isTrue();

            Message first = read(in);
            assertThat(first.headers()).containsEntry(":message-type", "event")
                    .containsEntry(":event-type", "SubscribeToShardEvent");
            JsonNode event = JSON.readTree(first.payload());
            JsonNode record = event.get("Records").get(0);
            assertThat(Base64.getDecoder().decode(record.get("Data").asText()))
                    .isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
            assertThat(record.get("PartitionKey").asText()).isEqualTo("pk");
            assertThat(record.get("SequenceNumber").asText()).matches("\\d{56}");
            assertThat(record.get("ApproximateArrivalTimestamp").isNumber()).isTrue();
            assertThat(event.get("ContinuationSequenceNumber").asText()).isEqualTo(record.get("SequenceNumber")
                    .asText());
            assertThat(event.get("MillisBehindLatest").asLong()).isZero();
        }
    }

    @Test
    void cborCallersGetCborPayloads() throws Exception {
        String consumer = consumerOfStreamWithRecord("bytes");
        byte[] body = CBOR.writeValueAsBytes(Map.of("ConsumerARN", consumer, "ShardId", "shardId-000000000000",
                "StartingPosition", Map.of("Type", "TRIM_HORIZON")));
        HttpResponse<InputStream> response = subscribe("application/x-amz-cbor-1.1", body);
        assertThat(response.statusCode()).isEqualTo(200);
        try (InputStream in = response.body()) {
            assertThat(read(in).headers()).containsEntry(":event-type", "initial-response");
            Message first = read(in);
            assertThat(first.headers()).containsEntry(":content-type", "application/x-amz-cbor-1.1");
            JsonNode record = CBOR.readTree(first.payload()).get("Records").get(0);
            assertThat(record.get("Data").isBinary()).isTrue();
            assertThat(record.get("Data").binaryValue()).isEqualTo("bytes".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void errorsBeforeTheStreamAreOrdinaryErrors() throws Exception {
        String consumer = consumerOfStreamWithRecord("x");
        HttpResponse<InputStream> response = subscribe("application/x-amz-json-1.1",
                json(consumer.replace("/consumer/wire:", "/consumer/nobody:")));
        assertThat(response.statusCode()).isEqualTo(400);
        try (InputStream in = response.body()) {
            JsonNode error = JSON.readTree(in);
            assertThat(error.get("__type").asText()).endsWith("ResourceNotFoundException");
        }
    }

    @Test
    void aClientThatHangsUpLetsGoOfItsSubscription() throws Exception {
        String consumer = consumerOfStreamWithRecord("once");
        long started = System.nanoTime();
        HttpResponse<InputStream> first = subscribe("application/x-amz-json-1.1", json(consumer));
        assertThat(first.statusCode()).isEqualTo(200);
        InputStream in = first.body();
        read(in);
        in.close();
        // were the subscription still held, another would be refused for five seconds from the first
        Duration beforeTakeover = Duration.ofMillis(4_500).minusNanos(System.nanoTime() - started);
        int status = Polling.until(beforeTakeover, () -> {
            try {
                HttpResponse<InputStream> again = subscribe("application/x-amz-json-1.1", json(consumer));
                again.body().close();
                return again.statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, s -> s == 200);
        assertThat(status).isEqualTo(200);
    }
}
