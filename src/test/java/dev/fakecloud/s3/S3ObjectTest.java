package dev.fakecloud.s3;

import static dev.fakecloud.s3.S3BucketTest.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/** Objects through the AWS SDK v2: put and get with headers, ranges, conditions, copies, deletes, tags. */
@QuarkusTest
class S3ObjectTest {

    private final S3Client s3 = Clients.s3();
    private String bucket;

    @BeforeEach
    void bucket() {
        bucket = unique("objects");
        s3.createBucket(r -> r.bucket(bucket));
    }

    static String md5Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    @Test
    void putThenGetKeepsBytesMetadataAndContentHeaders() throws Exception {
        byte[] body = "hello, fakecloud".getBytes(StandardCharsets.UTF_8);
        PutObjectResponse put = s3.putObject(r -> r.bucket(bucket).key("docs/a b+c.txt").contentType("text/plain")
                .cacheControl("max-age=60").contentDisposition("attachment").contentLanguage("en")
                .metadata(Map.of("Owner", "alice", "trace", "42")), RequestBody.fromBytes(body));
        assertThat(put.eTag()).isEqualTo("\"" + md5Hex(body) + "\"");

        ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(r -> r.bucket(bucket).key("docs/a b+c.txt"));
        assertThat(got.asByteArray()).isEqualTo(body);
        GetObjectResponse h = got.response();
        assertThat(h.eTag()).isEqualTo(put.eTag());
        assertThat(h.contentType()).isEqualTo("text/plain");
        assertThat(h.cacheControl()).isEqualTo("max-age=60");
        assertThat(h.contentDisposition()).isEqualTo("attachment");
        assertThat(h.contentLanguage()).isEqualTo("en");
        assertThat(h.contentLength()).isEqualTo(body.length);
        assertThat(h.metadata()).containsEntry("owner", "alice").containsEntry("trace", "42");
        assertThat(h.lastModified()).isBefore(Instant.now().plusSeconds(2));

        HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key("docs/a b+c.txt"));
        assertThat(head.contentLength()).isEqualTo(body.length);
        assertThat(head.metadata()).containsEntry("owner", "alice");
    }

    @Test
    void sdkChecksumsAreComputedCheckedAndReturned() {
        byte[] body = "checksummed payload".getBytes(StandardCharsets.UTF_8);
        // CRC64NVME needs the SDK's native CRT library; the server's own is checked in Crc64NvmeTest
        for (ChecksumAlgorithm algorithm : java.util.List.of(ChecksumAlgorithm.CRC32, ChecksumAlgorithm.CRC32_C,
                ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA256)) {
            String key = "sum-" + algorithm;
            PutObjectResponse put = s3.putObject(r -> r.bucket(bucket).key(key).checksumAlgorithm(algorithm),
                    RequestBody.fromBytes(body));
            HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(key).checksumMode(ChecksumMode.ENABLED));
            String sent = switch (algorithm) {
                case CRC32 -> put.checksumCRC32();
                case CRC32_C -> put.checksumCRC32C();
                case SHA1 -> put.checksumSHA1();
                case SHA256 -> put.checksumSHA256();
                default -> throw new IllegalStateException();
            };
            String kept = switch (algorithm) {
                case CRC32 -> head.checksumCRC32();
                case CRC32_C -> head.checksumCRC32C();
                case SHA1 -> head.checksumSHA1();
                case SHA256 -> head.checksumSHA256();
                default -> throw new IllegalStateException();
            };
            assertThat(sent).as(algorithm.toString()).isNotNull().isEqualTo(kept);
            // the SDK validates the checksum of what it reads against the one returned
            assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key(key).checksumMode(ChecksumMode.ENABLED))
                    .asByteArray()).isEqualTo(body);
        }
    }

    @Test
    void rangesAnswerPartialContent() {
        s3.putObject(r -> r.bucket(bucket).key("digits"), RequestBody.fromString("0123456789"));
        var part = s3.getObjectAsBytes(r -> r.bucket(bucket).key("digits").range("bytes=2-5"));
        assertThat(part.asUtf8String()).isEqualTo("2345");
        assertThat(part.response().contentRange()).isEqualTo("bytes 2-5/10");
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("digits").range("bytes=-3")).asUtf8String())
                .isEqualTo("789");
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("digits").range("bytes=7-")).asUtf8String())
                .isEqualTo("789");
        assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket(bucket).key("digits").range("bytes=20-30")))
                .isInstanceOf(S3Exception.class)
                .satisfies(e -> {
                    assertThat(((S3Exception) e).statusCode()).isEqualTo(416);
                    assertThat(((S3Exception) e).awsErrorDetails().errorCode()).isEqualTo("InvalidRange");
                });
    }

    @Test
    void conditionalReadsAndWrites() {
        String etag = s3.putObject(r -> r.bucket(bucket).key("cond"), RequestBody.fromString("v1")).eTag();
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("cond").ifMatch(etag)).asUtf8String())
                .isEqualTo("v1");
        assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket(bucket).key("cond").ifMatch("\"nope\"")))
                .isInstanceOf(S3Exception.class)
                .satisfies(e -> {
                    assertThat(((S3Exception) e).statusCode()).isEqualTo(412);
                    assertThat(((S3Exception) e).awsErrorDetails().errorCode()).isEqualTo("PreconditionFailed");
                });
        assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket(bucket).key("cond").ifNoneMatch(etag)))
                .isInstanceOf(S3Exception.class)
                .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(304));
        assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket(bucket).key("cond")
                .ifUnmodifiedSince(Instant.now().minusSeconds(3600))))
                .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(412));
        assertThatThrownBy(() -> s3.putObject(r -> r.bucket(bucket).key("cond").ifNoneMatch("*"),
                RequestBody.fromString("v2")))
                .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(412));
        s3.putObject(r -> r.bucket(bucket).key("cond").ifMatch(etag), RequestBody.fromString("v2"));
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("cond")).asUtf8String()).isEqualTo("v2");
    }

    @Test
    void missingKeyIsNoSuchKey() {
        assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket(bucket).key("absent")))
                .isInstanceOf(NoSuchKeyException.class)
                .satisfies(e -> {
                    S3Exception s = (S3Exception) e;
                    assertThat(s.statusCode()).isEqualTo(404);
                    assertThat(s.awsErrorDetails().errorMessage()).isEqualTo("The specified key does not exist.");
                });
        assertThatThrownBy(() -> s3.headObject(r -> r.bucket(bucket).key("absent")))
                .isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void copyKeepsOrReplacesMetadata() {
        s3.putObject(r -> r.bucket(bucket).key("src").contentType("text/csv").metadata(Map.of("a", "1")),
                RequestBody.fromString("a,b"));
        String other = unique("target");
        s3.createBucket(r -> r.bucket(other));

        var copied = s3.copyObject(r -> r.sourceBucket(bucket).sourceKey("src").destinationBucket(other)
                .destinationKey("copy"));
        assertThat(copied.copyObjectResult().eTag()).isEqualTo(s3.headObject(r -> r.bucket(bucket).key("src"))
                .eTag());
        HeadObjectResponse kept = s3.headObject(r -> r.bucket(other).key("copy"));
        assertThat(kept.contentType()).isEqualTo("text/csv");
        assertThat(kept.metadata()).containsEntry("a", "1");

        s3.copyObject(r -> r.sourceBucket(bucket).sourceKey("src").destinationBucket(bucket).destinationKey("src")
                .metadataDirective(MetadataDirective.REPLACE).contentType("application/json")
                .metadata(Map.of("b", "2")));
        HeadObjectResponse replaced = s3.headObject(r -> r.bucket(bucket).key("src"));
        assertThat(replaced.contentType()).isEqualTo("application/json");
        assertThat(replaced.metadata()).containsEntry("b", "2").doesNotContainKey("a");
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("src")).asUtf8String()).isEqualTo("a,b");

        assertThatThrownBy(() -> s3.copyObject(r -> r.sourceBucket(bucket).sourceKey("src").destinationBucket(bucket)
                .destinationKey("src")))
                .satisfies(e -> assertThat(((S3Exception) e).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidRequest"));
        assertThatThrownBy(() -> s3.copyObject(r -> r.sourceBucket(bucket).sourceKey("nothing")
                .destinationBucket(bucket).destinationKey("x"))).isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void deleteObjectsReportsEachKey() {
        for (String k : new String[] {"d1", "d2"}) {
            s3.putObject(r -> r.bucket(bucket).key(k), RequestBody.fromString(k));
        }
        var result = s3.deleteObjects(r -> r.bucket(bucket).delete(d -> d.objects(
                ObjectIdentifier.builder().key("d1").build(), ObjectIdentifier.builder().key("d2").build(),
                ObjectIdentifier.builder().key("never").build())));
        assertThat(result.deleted()).extracting(x -> x.key()).containsExactlyInAnyOrder("d1", "d2", "never");
        assertThat(result.errors()).isEmpty();
        assertThat(s3.listObjectsV2(r -> r.bucket(bucket)).contents()).isEmpty();
        s3.deleteObject(r -> r.bucket(bucket).key("never"));
    }

    @Test
    void objectTagsAndAcl() {
        s3.putObject(r -> r.bucket(bucket).key("tagged").tagging("env=dev&team=core"), RequestBody.fromString("x"));
        assertThat(s3.getObjectTagging(r -> r.bucket(bucket).key("tagged")).tagSet()).extracting(Tag::key)
                .containsExactly("env", "team");
        assertThat(s3.headObject(r -> r.bucket(bucket).key("tagged")).hasMetadata()).isTrue();
        s3.putObjectTagging(r -> r.bucket(bucket).key("tagged").tagging(t -> t.tagSet(Tag.builder().key("only")
                .value("one").build())));
        assertThat(s3.getObjectTagging(r -> r.bucket(bucket).key("tagged")).tagSet()).extracting(Tag::value)
                .containsExactly("one");
        s3.deleteObjectTagging(r -> r.bucket(bucket).key("tagged"));
        assertThat(s3.getObjectTagging(r -> r.bucket(bucket).key("tagged")).tagSet()).isEmpty();
        assertThat(s3.getObjectAcl(r -> r.bucket(bucket).key("tagged")).grants()).isNotEmpty();
    }

    @Test
    void emptyAndBinaryObjects() throws Exception {
        s3.putObject(r -> r.bucket(bucket).key("empty"), RequestBody.empty());
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("empty")).asByteArray()).isEmpty();
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(7).nextBytes(bytes);
        String etag = s3.putObject(r -> r.bucket(bucket).key("bin"), RequestBody.fromBytes(bytes)).eTag();
        assertThat(etag).isEqualTo("\"" + md5Hex(bytes) + "\"");
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("bin")).asByteArray()).isEqualTo(bytes);
    }

    /** RenameObject moves an object to a new key atomically, keeping its bytes, ETag and metadata. */
    @Test
    void renameMovesTheObjectAndKeepsWhatItWas() {
        var put = s3.putObject(r -> r.bucket(bucket).key("logs/old name.txt").metadata(java.util.Map.of("kind", "log"))
                .contentType("text/plain"), software.amazon.awssdk.core.sync.RequestBody.fromString("renamed"));
        var before = s3.headObject(r -> r.bucket(bucket).key("logs/old name.txt"));
        s3.renameObject(r -> r.bucket(bucket).key("logs/new.txt").renameSource("logs/old name.txt"));
        var moved = s3.getObjectAsBytes(r -> r.bucket(bucket).key("logs/new.txt"));
        assertThat(moved.asUtf8String()).isEqualTo("renamed");
        assertThat(moved.response().eTag()).isEqualTo(put.eTag());
        assertThat(moved.response().metadata()).containsEntry("kind", "log");
        assertThat(moved.response().contentType()).isEqualTo("text/plain");
        assertThat(moved.response().lastModified()).isEqualTo(before.lastModified());
        assertThatThrownBy(() -> s3.headObject(r -> r.bucket(bucket).key("logs/old name.txt")))
                .isInstanceOf(software.amazon.awssdk.services.s3.model.NoSuchKeyException.class);

        s3.putObject(r -> r.bucket(bucket).key("other.txt"), software.amazon.awssdk.core.sync.RequestBody.fromString("x"));
        assertThatThrownBy(() -> s3.renameObject(r -> r.bucket(bucket).key("logs/new.txt").renameSource("other.txt")
                .destinationIfNoneMatch("*")))
                .isInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class)
                .satisfies(e -> assertThat(((software.amazon.awssdk.services.s3.model.S3Exception) e).statusCode())
                        .isEqualTo(412));
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("other.txt")).asUtf8String()).isEqualTo("x");
        assertThatThrownBy(() -> s3.renameObject(r -> r.bucket(bucket).key("b.txt").renameSource("missing.txt")))
                .isInstanceOf(software.amazon.awssdk.services.s3.model.NoSuchKeyException.class);
    }
}
