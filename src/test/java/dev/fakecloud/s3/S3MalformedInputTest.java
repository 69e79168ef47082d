package dev.fakecloud.s3;

import static dev.fakecloud.s3.S3BucketTest.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Bad input to S3 always gets S3's 4xx error document with a request id, never a 5xx or a dropped connection: a
 * sweep of every sub-resource with unreadable documents, every numeric or marker parameter with nonsense, broken
 * framings, ranges, dates, copy sources and ids; and the server answers normally afterwards.
 */
@QuarkusTest
class S3MalformedInputTest {

    private final S3Client s3 = Clients.s3();

    record Bad(String method, String path, Map<String, String> headers, byte[] body) {
        @Override
        public String toString() {
            return method + " " + path + " " + headers;
        }
    }

    static final List<String> DOCUMENTS = List.of("", "not xml", "<", "<a><b></a>", "<?xml version=\"1.0\"?>",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "<x>" + "<y>".repeat(5000) + "</x>",
            "<Tagging><TagSet><Tag><Key></Key><Value>v</Value></Tag></TagSet></Tagging>",
            "<CompleteMultipartUpload><Part><PartNumber>x</PartNumber></Part></CompleteMultipartUpload>",
            "<Delete><Object></Object></Delete>", "\u0000\u0001\u0002");

    static final List<String> SUBRESOURCES = List.of("versioning", "tagging", "policy", "acl", "cors", "lifecycle",
            "encryption", "website", "notification", "logging", "replication", "ownershipControls",
            "publicAccessBlock", "accelerate", "requestPayment", "object-lock", "analytics&id=a", "metrics&id=m",
            "inventory&id=i", "intelligent-tiering&id=t", "delete");

    // a stray % is the gateway's own case (MalformedInputTest); REST Assured cannot send one
    static final List<String> NONSENSE = List.of("-1", "abc", "99999999999999999999", "", "%2525", "1.5");

