package dev.fakecloud.lambda;

import static dev.fakecloud.lambda.ConfigTestSupport.alias;
import static dev.fakecloud.lambda.ConfigTestSupport.createFunction;
import static dev.fakecloud.lambda.ConfigTestSupport.failure;
import static dev.fakecloud.lambda.ConfigTestSupport.failureCode;
import static dev.fakecloud.lambda.ConfigTestSupport.publish;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.fakecloud.lambda.url.FunctionUrl;
import dev.fakecloud.lambda.url.FunctionUrlService;
import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionUrlConfigResponse;
import software.amazon.awssdk.services.lambda.model.FunctionUrlAuthType;
import software.amazon.awssdk.services.lambda.model.FunctionUrlConfig;
import software.amazon.awssdk.services.lambda.model.GetFunctionUrlConfigResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.InvokeMode;
import software.amazon.awssdk.services.lambda.model.ListFunctionUrlConfigsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionUrlConfigResponse;

@QuarkusTest
class FunctionUrlConfigTest {

    static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:";
    static final String NO_RESOURCE = "The resource you requested does not exist.";
    static final String NO_FUNCTION = "Function does not exist";
    static final String ISO = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z";

    final LambdaClient lambda = Clients.lambda();

    @Inject
    FunctionUrlService service;

    @Test
    void lifecycle() {
        String name = createFunction(lambda, "url");

        CreateFunctionUrlConfigResponse created = lambda.createFunctionUrlConfig(b -> b.functionName(name)
                .authType(FunctionUrlAuthType.NONE));
        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(created.functionArn()).isEqualTo(ARN + name);
        assertThat(created.authType()).isEqualTo(FunctionUrlAuthType.NONE);
        assertThat(created.functionUrl()).matches("http://[a-z0-9]{32}\\.lambda-url\\.us-east-1\\.localhost:"
                + Clients.endpoint().getPort() + "/");
        assertThat(created.creationTime()).matches(ISO);
        assertThat(created.invokeMode()).isNull();
        assertThat(created.cors()).isNull();

        failure(ResourceConflictException.class, 409, "Failed to create function url config for [functionArn = "
                + ARN + name + "]. Error message:  FunctionUrlConfig exists for this Lambda function",
                () -> lambda.createFunctionUrlConfig(b -> b.functionName(name).authType(FunctionUrlAuthType.NONE)));

        GetFunctionUrlConfigResponse got = lambda.getFunctionUrlConfig(b -> b.functionName(name));
        assertThat(got.functionUrl()).isEqualTo(created.functionUrl());
        assertThat(got.invokeMode()).isEqualTo(InvokeMode.BUFFERED);
        assertThat(got.creationTime()).isEqualTo(created.creationTime());
        assertThat(got.lastModifiedTime()).matches(ISO);

        UpdateFunctionUrlConfigResponse iam = lambda.updateFunctionUrlConfig(b -> b.functionName(name)
                .authType(FunctionUrlAuthType.AWS_IAM));
        assertThat(iam.authType()).isEqualTo(FunctionUrlAuthType.AWS_IAM);
        assertThat(iam.invokeMode()).isNull();
        assertThat(iam.functionUrl()).isEqualTo(created.functionUrl());
        assertThat(iam.creationTime()).isEqualTo(created.creationTime());

        UpdateFunctionUrlConfigResponse streaming = lambda.updateFunctionUrlConfig(b -> b.functionName(name)
                .invokeMode(InvokeMode.RESPONSE_STREAM)
                .cors(c -> c.allowOrigins("https://example.com").allowMethods("GET", "POST").maxAge(300)
                        .allowCredentials(true)));
        assertThat(streaming.invokeMode()).isEqualTo(InvokeMode.RESPONSE_STREAM);
        assertThat(streaming.authType()).isEqualTo(FunctionUrlAuthType.AWS_IAM);
        UpdateFunctionUrlConfigResponse unchanged = lambda.updateFunctionUrlConfig(b -> b.functionName(name));
        assertThat(unchanged.invokeMode()).isEqualTo(InvokeMode.RESPONSE_STREAM);
        assertThat(unchanged.cors().allowOrigins()).containsExactly("https://example.com");
        assertThat(unchanged.cors().allowMethods()).containsExactly("GET", "POST");
        assertThat(unchanged.cors().maxAge()).isEqualTo(300);
        assertThat(unchanged.cors().allowCredentials()).isTrue();

        String urlId = created.functionUrl().substring("http://".length(), "http://".length() + 32);
        FunctionUrl stored = service.byUrlId(urlId).orElseThrow();
        assertThat(stored.functionName()).isEqualTo(name);
        assertThat(stored.authType()).isEqualTo("AWS_IAM");
        assertThat(stored.effectiveInvokeMode()).isEqualTo("RESPONSE_STREAM");

        assertThat(lambda.deleteFunctionUrlConfig(b -> b.functionName(name)).sdkHttpResponse().statusCode())
                .isEqualTo(204);
        failure(ResourceNotFoundException.class, 404, NO_RESOURCE,
                () -> lambda.getFunctionUrlConfig(b -> b.functionName(name)));
        failure(ResourceNotFoundException.class, 404, NO_RESOURCE,
                () -> lambda.deleteFunctionUrlConfig(b -> b.functionName(name)));
        assertThat(service.byUrlId(urlId)).isEmpty();
    }

