package dev.fakecloud.kinesis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Kinesis on the wire, as the CLI and boto3 (AWS JSON 1.1) and the Java SDK v2 (the same protocol in CBOR) send it:
 * blobs as base64 strings or CBOR byte strings, timestamps as epoch seconds or CBOR tag 1 around epoch milliseconds,
 * errors in the caller's encoding.
 */
@QuarkusTest
class KinesisWireTest {

    static final String AUTH = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/kinesis/aws4_request, "
            + "SignedHeaders=host, Signature=abc";
    static final CBORMapper CBOR = new CBORMapper();

    static RequestSpecification json(String operation) {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("application/x-amz-json-1.1", ContentType.TEXT)))
                .filter((req, res, ctx) -> {
                    Response r = ctx.next(req, res);
                    r = new io.restassured.builder.ResponseBuilder().clone(r).setContentType(ContentType.JSON).build();
                    return r;
                })
                .header("Authorization", AUTH).header("X-Amz-Target", "Kinesis_20131202." + operation)
                .contentType("application/x-amz-json-1.1");
    }

    static Response cbor(String operation, byte[] body) {
        return given().header("Authorization", AUTH).header("X-Amz-Target", "Kinesis_20131202." + operation)
                .contentType("application/x-amz-cbor-1.1").body(body).post("/");
    }

    static String stream() {
        String name = "wire-" + UUID.randomUUID().toString().substring(0, 8);
        json("CreateStream").body("{\"StreamName\":\"" + name + "\",\"ShardCount\":1}").post("/").then()
                .statusCode(200);
        return name;
    }

    @Test
    void jsonCarriesBlobsAsBase64AndTimestampsAsEpochSeconds() {
        String name = stream();
        String data = Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
        json("PutRecord").body("{\"StreamName\":\"" + name + "\",\"PartitionKey\":\"k\",\"Data\":\"" + data + "\"}")
                .post("/").then().statusCode(200)
                .body("ShardId", equalTo("shardId-000000000000")).body("SequenceNumber", matchesPattern("\\d{56}"))
                .body("EncryptionType", equalTo("NONE"));
        String iterator = json("GetShardIterator").body("{\"StreamName\":\"" + name
                + "\",\"ShardId\":\"shardId-000000000000\",\"ShardIteratorType\":\"TRIM_HORIZON\"}").post("/")
                .then().statusCode(200).extract().path("ShardIterator");
        Response records = json("GetRecords").body("{\"ShardIterator\":\"" + iterator + "\"}").post("/");
        records.then().statusCode(200).body("Records[0].Data", equalTo(data)).body("MillisBehindLatest", equalTo(0));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"ApproximateArrivalTimestamp\":([0-9.]+)")
                .matcher(records.asString());
        assertThat(m.find()).as("a plain JSON number of epoch seconds").isTrue();
        String timestamp = m.group(1);
        double seconds = Double.parseDouble(timestamp);
        assertThat(seconds).isBetween(System.currentTimeMillis() / 1000.0 - 60, System.currentTimeMillis() / 1000.0);
        json("DescribeStreamSummary").body("{\"StreamName\":\"" + name + "\"}").post("/").then().statusCode(200)
                .body("StreamDescriptionSummary.StreamStatus", equalTo("ACTIVE"));
    }

    @Test
    void jsonErrorsCarryTheShapeAndAClientStatus() {
        json("DescribeStream").body("{\"StreamName\":\"missing-stream\"}").post("/").then().statusCode(400)
                .body("__type", equalTo("ResourceNotFoundException"))
                .body("message", equalTo("Stream missing-stream under account 000000000000 not found."));
        json("DescribeStream").body("{}").post("/").then().statusCode(400)
                .body("__type", equalTo("InvalidArgumentException"));
        json("PutRecord").body("{\"StreamName\": 5, \"Data\": [").post("/").then().statusCode(400)
                .body("__type", equalTo("SerializationException"));
        json("NoSuchThing").body("{}").post("/").then().statusCode(400)
                .body("__type", equalTo("UnknownOperationException"));
        json("CreateStream").body("{\"StreamName\":\"bad name!\",\"ShardCount\":0}").post("/").then().statusCode(400)
                .body("__type", equalTo("ValidationException"))
                .body("message", startsWith("2 validation errors detected: "));
    }

    @Test
    void cborCarriesBlobsAsByteStringsAndTimestampsAsTaggedEpochMillis() throws IOException {
        String name = stream();
        byte[] payload = {0, 1, 2, (byte) 0xff};
        Response put = cbor("PutRecord", CBOR.writeValueAsBytes(Map.of("StreamName", name, "PartitionKey", "k",
                "Data", payload)));
        put.then().statusCode(200).contentType("application/x-amz-cbor-1.1");
        assertThat(CBOR.readTree(put.asByteArray()).get("SequenceNumber").asText()).matches("\\d{56}");

        JsonNode iterator = CBOR.readTree(cbor("GetShardIterator", CBOR.writeValueAsBytes(Map.of("StreamName", name,
                "ShardId", "shardId-000000000000", "ShardIteratorType", "TRIM_HORIZON"))).asByteArray());
        byte[] reply = cbor("GetRecords", CBOR.writeValueAsBytes(Map.of("ShardIterator",
                iterator.get("ShardIterator").asText()))).asByteArray();
        JsonNode tree = CBOR.readTree(reply);
        assertThat(tree.at("/Records/0/Data").isBinary()).isTrue();
        assertThat(tree.at("/Records/0/Data").binaryValue()).containsExactly(payload);
        try (CBORParser p = CBOR.getFactory().createParser(reply)) {
            boolean seen = false;
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && "ApproximateArrivalTimestamp".equals(p.currentName())) {
                    p.nextToken();
                    assertThat(p.getCurrentTag()).isEqualTo(1);
                    assertThat(p.getLongValue()).isBetween(System.currentTimeMillis() - 60_000,
                            System.currentTimeMillis());
                    seen = true;
                }
            }
            assertThat(seen).isTrue();
        }
    }

    @Test
    void cborTimestampsInRequestsAreEpochMillis() throws IOException {
        String name = stream();
        cbor("PutRecord", CBOR.writeValueAsBytes(Map.of("StreamName", name, "PartitionKey", "k",
                "Data", new byte[] {1}))).then().statusCode(200);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (CBORGenerator g = CBOR.getFactory().createGenerator(body)) {
            g.writeStartObject();
            g.writeStringField("StreamName", name);
            g.writeStringField("ShardId", "shardId-000000000000");
            g.writeStringField("ShardIteratorType", "AT_TIMESTAMP");
            g.writeFieldName("Timestamp");
            g.writeTag(1);
            g.writeNumber(System.currentTimeMillis() - 60_000);
            g.writeEndObject();
        }
        JsonNode iterator = CBOR.readTree(cbor("GetShardIterator", body.toByteArray()).asByteArray());
        JsonNode records = CBOR.readTree(cbor("GetRecords", CBOR.writeValueAsBytes(Map.of("ShardIterator",
                iterator.get("ShardIterator").asText()))).asByteArray());
        assertThat(records.get("Records")).hasSize(1);
    }

    @Test
    void cborErrorsAreCborWithTheShapeInTypeAndHeader() throws IOException {
        Response r = cbor("DescribeStream", CBOR.writeValueAsBytes(Map.of("StreamName", "nope")));
        r.then().statusCode(400).contentType("application/x-amz-cbor-1.1")
                .header("x-amzn-ErrorType", equalTo("ResourceNotFoundException"));
        JsonNode error = CBOR.readTree(r.asByteArray());
        assertThat(error.get("__type").asText()).isEqualTo("ResourceNotFoundException");
        assertThat(error.get("message").asText()).isEqualTo("Stream nope under account 000000000000 not found.");
        Response garbage = cbor("PutRecord", new byte[] {(byte) 0xff, 0x01});
        garbage.then().statusCode(400);
        assertThat(CBOR.readTree(garbage.asByteArray()).get("__type").asText()).isEqualTo("SerializationException");
    }
}
