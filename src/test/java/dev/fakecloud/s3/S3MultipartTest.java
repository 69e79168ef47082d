package dev.fakecloud.s3;

import static dev.fakecloud.s3.S3BucketTest.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.transfer.s3.S3TransferManager;

/** Multipart uploads through the AWS SDK v2 and its transfer manager. */
@QuarkusTest
class S3MultipartTest {

    private static final int MB = 1024 * 1024;
    private final S3Client s3 = Clients.s3();
    private String bucket;

    @BeforeEach
    void bucket() {
        bucket = unique("multipart");
        s3.createBucket(r -> r.bucket(bucket));
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] md5(byte[] bytes, int from, int to) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");
        md.update(bytes, from, to - from);
        return md.digest();
    }

    @Test
    void completeJoinsPartsWithTheMd5OfMd5sEtag() throws Exception {
        byte[] data = random(5 * MB + 1000, 1);
        String id = s3.createMultipartUpload(r -> r.bucket(bucket).key("big")).uploadId();
        String e1 = s3.uploadPart(r -> r.bucket(bucket).key("big").uploadId(id).partNumber(1),
                RequestBody.fromBytes(java.util.Arrays.copyOfRange(data, 0, 5 * MB))).eTag();
        String e2 = s3.uploadPart(r -> r.bucket(bucket).key("big").uploadId(id).partNumber(2),
                RequestBody.fromBytes(java.util.Arrays.copyOfRange(data, 5 * MB, data.length))).eTag();

        var parts = s3.listParts(r -> r.bucket(bucket).key("big").uploadId(id));
        assertThat(parts.parts()).extracting(p -> p.partNumber()).containsExactly(1, 2);
        assertThat(parts.parts().get(1).size()).isEqualTo(1000L);
        assertThat(s3.listMultipartUploads(r -> r.bucket(bucket)).uploads()).extracting(u -> u.uploadId())
                .containsExactly(id);

        String etag = s3.completeMultipartUpload(r -> r.bucket(bucket).key("big").uploadId(id)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(e1).build(),
                        CompletedPart.builder().partNumber(2).eTag(e2).build()))).eTag();
        MessageDigest all = MessageDigest.getInstance("MD5");
        all.update(md5(data, 0, 5 * MB));
        all.update(md5(data, 5 * MB, data.length));
        assertThat(etag).isEqualTo("\"" + HexFormat.of().formatHex(all.digest()) + "-2\"");

        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("big")).asByteArray()).isEqualTo(data);
        var second = s3.getObjectAsBytes(r -> r.bucket(bucket).key("big").partNumber(2));
        assertThat(second.asByteArray()).hasSize(1000);
        assertThat(second.response().partsCount()).isEqualTo(2);
        assertThat(s3.listMultipartUploads(r -> r.bucket(bucket)).uploads()).isEmpty();
    }

    @Test
    void smallPartsAreEntityTooSmallAndWrongEtagsInvalidPart() {
        String id = s3.createMultipartUpload(r -> r.bucket(bucket).key("small")).uploadId();
        String e1 = s3.uploadPart(r -> r.bucket(bucket).key("small").uploadId(id).partNumber(1),
                RequestBody.fromString("tiny")).eTag();
        String e2 = s3.uploadPart(r -> r.bucket(bucket).key("small").uploadId(id).partNumber(2),
                RequestBody.fromString("tail")).eTag();
        assertThatThrownBy(() -> s3.completeMultipartUpload(r -> r.bucket(bucket).key("small").uploadId(id)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(e1).build(),
                        CompletedPart.builder().partNumber(2).eTag(e2).build()))))
                .isInstanceOf(S3Exception.class)
                .satisfies(e -> {
                    assertThat(((S3Exception) e).statusCode()).isEqualTo(400);
                    assertThat(((S3Exception) e).awsErrorDetails().errorCode()).isEqualTo("EntityTooSmall");
                });
        assertThatThrownBy(() -> s3.completeMultipartUpload(r -> r.bucket(bucket).key("small").uploadId(id)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag("\"0123\"").build()))))
                .satisfies(e -> assertThat(((S3Exception) e).awsErrorDetails().errorCode()).isEqualTo("InvalidPart"));
        // a single small part is a whole object
        s3.completeMultipartUpload(r -> r.bucket(bucket).key("small").uploadId(id)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(e1).build())));
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("small")).asUtf8String()).isEqualTo("tiny");
    }

    @Test
    void abortForgetsTheUpload() {
        String id = s3.createMultipartUpload(r -> r.bucket(bucket).key("gone")).uploadId();
        s3.uploadPart(r -> r.bucket(bucket).key("gone").uploadId(id).partNumber(1), RequestBody.fromString("x"));
        s3.abortMultipartUpload(r -> r.bucket(bucket).key("gone").uploadId(id));
        assertThatThrownBy(() -> s3.listParts(r -> r.bucket(bucket).key("gone").uploadId(id)))
                .isInstanceOf(NoSuchUploadException.class)
                .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(404));
    }

    @Test
    void uploadPartCopyTakesARangeOfAnotherObject() {
        byte[] source = random(6 * MB, 2);
        s3.putObject(r -> r.bucket(bucket).key("source"), RequestBody.fromBytes(source));
        String id = s3.createMultipartUpload(r -> r.bucket(bucket).key("assembled")).uploadId();
        String e1 = s3.uploadPartCopy(r -> r.sourceBucket(bucket).sourceKey("source").destinationBucket(bucket)
                .destinationKey("assembled").uploadId(id).partNumber(1).copySourceRange("bytes=0-5242879"))
                .copyPartResult().eTag();
        String e2 = s3.uploadPartCopy(r -> r.sourceBucket(bucket).sourceKey("source").destinationBucket(bucket)
                .destinationKey("assembled").uploadId(id).partNumber(2)
                .copySourceRange("bytes=5242880-" + (source.length - 1))).copyPartResult().eTag();
        s3.completeMultipartUpload(r -> r.bucket(bucket).key("assembled").uploadId(id)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(e1).build(),
                        CompletedPart.builder().partNumber(2).eTag(e2).build())));
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("assembled")).asByteArray()).isEqualTo(source);
    }

    @Test
    void compositeChecksumsOfParts() {
        String id = s3.createMultipartUpload(r -> r.bucket(bucket).key("crc").checksumAlgorithm(
                ChecksumAlgorithm.CRC32)).uploadId();
        byte[] part = random(5 * MB, 3);
        var up = s3.uploadPart(r -> r.bucket(bucket).key("crc").uploadId(id).partNumber(1)
                .checksumAlgorithm(ChecksumAlgorithm.CRC32), RequestBody.fromBytes(part));
        assertThat(up.checksumCRC32()).isNotNull();
        var done = s3.completeMultipartUpload(r -> r.bucket(bucket).key("crc").uploadId(id)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(up.eTag())
                        .checksumCRC32(up.checksumCRC32()).build())));
        assertThat(done.checksumCRC32()).endsWith("-1");
    }

    @Test
    void transferManagerUploadsAndDownloadsInParts() throws Exception {
        byte[] data = random(17 * MB, 4);
        Path file = Files.createTempFile("fakecloud-upload", ".bin");
        Path back = Files.createTempFile("fakecloud-download", ".bin");
        Files.write(file, data);
        URI endpoint = Clients.endpoint();
        try (S3AsyncClient async = S3AsyncClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .forcePathStyle(true).multipartEnabled(true)
                .multipartConfiguration(c -> c.thresholdInBytes(8L * MB).minimumPartSizeInBytes(8L * MB))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
                S3TransferManager tm = S3TransferManager.builder().s3Client(async).build()) {
            tm.uploadFile(u -> u.source(file).putObjectRequest(p -> p.bucket(bucket).key("tm.bin")))
                    .completionFuture().join();
            String etag = s3.headObject(r -> r.bucket(bucket).key("tm.bin")).eTag();
            assertThat(etag).endsWith("-3\"");
            Files.delete(back);
            tm.downloadFile(d -> d.destination(back).getObjectRequest(g -> g.bucket(bucket).key("tm.bin")))
                    .completionFuture().join();
            assertThat(Files.readAllBytes(back)).isEqualTo(data);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(back);
        }
        List<String> none = new ArrayList<>();
        s3.listMultipartUploads(r -> r.bucket(bucket)).uploads().forEach(u -> none.add(u.uploadId()));
        assertThat(none).isEmpty();
    }
}
