package dev.fakecloud.s3;

import static dev.fakecloud.s3.S3BucketTest.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

/** Lambda code and layers taken from fakecloud's S3 by bucket, key and version, with AWS's GetObject errors. */
@QuarkusTest
class S3LambdaCodeTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";

    private final S3Client s3 = Clients.s3();
    private final LambdaClient lambda = Clients.lambda();
    private String bucket;

    @BeforeEach
    void bucket() {
        bucket = unique("code");
        s3.createBucket(r -> r.bucket(bucket));
        s3.putBucketVersioning(r -> r.bucket(bucket).versioningConfiguration(v -> v.status(
                BucketVersioningStatus.ENABLED)));
    }

    static String sha256(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void createAndUpdateFunctionCodeReadTheObjectAndItsVersions() throws Exception {
        byte[] first = Zips.of(Map.of("index.py", "def h(e, c):\n    return 1\n"));
        byte[] second = Zips.of(Map.of("index.py", "def h(e, c):\n    return 2\n"));
        String v1 = s3.putObject(r -> r.bucket(bucket).key("fn.zip"), RequestBody.fromBytes(first)).versionId();
        s3.putObject(r -> r.bucket(bucket).key("fn.zip"), RequestBody.fromBytes(second));
        String name = unique("from-s3");

        var created = lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12).role(ROLE)
                .handler("index.h").code(c -> c.s3Bucket(bucket).s3Key("fn.zip")));
        assertThat(created.codeSha256()).isEqualTo(sha256(second));
        assertThat(created.codeSize()).isEqualTo(second.length);
        String location = lambda.getFunction(b -> b.functionName(name)).code().location();
        byte[] served = RestAssured.given().urlEncodingEnabled(false).get(URI.create(location)).then()
                .statusCode(200).extract().asByteArray();
        assertThat(served).isEqualTo(second);

        var updated = lambda.updateFunctionCode(b -> b.functionName(name).s3Bucket(bucket).s3Key("fn.zip")
                .s3ObjectVersion(v1));
        assertThat(updated.codeSha256()).isEqualTo(sha256(first));
    }

    @Test
    void missingBucketKeyOrVersionIsAwsWordedGetObjectError() {
        String name = unique("missing");
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12)
                .role(ROLE).handler("index.h").code(c -> c.s3Bucket(bucket).s3Key("absent.zip"))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: "
                        + "The specified key does not exist.");
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12)
                .role(ROLE).handler("index.h").code(c -> c.s3Bucket(unique("nobucket")).s3Key("fn.zip"))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("Error occurred while GetObject. S3 Error Code: NoSuchBucket. S3 Error "
                        + "Message: The specified bucket does not exist");
        s3.putObject(r -> r.bucket(bucket).key("fn.zip"), RequestBody.fromBytes(Zips.of(Map.of("a.py", "x=1"))));
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12)
                .role(ROLE).handler("index.h").code(c -> c.s3Bucket(bucket).s3Key("fn.zip")
                        .s3ObjectVersion("A".repeat(32)))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("Error occurred while GetObject. S3 Error Code: NoSuchVersion. S3 Error "
                        + "Message: The specified version does not exist.");
        s3.putObject(r -> r.bucket(bucket).key("not-a.zip"), RequestBody.fromString("plain text"));
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12)
                .role(ROLE).handler("index.h").code(c -> c.s3Bucket(bucket).s3Key("not-a.zip"))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("Could not unzip uploaded file.");
    }

    @Test
    void layersArePublishedFromS3() throws Exception {
        byte[] layer = Zips.of(Map.of("python/lib.py", "VALUE = 7\n"));
        s3.putObject(r -> r.bucket(bucket).key("layers/lib.zip"), RequestBody.fromBytes(layer));
        var published = lambda.publishLayerVersion(b -> b.layerName(unique("lib")).content(c -> c.s3Bucket(bucket)
                .s3Key("layers/lib.zip")));
        assertThat(published.content().codeSha256()).isEqualTo(sha256(layer));
        assertThat(published.content().codeSize()).isEqualTo(layer.length);
    }
}