    @Test
    void everyMalformedRequestGetsAnS3ClientError() {
        String bucket = unique("malformed");
        s3.createBucket(r -> r.bucket(bucket));
        s3.putObject(r -> r.bucket(bucket).key("obj"), RequestBody.fromString("0123456789"));
        String upload = s3.createMultipartUpload(r -> r.bucket(bucket).key("mp")).uploadId();

        List<Bad> requests = new ArrayList<>();
        for (String sub : SUBRESOURCES) {
            for (String doc : DOCUMENTS) {
                String method = sub.equals("delete") ? "POST" : "PUT";
                requests.add(new Bad(method, "/" + bucket + "?" + sub, Map.of(), doc.getBytes(StandardCharsets.UTF_8)));
            }
        }
        for (String doc : DOCUMENTS) {
            requests.add(new Bad("PUT", "/" + bucket + "/obj?tagging", Map.of(), doc.getBytes(StandardCharsets.UTF_8)));
            requests.add(new Bad("POST", "/" + bucket + "/mp?uploadId=" + upload, Map.of(),
                    doc.getBytes(StandardCharsets.UTF_8)));
            requests.add(new Bad("PUT", "/" + unique("newbucket"), Map.of(), doc.getBytes(StandardCharsets.UTF_8)));
        }
        for (String v : NONSENSE) {
            for (String param : List.of("max-keys", "continuation-token", "start-after", "marker", "encoding-type",
                    "key-marker", "version-id-marker", "max-uploads", "upload-id-marker", "prefix", "delimiter")) {
                requests.add(new Bad("GET", "/" + bucket + "?list-type=2&" + param + "=" + v, Map.of(), null));
                requests.add(new Bad("GET", "/" + bucket + "?versions&" + param + "=" + v, Map.of(), null));
                requests.add(new Bad("GET", "/" + bucket + "?uploads&" + param + "=" + v, Map.of(), null));
            }
            requests.add(new Bad("GET", "/?max-buckets=" + v, Map.of(), null));
            requests.add(new Bad("GET", "/?continuation-token=" + v, Map.of(), null));
            requests.add(new Bad("GET", "/" + bucket + "/mp?uploadId=" + upload + "&max-parts=" + v, Map.of(), null));
            requests.add(new Bad("GET", "/" + bucket + "/mp?uploadId=" + upload + "&part-number-marker=" + v,
                    Map.of(), null));
            requests.add(new Bad("PUT", "/" + bucket + "/mp?uploadId=" + upload + "&partNumber=" + v, Map.of(),
                    new byte[] {1}));
            requests.add(new Bad("GET", "/" + bucket + "/obj?partNumber=" + v, Map.of(), null));
            requests.add(new Bad("GET", "/" + bucket + "/obj?versionId=" + v, Map.of(), null));
            requests.add(new Bad("DELETE", "/" + bucket + "/obj-" + v + "?versionId=" + v, Map.of(), null));
            requests.add(new Bad("GET", "/" + bucket + "/mp?uploadId=" + v, Map.of(), null));
            requests.add(new Bad("DELETE", "/" + bucket + "/mp?uploadId=" + v, Map.of(), null));
        }
        for (String range : List.of("bytes=", "bytes=a-b", "bytes=-", "bytes=99-", "bytes=-0", "chars=0-1",
                "bytes=0-1,3-4", "bytes=99999999999999999999-")) {
            requests.add(new Bad("GET", "/" + bucket + "/obj", Map.of("Range", range), null));
        }
        for (String date : List.of("yesterday", "", "Mon, 99 Foo 2020 00:00:00 GMT")) {
            requests.add(new Bad("GET", "/" + bucket + "/obj", Map.of("If-Modified-Since", date), null));
            requests.add(new Bad("GET", "/" + bucket + "/obj", Map.of("If-Unmodified-Since", date), null));
        }
        for (String source : List.of("", "/", "nobucket", "/" + bucket + "/", "/" + bucket + "/absent",
                "/" + bucket + "/obj?versionId=bad", "%25zz", "/" + unique("absentbucket") + "/k")) {
            requests.add(new Bad("PUT", "/" + bucket + "/copy", Map.of("x-amz-copy-source", source), null));
            requests.add(new Bad("PUT", "/" + bucket + "/mp?uploadId=" + upload + "&partNumber=1",
                    Map.of("x-amz-copy-source", source), null));
        }
        requests.add(new Bad("PUT", "/" + bucket + "/mp?uploadId=" + upload + "&partNumber=1",
                Map.of("x-amz-copy-source", "/" + bucket + "/obj", "x-amz-copy-source-range", "bytes=5-1"), null));
        requests.add(new Bad("PUT", "/" + bucket + "/copy", Map.of("x-amz-copy-source", "/" + bucket + "/obj",
                "x-amz-metadata-directive", "MERGE"), null));
        for (Map<String, String> headers : List.of(Map.of("Content-MD5", "not base64!"),
                Map.of("Content-MD5", "AAAA"), Map.of("x-amz-storage-class", "PLATINUM"),
                Map.of("x-amz-acl", "everyone"), Map.of("x-amz-tagging", "=&=&%zz"),
                Map.of("x-amz-checksum-crc32", "wrong"), Map.of("x-amz-checksum-sha256", "AAAA"),
                Map.of("x-amz-sdk-checksum-algorithm", "MD4"), Map.of("If-None-Match", "\"abc\""),
                Map.of("Content-Encoding", "aws-chunked", "x-amz-decoded-content-length", "5"),
                Map.of("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"))) {
            requests.add(new Bad("PUT", "/" + bucket + "/put", headers, "hello".getBytes(StandardCharsets.UTF_8)));
        }
        requests.add(new Bad("POST", "/" + bucket + "/new?uploads", Map.of("x-amz-checksum-algorithm", "MD4"), null));
        requests.add(new Bad("POST", "/" + bucket + "/new?uploads", Map.of("x-amz-checksum-algorithm", "SHA1",
                "x-amz-checksum-type", "FULL_OBJECT"), null));
        requests.add(new Bad("PATCH", "/" + bucket + "/obj", Map.of(), null));
        requests.add(new Bad("POST", "/" + bucket + "/obj", Map.of(), null));
        assertThat(requests).hasSizeGreaterThan(300);

        List<String> failures = new ArrayList<>();
        for (Bad r : requests) {
            var spec = given().urlEncodingEnabled(false).header("Authorization", S3WireTest.S3_AUTH)
                    .headers(r.headers());
            if (r.body() != null) {
                spec = spec.body(r.body());
            }
            Response reply;
            try {
                reply = spec.request(r.method(), r.path());
            } catch (Exception e) {
                failures.add(r + ": " + e);
                continue;
            }
            int status = reply.statusCode();
            if (status >= 500 && status != 501) {
                failures.add(r + ": " + status + " " + reply.asString());
            } else if (status >= 400) {
                String body = reply.asString();
                if (!body.contains("<Code>") || !body.contains("<RequestId>")) {
                    failures.add(r + ": " + status + " without an S3 error document: " + body);
                }
            }
        }
        assertThat(failures).as("%d of %d malformed requests", failures.size(), requests.size()).isEmpty();

        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("obj")).asUtf8String()).isEqualTo("0123456789");
        s3.abortMultipartUpload(r -> r.bucket(bucket).key("mp").uploadId(upload));
    }
}
