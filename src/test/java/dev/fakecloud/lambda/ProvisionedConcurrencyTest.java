package dev.fakecloud.lambda;

import dev.fakecloud.support.Polling;
import static dev.fakecloud.lambda.ConfigTestSupport.alias;
import static dev.fakecloud.lambda.ConfigTestSupport.createFunction;
import static dev.fakecloud.lambda.ConfigTestSupport.failure;
import static dev.fakecloud.lambda.ConfigTestSupport.failureCode;
import static dev.fakecloud.lambda.ConfigTestSupport.publish;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.concurrency.ProvisionedConcurrency;
import dev.fakecloud.lambda.concurrency.ProvisionedConcurrencyService;
import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetProvisionedConcurrencyConfigResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.ListProvisionedConcurrencyConfigsResponse;
import software.amazon.awssdk.services.lambda.model.ProvisionedConcurrencyConfigListItem;
import software.amazon.awssdk.services.lambda.model.ProvisionedConcurrencyConfigNotFoundException;
import software.amazon.awssdk.services.lambda.model.ProvisionedConcurrencyStatusEnum;
import software.amazon.awssdk.services.lambda.model.PutProvisionedConcurrencyConfigResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

@QuarkusTest
class ProvisionedConcurrencyTest {

    static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:";
    static final String NOT_FOUND = "No Provisioned Concurrency Config found for this function";
    static final Region LIMITS_REGION = Region.of("ap-southeast-4");

    final LambdaClient lambda = Clients.lambda();

    @Inject
    ProvisionedConcurrencyService service;

    @Test
    void lifecycleOnVersionThenAlias() {
        String name = createFunction(lambda, "provisioned");
        String version = publish(lambda, name);
        alias(lambda, name, "live", version);

        PutProvisionedConcurrencyConfigResponse put = lambda.putProvisionedConcurrencyConfig(b -> b
                .functionName(name).qualifier(version).provisionedConcurrentExecutions(2));
        assertThat(put.sdkHttpResponse().statusCode()).isEqualTo(202);
        assertThat(put.status()).isEqualTo(ProvisionedConcurrencyStatusEnum.IN_PROGRESS);
        assertThat(put.requestedProvisionedConcurrentExecutions()).isEqualTo(2);
        assertThat(put.allocatedProvisionedConcurrentExecutions()).isZero();
        assertThat(put.availableProvisionedConcurrentExecutions()).isZero();
        assertThat(put.lastModified()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000");

        failure(ResourceConflictException.class, 409, "Alias can't be used for Provisioned Concurrency configuration "
                + "on an already Provisioned version", () -> lambda.putProvisionedConcurrencyConfig(b -> b
                        .functionName(name).qualifier("live").provisionedConcurrentExecutions(1)));

        GetProvisionedConcurrencyConfigResponse ready = awaitReady(name, version);
        assertThat(ready.allocatedProvisionedConcurrentExecutions()).isEqualTo(2);
        assertThat(ready.availableProvisionedConcurrentExecutions()).isEqualTo(2);
        ProvisionedConcurrency config = service.configFor(new Scope("000000000000", "us-east-1"), name, version)
                .orElseThrow();
        assertThat(config.status()).isEqualTo(ProvisionedConcurrency.Status.READY);
        assertThat(config.requested()).isEqualTo(2);

        List<ProvisionedConcurrencyConfigListItem> listed = lambda.listProvisionedConcurrencyConfigs(b -> b
                .functionName(name)).provisionedConcurrencyConfigs();
        assertThat(listed).singleElement().satisfies(item -> {
            assertThat(item.functionArn()).isEqualTo(ARN + name + ":" + version);
            assertThat(item.statusAsString()).isEqualTo("READY");
            assertThat(item.requestedProvisionedConcurrentExecutions()).isEqualTo(2);
        });

        assertThat(lambda.deleteProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier(version))
                .sdkHttpResponse().statusCode()).isEqualTo(204);
        failure(ProvisionedConcurrencyConfigNotFoundException.class, 404, NOT_FOUND,
                () -> lambda.getProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier(version)));

