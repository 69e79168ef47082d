package dev.fakecloud.s3;

import static dev.fakecloud.s3.S3BucketTest.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** ListObjects, ListObjectsV2 and ListObjectVersions, and versioning: ids, delete markers, reads by version. */
@QuarkusTest
class S3ListingAndVersionsTest {

    private final S3Client s3 = Clients.s3();
    private String bucket;

    @BeforeEach
    void bucket() {
        bucket = unique("listing");
        s3.createBucket(r -> r.bucket(bucket));
    }

    private void put(String... keys) {
        for (String k : keys) {
            s3.putObject(r -> r.bucket(bucket).key(k), RequestBody.fromString(k));
        }
    }

    @Test
    void v2PrefixDelimiterAndCommonPrefixes() {
        put("a.txt", "photos/2024/1.jpg", "photos/2024/2.jpg", "photos/2025/1.jpg", "photos/top.jpg", "z.txt");
        ListObjectsV2Response root = s3.listObjectsV2(r -> r.bucket(bucket).delimiter("/"));
        assertThat(root.contents()).extracting(S3Object::key).containsExactly("a.txt", "z.txt");
        assertThat(root.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("photos/");
        assertThat(root.keyCount()).isEqualTo(3);

        ListObjectsV2Response photos = s3.listObjectsV2(r -> r.bucket(bucket).prefix("photos/").delimiter("/"));
        assertThat(photos.contents()).extracting(S3Object::key).containsExactly("photos/top.jpg");
        assertThat(photos.commonPrefixes()).extracting(CommonPrefix::prefix)
                .containsExactly("photos/2024/", "photos/2025/");

        assertThat(s3.listObjectsV2(r -> r.bucket(bucket).startAfter("photos/2025/1.jpg")).contents())
                .extracting(S3Object::key).containsExactly("photos/top.jpg", "z.txt");
        S3Object first = s3.listObjectsV2(r -> r.bucket(bucket).prefix("a")).contents().get(0);
        assertThat(first.size()).isEqualTo(5);
        assertThat(first.eTag()).startsWith("\"");
    }

    @Test
    void v2PagesWithContinuationTokens() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            keys.add(String.format("key-%02d", i));
        }
        put(keys.toArray(String[]::new));
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String t = token;
            ListObjectsV2Response page = s3.listObjectsV2(r -> r.bucket(bucket).maxKeys(3).continuationToken(t));
            page.contents().forEach(o -> seen.add(o.key()));
            token = page.isTruncated() ? page.nextContinuationToken() : null;
            pages++;
        } while (token != null);
        assertThat(seen).isEqualTo(keys);
        assertThat(pages).isEqualTo(3);
        // the SDK's paginator walks the same pages
        assertThat(s3.listObjectsV2Paginator(r -> r.bucket(bucket).maxKeys(2)).contents()).hasSize(7);
    }

    @Test
    void v1MarkersAndNextMarker() {
        put("a/1", "a/2", "b/1", "c");
        var page = s3.listObjects(r -> r.bucket(bucket).delimiter("/").maxKeys(2));
        assertThat(page.isTruncated()).isTrue();
        assertThat(page.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("a/", "b/");
        assertThat(page.nextMarker()).isEqualTo("b/");
        var rest = s3.listObjects(r -> r.bucket(bucket).delimiter("/").marker("b/"));
        assertThat(rest.contents()).extracting(S3Object::key).containsExactly("c");
        assertThat(rest.isTruncated()).isFalse();
    }

    @Test
    void versionsDeleteMarkersAndReadsByVersion() {
        s3.putBucketVersioning(r -> r.bucket(bucket).versioningConfiguration(v -> v.status(
                BucketVersioningStatus.ENABLED)));
        String v1 = s3.putObject(r -> r.bucket(bucket).key("doc"), RequestBody.fromString("one")).versionId();
        String v2 = s3.putObject(r -> r.bucket(bucket).key("doc"), RequestBody.fromString("two")).versionId();
        assertThat(v1).isNotEqualTo(v2).isNotEqualTo("null");

        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("doc")).asUtf8String()).isEqualTo("two");
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("doc").versionId(v1)).asUtf8String())
                .isEqualTo("one");

        var deleted = s3.deleteObject(r -> r.bucket(bucket).key("doc"));
        assertThat(deleted.deleteMarker()).isTrue();
        String marker = deleted.versionId();
        assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket(bucket).key("doc")))
                .isInstanceOf(NoSuchKeyException.class);
        assertThat(s3.listObjectsV2(r -> r.bucket(bucket)).contents()).isEmpty();

        ListObjectVersionsResponse versions = s3.listObjectVersions(r -> r.bucket(bucket));
        assertThat(versions.versions()).extracting(ObjectVersion::versionId).containsExactly(v2, v1);
        assertThat(versions.versions()).noneMatch(ObjectVersion::isLatest);
        assertThat(versions.deleteMarkers()).hasSize(1);
        assertThat(versions.deleteMarkers().get(0).versionId()).isEqualTo(marker);
        assertThat(versions.deleteMarkers().get(0).isLatest()).isTrue();

        assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket(bucket).key("doc").versionId(marker)))
                .isInstanceOf(S3Exception.class)
                .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(405));
        assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket(bucket).key("doc")
                .versionId("A".repeat(32))))
                .satisfies(e -> assertThat(((S3Exception) e).awsErrorDetails().errorCode())
                        .isEqualTo("NoSuchVersion"));

        // removing the marker brings the newest version back
        s3.deleteObject(r -> r.bucket(bucket).key("doc").versionId(marker));
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("doc")).asUtf8String()).isEqualTo("two");

        assertThatThrownBy(() -> s3.deleteBucket(r -> r.bucket(bucket)))
                .satisfies(e -> assertThat(((S3Exception) e).awsErrorDetails().errorCode())
                        .isEqualTo("BucketNotEmpty"));
        s3.deleteObject(r -> r.bucket(bucket).key("doc").versionId(v1));
        s3.deleteObject(r -> r.bucket(bucket).key("doc").versionId(v2));
        s3.deleteBucket(r -> r.bucket(bucket));
    }

    @Test
    void listVersionsPagesWithKeyAndVersionMarkers() {
        s3.putBucketVersioning(r -> r.bucket(bucket).versioningConfiguration(v -> v.status(
                BucketVersioningStatus.ENABLED)));
        for (int i = 0; i < 3; i++) {
            put("k1", "k2");
        }
        List<String> seen = new ArrayList<>();
        String keyMarker = null;
        String versionMarker = null;
        boolean truncated;
        do {
            String km = keyMarker;
            String vm = versionMarker;
            ListObjectVersionsResponse page = s3.listObjectVersions(r -> r.bucket(bucket).maxKeys(4).keyMarker(km)
                    .versionIdMarker(vm));
            page.versions().forEach(v -> seen.add(v.key() + "@" + v.versionId()));
            truncated = page.isTruncated();
            keyMarker = page.nextKeyMarker();
            versionMarker = page.nextVersionIdMarker();
        } while (truncated);
        assertThat(seen).hasSize(6).doesNotHaveDuplicates();
        assertThat(seen.subList(0, 3)).allMatch(s -> s.startsWith("k1@"));
    }

    @Test
    void suspendedVersioningWritesTheNullVersion() {
        s3.putBucketVersioning(r -> r.bucket(bucket).versioningConfiguration(v -> v.status(
                BucketVersioningStatus.ENABLED)));
        String kept = s3.putObject(r -> r.bucket(bucket).key("s"), RequestBody.fromString("kept")).versionId();
        s3.putBucketVersioning(r -> r.bucket(bucket).versioningConfiguration(v -> v.status(
                BucketVersioningStatus.SUSPENDED)));
        s3.putObject(r -> r.bucket(bucket).key("s"), RequestBody.fromString("a"));
        s3.putObject(r -> r.bucket(bucket).key("s"), RequestBody.fromString("b"));
        assertThat(s3.listObjectVersions(r -> r.bucket(bucket)).versions()).extracting(ObjectVersion::versionId)
                .containsExactly("null", kept);
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("s").versionId("null")).asUtf8String())
                .isEqualTo("b");
    }
}
