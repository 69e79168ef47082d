package dev.fakecloud.lambda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.layers.LayerService;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.LayersListItem;
import software.amazon.awssdk.services.lambda.model.ListLayerVersionsResponse;
import software.amazon.awssdk.services.lambda.model.PublishLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;

@QuarkusTest
class LayerApiTest {

    static final String ACCOUNT = "000000000000";
    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    static final String SUPPORTED = "[nodejs20.x, python3.14, provided.al2023, python3.12, python3.13, nodejs24.x, "
            + "nodejs22.x, java25, python3.10, python3.11, java21, ruby3.3, ruby3.4, ruby3.2, python3.8, python3.9, "
            + "java17, nodejs16.x, dotnet10, dotnet8, java11, dotnet6, nodejs18.x, provided.al2, java8.al2]";

    final LambdaClient lambda = Clients.lambda();

    @Inject
    LayerService layerService;

    static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static SdkBytes layerZip() {
        return SdkBytes.fromByteArray(Zips.of(Map.of("python/lib.py", "VALUE = 1\n")));
    }

    PublishLayerVersionResponse publish(LambdaClient client, String layer, SdkBytes zip) {
        return client.publishLayerVersion(b -> b.layerName(layer).content(c -> c.zipFile(zip))
                .compatibleRuntimes(Runtime.PYTHON3_12).compatibleArchitectures(Architecture.X86_64));
    }