        lambda.putProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier("live")
                .provisionedConcurrentExecutions(1));
        failure(ResourceConflictException.class, 409, "Version is pointed by a Provisioned Concurrency alias",
                () -> lambda.putProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier(version)
                        .provisionedConcurrentExecutions(1)));

        lambda.deleteAlias(b -> b.functionName(name).name("live"));
        failure(ResourceNotFoundException.class, 404, "Cannot find alias arn: " + ARN + name + ":live",
                () -> lambda.getProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier("live")));
        assertThat(lambda.listProvisionedConcurrencyConfigs(b -> b.functionName(name))
                .provisionedConcurrencyConfigs()).isEmpty();
        alias(lambda, name, "live", version);
        failure(ProvisionedConcurrencyConfigNotFoundException.class, 404, NOT_FOUND,
                () -> lambda.getProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier("live")));
    }

    @Test
    void exceptions() {
        String name = createFunction(lambda, "provisioned-err");
        String version = publish(lambda, name);

        failure(ProvisionedConcurrencyConfigNotFoundException.class, 404, NOT_FOUND,
                () -> lambda.getProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier(version)));
        failure(ResourceNotFoundException.class, 404, "Cannot find alias arn: " + ARN + "doesnotexist:noalias",
                () -> lambda.getProvisionedConcurrencyConfig(b -> b.functionName("doesnotexist").qualifier("noalias")));
        failure(ResourceNotFoundException.class, 404, "Cannot find alias arn: " + ARN + name + ":noalias",
                () -> lambda.getProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier("noalias")));
        failure(ResourceNotFoundException.class, 404, "Function not found: " + ARN + name + ":10",
                () -> lambda.getProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier("10")));
        String notPublished = "The function resource provided must be an alias or a published version.";
        failure(InvalidParameterValueException.class, 400, notPublished,
                () -> lambda.getProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier("$LATEST")));
        failure(InvalidParameterValueException.class, 400, notPublished,
                () -> lambda.deleteProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier("$LATEST")));
        failure(InvalidParameterValueException.class, 400, "Provisioned Concurrency Configs cannot be applied to "
                + "unpublished function versions.", () -> lambda.putProvisionedConcurrencyConfig(b -> b
                        .functionName(name).qualifier("$LATEST").provisionedConcurrentExecutions(1)));

        assertThat(lambda.listProvisionedConcurrencyConfigs(b -> b.functionName(name))
                .provisionedConcurrencyConfigs()).isEmpty();
        failure(ResourceNotFoundException.class, 404, "Function not found: " + ARN + "doesnotexist",
                () -> lambda.listProvisionedConcurrencyConfigs(b -> b.functionName("doesnotexist")));

        failure(ResourceNotFoundException.class, 404, "Function not found: " + ARN + "doesnotexist:1",
                () -> lambda.deleteProvisionedConcurrencyConfig(b -> b.functionName("doesnotexist").qualifier("1")));
        failure(ResourceNotFoundException.class, 404, "Function not found: " + ARN + name + ":10",
                () -> lambda.deleteProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier("10")));
        assertThat(lambda.deleteProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier(version))
                .sdkHttpResponse().statusCode()).isEqualTo(204);

        failureCode("ValidationException", 400, "1 validation error detected: Value '0' at "
                + "'provisionedConcurrentExecutions' failed to satisfy constraint: Member must have value greater "
                + "than or equal to 1", () -> lambda.putProvisionedConcurrencyConfig(b -> b.functionName(name)
                        .qualifier(version).provisionedConcurrentExecutions(0)));
        failure(ResourceNotFoundException.class, 404, "Cannot find alias arn: " + ARN + name + ":doesnotexist",
                () -> lambda.putProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier("doesnotexist")
                        .provisionedConcurrentExecutions(1)));
        failure(ResourceNotFoundException.class, 404, "Function not found: " + ARN + "doesnotexist:1",
                () -> lambda.putProvisionedConcurrencyConfig(b -> b.functionName("doesnotexist").qualifier("1")
                        .provisionedConcurrentExecutions(1)));
        given().get("/2019-09-30/functions/" + name + "/provisioned-concurrency")
                .then().statusCode(400).header("x-amzn-ErrorType", "ValidationException")
                .body("message", equalTo("1 validation error detected: Value null at 'qualifier' failed to satisfy "
                        + "constraint: Member must not be null"));
    }

    @Test
    void reservationAndAccountPoolLimitProvisionedConcurrency() {
        String name = createFunction(lambda, "provisioned-reserved");
        String v1 = publish(lambda, name);
        String v2 = publish(lambda, name);
        lambda.putProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier(v1)
                .provisionedConcurrentExecutions(2));
        lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(2));
        String lower = " ReservedConcurrentExecutions  1 should not be lower than function's total provisioned "
                + "concurrency [2].";
        failure(InvalidParameterValueException.class, 400, lower,
                () -> lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(1)));
        failure(InvalidParameterValueException.class, 400, "Requested Provisioned Concurrency should not be greater "
                + "than the reservedConcurrentExecution for function", () -> lambda.putProvisionedConcurrencyConfig(
                        b -> b.functionName(name).qualifier(v2).provisionedConcurrentExecutions(1)));
        // replacing a version's own configuration is measured without its previous value
        lambda.putProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier(v1)
                .provisionedConcurrentExecutions(1));
        lambda.putProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier(v2)
                .provisionedConcurrentExecutions(1));

        LambdaClient regional = Clients.lambda(LIMITS_REGION);
        String pooled = createFunction(regional, "provisioned-pool");
        try {
            String pooledVersion = publish(regional, pooled);
            failure(InvalidParameterValueException.class, 400, "Specified ConcurrentExecutions for function is "
                    + "greater than account's unreserved concurrency [1000].",
                    () -> regional.putProvisionedConcurrencyConfig(b -> b.functionName(pooled)
                            .qualifier(pooledVersion).provisionedConcurrentExecutions(1001)));
            failure(InvalidParameterValueException.class, 400, "Specified ConcurrentExecutions for function "
                    + "decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
                    () -> regional.putProvisionedConcurrencyConfig(b -> b.functionName(pooled)
                            .qualifier(pooledVersion).provisionedConcurrentExecutions(901)));
            given().header("Authorization", ReservedConcurrencyTest.authorization(LIMITS_REGION))
                    .contentType("application/json").body("{\"ProvisionedConcurrentExecutions\": 1001}")
                    .put("/2019-09-30/functions/" + pooled + "/provisioned-concurrency?Qualifier=" + pooledVersion)
                    .then().statusCode(400).body("Type", nullValue());
            regional.putProvisionedConcurrencyConfig(b -> b.functionName(pooled).qualifier(pooledVersion)
                    .provisionedConcurrentExecutions(900));
            String other = createFunction(regional, "provisioned-pool-b");
            try {
                failure(InvalidParameterValueException.class, 400, "Specified ReservedConcurrentExecutions for "
                        + "function decreases account's UnreservedConcurrentExecution below its minimum value of "
                        + "[100].", () -> regional.putFunctionConcurrency(b -> b.functionName(other)
                                .reservedConcurrentExecutions(1)));
            } finally {
                regional.deleteFunction(b -> b.functionName(other));
            }
        } finally {
            regional.deleteFunction(b -> b.functionName(pooled));
        }
    }

    @Test
    void pagingAndDeletionDropConfigs() {
        String name = createFunction(lambda, "provisioned-page");
        String v1 = publish(lambda, name);
        String v2 = publish(lambda, name);
        alias(lambda, name, "blue", v1);
        for (String qualifier : List.of(v2, "blue")) {
            lambda.putProvisionedConcurrencyConfig(b -> b.functionName(name).qualifier(qualifier)
                    .provisionedConcurrentExecutions(1));
        }
        ListProvisionedConcurrencyConfigsResponse first = lambda.listProvisionedConcurrencyConfigs(b -> b
                .functionName(name).maxItems(1));
        assertThat(first.provisionedConcurrencyConfigs()).extracting(ProvisionedConcurrencyConfigListItem::functionArn)
                .containsExactly(ARN + name + ":" + v2);
        assertThat(first.nextMarker()).isNotNull();
        ListProvisionedConcurrencyConfigsResponse second = lambda.listProvisionedConcurrencyConfigs(b -> b
                .functionName(name).maxItems(1).marker(first.nextMarker()));
        assertThat(second.provisionedConcurrencyConfigs())
                .extracting(ProvisionedConcurrencyConfigListItem::functionArn).containsExactly(ARN + name + ":blue");
        assertThat(second.nextMarker()).isNull();

        lambda.deleteFunction(b -> b.functionName(name).qualifier(v2));
        assertThat(lambda.listProvisionedConcurrencyConfigs(b -> b.functionName(name))
                .provisionedConcurrencyConfigs()).extracting(ProvisionedConcurrencyConfigListItem::functionArn)
                .containsExactly(ARN + name + ":blue");

        lambda.deleteFunction(b -> b.functionName(name));
        assertThat(service.configFor(new Scope("000000000000", "us-east-1"), name, "blue")).isEmpty();
    }

    private GetProvisionedConcurrencyConfigResponse awaitReady(String name, String qualifier) {
        return Polling.until(Duration.ofSeconds(10), () -> lambda.getProvisionedConcurrencyConfig(b -> b
                .functionName(name).qualifier(qualifier)), c -> c.status() == ProvisionedConcurrencyStatusEnum.READY);
    }
}
