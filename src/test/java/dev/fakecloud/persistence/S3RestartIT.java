package dev.fakecloud.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * S3's state survives fakecloud being killed (kill -9) and stopped cleanly on the same data directory: buckets with
 * their settings, every object's bytes, metadata and ETag, versions and delete markers, and multipart uploads in
 * progress, which can still be completed.
 */
class S3RestartIT extends OnDataDirectory {

    S3Client start() {
        startServer();
        return Clients.s3(server.endpoint());
    }

    @Test
    void bucketsObjectsVersionsAndUploadsComeBackAfterAKillAndAStop() {
        S3Client s3 = start();
        s3.createBucket(b -> b.bucket("photos"));
        s3.putBucketVersioning(b -> b.bucket("photos").versioningConfiguration(v -> v
                .status(BucketVersioningStatus.ENABLED)));
        s3.putBucketTagging(b -> b.bucket("photos").tagging(t -> t.tagSet(Tag.builder().key("team").value("web")
                .build())));
        byte[] large = new byte[3 << 20];
        new Random(7).nextBytes(large);
        String firstVersion = s3.putObject(b -> b.bucket("photos").key("cat.jpg").metadata(Map.of("owner", "ann"))
                .contentType("image/jpeg"), RequestBody.fromString("first")).versionId();
        String largeEtag = s3.putObject(b -> b.bucket("photos").key("cat.jpg"), RequestBody.fromBytes(large)).eTag();
        s3.putObject(b -> b.bucket("photos").key("gone.txt"), RequestBody.fromString("bye"));
        s3.deleteObject(b -> b.bucket("photos").key("gone.txt"));
        String uploadId = s3.createMultipartUpload(b -> b.bucket("photos").key("movie.mp4")).uploadId();
        byte[] part = new byte[5 << 20];
        new Random(8).nextBytes(part);
        String partEtag = s3.uploadPart(b -> b.bucket("photos").key("movie.mp4").uploadId(uploadId).partNumber(1),
                RequestBody.fromBytes(part)).eTag();
        server.kill();

        s3 = start();
        check(s3, firstVersion, large, largeEtag, uploadId);
        server.close();

        S3Client again = start();
        check(again, firstVersion, large, largeEtag, uploadId);
        String movieEtag = again.completeMultipartUpload(b -> b.bucket("photos").key("movie.mp4").uploadId(uploadId)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(partEtag).build()))).eTag();
        assertThat(movieEtag).endsWith("-1\"");
        assertThat(again.getObjectAsBytes(b -> b.bucket("photos").key("movie.mp4")).asByteArray()).isEqualTo(part);
    }

    private static void check(S3Client s3, String firstVersion, byte[] large, String largeEtag, String uploadId) {
        assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).containsExactly("photos");
        assertThat(s3.getBucketVersioning(b -> b.bucket("photos")).status()).isEqualTo(BucketVersioningStatus.ENABLED);
        assertThat(s3.getBucketTagging(b -> b.bucket("photos")).tagSet()).extracting(Tag::value)
                .containsExactly("web");
        var latest = s3.getObjectAsBytes(b -> b.bucket("photos").key("cat.jpg"));
        assertThat(latest.asByteArray()).isEqualTo(large);
        assertThat(latest.response().eTag()).isEqualTo(largeEtag);
        var first = s3.getObjectAsBytes(b -> b.bucket("photos").key("cat.jpg").versionId(firstVersion));
        assertThat(first.asUtf8String()).isEqualTo("first");
        assertThat(first.response().metadata()).containsEntry("owner", "ann");
        assertThat(first.response().contentType()).isEqualTo("image/jpeg");
        var versions = s3.listObjectVersions(b -> b.bucket("photos"));
        assertThat(versions.versions()).extracting(ObjectVersion::key).containsExactly("cat.jpg", "cat.jpg",
                "gone.txt");
        assertThat(versions.deleteMarkers()).hasSize(1);
        assertThat(s3.listObjectsV2(b -> b.bucket("photos")).contents()).extracting(o -> o.key())
                .containsExactly("cat.jpg");
        assertThat(s3.listMultipartUploads(b -> b.bucket("photos")).uploads()).extracting(u -> u.uploadId())
                .isEqualTo(List.of(uploadId));
        assertThat(s3.listParts(b -> b.bucket("photos").key("movie.mp4").uploadId(uploadId)).parts())
                .extracting(p -> p.size()).containsExactly((long) (5 << 20));
    }
}
