package dev.fakecloud.lambda;

import static dev.fakecloud.lambda.ConfigTestSupport.alias;
import static dev.fakecloud.lambda.ConfigTestSupport.createFunction;
import static dev.fakecloud.lambda.ConfigTestSupport.failure;
import static dev.fakecloud.lambda.ConfigTestSupport.failureCode;
import static dev.fakecloud.lambda.ConfigTestSupport.publish;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.anEmptyMap;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionEventInvokeConfig;
import software.amazon.awssdk.services.lambda.model.GetFunctionEventInvokeConfigResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.ListFunctionEventInvokeConfigsResponse;
import software.amazon.awssdk.services.lambda.model.PutFunctionEventInvokeConfigResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionEventInvokeConfigResponse;

@QuarkusTest
class EventInvokeConfigTest {

    static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:";
    static final String NO_FUNCTION = "The function doesn't exist.";

    final LambdaClient lambda = Clients.lambda();

    @Test
    void putReplacesUpdateMerges() {
        String name = createFunction(lambda, "async");
        Instant before = Instant.now().minusSeconds(1);

        PutFunctionEventInvokeConfigResponse put = lambda.putFunctionEventInvokeConfig(b -> b.functionName(name)
                .maximumRetryAttempts(2).maximumEventAgeInSeconds(60));
        assertThat(put.functionArn()).isEqualTo(ARN + name + ":$LATEST");
        assertThat(put.maximumRetryAttempts()).isEqualTo(2);
        assertThat(put.maximumEventAgeInSeconds()).isEqualTo(60);
        assertThat(put.lastModified()).isAfter(before).isBefore(Instant.now().plusSeconds(1));
        assertThat(put.destinationConfig().onSuccess().destination()).isNull();

        PutFunctionEventInvokeConfigResponse replaced = lambda.putFunctionEventInvokeConfig(b -> b
                .functionName(name).maximumRetryAttempts(0));
        assertThat(replaced.maximumRetryAttempts()).isZero();
        assertThat(replaced.maximumEventAgeInSeconds()).isNull();

        lambda.putFunctionEventInvokeConfig(b -> b.functionName(name).maximumRetryAttempts(2)
                .maximumEventAgeInSeconds(60));
        UpdateFunctionEventInvokeConfigResponse updated = lambda.updateFunctionEventInvokeConfig(b -> b
                .functionName(name).maximumRetryAttempts(0));
        assertThat(updated.maximumRetryAttempts()).isZero();
        assertThat(updated.maximumEventAgeInSeconds()).isEqualTo(60);

        GetFunctionEventInvokeConfigResponse got = lambda.getFunctionEventInvokeConfig(b -> b.functionName(name)
                .qualifier("$LATEST"));
        assertThat(got.maximumRetryAttempts()).isZero();
        assertThat(got.maximumEventAgeInSeconds()).isEqualTo(60);

        // wire shape: LastModified is epoch seconds (a plain JSON number), both destinations are always present
        String body = given().get("/2019-09-25/functions/" + name + "/event-invoke-config")
                .then().statusCode(200)
                .body("DestinationConfig.OnSuccess", anEmptyMap())
                .body("DestinationConfig.OnFailure", anEmptyMap())
                .body("FunctionArn", equalTo(ARN + name + ":$LATEST"))
                .extract().asString();
        Matcher lastModified = Pattern.compile("\"LastModified\":(\\d+(\\.\\d+)?)[,}]").matcher(body);
        assertThat(lastModified.find()).as(body).isTrue();
        assertThat(Double.parseDouble(lastModified.group(1)))
                .isCloseTo(System.currentTimeMillis() / 1000.0, within(60.0));
    }