    @Test
    void aliasesListingAndDeletion() {
        String name = createFunction(lambda, "url-list");
        String version = publish(lambda, name);
        alias(lambda, name, "live", version);

        failure(ResourceNotFoundException.class, 404, NO_FUNCTION,
                () -> lambda.listFunctionUrlConfigs(b -> b.functionName("doesnotexist")));
        ListFunctionUrlConfigsResponse empty = lambda.listFunctionUrlConfigs(b -> b.functionName(name));
        assertThat(empty.functionUrlConfigs()).isEmpty();

        lambda.createFunctionUrlConfig(b -> b.functionName(name).authType(FunctionUrlAuthType.NONE));
        CreateFunctionUrlConfigResponse onAlias = lambda.createFunctionUrlConfig(b -> b.functionName(name + ":live")
                .qualifier("live").authType(FunctionUrlAuthType.AWS_IAM).invokeMode(InvokeMode.BUFFERED));
        assertThat(onAlias.functionArn()).isEqualTo(ARN + name + ":live");
        assertThat(onAlias.invokeMode()).isEqualTo(InvokeMode.BUFFERED);
        assertThat(lambda.getFunctionUrlConfig(b -> b.functionName(name).qualifier("live")).functionUrl())
                .isEqualTo(onAlias.functionUrl());

        ListFunctionUrlConfigsResponse all = lambda.listFunctionUrlConfigs(b -> b.functionName(name));
        assertThat(all.functionUrlConfigs()).extracting(FunctionUrlConfig::functionArn)
                .containsExactly(ARN + name, ARN + name + ":live");
        assertThat(all.functionUrlConfigs()).extracting(FunctionUrlConfig::invokeMode)
                .containsOnly(InvokeMode.BUFFERED);
        ListFunctionUrlConfigsResponse first = lambda.listFunctionUrlConfigs(b -> b.functionName(name).maxItems(1));
        assertThat(first.functionUrlConfigs()).hasSize(1);
        ListFunctionUrlConfigsResponse second = lambda.listFunctionUrlConfigs(b -> b.functionName(name).maxItems(1)
                .marker(first.nextMarker()));
        assertThat(second.functionUrlConfigs()).extracting(FunctionUrlConfig::functionArn)
                .containsExactly(ARN + name + ":live");
        assertThat(second.nextMarker()).isNull();

        // deleting the unqualified URL leaves the alias's URL
        lambda.deleteFunctionUrlConfig(b -> b.functionName(name));
        assertThat(lambda.getFunctionUrlConfig(b -> b.functionName(name).qualifier("live")).functionArn())
                .isEqualTo(ARN + name + ":live");
        // as on AWS, an alias's URL outlives the alias; it goes with the function
        lambda.deleteAlias(b -> b.functionName(name).name("live"));
        assertThat(lambda.listFunctionUrlConfigs(b -> b.functionName(name)).functionUrlConfigs()).hasSize(1);
        String urlId = onAlias.functionUrl().substring("http://".length(), "http://".length() + 32);
        lambda.deleteFunction(b -> b.functionName(name));
        assertThat(service.byUrlId(urlId)).isEmpty();
        createFunctionNamed(name);
        assertThat(lambda.listFunctionUrlConfigs(b -> b.functionName(name)).functionUrlConfigs()).isEmpty();
    }

