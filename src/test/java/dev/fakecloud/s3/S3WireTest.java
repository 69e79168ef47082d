package dev.fakecloud.s3;

import static dev.fakecloud.s3.S3BucketTest.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** S3 on the wire: error documents and statuses, bodiless HEAD errors, virtual hosts, presigned URLs, aws-chunked. */
@QuarkusTest
class S3WireTest {

    static final String S3_AUTH = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/s3/aws4_request, "
            + "SignedHeaders=host, Signature=abc";

    private final S3Client s3 = Clients.s3();
    private String bucket;

    @BeforeEach
    void bucket() {
        bucket = unique("wire");
        s3.createBucket(r -> r.bucket(bucket));
    }

    @Test
    void errorsAreS3ErrorDocumentsWithTheirDetails() {
        Response r = given().header("Authorization", S3_AUTH).get("/" + bucket + "/no/such/key");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/xml");
        XmlPath xml = r.xmlPath();
        assertThat(xml.getString("Error.Code")).isEqualTo("NoSuchKey");
        assertThat(xml.getString("Error.Message")).isEqualTo("The specified key does not exist.");
        assertThat(xml.getString("Error.Key")).isEqualTo("no/such/key");
        assertThat(xml.getString("Error.RequestId")).isNotBlank();
        assertThat(r.header("x-amz-request-id")).isEqualTo(xml.getString("Error.RequestId"));

        XmlPath missing = given().header("Authorization", S3_AUTH).get("/" + unique("nobucket") + "?list-type=2")
                .then().statusCode(404).extract().xmlPath();
        assertThat(missing.getString("Error.Code")).isEqualTo("NoSuchBucket");
        assertThat(missing.getString("Error.BucketName")).startsWith("nobucket-");
    }

    @Test
    void headErrorsHaveNoBody() {
        given().header("Authorization", S3_AUTH).head("/" + bucket + "/absent")
                .then().statusCode(404).body(emptyString()).header("x-amz-request-id", notNullValue());
        given().header("Authorization", S3_AUTH).head("/" + unique("absent-bucket"))
                .then().statusCode(404).body(emptyString());
    }

    @Test
    void badNamesAndBadXmlAreClientErrors() {
        XmlPath xml = given().header("Authorization", S3_AUTH).put("/Bad_Name")
                .then().statusCode(400).extract().xmlPath();
        assertThat(xml.getString("Error.Code")).isEqualTo("InvalidBucketName");
        assertThat(xml.getString("Error.BucketName")).isEqualTo("Bad_Name");

        given().header("Authorization", S3_AUTH).body("<VersioningConfiguration><Status>").contentType("application/xml")
                .put("/" + bucket + "?versioning")
                .then().statusCode(400).body("Error.Code", equalTo("MalformedXML"));
        given().header("Authorization", S3_AUTH).get("/" + bucket + "?list-type=2&max-keys=many")
                .then().statusCode(400).body("Error.Code", equalTo("InvalidArgument"));
        given().header("Authorization", S3_AUTH).header("Range", "bytes=5-1")
                .get("/" + bucket + "/absent").then().statusCode(404);
    }

    @Test
    void virtualHostedRequestsNameTheBucketInTheHost() {
        s3.putObject(r -> r.bucket(bucket).key("folder/file.txt"), RequestBody.fromString("in the host"));
        int port = Clients.endpoint().getPort();
        for (String host : new String[] {bucket + ".localhost:" + port, bucket + ".s3.localhost:" + port,
                bucket + ".s3.us-east-1.amazonaws.com", bucket + ".s3.fakecloud.example:" + port}) {
            // unsigned: the host alone says it is S3
            given().header("Host", host).get("/folder/file.txt")
                    .then().statusCode(200).body(equalTo("in the host"));
            given().header("Host", host).get("/?list-type=2&prefix=folder/")
                    .then().statusCode(200).body("ListBucketResult.Name", equalTo(bucket))
                    .body("ListBucketResult.Contents.Key", equalTo("folder/file.txt"));
        }
    }

    @Test
    void presignedUrlsAreAccepted() throws Exception {
        URI endpoint = Clients.endpoint();
        try (S3Presigner presigner = S3Presigner.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            URI put = presigner.presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                    .putObjectRequest(o -> o.bucket(bucket).key("presigned.txt"))).url().toURI();
            URI get = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                    .getObjectRequest(o -> o.bucket(bucket).key("presigned.txt"))).url().toURI();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> stored = http.send(HttpRequest.newBuilder(put)
                    .PUT(HttpRequest.BodyPublishers.ofString("signed in the url")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(stored.statusCode()).isEqualTo(200);
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(get).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).isEqualTo("signed in the url");
        }
    }

    @Test
    void awsChunkedBodiesWithTrailingChecksumsAreDecodedAndChecked() {
        byte[] data = "0123456789abcdefghij".getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(data);
        long v = crc.getValue();
        String crc32 = java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16),
                (byte) (v >>> 8), (byte) v});
        String body = "a\r\n0123456789\r\na\r\nabcdefghij\r\n0\r\nx-amz-checksum-crc32:" + crc32 + "\r\n\r\n";
        given().header("Authorization", S3_AUTH).header("Content-Encoding", "aws-chunked")
                .header("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
                .header("x-amz-decoded-content-length", "20").header("x-amz-trailer", "x-amz-checksum-crc32")
                .body(body.getBytes(StandardCharsets.US_ASCII))
                .put("/" + bucket + "/chunked")
                .then().statusCode(200).header("x-amz-checksum-crc32", crc32);
        given().header("Authorization", S3_AUTH).get("/" + bucket + "/chunked")
                .then().statusCode(200).body(equalTo("0123456789abcdefghij"))
                .header("Content-Encoding", org.hamcrest.Matchers.nullValue());

        String wrong = body.replace(crc32, "AAAAAA==");
        given().header("Authorization", S3_AUTH).header("Content-Encoding", "aws-chunked")
                .header("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
                .header("x-amz-decoded-content-length", "20").header("x-amz-trailer", "x-amz-checksum-crc32")
                .body(wrong.getBytes(StandardCharsets.US_ASCII))
                .put("/" + bucket + "/chunked-wrong")
                .then().statusCode(400).body("Error.Code", equalTo("BadDigest"));
        given().header("Authorization", S3_AUTH).header("Content-Encoding", "aws-chunked")
                .header("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
                .body("zz\r\nbroken".getBytes(StandardCharsets.US_ASCII))
                .put("/" + bucket + "/chunked-broken")
                .then().statusCode(400).body("Error.Code", equalTo("IncompleteBody"));
    }
}