    @Test
    void publishGetListAndDeleteKeepCountingVersions() {
        String layer = name("layer");
        SdkBytes zip = layerZip();
        PublishLayerVersionResponse v1 = lambda.publishLayerVersion(b -> b.layerName(layer).description("first")
                .licenseInfo("MIT").content(c -> c.zipFile(zip)).compatibleRuntimes(Runtime.PYTHON3_12)
                .compatibleArchitectures(Architecture.X86_64));
        String layerArn = "arn:aws:lambda:us-east-1:" + ACCOUNT + ":layer:" + layer;
        assertThat(v1.layerArn()).isEqualTo(layerArn);
        assertThat(v1.layerVersionArn()).isEqualTo(layerArn + ":1");
        assertThat(v1.version()).isEqualTo(1L);
        assertThat(v1.description()).isEqualTo("first");
        assertThat(v1.licenseInfo()).isEqualTo("MIT");
        assertThat(v1.compatibleRuntimesAsStrings()).containsExactly("python3.12");
        assertThat(v1.compatibleArchitecturesAsStrings()).containsExactly("x86_64");
        assertThat(v1.createdDate()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
        assertThat(v1.content().codeSize()).isEqualTo(zip.asByteArray().length);
        assertThat(v1.content().codeSha256()).isEqualTo(
                Base64.getEncoder().encodeToString(FunctionLifecycleTest.sha256(zip.asByteArray())));
        assertThat(v1.content().location()).isEqualTo(Clients.endpoint() + "/_fakecloud/lambda/layer-content/"
                + ACCOUNT + "/" + layer + "/1.zip?region=us-east-1");

        PublishLayerVersionResponse v2 = publish(lambda, layer, zip);
        assertThat(v2.version()).isEqualTo(2L);
        assertThat(v2.description()).isEmpty();
        assertThat(v2.licenseInfo()).isNull();
        assertThat(v2.content().codeSha256()).isEqualTo(v1.content().codeSha256());

        GetLayerVersionResponse got = lambda.getLayerVersion(b -> b.layerName(layer).versionNumber(1L));
        assertThat(got.layerVersionArn()).isEqualTo(layerArn + ":1");
        assertThat(got.description()).isEqualTo("first");
        assertThat(got.createdDate()).isEqualTo(v1.createdDate());
        assertThat(lambda.getLayerVersion(b -> b.layerName(layerArn).versionNumber(2L)).version()).isEqualTo(2L);
        var byArn = lambda.getLayerVersionByArn(b -> b.arn(layerArn + ":1"));
        assertThat(byArn.licenseInfo()).isEqualTo("MIT");
        assertThat(byArn.content().location()).isEqualTo(v1.content().location());

        ListLayerVersionsResponse versions = lambda.listLayerVersions(b -> b.layerName(layer));
        assertThat(versions.layerVersions()).extracting(v -> v.version()).containsExactly(2L, 1L);
        assertThat(versions.layerVersions().get(1).licenseInfo()).isEqualTo("MIT");
        assertThat(versions.nextMarker()).isNull();

        LayersListItem listed = lambda.listLayersPaginator(b -> b.maxItems(2)).layers().stream()
                .filter(l -> l.layerName().equals(layer)).findFirst().orElseThrow();
        assertThat(listed.layerArn()).isEqualTo(layerArn);
        assertThat(listed.latestMatchingVersion().version()).isEqualTo(2L);

        lambda.deleteLayerVersion(b -> b.layerName(layer).versionNumber(1L));
        lambda.deleteLayerVersion(b -> b.layerName(layer).versionNumber(1L));
        lambda.deleteLayerVersion(b -> b.layerName(layer).versionNumber(2L));
        assertThat(lambda.listLayerVersions(b -> b.layerName(layer)).layerVersions()).isEmpty();
        assertThatThrownBy(() -> lambda.getLayerVersion(b -> b.layerName(layer).versionNumber(1L)))
                .isInstanceOf(ResourceNotFoundException.class);

        assertThat(publish(lambda, layer, zip).version()).isEqualTo(3L);
    }

    @Test
    void contentLocationServesTheExactZip() {
        String layer = name("content");
        byte[] bytes = Zips.of(Map.of("nodejs/index.js", "module.exports = 42;\n"));
        PublishLayerVersionResponse v = publish(lambda, layer, SdkBytes.fromByteArray(bytes));
        URI location = URI.create(v.content().location());

        byte[] served = given().get(location).then().statusCode(200).contentType("application/zip")
                .extract().asByteArray();
        assertThat(served).isEqualTo(bytes);
        byte[] anyRegion = given().get(location.getPath()).then().statusCode(200).extract().asByteArray();
        assertThat(anyRegion).isEqualTo(bytes);
        given().get(location.getPath() + "?region=eu-west-1").then().statusCode(404);
        given().get(location.getPath().replace("/1.zip", "/2.zip")).then().statusCode(404);

        lambda.deleteLayerVersion(b -> b.layerName(layer).versionNumber(1L));
        given().get(location).then().statusCode(404);
    }

    @Test
    void layersAreRegional() {
        String layer = name("regional");
        LambdaClient west = Clients.lambda(Region.US_WEST_2);
        PublishLayerVersionResponse v = publish(west, layer, layerZip());
        assertThat(v.layerVersionArn()).isEqualTo("arn:aws:lambda:us-west-2:" + ACCOUNT + ":layer:" + layer + ":1");
        assertThat(v.content().location()).endsWith("/1.zip?region=us-west-2");
        assertThatThrownBy(() -> lambda.getLayerVersion(b -> b.layerName(layer).versionNumber(1L)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(lambda.getLayerVersionByArn(b -> b.arn(v.layerVersionArn())).version()).isEqualTo(1L);
        given().get(URI.create(v.content().location()).getPath()).then().statusCode(200);
    }

    @Test
    void readingErrorsAreAwsErrors() {
        String layer = name("errors");
        PublishLayerVersionResponse v = publish(lambda, layer, layerZip());

        assertError(() -> lambda.getLayerVersion(b -> b.layerName("doesnotexist-" + layer).versionNumber(1L)),
                ResourceNotFoundException.class, 404, "The resource you requested does not exist.");
        assertError(() -> lambda.getLayerVersion(b -> b.layerName(layer).versionNumber(-1L)),
                InvalidParameterValueException.class, 400, "Layer Version Cannot be less than 1");
        assertError(() -> lambda.getLayerVersion(b -> b.layerName(layer).versionNumber(0L)),
                InvalidParameterValueException.class, 400, "Layer Version Cannot be less than 1");
        assertError(() -> lambda.getLayerVersion(b -> b.layerName(layer).versionNumber(2L)),
                ResourceNotFoundException.class, 404, "The resource you requested does not exist.");
        assertError(() -> lambda.getLayerVersionByArn(b -> b.arn(v.layerArn())), LambdaException.class, 400,
                "1 validation error detected: Value '" + v.layerArn() + "' at 'arn' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?"
                        + "[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|"
                        + "(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+)");
        assertError(() -> lambda.getLayerVersionByArn(b -> b.arn(v.layerArn() + ":2")),
                ResourceNotFoundException.class, 404, "The resource you requested does not exist.");
        assertError(() -> lambda.listLayers(b -> b.compatibleRuntime("runtimedoesnotexist")), LambdaException.class,
                400, "1 validation error detected: Value 'runtimedoesnotexist' at 'compatibleRuntime' failed to "
                        + "satisfy constraint: Member must satisfy enum value set: [ruby3.5, ruby2.6, dotnetcore1.0, "
                        + "python3.7, nodejs8.10, nasa, ruby2.7, python2.7-greengrass, dotnetcore2.0, python3.8, "
                        + "java21, dotnet6, dotnetcore2.1, python3.9, java11, nodejs6.10, provided, dotnetcore3.1, "
                        + "dotnet8, java25, java17, nodejs, nodejs4.3, java8.al2, go1.x, dotnet10, nodejs20.x, go1.9, "
                        + "byol, nodejs10.x, provided.al2023, nodejs22.x, python3.10, java8, nodejs12.x, python3.11, "
                        + "nodejs24.x, nodejs8.x, python3.12, nodejs14.x, nodejs8.9, nodejs26.x, python3.13, "
                        + "python3.14, nodejs16.x, python3.15, provided.al2, nodejs4.3-edge, nodejs18.x, ruby3.2, "
                        + "python3.4, ruby3.3, ruby3.4, ruby2.5, python3.6, python2.7]");
        assertError(() -> lambda.listLayers(b -> b.compatibleArchitecture("archdoesnotexist")), LambdaException.class,
                400, "1 validation error detected: Value 'archdoesnotexist' at 'compatibleArchitecture' failed to "
                        + "satisfy constraint: Member must satisfy enum value set: [x86_64, arm64]");
        assertError(() -> lambda.listLayers(b -> b.maxItems(51)), LambdaException.class, 400,
                "1 validation error detected: Value '51' at 'maxItems' failed to satisfy constraint: Member must "
                        + "have value less than or equal to 50");
        assertThat(lambda.listLayerVersions(b -> b.layerName("doesnotexist-" + layer)).layerVersions()).isEmpty();

        lambda.deleteLayerVersion(b -> b.layerName("doesnotexist-" + layer).versionNumber(1L));
        lambda.deleteLayerVersion(b -> b.layerName(layer).versionNumber(2L));
        assertError(() -> lambda.deleteLayerVersion(b -> b.layerName(layer).versionNumber(-1L)),
                InvalidParameterValueException.class, 400, "Layer Version Cannot be less than 1");
    }

    @Test
    void publishValidatesCompatibilitiesAndContent() {
        PublishLayerVersionResponse empty = lambda.publishLayerVersion(b -> b.layerName(name("empty"))
                .content(c -> c.zipFile(layerZip())).compatibleRuntimes(List.<Runtime>of())
                .compatibleArchitectures(List.<Architecture>of()));
        assertThat(empty.hasCompatibleRuntimes()).isTrue();
        assertThat(empty.compatibleRuntimes()).isEmpty();
        assertThat(empty.hasCompatibleArchitectures()).isTrue();
        PublishLayerVersionResponse bare = lambda.publishLayerVersion(b -> b.layerName(name("bare"))
                .content(c -> c.zipFile(layerZip())));
        assertThat(bare.hasCompatibleRuntimes()).isFalse();
        assertThat(bare.hasCompatibleArchitectures()).isFalse();
        PublishLayerVersionResponse retired = lambda.publishLayerVersion(b -> b.layerName(name("retired"))
                .content(c -> c.zipFile(layerZip())).compatibleRuntimesWithStrings("java8", "go1.x", "provided"));
        assertThat(retired.compatibleRuntimesAsStrings()).containsExactly("java8", "go1.x", "provided");

        assertError(() -> lambda.publishLayerVersion(b -> b.layerName(name("bad")).content(c -> c.zipFile(layerZip()))
                .compatibleRuntimesWithStrings("invalidruntime", "invalidruntime2", "nodejs20.x")
                .compatibleArchitecturesWithStrings("invalidarch", "x86_64")), LambdaException.class, 400,
                "2 validation errors detected: Value '[invalidruntime, invalidruntime2, nodejs20.x]' at "
                        + "'compatibleRuntimes' failed to satisfy constraint: Member must satisfy enum value set: "
                        + SUPPORTED + "; Value '[invalidarch, x86_64]' at 'compatibleArchitectures' failed to satisfy "
                        + "constraint: Member must satisfy constraint: [Member must satisfy enum value set: "
                        + "[x86_64, arm64], Member must not be null]");
        assertError(() -> lambda.publishLayerVersion(b -> b.layerName(name("s3"))
                .content(c -> c.s3Bucket("no-such-bucket-" + UUID.randomUUID()).s3Key("layer.zip"))),
                InvalidParameterValueException.class, 400, "Error occurred while GetObject. S3 Error Code: "
                        + "NoSuchBucket. S3 Error Message: The specified bucket does not exist");
        assertError(() -> lambda.publishLayerVersion(b -> b.layerName(name("notzip"))
                .content(c -> c.zipFile(SdkBytes.fromUtf8String("not a zip")))),
                InvalidParameterValueException.class, 400,
                "Could not unzip uploaded file. Please check your file, then try to upload again.");
        assertError(() -> lambda.publishLayerVersion(b -> b.layerName("bad.name").content(c -> c.zipFile(layerZip()))),
                LambdaException.class, 400, "1 validation error detected: Value 'bad.name' at 'layerName' failed to "
                        + "satisfy constraint: Member must satisfy regular expression pattern: (arn:[a-zA-Z0-9-]+:"
                        + "lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+");
    }

    @Test
    void listingsFilterAndPage() {
        String layer = name("filtered");
        lambda.publishLayerVersion(b -> b.layerName(layer).content(c -> c.zipFile(layerZip()))
                .compatibleRuntimes(Runtime.PYTHON3_12).compatibleArchitectures(Architecture.X86_64));
        lambda.publishLayerVersion(b -> b.layerName(layer).content(c -> c.zipFile(layerZip()))
                .compatibleRuntimes(Runtime.NODEJS20_X).compatibleArchitectures(Architecture.ARM64));
        lambda.publishLayerVersion(b -> b.layerName(layer).content(c -> c.zipFile(layerZip()))
                .compatibleRuntimes(Runtime.NODEJS20_X).compatibleArchitectures(Architecture.ARM64));

        LayersListItem python = lambda.listLayersPaginator(b -> b.compatibleRuntime(Runtime.PYTHON3_12)).layers()
                .stream().filter(l -> l.layerName().equals(layer)).findFirst().orElseThrow();
        assertThat(python.latestMatchingVersion().version()).isEqualTo(1L);
        LayersListItem arm = lambda.listLayersPaginator(b -> b.compatibleArchitecture(Architecture.ARM64)).layers()
                .stream().filter(l -> l.layerName().equals(layer)).findFirst().orElseThrow();
        assertThat(arm.latestMatchingVersion().version()).isEqualTo(3L);
        assertThat(lambda.listLayersPaginator(b -> b.compatibleRuntime(Runtime.JAVA21)).layers())
                .noneMatch(l -> l.layerName().equals(layer));

        assertThat(lambda.listLayerVersions(b -> b.layerName(layer).compatibleRuntime(Runtime.NODEJS20_X))
                .layerVersions()).extracting(v -> v.version()).containsExactly(3L, 2L);
        ListLayerVersionsResponse first = lambda.listLayerVersions(b -> b.layerName(layer).maxItems(2));
        assertThat(first.layerVersions()).extracting(v -> v.version()).containsExactly(3L, 2L);
        assertThat(first.nextMarker()).isNotNull();
        ListLayerVersionsResponse second = lambda.listLayerVersions(b -> b.layerName(layer).maxItems(2)
                .marker(first.nextMarker()));
        assertThat(second.layerVersions()).extracting(v -> v.version()).containsExactly(1L);
        assertThat(second.nextMarker()).isNull();
    }

    @Test
    void functionsReferenceExistingLayerVersionsOnly() {
        String layer = name("fnlayer");
        SdkBytes zip = layerZip();
        PublishLayerVersionResponse v1 = publish(lambda, layer, zip);
        PublishLayerVersionResponse v2 = publish(lambda, layer, zip);
        String fn = name("fn-layers");
        var created = lambda.createFunction(b -> b.functionName(fn).runtime(Runtime.PYTHON3_12).role(ROLE)
                .handler("handler.handler").code(c -> c.zipFile(Zips.pythonHandler())).layers(v1.layerVersionArn()));
        assertThat(created.layers()).hasSize(1);
        assertThat(created.layers().get(0).arn()).isEqualTo(v1.layerVersionArn());
        assertThat(created.layers().get(0).codeSize()).isEqualTo(zip.asByteArray().length);

        assertError(() -> lambda.updateFunctionConfiguration(b -> b.functionName(fn)
                .layers(v1.layerVersionArn(), v2.layerVersionArn())), InvalidParameterValueException.class, 400,
                "Two different versions of the same layer are not allowed to be referenced in the same function. "
                        + v1.layerVersionArn() + " and " + v2.layerVersionArn() + " are versions of the same layer.");
        assertError(() -> lambda.updateFunctionConfiguration(b -> b.functionName(fn)
                .layers(v1.layerVersionArn(), v1.layerVersionArn())), InvalidParameterValueException.class, 400,
                "Two different versions of the same layer are not allowed to be referenced in the same function. "
                        + v1.layerVersionArn() + " and " + v1.layerVersionArn() + " are versions of the same layer.");
        String missingLayer = v1.layerArn().replace(layer, "doesnotexist-" + layer) + ":1";
        assertError(() -> lambda.updateFunctionConfiguration(b -> b.functionName(fn).layers(missingLayer)),
                InvalidParameterValueException.class, 400, "Layer version " + missingLayer + " does not exist.");
        assertError(() -> lambda.updateFunctionConfiguration(b -> b.functionName(fn).layers(v1.layerArn() + ":9")),
                InvalidParameterValueException.class, 400, "Layer version " + v1.layerArn() + ":9 does not exist.");

        PublishLayerVersionResponse west = publish(Clients.lambda(Region.US_WEST_2), layer, zip);
        assertError(() -> lambda.createFunction(b -> b.functionName(name("fn-west")).runtime(Runtime.PYTHON3_12)
                .role(ROLE).handler("handler.handler").code(c -> c.zipFile(Zips.pythonHandler()))
                .layers(west.layerVersionArn())), InvalidParameterValueException.class, 400,
                "Layers are not in the same region as the function. Layers are expected to be in region us-east-1.");

        lambda.deleteLayerVersion(b -> b.layerName(layer).versionNumber(1L));
        assertThat(lambda.getFunctionConfiguration(b -> b.functionName(fn)).layers())
                .extracting(l -> l.arn()).containsExactly(v1.layerVersionArn());
    }

    @Test
    void totalCodeSizeCountsEveryLayerVersion() {
        Scope scope = new Scope(ACCOUNT, "eu-north-1");
        LambdaClient north = Clients.lambda(Region.EU_NORTH_1);
        long before = layerService.totalCodeSize(scope);
        SdkBytes zip = layerZip();
        String layer = name("size");
        publish(north, layer, zip);
        publish(north, layer, zip);
        assertThat(layerService.totalCodeSize(scope)).isEqualTo(before + 2L * zip.asByteArray().length);
        north.deleteLayerVersion(b -> b.layerName(layer).versionNumber(1L));
        assertThat(layerService.totalCodeSize(scope)).isEqualTo(before + zip.asByteArray().length);
    }

    /** The call fails with that error type (plain LambdaException: AWS's ValidationException), status and message. */
    static void assertError(Runnable call, Class<? extends LambdaException> type, int status, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(type, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            if (type == LambdaException.class) {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
            }
        });
    }
}
