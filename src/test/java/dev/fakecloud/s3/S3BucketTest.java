package dev.fakecloud.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.CORSRule;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.Tag;

/** Buckets through the AWS SDK v2: creation and its errors, listing with paging, deletion, stored configurations. */
@QuarkusTest
class S3BucketTest {

    private final S3Client s3 = Clients.s3();

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createHeadAndLocationFollowTheConstraint() {
        String plain = unique("plain");
        String located = unique("located");
        s3.createBucket(r -> r.bucket(plain));
        s3.createBucket(r -> r.bucket(located).createBucketConfiguration(c -> c.locationConstraint(
                BucketLocationConstraint.EU_WEST_2)));

        assertThat(s3.headBucket(r -> r.bucket(plain)).bucketRegion()).isEqualTo("us-east-1");
        assertThat(s3.getBucketLocation(r -> r.bucket(plain)).locationConstraintAsString()).isEmpty();
        assertThat(s3.getBucketLocation(r -> r.bucket(located)).locationConstraint())
                .isEqualTo(BucketLocationConstraint.EU_WEST_2);
        assertThat(s3.headBucket(r -> r.bucket(located)).bucketRegion()).isEqualTo("eu-west-2");
    }

    @Test
    void creatingAnOwnedBucketAgainOutsideUsEast1IsBucketAlreadyOwnedByYou() {
        String name = unique("twice");
        s3.createBucket(r -> r.bucket(name).createBucketConfiguration(c -> c.locationConstraint(
                BucketLocationConstraint.EU_WEST_1)));
        assertThatThrownBy(() -> s3.createBucket(r -> r.bucket(name).createBucketConfiguration(c ->
                c.locationConstraint(BucketLocationConstraint.EU_WEST_1))))
                .isInstanceOf(BucketAlreadyOwnedByYouException.class)
                .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(409));
    }

    @Test
    void missingBucketIsNoSuchBucket() {
        String name = unique("missing");
        assertThatThrownBy(() -> s3.listObjectsV2(r -> r.bucket(name)))
                .isInstanceOf(NoSuchBucketException.class)
                .satisfies(e -> {
                    S3Exception s = (S3Exception) e;
                    assertThat(s.statusCode()).isEqualTo(404);
                    assertThat(s.awsErrorDetails().errorMessage()).isEqualTo("The specified bucket does not exist");
                });
        assertThatThrownBy(() -> s3.headBucket(r -> r.bucket(name))).isInstanceOf(NoSuchBucketException.class);
    }

    @Test
    void listBucketsPagesWithMaxBucketsAndContinuationToken() {
        String prefix = unique("paged");
        for (int i = 0; i < 5; i++) {
            String name = prefix + "-" + i;
            s3.createBucket(r -> r.bucket(name));
        }
        ListBucketsResponse first = s3.listBuckets(r -> r.prefix(prefix).maxBuckets(2));
        assertThat(first.buckets()).extracting(b -> b.name()).containsExactly(prefix + "-0", prefix + "-1");
        assertThat(first.continuationToken()).isNotNull();
        ListBucketsResponse second = s3.listBuckets(r -> r.prefix(prefix).maxBuckets(2)
                .continuationToken(first.continuationToken()));
        assertThat(second.buckets()).extracting(b -> b.name()).containsExactly(prefix + "-2", prefix + "-3");
        ListBucketsResponse last = s3.listBuckets(r -> r.prefix(prefix).maxBuckets(2)
                .continuationToken(second.continuationToken()));
        assertThat(last.buckets()).extracting(b -> b.name()).containsExactly(prefix + "-4");
        assertThat(last.continuationToken()).isNull();
        assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).contains(prefix + "-0", prefix + "-4");
        assertThat(first.owner().id()).isNotBlank();
    }

    @Test
    void deleteOnlyWhenEmpty() {
        String name = unique("full");
        s3.createBucket(r -> r.bucket(name));
        s3.putObject(r -> r.bucket(name).key("k"), RequestBody.fromString("x"));
        assertThatThrownBy(() -> s3.deleteBucket(r -> r.bucket(name)))
                .isInstanceOf(S3Exception.class)
                .satisfies(e -> {
                    S3Exception s = (S3Exception) e;
                    assertThat(s.statusCode()).isEqualTo(409);
                    assertThat(s.awsErrorDetails().errorCode()).isEqualTo("BucketNotEmpty");
                });
        s3.deleteObject(r -> r.bucket(name).key("k"));
        s3.deleteBucket(r -> r.bucket(name));
        assertThatThrownBy(() -> s3.headBucket(r -> r.bucket(name))).isInstanceOf(NoSuchBucketException.class);
    }

    @Test
    void tagsPolicyCorsLifecycleAndEncryptionAreStored() {
        String name = unique("configs");
        s3.createBucket(r -> r.bucket(name));

        assertThatThrownBy(() -> s3.getBucketTagging(r -> r.bucket(name)))
                .satisfies(e -> assertThat(((S3Exception) e).awsErrorDetails().errorCode()).isEqualTo("NoSuchTagSet"));
        s3.putBucketTagging(r -> r.bucket(name).tagging(t -> t.tagSet(Tag.builder().key("team").value("core")
                .build())));
        assertThat(s3.getBucketTagging(r -> r.bucket(name)).tagSet()).extracting(Tag::key, Tag::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("team", "core"));
        s3.deleteBucketTagging(r -> r.bucket(name));
        assertThatThrownBy(() -> s3.getBucketTagging(r -> r.bucket(name))).isInstanceOf(S3Exception.class);

        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::" + name + "/*\"}]}";
        s3.putBucketPolicy(r -> r.bucket(name).policy(policy));
        assertThat(s3.getBucketPolicy(r -> r.bucket(name)).policy()).isEqualTo(policy);
        s3.deleteBucketPolicy(r -> r.bucket(name));
        assertThatThrownBy(() -> s3.getBucketPolicy(r -> r.bucket(name)))
                .satisfies(e -> assertThat(((S3Exception) e).awsErrorDetails().errorCode())
                        .isEqualTo("NoSuchBucketPolicy"));

        assertThatThrownBy(() -> s3.getBucketCors(r -> r.bucket(name)))
                .satisfies(e -> assertThat(((S3Exception) e).awsErrorDetails().errorCode())
                        .isEqualTo("NoSuchCORSConfiguration"));
        s3.putBucketCors(r -> r.bucket(name).corsConfiguration(c -> c.corsRules(CORSRule.builder()
                .allowedMethods("GET", "PUT").allowedOrigins("https://example.com").maxAgeSeconds(300).build())));
        CORSRule rule = s3.getBucketCors(r -> r.bucket(name)).corsRules().get(0);
        assertThat(rule.allowedMethods()).containsExactly("GET", "PUT");
        assertThat(rule.maxAgeSeconds()).isEqualTo(300);

        s3.putBucketLifecycleConfiguration(r -> r.bucket(name).lifecycleConfiguration(l -> l.rules(rr -> rr
                .id("expire").status(ExpirationStatus.ENABLED).filter(f -> f.prefix("tmp/"))
                .expiration(x -> x.days(7)))));
        assertThat(s3.getBucketLifecycleConfiguration(r -> r.bucket(name)).rules().get(0).expiration().days())
                .isEqualTo(7);

        assertThat(s3.getBucketEncryption(r -> r.bucket(name)).serverSideEncryptionConfiguration().rules().get(0)
                .applyServerSideEncryptionByDefault().sseAlgorithm()).isEqualTo(ServerSideEncryption.AES256);
        s3.putBucketEncryption(r -> r.bucket(name).serverSideEncryptionConfiguration(c -> c.rules(rr -> rr
                .applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(ServerSideEncryption.AWS_KMS)
                        .kmsMasterKeyID("alias/mine")))));
        assertThat(s3.getBucketEncryption(r -> r.bucket(name)).serverSideEncryptionConfiguration().rules().get(0)
                .applyServerSideEncryptionByDefault().kmsMasterKeyID()).isEqualTo("alias/mine");
    }

    @Test
    void versioningAndAclAnswers() {
        String name = unique("versioning");
        s3.createBucket(r -> r.bucket(name));
        assertThat(s3.getBucketVersioning(r -> r.bucket(name)).status()).isNull();
        s3.putBucketVersioning(r -> r.bucket(name).versioningConfiguration(v -> v.status(
                BucketVersioningStatus.ENABLED)));
        assertThat(s3.getBucketVersioning(r -> r.bucket(name)).status()).isEqualTo(BucketVersioningStatus.ENABLED);
        s3.putBucketVersioning(r -> r.bucket(name).versioningConfiguration(v -> v.status(
                BucketVersioningStatus.SUSPENDED)));
        assertThat(s3.getBucketVersioning(r -> r.bucket(name)).status()).isEqualTo(BucketVersioningStatus.SUSPENDED);

        var acl = s3.getBucketAcl(r -> r.bucket(name));
        assertThat(acl.owner().id()).isNotBlank();
        assertThat(acl.grants()).anySatisfy(g -> assertThat(g.permission()).isEqualTo(Permission.FULL_CONTROL));
    }

    @Test
    void virtualHostedClientsReachTheBucketNamedInTheHost() {
        String name = unique("vhost");
        s3.createBucket(r -> r.bucket(name));
        s3.putObject(r -> r.bucket(name).key("dir/hello.txt"), RequestBody.fromString("hi"));
        int port = Clients.endpoint().getPort();
        // <bucket>.localhost and <bucket>.s3.<domain> do not resolve on every machine: every name is 127.0.0.1 here
        for (String endpoint : List.of("http://localhost:" + port, "http://s3.fakecloud.test:" + port)) {
            try (S3Client vhost = S3Client.builder()
                    .endpointOverride(URI.create(endpoint))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .httpClient(ApacheHttpClient.builder()
                            .dnsResolver(host -> new InetAddress[] {InetAddress.getLoopbackAddress()}).build())
                    .build()) {
                assertThat(vhost.getObjectAsBytes(r -> r.bucket(name).key("dir/hello.txt")).asUtf8String())
                        .isEqualTo("hi");
                vhost.putObject(r -> r.bucket(name).key("dir/second.txt"), RequestBody.fromString("two"));
                assertThat(vhost.listObjectsV2(r -> r.bucket(name).prefix("dir/")).contents()).hasSize(2);
                vhost.deleteObject(r -> r.bucket(name).key("dir/second.txt"));
            }
        }
    }
}
