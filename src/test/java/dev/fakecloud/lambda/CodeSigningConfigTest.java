package dev.fakecloud.lambda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CodeSigningConfig;
import software.amazon.awssdk.services.lambda.model.CodeSigningConfigNotFoundException;
import software.amazon.awssdk.services.lambda.model.CodeSigningPolicy;
import software.amazon.awssdk.services.lambda.model.CreateCodeSigningConfigResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionCodeSigningConfigResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ListCodeSigningConfigsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;

@QuarkusTest
class CodeSigningConfigTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    static final String PROFILE = "arn:aws:signer:us-east-1:000000000000:/signing-profiles/test";
    static final String MISSING = "arn:aws:lambda:us-east-1:000000000000:code-signing-config:csc-0123456789abcdefg";
    final LambdaClient lambda = Clients.lambda();

    @Test
    void configLifecycle() {
        CreateCodeSigningConfigResponse created = lambda.createCodeSigningConfig(b -> b
                .description("Testing CodeSigning Config")
                .allowedPublishers(p -> p.signingProfileVersionArns(PROFILE))
                .codeSigningPolicies(p -> p.untrustedArtifactOnDeployment(CodeSigningPolicy.ENFORCE))
                .tags(Map.of("team", "a")));
        CodeSigningConfig csc = created.codeSigningConfig();
        assertThat(csc.codeSigningConfigId()).matches("csc-[a-z0-9]{17}");
        assertThat(csc.codeSigningConfigArn())
                .isEqualTo("arn:aws:lambda:us-east-1:000000000000:code-signing-config:" + csc.codeSigningConfigId());
        assertThat(csc.allowedPublishers().signingProfileVersionArns()).containsExactly(PROFILE);
        assertThat(csc.codeSigningPolicies().untrustedArtifactOnDeployment()).isEqualTo(CodeSigningPolicy.ENFORCE);
        assertThat(csc.description()).isEqualTo("Testing CodeSigning Config");
        assertThat(csc.lastModified()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        String arn = csc.codeSigningConfigArn();
        assertThat(lambda.listTags(b -> b.resource(arn)).tags()).containsEntry("team", "a");

        CodeSigningConfig updated = lambda.updateCodeSigningConfig(b -> b.codeSigningConfigArn(arn)
                .codeSigningPolicies(p -> p.untrustedArtifactOnDeployment(CodeSigningPolicy.WARN))).codeSigningConfig();
        assertThat(updated.codeSigningPolicies().untrustedArtifactOnDeployment()).isEqualTo(CodeSigningPolicy.WARN);
        assertThat(updated.description()).isEqualTo("Testing CodeSigning Config");
        assertThat(lambda.getCodeSigningConfig(b -> b.codeSigningConfigArn(arn)).codeSigningConfig())
                .isEqualTo(updated);
        CodeSigningConfig unchanged = lambda.updateCodeSigningConfig(b -> b.codeSigningConfigArn(arn))
                .codeSigningConfig();
        assertThat(unchanged).isEqualTo(updated);

        String fn = function();
        var put = lambda.putFunctionCodeSigningConfig(b -> b.functionName(fn).codeSigningConfigArn(arn));
        assertThat(put.codeSigningConfigArn()).isEqualTo(arn);
        assertThat(put.functionName()).isEqualTo(fn);
        GetFunctionCodeSigningConfigResponse got = lambda.getFunctionCodeSigningConfig(b -> b.functionName(fn));
        assertThat(got.codeSigningConfigArn()).isEqualTo(arn);
        assertThat(got.functionName()).isEqualTo(fn);
        assertThat(lambda.listFunctionsByCodeSigningConfig(b -> b.codeSigningConfigArn(arn)).functionArns())
                .containsExactly("arn:aws:lambda:us-east-1:000000000000:function:" + fn);

        assertThatThrownBy(() -> lambda.deleteCodeSigningConfig(b -> b.codeSigningConfigArn(arn)))
                .isInstanceOf(ResourceConflictException.class)
                .satisfies(e -> assertThat(((LambdaException) e).statusCode()).isEqualTo(409));

        lambda.deleteFunctionCodeSigningConfig(b -> b.functionName(fn));
        GetFunctionCodeSigningConfigResponse none = lambda.getFunctionCodeSigningConfig(b -> b.functionName(fn));
        assertThat(none.codeSigningConfigArn()).isNull();
        assertThat(none.functionName()).isNull();
        assertThat(lambda.listFunctionsByCodeSigningConfig(b -> b.codeSigningConfigArn(arn)).functionArns()).isEmpty();
        lambda.deleteFunctionCodeSigningConfig(b -> b.functionName(fn));

        lambda.deleteCodeSigningConfig(b -> b.codeSigningConfigArn(arn));
        assertThatThrownBy(() -> lambda.getCodeSigningConfig(b -> b.codeSigningConfigArn(arn)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("The Lambda code signing configuration " + arn + " can not be found.");
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    @Test
    void deletingAFunctionReleasesItsConfig() {
        String arn = create().codeSigningConfigArn();
        String fn = function();
        lambda.putFunctionCodeSigningConfig(b -> b.functionName(fn).codeSigningConfigArn(arn));
        lambda.deleteFunction(b -> b.functionName(fn));
        assertThat(lambda.listFunctionsByCodeSigningConfig(b -> b.codeSigningConfigArn(arn)).functionArns()).isEmpty();
        lambda.deleteCodeSigningConfig(b -> b.codeSigningConfigArn(arn));
    }

    @Test
    void defaultsToWarn() {
        CodeSigningConfig csc = create();
        assertThat(csc.codeSigningPolicies().untrustedArtifactOnDeployment()).isEqualTo(CodeSigningPolicy.WARN);
        assertThat(csc.description()).isEmpty();
        lambda.deleteCodeSigningConfig(b -> b.codeSigningConfigArn(csc.codeSigningConfigArn()));
    }

    @Test
    void listsPageByPage() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(create().codeSigningConfigArn());
        }
        List<String> seen = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            String m = marker;
            ListCodeSigningConfigsResponse page = lambda.listCodeSigningConfigs(b -> b.maxItems(2).marker(m));
            assertThat(page.codeSigningConfigs()).hasSizeLessThanOrEqualTo(2);
            page.codeSigningConfigs().forEach(c -> seen.add(c.codeSigningConfigArn()));
            marker = page.nextMarker();
            pages++;
        } while (marker != null);
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(seen).containsAll(mine).doesNotHaveDuplicates();
        mine.forEach(arn -> lambda.deleteCodeSigningConfig(b -> b.codeSigningConfigArn(arn)));
    }

    @Test
    void notFoundErrorsAreAwsErrors() {
        String fn = function();
        String missingFn = "csc-test-doesnotexist-" + UUID.randomUUID().toString().substring(0, 6);
        String missingFnArn = "arn:aws:lambda:us-east-1:000000000000:function:" + missingFn;
        String arn = create().codeSigningConfigArn();

        assertThatThrownBy(() -> lambda.deleteCodeSigningConfig(b -> b.codeSigningConfigArn(MISSING)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("The Lambda code signing configuration " + MISSING + " can not be found.");
        assertThatThrownBy(() -> lambda.updateCodeSigningConfig(b -> b.codeSigningConfigArn(MISSING)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("The Lambda code signing configuration " + MISSING + " can not be found.");
        assertThatThrownBy(() -> lambda.listFunctionsByCodeSigningConfig(b -> b.codeSigningConfigArn(MISSING)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> lambda.deleteFunctionCodeSigningConfig(b -> b.functionName(missingFn)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Function not found: " + missingFnArn);
        assertThatThrownBy(() -> lambda.getFunctionCodeSigningConfig(b -> b.functionName(missingFn)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Function not found: " + missingFnArn);
        assertThatThrownBy(() -> lambda.putFunctionCodeSigningConfig(b -> b.functionName(missingFn)
                .codeSigningConfigArn(arn)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Function not found: " + missingFnArn);
        assertThatThrownBy(() -> lambda.putFunctionCodeSigningConfig(b -> b.functionName(fn)
                .codeSigningConfigArn(MISSING)))
                .isInstanceOf(CodeSigningConfigNotFoundException.class)
                .hasMessageStartingWith("The code signing configuration cannot be found. Check that the provided "
                        + "configuration is not deleted: " + MISSING + ".")
                .satisfies(e -> assertThat(((LambdaException) e).statusCode()).isEqualTo(404));
        assertThatThrownBy(() -> lambda.putFunctionCodeSigningConfig(b -> b.functionName(missingFn)
                .codeSigningConfigArn(MISSING)))
                .isInstanceOf(CodeSigningConfigNotFoundException.class);

        lambda.deleteCodeSigningConfig(b -> b.codeSigningConfigArn(arn));
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    @Test
    void wireFormatOfErrors() {
        given().when().get("/2020-04-22/code-signing-configs/" + MISSING)
                .then().statusCode(404)
                .header("x-amzn-ErrorType", "ResourceNotFoundException")
                .body("Message", equalTo("The Lambda code signing configuration " + MISSING + " can not be found."))
                .body("Type", nullValue());
        String fn = function();
        given().contentType("application/json").body("{\"CodeSigningConfigArn\":\"" + MISSING + "\"}")
                .when().put("/2020-06-30/functions/" + fn + "/code-signing-config")
                .then().statusCode(404)
                .header("x-amzn-ErrorType", "CodeSigningConfigNotFoundException")
                .body("Type", equalTo("User"));
        given().when().get("/2020-06-30/functions/" + fn + "/code-signing-config")
                .then().statusCode(200).body(equalTo("{}"));
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    @Test
    void validatesRequests() {
        assertThatThrownBy(() -> lambda.getCodeSigningConfig(b -> b.codeSigningConfigArn("arn:aws:lambda:us-east-1:"
                + "000000000000:code-signing-config:nope")))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("1 validation error detected: Value 'arn:aws:lambda:us-east-1:000000000000:"
                        + "code-signing-config:nope' at 'codeSigningConfigArn' failed to satisfy constraint: Member "
                        + "must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:lambda:")
                .satisfies(e -> assertThat(((LambdaException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"));
        assertThatThrownBy(() -> lambda.createCodeSigningConfig(b -> b
                .allowedPublishers(p -> p.signingProfileVersionArns(List.of()))))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("1 validation error detected: Value '[]' at "
                        + "'allowedPublishers.signingProfileVersionArns' failed to satisfy constraint: Member must "
                        + "have length greater than or equal to 1");
        assertThatThrownBy(() -> lambda.createCodeSigningConfig(b -> b.description("x")))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("1 validation error detected: Value null at 'allowedPublishers' failed to "
                        + "satisfy constraint: Member must not be null");
        assertThatThrownBy(() -> lambda.createCodeSigningConfig(b -> b
                .allowedPublishers(p -> p.signingProfileVersionArns(PROFILE))
                .codeSigningPolicies(p -> p.untrustedArtifactOnDeployment("Block"))))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("1 validation error detected: Value 'Block' at "
                        + "'codeSigningPolicies.untrustedArtifactOnDeployment' failed to satisfy constraint: Member "
                        + "must satisfy enum value set: [Warn, Enforce]");
        assertThatThrownBy(() -> lambda.listCodeSigningConfigs(b -> b.maxItems(0)))
                .isInstanceOf(LambdaException.class)
                .hasMessageContaining("at 'maxItems' failed to satisfy constraint: Member must have value greater "
                        + "than or equal to 1");
    }

    private CodeSigningConfig create() {
        return lambda.createCodeSigningConfig(b -> b.allowedPublishers(p -> p.signingProfileVersionArns(PROFILE)))
                .codeSigningConfig();
    }

    private String function() {
        String name = "csc-fn-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12).role(ROLE)
                .handler("handler.handler").code(c -> c.zipFile(Zips.pythonHandler())));
        return name;
    }
}