    @Test
    void qualifiersListingAndDeletion() {
        String name = createFunction(lambda, "async-q");
        String version = publish(lambda, name);
        alias(lambda, name, "live", version);

        lambda.putFunctionEventInvokeConfig(b -> b.functionName(name).maximumRetryAttempts(1));
        failure(ResourceNotFoundException.class, 404, "The function " + ARN + name + ":" + version
                + " doesn't have an EventInvokeConfig", () -> lambda.getFunctionEventInvokeConfig(b -> b
                        .functionName(name).qualifier(version)));
        assertThat(lambda.putFunctionEventInvokeConfig(b -> b.functionName(name + ":" + version)
                .maximumEventAgeInSeconds(120)).functionArn()).isEqualTo(ARN + name + ":" + version);
        assertThat(lambda.putFunctionEventInvokeConfig(b -> b.functionName(ARN + name + ":live").qualifier("live")
                .maximumRetryAttempts(1)).functionArn()).isEqualTo(ARN + name + ":live");

        ListFunctionEventInvokeConfigsResponse all = lambda.listFunctionEventInvokeConfigs(b -> b.functionName(name));
        assertThat(all.functionEventInvokeConfigs()).extracting(FunctionEventInvokeConfig::functionArn)
                .containsExactly(ARN + name + ":$LATEST", ARN + name + ":" + version, ARN + name + ":live");
        assertThat(all.nextMarker()).isNull();
        ListFunctionEventInvokeConfigsResponse page = lambda.listFunctionEventInvokeConfigs(b -> b.functionName(name)
                .maxItems(2));
        assertThat(page.functionEventInvokeConfigs()).hasSize(2);
        assertThat(lambda.listFunctionEventInvokeConfigs(b -> b.functionName(name).marker(page.nextMarker()))
                .functionEventInvokeConfigs()).extracting(FunctionEventInvokeConfig::functionArn)
                .containsExactly(ARN + name + ":live");

        assertThat(lambda.deleteFunctionEventInvokeConfig(b -> b.functionName(name).qualifier("$LATEST"))
                .sdkHttpResponse().statusCode()).isEqualTo(204);
        failure(ResourceNotFoundException.class, 404, "The function " + ARN + name
                + ":$LATEST doesn't have an EventInvokeConfig",
                () -> lambda.deleteFunctionEventInvokeConfig(b -> b.functionName(name)));

        lambda.deleteAlias(b -> b.functionName(name).name("live"));
        lambda.deleteFunction(b -> b.functionName(name).qualifier(version));
        assertThat(lambda.listFunctionEventInvokeConfigs(b -> b.functionName(name)).functionEventInvokeConfigs())
                .isEmpty();

        lambda.putFunctionEventInvokeConfig(b -> b.functionName(name).maximumRetryAttempts(1));
        lambda.deleteFunction(b -> b.functionName(name));
        failure(ResourceNotFoundException.class, 404, "The function " + ARN + name
                + ":$LATEST doesn't have an EventInvokeConfig",
                () -> lambda.getFunctionEventInvokeConfig(b -> b.functionName(name)));
    }

    @Test
    void destinations() {
        String name = createFunction(lambda, "async-dest");
        String other = createFunction(lambda, "async-target");

        PutFunctionEventInvokeConfigResponse toLambda = lambda.putFunctionEventInvokeConfig(b -> b.functionName(name)
                .destinationConfig(d -> d.onSuccess(s -> s.destination(ARN + other))
                        .onFailure(f -> f.destination("arn:aws:sqs:us-east-1:000000000000:dlq"))));
        assertThat(toLambda.destinationConfig().onSuccess().destination()).isEqualTo(ARN + other);
        assertThat(toLambda.destinationConfig().onFailure().destination())
                .isEqualTo("arn:aws:sqs:us-east-1:000000000000:dlq");

        UpdateFunctionEventInvokeConfigResponse merged = lambda.updateFunctionEventInvokeConfig(b -> b
                .functionName(name).destinationConfig(d -> d.onFailure(f -> f.destination(
                        "arn:aws:s3:::failures-bucket"))));
        assertThat(merged.destinationConfig().onSuccess().destination()).isEqualTo(ARN + other);
        assertThat(merged.destinationConfig().onFailure().destination()).isEqualTo("arn:aws:s3:::failures-bucket");

        PutFunctionEventInvokeConfigResponse empty = lambda.putFunctionEventInvokeConfig(b -> b.functionName(name)
                .destinationConfig(d -> d.onSuccess(s -> s.build())));
        assertThat(empty.destinationConfig().onSuccess().destination()).isNull();
        assertThat(empty.maximumRetryAttempts()).isNull();

        failure(InvalidParameterValueException.class, 400, "The destination ARN " + ARN + "doesnotexist is invalid.",
                () -> lambda.putFunctionEventInvokeConfig(b -> b.functionName(name)
                        .destinationConfig(d -> d.onSuccess(s -> s.destination(ARN + "doesnotexist")))));
        failure(InvalidParameterValueException.class, 400, "You can't specify the function as a destination for "
                + "itself.", () -> lambda.putFunctionEventInvokeConfig(b -> b.functionName(name)
                        .destinationConfig(d -> d.onSuccess(s -> s.destination(ARN + name)))));
        String iam = "arn:aws:iam:us-east-1:000000000000:function:" + name;
        failure(InvalidParameterValueException.class, 400, "The provided destination config DestinationConfig("
                + "onSuccess=OnSuccess(destination=" + iam + "), onFailure=null) is invalid.",
                () -> lambda.putFunctionEventInvokeConfig(b -> b.functionName(name)
                        .destinationConfig(d -> d.onSuccess(s -> s.destination(iam)))));
        failure(InvalidParameterValueException.class, 400, "The provided destination config DestinationConfig("
                + "onSuccess=null, onFailure=OnFailure(destination=arn:aws:dynamodb:us-east-1:000000000000:table/t)) "
                + "is invalid.", () -> lambda.putFunctionEventInvokeConfig(b -> b.functionName(name)
                        .destinationConfig(d -> d.onFailure(f -> f.destination(
                                "arn:aws:dynamodb:us-east-1:000000000000:table/t")))));
        String broken = "arn:aws:_-/!lambda:us-east-1:000000000000:function:" + name;
        failureCode("ValidationException", 400, "1 validation error detected: Value '" + broken + "' at "
                + "'destinationConfig.onFailure.destination' failed to satisfy constraint: Member must satisfy regular "
                + "expression pattern: $|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):"
                + "([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)",
                () -> lambda.putFunctionEventInvokeConfig(b -> b.functionName(name)
                        .destinationConfig(d -> d.onFailure(f -> f.destination(broken)))));
    }