    @Test
    void exceptions() {
        String name = createFunction(lambda, "url-err");
        String version = publish(lambda, name);
        alias(lambda, name, "urlalias", version);
        lambda.createFunctionUrlConfig(b -> b.functionName(name).authType(FunctionUrlAuthType.NONE));

        for (String qualifier : List.of("1", "$LATEST")) {
            String message = "1 validation error detected: Value '" + qualifier + "' at 'qualifier' failed to satisfy "
                    + "constraint: Member must satisfy regular expression pattern: ((?!^\\d+$)^[0-9a-zA-Z-_]+$)";
            failureCode("ValidationException", 400, message, () -> lambda.createFunctionUrlConfig(b -> b
                    .functionName(name).qualifier(qualifier).authType(FunctionUrlAuthType.NONE)));
            failureCode("ValidationException", 400, message, () -> lambda.getFunctionUrlConfig(b -> b
                    .functionName("doesnotexist").qualifier(qualifier)));
            failureCode("ValidationException", 400, message, () -> lambda.deleteFunctionUrlConfig(b -> b
                    .functionName(name).qualifier(qualifier)));
            failureCode("ValidationException", 400, message, () -> lambda.updateFunctionUrlConfig(b -> b
                    .functionName(name).qualifier(qualifier).authType(FunctionUrlAuthType.AWS_IAM)));
        }

        failure(ResourceNotFoundException.class, 404, NO_FUNCTION, () -> lambda.createFunctionUrlConfig(b -> b
                .functionName("doesnotexist").authType(FunctionUrlAuthType.NONE)));
        failure(ResourceNotFoundException.class, 404, NO_FUNCTION, () -> lambda.createFunctionUrlConfig(b -> b
                .functionName(ARN + "doesnotexist").authType(FunctionUrlAuthType.NONE)));
        failure(ResourceNotFoundException.class, 404, NO_FUNCTION, () -> lambda.createFunctionUrlConfig(b -> b
                .functionName(name).qualifier("v1").authType(FunctionUrlAuthType.NONE)));
        failure(ResourceNotFoundException.class, 404, NO_FUNCTION, () -> lambda.updateFunctionUrlConfig(b -> b
                .functionName("doesnotexist").authType(FunctionUrlAuthType.AWS_IAM)));
        failure(ResourceNotFoundException.class, 404, NO_RESOURCE, () -> lambda.updateFunctionUrlConfig(b -> b
                .functionName(name).qualifier("urlalias").authType(FunctionUrlAuthType.AWS_IAM)));
        failure(ResourceNotFoundException.class, 404, NO_RESOURCE,
                () -> lambda.getFunctionUrlConfig(b -> b.functionName("doesnotexist")));
        failure(ResourceNotFoundException.class, 404, NO_RESOURCE,
                () -> lambda.getFunctionUrlConfig(b -> b.functionName(name).qualifier("v1")));
        failure(ResourceNotFoundException.class, 404, NO_RESOURCE,
                () -> lambda.deleteFunctionUrlConfig(b -> b.functionName(ARN + "doesnotexist")));
        failure(InvalidParameterValueException.class, 400, "The derived qualifier from the function name does not "
                + "match the specified qualifier.", () -> lambda.getFunctionUrlConfig(b -> b
                        .functionName(name + ":urlalias-doesnotmatch").qualifier("urlalias")));
        failure(ResourceNotFoundException.class, 404, "Functions from 'eu-central-1' are not reachable in this region "
                + "('us-east-1')", () -> lambda.getFunctionUrlConfig(b -> b
                        .functionName("arn:aws:lambda:eu-central-1:000000000000:function:" + name)));

        failureCode("ValidationException", 400, "1 validation error detected: Value 'OPEN' at 'authType' failed to "
                + "satisfy constraint: Member must satisfy enum value set: [NONE, AWS_IAM]",
                () -> lambda.updateFunctionUrlConfig(b -> b.functionName(name).authType("OPEN")));
        failureCode("ValidationException", 400, "1 validation error detected: Value 'STREAM' at 'invokeMode' failed "
                + "to satisfy constraint: Member must satisfy enum value set: [BUFFERED, RESPONSE_STREAM]",
                () -> lambda.updateFunctionUrlConfig(b -> b.functionName(name).invokeMode("STREAM")));
        failureCode("ValidationException", 400, "1 validation error detected: Value '86401' at 'cors.maxAge' failed "
                + "to satisfy constraint: Member must have value less than or equal to 86400",
                () -> lambda.updateFunctionUrlConfig(b -> b.functionName(name).cors(c -> c.maxAge(86401))));
        given().contentType("application/json").body("{}")
                .post("/2021-10-31/functions/" + name + "/url?Qualifier=urlalias")
                .then().statusCode(400).header("x-amzn-ErrorType", "ValidationException")
                .body("message", equalTo("1 validation error detected: Value null at 'authType' failed to satisfy "
                        + "constraint: Member must not be null"))
                .body("Type", nullValue());
    }

    private void createFunctionNamed(String name) {
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ConfigTestSupport.ROLE)
                .handler("handler.handler").code(c -> c.zipFile(dev.fakecloud.support.Zips.pythonHandler())));
    }
}
