package dev.fakecloud.lambda;

import static dev.fakecloud.lambda.ConfigTestSupport.createFunction;
import static dev.fakecloud.lambda.ConfigTestSupport.failure;
import static dev.fakecloud.lambda.ConfigTestSupport.failureCode;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.concurrency.ReservedConcurrencyService;
import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.PutFunctionConcurrencyResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

@QuarkusTest
class ReservedConcurrencyTest {

    static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:";
    /** A region no other test uses, so that the account pool there holds only this test's reservations. */
    static final Region LIMITS_REGION = Region.of("ap-south-2");

    final LambdaClient lambda = Clients.lambda();

    @Inject
    ReservedConcurrencyService reserved;

    @Test
    void putGetDelete() {
        String name = createFunction(lambda, "reserved");

        PutFunctionConcurrencyResponse zero = lambda.putFunctionConcurrency(b -> b.functionName(name)
                .reservedConcurrentExecutions(0));
        assertThat(zero.reservedConcurrentExecutions()).isZero();
        assertThat(zero.sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(lambda.putFunctionConcurrency(b -> b.functionName(ARN + name).reservedConcurrentExecutions(1))
                .reservedConcurrentExecutions()).isEqualTo(1);

        assertThat(lambda.getFunctionConcurrency(b -> b.functionName(name)).reservedConcurrentExecutions())
                .isEqualTo(1);
        assertThat(lambda.getFunction(b -> b.functionName(name)).concurrency().reservedConcurrentExecutions())
                .isEqualTo(1);

        var deleted = lambda.deleteFunctionConcurrency(b -> b.functionName(name));
        assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(lambda.getFunctionConcurrency(b -> b.functionName(name)).reservedConcurrentExecutions()).isNull();
        assertThat(lambda.getFunction(b -> b.functionName(name)).concurrency()).isNull();
        given().get("/2019-09-30/functions/" + name + "/concurrency")
                .then().statusCode(200).body("isEmpty()", equalTo(true));
    }

    @Test
    void notFoundQualifiedAndInvalid() {
        String missing = ConfigTestSupport.uniqueName("nope");
        failure(ResourceNotFoundException.class, 404, "Function not found: " + ARN + missing + ":$LATEST",
                () -> lambda.putFunctionConcurrency(b -> b.functionName(missing).reservedConcurrentExecutions(1)));
        failure(ResourceNotFoundException.class, 404, "Function not found: " + ARN + missing,
                () -> lambda.getFunctionConcurrency(b -> b.functionName(missing)));
        failure(ResourceNotFoundException.class, 404, "Function not found: " + ARN + missing,
                () -> lambda.deleteFunctionConcurrency(b -> b.functionName(missing)));

        String name = createFunction(lambda, "reserved-err");
        failure(InvalidParameterValueException.class, 400, "This operation is permitted on Lambda functions only. "
                + "Aliases and versions do not support this operation. Please specify either a function name or an "
                + "unqualified function ARN.", () -> lambda.putFunctionConcurrency(b -> b
                        .functionName(ARN + name + ":$LATEST").reservedConcurrentExecutions(0)));
        failureCode("ValidationException", 400, "1 validation error detected: Value '-1' at "
                + "'reservedConcurrentExecutions' failed to satisfy constraint: Member must have value greater than "
                + "or equal to 0", () -> lambda.putFunctionConcurrency(b -> b.functionName(name)
                        .reservedConcurrentExecutions(-1)));
        failure(ResourceNotFoundException.class, 404, "Functions from 'eu-central-1' are not reachable in this "
                + "region ('us-east-1')", () -> lambda.getFunctionConcurrency(b -> b
                        .functionName("arn:aws:lambda:eu-central-1:000000000000:function:" + name)));
    }

    @Test
    void unreservedConcurrencyStaysAtLeastOneHundred() {
        LambdaClient regional = Clients.lambda(LIMITS_REGION);
        Scope scope = new Scope("000000000000", LIMITS_REGION.id());
        String first = createFunction(regional, "limit-a");
        String second = createFunction(regional, "limit-b");
        String tooMuch = "Specified ReservedConcurrentExecutions for function decreases account's "
                + "UnreservedConcurrentExecution below its minimum value of [100].";
        try {
            failure(InvalidParameterValueException.class, 400, tooMuch, () -> regional.putFunctionConcurrency(b -> b
                    .functionName(first).reservedConcurrentExecutions(1001)));
            failure(InvalidParameterValueException.class, 400, tooMuch, () -> regional.putFunctionConcurrency(b -> b
                    .functionName(first).reservedConcurrentExecutions(901)));
            // AWS's limit errors carry no "Type"
            given().header("Authorization", authorization(LIMITS_REGION))
                    .contentType("application/json").body("{\"ReservedConcurrentExecutions\": 901}")
                    .put("/2017-10-31/functions/" + first + "/concurrency")
                    .then().statusCode(400).header("x-amzn-ErrorType", "InvalidParameterValueException")
                    .body("message", equalTo(tooMuch)).body("Type", nullValue());

            regional.putFunctionConcurrency(b -> b.functionName(first).reservedConcurrentExecutions(900));
            assertThat(reserved.reservedTotal(scope)).isEqualTo(900);
            failure(InvalidParameterValueException.class, 400, tooMuch, () -> regional.putFunctionConcurrency(b -> b
                    .functionName(second).reservedConcurrentExecutions(1)));
            // a function's own reservation is replaced, not added to
            regional.putFunctionConcurrency(b -> b.functionName(first).reservedConcurrentExecutions(899));
            regional.putFunctionConcurrency(b -> b.functionName(second).reservedConcurrentExecutions(1));
            assertThat(reserved.reservedTotal(scope)).isEqualTo(900);

            regional.deleteFunctionConcurrency(b -> b.functionName(first));
            assertThat(reserved.reservedTotal(scope)).isEqualTo(1);
        } finally {
            regional.deleteFunction(b -> b.functionName(first));
            regional.deleteFunction(b -> b.functionName(second));
        }
        assertThat(reserved.reservedTotal(scope)).isZero();
    }

    static String authorization(Region region) {
        return "AWS4-HMAC-SHA256 Credential=test/20240101/" + region.id() + "/lambda/aws4_request, "
                + "SignedHeaders=host, Signature=0";
    }
}
