package dev.fakecloud.lambda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionScalingConfig;
import software.amazon.awssdk.services.lambda.model.GetFunctionScalingConfigResponse;
import software.amazon.awssdk.services.lambda.model.GetRuntimeManagementConfigResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.PutRuntimeManagementConfigResponse;
import software.amazon.awssdk.services.lambda.model.RecursiveLoop;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.lambda.model.State;
import software.amazon.awssdk.services.lambda.model.UpdateRuntimeOn;

@QuarkusTest
class RuntimeConfigTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    static final String RUNTIME_VERSION =
            "arn:aws:lambda:us-east-1::runtime:8eeff65f6809a3ce81507fe733fe09b835899b99481ba22fd75b5a7338290ec1";
    static final String PREFIX = "arn:aws:lambda:us-east-1:000000000000:function:";
    final LambdaClient lambda = Clients.lambda();

    @Test
    void runtimeManagementDefaultsToAutoAndCanBePinned() {
        String fn = function(false);
        GetRuntimeManagementConfigResponse initial = lambda.getRuntimeManagementConfig(b -> b.functionName(fn));
        assertThat(initial.updateRuntimeOn()).isEqualTo(UpdateRuntimeOn.AUTO);
        assertThat(initial.runtimeVersionArn()).isNull();
        assertThat(initial.functionArn()).isEqualTo(PREFIX + fn + ":$LATEST");

        PutRuntimeManagementConfigResponse manual = lambda.putRuntimeManagementConfig(b -> b.functionName(fn)
                .updateRuntimeOn(UpdateRuntimeOn.MANUAL).runtimeVersionArn(RUNTIME_VERSION));
        assertThat(manual.updateRuntimeOn()).isEqualTo(UpdateRuntimeOn.MANUAL);
        assertThat(manual.runtimeVersionArn()).isEqualTo(RUNTIME_VERSION);
        assertThat(manual.functionArn()).isEqualTo(PREFIX + fn + ":$LATEST");
        GetRuntimeManagementConfigResponse got = lambda.getRuntimeManagementConfig(b -> b.functionName(fn)
                .qualifier("$LATEST"));
        assertThat(got.updateRuntimeOn()).isEqualTo(UpdateRuntimeOn.MANUAL);
        assertThat(got.runtimeVersionArn()).isEqualTo(RUNTIME_VERSION);

        lambda.putRuntimeManagementConfig(b -> b.functionName(fn).updateRuntimeOn(UpdateRuntimeOn.FUNCTION_UPDATE));
        GetRuntimeManagementConfigResponse onUpdate = lambda.getRuntimeManagementConfig(b -> b.functionName(fn));
        assertThat(onUpdate.updateRuntimeOn()).isEqualTo(UpdateRuntimeOn.FUNCTION_UPDATE);
        assertThat(onUpdate.runtimeVersionArn()).isNull();

        String version = lambda.publishVersion(b -> b.functionName(fn)).version();
        GetRuntimeManagementConfigResponse ofVersion = lambda.getRuntimeManagementConfig(b -> b.functionName(fn)
                .qualifier(version));
        assertThat(ofVersion.updateRuntimeOn()).isEqualTo(UpdateRuntimeOn.AUTO);
        assertThat(ofVersion.functionArn()).isEqualTo(PREFIX + fn + ":" + version);
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    @Test
    void runtimeManagementErrors() {
        String fn = function(false);
        lambda.createAlias(b -> b.functionName(fn).name("live").functionVersion("$LATEST"));
        assertThatThrownBy(() -> lambda.putRuntimeManagementConfig(b -> b.functionName(fn)
                .updateRuntimeOn(UpdateRuntimeOn.MANUAL)))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("RuntimeVersionArn must be specified when UpdateRuntimeOn is Manual.");
        assertThatThrownBy(() -> lambda.putRuntimeManagementConfig(b -> b.functionName(fn).qualifier("live")
                .updateRuntimeOn(UpdateRuntimeOn.AUTO)))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("The provided function name " + PREFIX + fn + ":live is invalid. Aliases are "
                        + "not allowed.");
        assertThatThrownBy(() -> lambda.putRuntimeManagementConfig(b -> b.functionName(fn).updateRuntimeOn("Never")))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("1 validation error detected: Value 'Never' at 'updateRuntimeOn' failed to "
                        + "satisfy constraint: Member must satisfy enum value set: [Auto, Manual, FunctionUpdate]");
        assertThatThrownBy(() -> lambda.getRuntimeManagementConfig(b -> b.functionName(fn).qualifier("9")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Function not found: " + PREFIX + fn + ":9");
        assertThatThrownBy(() -> lambda.getRuntimeManagementConfig(b -> b.functionName(fn + "-missing")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Function not found: " + PREFIX + fn + "-missing");
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    @Test
    void recursionDefaultsToTerminate() {
        String fn = function(false);
        assertThat(lambda.getFunctionRecursionConfig(b -> b.functionName(fn)).recursiveLoop())
                .isEqualTo(RecursiveLoop.TERMINATE);
        assertThat(lambda.putFunctionRecursionConfig(b -> b.functionName(fn).recursiveLoop(RecursiveLoop.ALLOW))
                .recursiveLoop()).isEqualTo(RecursiveLoop.ALLOW);
        assertThat(lambda.getFunctionRecursionConfig(b -> b.functionName(PREFIX + fn)).recursiveLoop())
                .isEqualTo(RecursiveLoop.ALLOW);

        lambda.deleteFunction(b -> b.functionName(fn));
        assertThatThrownBy(() -> lambda.getFunctionRecursionConfig(b -> b.functionName(fn)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Function not found: " + PREFIX + fn);
    }

    @Test
    void recursionValidation() {
        String fn = function(false);
        assertThatThrownBy(() -> lambda.putFunctionRecursionConfig(b -> b.functionName(fn)
                .recursiveLoop("InvalidValue")))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("1 validation error detected: Value 'InvalidValue' at 'recursiveLoop' failed "
                        + "to satisfy constraint: Member must satisfy enum value set: [Terminate, Allow]")
                .satisfies(e -> assertThat(((LambdaException) e).statusCode()).isEqualTo(400));
        assertThatThrownBy(() -> lambda.getFunctionRecursionConfig(b -> b.functionName(fn + ":1")))
                .isInstanceOf(LambdaException.class)
                .hasMessageContaining("at 'functionName' failed to satisfy constraint: Member must satisfy regular "
                        + "expression pattern");
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    @Test
    void scalingOfManagedInstancesFunctions() {
        String fn = function(true);
        String version = lambda.publishVersion(b -> b.functionName(fn)).version();
        GetFunctionScalingConfigResponse initial = lambda.getFunctionScalingConfig(b -> b.functionName(fn)
                .qualifier(version));
        assertThat(initial.functionArn()).isEqualTo(PREFIX + fn + ":" + version);
        assertThat(initial.appliedFunctionScalingConfig()).isEqualTo(FunctionScalingConfig.builder()
                .minExecutionEnvironments(3).maxExecutionEnvironments(3).build());
        assertThat(initial.requestedFunctionScalingConfig()).isNull();

        var put = lambda.putFunctionScalingConfig(b -> b.functionName(fn).qualifier(version)
                .functionScalingConfig(c -> c.minExecutionEnvironments(1).maxExecutionEnvironments(20)));
        assertThat(put.functionState()).isEqualTo(State.ACTIVE);
        GetFunctionScalingConfigResponse got = lambda.getFunctionScalingConfig(b -> b.functionName(fn)
                .qualifier("$LATEST.PUBLISHED"));
        FunctionScalingConfig expected = FunctionScalingConfig.builder().minExecutionEnvironments(1)
                .maxExecutionEnvironments(20).build();
        assertThat(got.requestedFunctionScalingConfig()).isEqualTo(expected);
        assertThat(got.appliedFunctionScalingConfig()).isEqualTo(expected);
        assertThat(got.functionArn()).isEqualTo(PREFIX + fn + ":$LATEST.PUBLISHED");

        assertThatThrownBy(() -> lambda.putFunctionScalingConfig(b -> b.functionName(fn).qualifier(version)
                .functionScalingConfig(c -> c.minExecutionEnvironments(5).maxExecutionEnvironments(2))))
                .isInstanceOf(InvalidParameterValueException.class);
        assertThatThrownBy(() -> lambda.getFunctionScalingConfig(b -> b.functionName(fn).qualifier("42")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Function not found: " + PREFIX + fn + ":42");
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    @Test
    void scalingErrors() {
        String fn = function(false);
        String version = lambda.publishVersion(b -> b.functionName(fn)).version();
        assertThatThrownBy(() -> lambda.putFunctionScalingConfig(b -> b.functionName(fn).qualifier(version)
                .functionScalingConfig(c -> c.minExecutionEnvironments(1))))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("The function provided by the arn does not contain a capacity provider "
                        + "configuration")
                .satisfies(e -> {
                    assertThat(((LambdaException) e).statusCode()).isEqualTo(403);
                    assertThat(((LambdaException) e).awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                });
        assertThatThrownBy(() -> lambda.getFunctionScalingConfig(b -> b.functionName(fn).qualifier("$LATEST")))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("1 validation error detected: Value '$LATEST' at 'qualifier' failed to "
                        + "satisfy constraint: Member must satisfy regular expression pattern: "
                        + "(\\$LATEST\\.PUBLISHED|[0-9]+)");
        assertThatThrownBy(() -> lambda.putFunctionScalingConfig(b -> b.functionName(fn).qualifier(version)
                .functionScalingConfig(c -> c.maxExecutionEnvironments(20000))))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("1 validation error detected: Value '20000' at "
                        + "'functionScalingConfig.maxExecutionEnvironments' failed to satisfy constraint: Member must "
                        + "have value less than or equal to 15000");
        given().when().get("/2025-11-30/functions/" + fn + "/function-scaling-config")
                .then().statusCode(400)
                .header("x-amzn-ErrorType", "ValidationException");
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    private String function(boolean managedInstances) {
        String name = "rc-fn-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> {
            b.functionName(name).runtime(Runtime.PYTHON3_12).role(ROLE).handler("handler.handler")
                    .code(c -> c.zipFile(Zips.pythonHandler()));
            if (managedInstances) {
                b.capacityProviderConfig(c -> c.lambdaManagedInstancesCapacityProviderConfig(m -> m
                        .capacityProviderArn("arn:aws:lambda:us-east-1:000000000000:capacity-provider:cp-" + name)));
            }
        });
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(name));
        return name;
    }
}
