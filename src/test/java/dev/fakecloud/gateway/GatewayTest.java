package dev.fakecloud.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The front door on the wire: health, request ids, service resolution and error rendering per protocol. */
@QuarkusTest
class GatewayTest {

    static final String LAMBDA_AUTH = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/lambda/aws4_request, "
            + "SignedHeaders=host, Signature=abc";

    @Test
    void healthReportsStatusVersionAndServices() {
        given().get("/_fakecloud/health").then().statusCode(200)
                .body("status", equalTo("running"))
                .body("version", notNullValue())
                .body("services", hasItem("lambda"));
    }

    @Test
    void unknownLambdaPathIsAnAwsErrorWithRequestId() {
        given().header("Authorization", LAMBDA_AUTH).get("/2015-03-31/nothing-here").then()
                .statusCode(404)
                .header("x-amzn-ErrorType", "UnknownOperationException")
                .header("x-amzn-RequestId", matchesPattern("[0-9a-f-]{36}"))
                .body("message", containsString("/2015-03-31/nothing-here"));
    }

    @Test
    void unknownServiceByTargetAnswersInJsonProtocol() {
        given().header("X-Amz-Target", "NoSuchService_20990101.DoThing")
                .contentType("application/x-amz-json-1.1").body("{}".getBytes()).post("/").then()
                .statusCode(400)
                .body(containsString("\"__type\":\"UnknownOperationException\""));
    }

    @Test
    void unknownQueryRequestAnswersInXml() {
        given().contentType("application/x-www-form-urlencoded").body("Action=DoThing&Version=2012-11-05")
                .post("/").then()
                .statusCode(400)
                .contentType(containsString("xml"))
                .body("ErrorResponse.Error.Code", equalTo("UnknownOperationException"))
                .body("ErrorResponse.RequestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void unsignedLambdaPathIsStillRoutedByPath() {
        given().get("/2015-03-31/functions/").then().statusCode(200).body("Functions", notNullValue());
    }

    @Test
    void malformedJsonIsInvalidRequestContent() {
        given().header("Authorization", LAMBDA_AUTH).contentType("application/json").body("{not json")
                .post("/2015-03-31/functions").then()
                .statusCode(400)
                .header("x-amzn-ErrorType", "InvalidRequestContentException")
                .body("Type", equalTo("User"))
                .body("message", containsString("Could not parse request body into json"));
    }

    @Test
    void wrongMemberTypeIsInvalidRequestContent() {
        given().header("Authorization", LAMBDA_AUTH).contentType("application/json")
                .body("{\"FunctionName\":\"f\",\"Timeout\":\"soon\"}")
                .post("/2015-03-31/functions").then()
                .statusCode(400)
                .header("x-amzn-ErrorType", "InvalidRequestContentException");
    }

    @Test
    void missingRequiredMembersAreValidationErrors() {
        given().header("Authorization", LAMBDA_AUTH).contentType("application/json").body("{}")
                .post("/2015-03-31/functions").then()
                .statusCode(400)
                .header("x-amzn-ErrorType", "ValidationException")
                .body("message", containsString("3 validation errors detected"))
                .body("message", containsString("Value null at 'functionName' failed to satisfy constraint: "
                        + "Member must not be null"));
    }

    @Test
    void invokePayloadMustBeJson() {
        given().header("Authorization", LAMBDA_AUTH).body(new byte[] {(byte) 0x87, 0x01})
                .post("/2015-03-31/functions/any/invocations").then()
                .statusCode(400)
                .header("x-amzn-ErrorType", "InvalidRequestContentException")
                .body("message", containsString("Could not parse payload into json"));
    }
}
