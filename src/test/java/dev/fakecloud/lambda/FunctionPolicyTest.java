package dev.fakecloud.lambda;

import static dev.fakecloud.lambda.LayerApiTest.assertError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionUrlAuthType;
import software.amazon.awssdk.services.lambda.model.GetPolicyResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.PolicyLengthExceededException;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;

@QuarkusTest
class FunctionPolicyTest {

    static final String ACCOUNT = "000000000000";
    static final String WRONG_REVISION = "The Revision Id provided does not match the latest Revision Id. Call the "
            + "GetPolicy API to retrieve the latest Revision Id";
    static final String S3 = "{\"Service\":\"s3.amazonaws.com\"}";
    static final String BUCKET_CONDITION = "{\"ArnLike\":{\"AWS:SourceArn\":\"arn:aws:s3:::test-bucket\"}}";

    final LambdaClient lambda = Clients.lambda();

    String createFunction() {
        String name = "policy-fn-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12).role(FunctionLifecycleTest.ROLE)
                .handler("handler.handler").code(c -> c.zipFile(Zips.pythonHandler())));
        return name;
    }

    /** A function past Pending, whose revision id no longer moves on its own. */
    String createActiveFunction() {
        String name = createFunction();
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(name));
        return name;
    }

    static String arn(String fn) {
        return "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:" + fn;
    }

    static String statement(String sid, String principal, String action, String resource, String condition) {
        return "{\"Sid\":\"" + sid + "\",\"Effect\":\"Allow\",\"Principal\":" + principal + ",\"Action\":\"" + action
                + "\",\"Resource\":\"" + resource + "\"" + (condition == null ? "" : ",\"Condition\":" + condition)
                + "}";
    }

    static String document(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    @Test
    void addGetAndRemovePermissions() {
        String fn = createActiveFunction();
        String added = lambda.addPermission(b -> b.functionName(fn).statementId("s3").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com").sourceArn("arn:aws:s3:::test-bucket")).statement();
        String s3 = statement("s3", S3, "lambda:InvokeFunction", arn(fn), BUCKET_CONDITION);
        assertThat(added).isEqualTo(s3);
        lambda.addPermission(b -> b.functionName(fn).statementId("sqs").action("lambda:InvokeFunction")
                .principal("sqs.amazonaws.com"));
        String sqs = statement("sqs", "{\"Service\":\"sqs.amazonaws.com\"}", "lambda:InvokeFunction", arn(fn), null);

        GetPolicyResponse policy = lambda.getPolicy(b -> b.functionName(fn));
        assertThat(policy.policy()).isEqualTo(document(s3, sqs));
        assertThat(policy.revisionId())
                .isEqualTo(lambda.getFunctionConfiguration(b -> b.functionName(fn)).revisionId());

        assertError(() -> lambda.removePermission(b -> b.functionName(fn).statementId("non-existent")),
                ResourceNotFoundException.class, 404, "Statement non-existent is not found in resource policy.");
        assertError(() -> lambda.removePermission(b -> b.functionName(fn).statementId("sqs").revisionId("wrong")),
                PreconditionFailedException.class, 412, WRONG_REVISION);
        lambda.removePermission(b -> b.functionName(fn).statementId("sqs").revisionId(policy.revisionId()));
        GetPolicyResponse afterRemoval = lambda.getPolicy(b -> b.functionName(fn));
        assertThat(afterRemoval.policy()).isEqualTo(document(s3));
        assertThat(afterRemoval.revisionId()).isNotEqualTo(policy.revisionId())
                .isEqualTo(lambda.getFunctionConfiguration(b -> b.functionName(fn)).revisionId());

        lambda.removePermission(b -> b.functionName(fn).statementId("s3").revisionId(afterRemoval.revisionId()));
        assertError(() -> lambda.getPolicy(b -> b.functionName(fn)), ResourceNotFoundException.class, 404,
                "The resource you requested does not exist.");
        assertError(() -> lambda.removePermission(b -> b.functionName(fn).statementId("s3")),
                ResourceNotFoundException.class, 404, "No policy is associated with the given resource.");
    }

    @Test
    void statementsCarryPrincipalsAndConditionsAsAwsWritesThem() {
        String fn = createFunction();
        assertThat(lambda.addPermission(b -> b.functionName(fn).statementId("wildcard").action("lambda:InvokeFunction")
                .principal("*").sourceAccount(ACCOUNT)).statement()).isEqualTo(statement("wildcard", "\"*\"",
                "lambda:InvokeFunction", arn(fn), "{\"StringEquals\":{\"AWS:SourceAccount\":\"" + ACCOUNT + "\"}}"));
        assertThat(lambda.addPermission(b -> b.functionName(fn).statementId("account-id").action("lambda:InvokeFunction")
                .principal("123456789012")).statement()).isEqualTo(statement("account-id",
                "{\"AWS\":\"arn:aws:iam::123456789012:root\"}", "lambda:InvokeFunction", arn(fn), null));
        String user = "arn:aws:iam::123456789012:user/someone";
        assertThat(lambda.addPermission(b -> b.functionName(fn).statementId("user-arn").action("lambda:InvokeFunction")
                .principal(user)).statement()).isEqualTo(statement("user-arn", "{\"AWS\":\"" + user + "\"}",
                "lambda:InvokeFunction", arn(fn), null));
        assertThat(lambda.addPermission(b -> b.functionName(fn).statementId("urlPermission")
                .action("lambda:InvokeFunctionUrl").principal("*").sourceArn("arn:aws:s3:::test-bucket")
                .sourceAccount(ACCOUNT).principalOrgID("o-1234567890").functionUrlAuthType(FunctionUrlAuthType.NONE))
                .statement()).isEqualTo(statement("urlPermission", "\"*\"", "lambda:InvokeFunctionUrl", arn(fn),
                "{\"StringEquals\":{\"AWS:SourceAccount\":\"" + ACCOUNT + "\",\"lambda:FunctionUrlAuthType\":"
                        + "\"NONE\",\"aws:PrincipalOrgID\":\"o-1234567890\"},\"ArnLike\":{\"AWS:SourceArn\":"
                        + "\"arn:aws:s3:::test-bucket\"}}"));
        String token = "amzn1.ask.skill.xxxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
        assertThat(lambda.addPermission(b -> b.functionName(fn).statementId("alexaSkill").action("lambda:InvokeFunction")
                .principal("*").eventSourceToken(token)).statement()).isEqualTo(statement("alexaSkill", "\"*\"",
                "lambda:InvokeFunction", arn(fn), "{\"StringEquals\":{\"lambda:EventSourceToken\":\"" + token
                        + "\"}}"));
        assertThat(lambda.addPermission(b -> b.functionName(fn).statementId("viaUrl").action("lambda:InvokeFunction")
                .principal("*").invokedViaFunctionUrl(true)).statement()).isEqualTo(statement("viaUrl", "\"*\"",
                "lambda:InvokeFunction", arn(fn), "{\"Bool\":{\"lambda:InvokedViaFunctionUrl\":\"true\"}}"));
    }

    @Test
    void addPermissionAnswers201WithTheStatementAsAString() {
        String fn = createFunction();
        given().contentType("application/json")
                .body("{\"StatementId\":\"raw\",\"Action\":\"lambda:InvokeFunction\",\"Principal\":\"sns.amazonaws.com\"}")
                .post("/2015-03-31/functions/" + fn + "/policy")
                .then().statusCode(201)
                .body("Statement", org.hamcrest.Matchers.equalTo(statement("raw", "{\"Service\":\"sns.amazonaws.com\"}",
                        "lambda:InvokeFunction", arn(fn), null)));
    }

    @Test
    void errorsAreAwsErrors() {
        String fn = createFunction();
        assertError(() -> lambda.addPermission(b -> b.functionName(fn).statementId("example.com")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com")), LambdaException.class, 400,
                "1 validation error detected: Value 'example.com' at 'statementId' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: ([a-zA-Z0-9-_]+)");
        assertError(() -> lambda.addPermission(b -> b.functionName(fn + ":alias-not-42").qualifier("42")
                .statementId("s3").action("lambda:InvokeFunction").principal("s3.amazonaws.com")),
                InvalidParameterValueException.class, 400,
                "The derived qualifier from the function name does not match the specified qualifier.");
        assertError(() -> lambda.addPermission(b -> b.functionName(fn + ":$LATEST").qualifier("$LATEST")
                .statementId("s3").action("lambda:InvokeFunction").principal("s3.amazonaws.com")),
                InvalidParameterValueException.class, 400, "We currently do not support adding policies for $LATEST.");
        assertError(() -> lambda.addPermission(b -> b.functionName(fn).statementId("lambda")
                .action("lambda:InvokeFunction").principal("invalid.nonaws.com").sourceAccount(ACCOUNT)),
                InvalidParameterValueException.class, 400,
                "The provided principal was invalid. Please check the principal and try again.");
        assertError(() -> lambda.getPolicy(b -> b.functionName("doesnotexist-" + fn)),
                ResourceNotFoundException.class, 404, "The resource you requested does not exist.");
        assertError(() -> lambda.getPolicy(b -> b.functionName(fn).qualifier("77")),
                ResourceNotFoundException.class, 404, "The resource you requested does not exist.");
        assertError(() -> lambda.addPermission(b -> b.functionName("doesnotexist-" + fn).statementId("s3")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com")),
                ResourceNotFoundException.class, 404, "Function not found: " + arn("doesnotexist-" + fn));
        assertError(() -> lambda.removePermission(b -> b.functionName(fn).statementId("s3")),
                ResourceNotFoundException.class, 404, "No policy is associated with the given resource.");
        assertError(() -> lambda.addPermission(b -> b.functionName(fn + ":alias-doesnotexist").statementId("s3")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com")),
                ResourceNotFoundException.class, 404, "Cannot find alias arn: " + arn(fn) + ":alias-doesnotexist");
        assertError(() -> lambda.addPermission(b -> b.functionName(fn).qualifier("42").statementId("s3")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com")),
                ResourceNotFoundException.class, 404, "Function not found: " + arn(fn) + ":42");
        assertError(() -> lambda.addPermission(b -> b.functionName(fn).qualifier("invalid-qualifier-with-?-char")
                .statementId("s3").action("lambda:InvokeFunction").principal("s3.amazonaws.com")),
                LambdaException.class, 400, "1 validation error detected: Value 'invalid-qualifier-with-?-char' at "
                        + "'qualifier' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                        + "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+");
        assertError(() -> lambda.addPermission(b -> b.functionName(fn).qualifier("valid-with-$-but-doesnotexist")
                .statementId("s3").action("lambda:InvokeFunction").principal("s3.amazonaws.com")),
                ResourceNotFoundException.class, 404,
                "Function not found: " + arn(fn) + ":valid-with-$-but-doesnotexist");

        lambda.addPermission(b -> b.functionName(fn).statementId("s3").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com"));
        assertError(() -> lambda.addPermission(b -> b.functionName(fn).statementId("s3")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com")),
                ResourceConflictException.class, 409, "The statement id (s3) provided already exists. Please provide "
                        + "a new statement id, or remove the existing statement.");
        assertError(() -> lambda.addPermission(b -> b.functionName(fn).statementId("s4")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com").revisionId("wrong")),
                PreconditionFailedException.class, 412, WRONG_REVISION);
        assertError(() -> lambda.removePermission(b -> b.functionName("doesnotexist-" + fn).statementId("s3")),
                ResourceNotFoundException.class, 404, "No policy found for: " + arn("doesnotexist-" + fn));
        assertError(() -> lambda.removePermission(b -> b.functionName(fn).statementId("s3")
                .qualifier("alias-doesnotexist")),
                ResourceNotFoundException.class, 404, "Cannot find alias arn: " + arn(fn) + ":alias-doesnotexist");
    }

    @Test
    void versionsAndAliasesHaveTheirOwnPolicies() {
        String fn = createActiveFunction();
        String revisionBefore = lambda.getFunctionConfiguration(b -> b.functionName(fn)).revisionId();
        lambda.addPermission(b -> b.functionName(fn).statementId("s3").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com").sourceArn("arn:aws:s3:::test-bucket").revisionId(revisionBefore));
        String latestRevision = lambda.getPolicy(b -> b.functionName(fn)).revisionId();

        String version = lambda.publishVersion(b -> b.functionName(fn)).version();
        assertThat(lambda.getPolicy(b -> b.functionName(fn)).revisionId()).isEqualTo(latestRevision);
        assertError(() -> lambda.getPolicy(b -> b.functionName(fn).qualifier(version)),
                ResourceNotFoundException.class, 404, "The resource you requested does not exist.");

        lambda.addPermission(b -> b.functionName(fn + ":" + version).qualifier(version).statementId("s3")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com").sourceArn("arn:aws:s3:::test-bucket"));
        GetPolicyResponse versionPolicy = lambda.getPolicy(b -> b.functionName(fn).qualifier(version));
        assertThat(versionPolicy.policy()).isEqualTo(document(statement("s3", S3, "lambda:InvokeFunction",
                arn(fn) + ":" + version, BUCKET_CONDITION)));
        assertThat(versionPolicy.revisionId()).isEqualTo(
                lambda.getFunctionConfiguration(b -> b.functionName(fn).qualifier(version)).revisionId());

        var alias = lambda.createAlias(b -> b.functionName(fn).name("permission-alias").functionVersion(version));
        assertError(() -> lambda.addPermission(b -> b.functionName(fn).qualifier("permission-alias").statementId("s3")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com").revisionId("wrong")),
                PreconditionFailedException.class, 412, WRONG_REVISION);
        lambda.addPermission(b -> b.functionName(fn + ":permission-alias").qualifier("permission-alias")
                .statementId("s3").action("lambda:InvokeFunction").principal("s3.amazonaws.com")
                .sourceArn("arn:aws:s3:::test-bucket").revisionId(alias.revisionId()));
        assertThat(lambda.getPolicy(b -> b.functionName(arn(fn) + ":permission-alias")).policy())
                .isEqualTo(document(statement("s3", S3, "lambda:InvokeFunction", arn(fn) + ":permission-alias",
                        BUCKET_CONDITION)));

        lambda.addPermission(b -> b.functionName(fn).statementId("s3_2").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com").revisionId(latestRevision));
        assertThat(lambda.getPolicy(b -> b.functionName(fn)).policy()).contains("\"Sid\":\"s3\"", "\"Sid\":\"s3_2\"");
        assertThat(lambda.getPolicy(b -> b.functionName(fn).qualifier(version)).policy())
                .doesNotContain("s3_2");

        lambda.deleteAlias(b -> b.functionName(fn).name("permission-alias"));
        lambda.createAlias(b -> b.functionName(fn).name("permission-alias").functionVersion(version));
        assertError(() -> lambda.getPolicy(b -> b.functionName(fn).qualifier("permission-alias")),
                ResourceNotFoundException.class, 404, "The resource you requested does not exist.");
        lambda.deleteFunction(b -> b.functionName(fn).qualifier(version));
        assertError(() -> lambda.getPolicy(b -> b.functionName(fn).qualifier(version)),
                ResourceNotFoundException.class, 404, "The resource you requested does not exist.");
    }

    @Test
    void policiesStayWithinTwentyKilobytes() {
        String fn = createFunction();
        String longArn = "arn:aws:s3:::" + "b".repeat(3000);
        for (int i = 0; i < 6; i++) {
            int n = i;
            lambda.addPermission(b -> b.functionName(fn).statementId("s" + n).action("lambda:InvokeFunction")
                    .principal("s3.amazonaws.com").sourceArn(longArn));
        }
        String before = lambda.getPolicy(b -> b.functionName(fn)).policy();
        assertThatThrownBy(() -> lambda.addPermission(b -> b.functionName(fn).statementId("s6")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com").sourceArn(longArn)))
                .isInstanceOfSatisfying(PolicyLengthExceededException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage())
                            .matches("The final policy size \\(2\\d{4}\\) is bigger than the limit \\(20480\\)\\.");
                });
        assertThat(lambda.getPolicy(b -> b.functionName(fn)).policy()).isEqualTo(before);
    }

    @Test
    void deletingTheFunctionDropsItsPolicies() {
        String fn = createFunction();
        lambda.addPermission(b -> b.functionName(fn).statementId("s3").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com"));
        lambda.deleteFunction(b -> b.functionName(fn));
        lambda.createFunction(b -> b.functionName(fn).runtime(Runtime.PYTHON3_12).role(FunctionLifecycleTest.ROLE)
                .handler("handler.handler").code(c -> c.zipFile(Zips.pythonHandler())));
        assertError(() -> lambda.getPolicy(b -> b.functionName(fn)), ResourceNotFoundException.class, 404,
                "The resource you requested does not exist.");
    }
}