    @Test
    void exceptions() {
        String name = createFunction(lambda, "async-err");
        String version = publish(lambda, name);

        failure(ResourceNotFoundException.class, 404, NO_FUNCTION,
                () -> lambda.putFunctionEventInvokeConfig(b -> b.functionName("doesnotexist").maximumRetryAttempts(1)));
        failure(ResourceNotFoundException.class, 404, NO_FUNCTION, () -> lambda.putFunctionEventInvokeConfig(b -> b
                .functionName(ARN + "doesnotexist").maximumRetryAttempts(1)));
        failure(InvalidParameterValueException.class, 400, "You must specify at least one of error handling or "
                + "destination setting.", () -> lambda.putFunctionEventInvokeConfig(b -> b.functionName("doesnotexist")));
        failure(ResourceNotFoundException.class, 404, NO_FUNCTION, () -> lambda.putFunctionEventInvokeConfig(b -> b
                .functionName(name).qualifier("nosuchalias").maximumRetryAttempts(1)));
        failure(ResourceNotFoundException.class, 404, NO_FUNCTION, () -> lambda.putFunctionEventInvokeConfig(b -> b
                .functionName(name).qualifier("77").maximumRetryAttempts(1)));
        String mismatch = "The derived qualifier from the function name does not match the specified qualifier.";
        failure(InvalidParameterValueException.class, 400, mismatch, () -> lambda.putFunctionEventInvokeConfig(b -> b
                .functionName(name + ":" + version).qualifier("$LATEST").maximumRetryAttempts(1)));
        failureCode("ValidationException", 400, "1 validation error detected: Value '3' at 'maximumRetryAttempts' "
                + "failed to satisfy constraint: Member must have value less than or equal to 2",
                () -> lambda.putFunctionEventInvokeConfig(b -> b.functionName(name).maximumRetryAttempts(3)));
        failureCode("ValidationException", 400, "2 validation errors detected: Value '-1' at 'maximumRetryAttempts' "
                + "failed to satisfy constraint: Member must have value greater than or equal to 0; Value '59' at "
                + "'maximumEventAgeInSeconds' failed to satisfy constraint: Member must have value greater than or "
                + "equal to 60", () -> lambda.putFunctionEventInvokeConfig(b -> b.functionName(name)
                        .maximumRetryAttempts(-1).maximumEventAgeInSeconds(59)));

        failure(ResourceNotFoundException.class, 404, NO_FUNCTION,
                () -> lambda.listFunctionEventInvokeConfigs(b -> b.functionName("doesnotexist")));
        failure(ResourceNotFoundException.class, 404, NO_FUNCTION,
                () -> lambda.updateFunctionEventInvokeConfig(b -> b.functionName("doesnotexist").maximumRetryAttempts(0)));
        failure(ResourceNotFoundException.class, 404, "The function " + ARN + "doesnotexist:$LATEST doesn't have an "
                + "EventInvokeConfig", () -> lambda.getFunctionEventInvokeConfig(b -> b.functionName("doesnotexist")));
        failure(ResourceNotFoundException.class, 404, "The function " + ARN + name + ":1221 doesn't have an "
                + "EventInvokeConfig", () -> lambda.getFunctionEventInvokeConfig(b -> b.functionName(name)
                        .qualifier("1221")));
        failure(ResourceNotFoundException.class, 404, "The function " + ARN + name + ":$LATEST doesn't have an "
                + "EventInvokeConfig", () -> lambda.updateFunctionEventInvokeConfig(b -> b.functionName(ARN + name)
                        .maximumRetryAttempts(0)));
        failure(ResourceNotFoundException.class, 404, "Functions from 'eu-central-1' are not reachable in this region "
                + "('us-east-1')", () -> lambda.getFunctionEventInvokeConfig(b -> b
                        .functionName("arn:aws:lambda:eu-central-1:000000000000:function:" + name)));
        failureCode("ValidationException", 400, "1 validation error detected: Value '51' at 'maxItems' failed to "
                + "satisfy constraint: Member must have value less than or equal to 50",
                () -> lambda.listFunctionEventInvokeConfigs(b -> b.functionName(name).maxItems(51)));
    }
}
