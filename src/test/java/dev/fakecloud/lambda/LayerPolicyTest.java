package dev.fakecloud.lambda;

import static dev.fakecloud.lambda.LayerApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.AddLayerVersionPermissionResponse;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionPolicyResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.PublishLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

@QuarkusTest
class LayerPolicyTest {

    static final String WRONG_REVISION = "The Revision Id provided does not match the latest Revision Id. Call the "
            + "GetLayerPolicy API to retrieve the latest Revision Id";

    final LambdaClient lambda = Clients.lambda();

    PublishLayerVersionResponse publishLayer(String layer) {
        return lambda.publishLayerVersion(b -> b.layerName(layer)
                .content(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("lib.txt", "x"))))));
    }

    static String statement(String sid, String principal, String resource, String condition) {
        return "{\"Sid\":\"" + sid + "\",\"Effect\":\"Allow\",\"Principal\":" + principal
                + ",\"Action\":\"lambda:GetLayerVersion\",\"Resource\":\"" + resource + "\""
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
    }

    @Test
    void addGetAndRemoveStatements() {
        String layer = "layer4policy-" + UUID.randomUUID().toString().substring(0, 8);
        String arn = publishLayer(layer).layerVersionArn();

        AddLayerVersionPermissionResponse s1 = lambda.addLayerVersionPermission(b -> b.layerName(layer)
                .versionNumber(1L).statementId("s1").action("lambda:GetLayerVersion").principal("*"));
        assertThat(s1.statement()).isEqualTo(statement("s1", "\"*\"", arn, null));
        assertThat(s1.revisionId()).isNotBlank();
        GetLayerVersionPolicyResponse policy = lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L));
        assertThat(policy.policy()).isEqualTo("{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":["
                + statement("s1", "\"*\"", arn, null) + "]}");
        assertThat(policy.revisionId()).isEqualTo(s1.revisionId());

        AddLayerVersionPermissionResponse s2 = lambda.addLayerVersionPermission(b -> b.layerName(layer)
                .versionNumber(1L).statementId("s2").action("lambda:GetLayerVersion").principal("123456789012")
                .revisionId(policy.revisionId()));
        assertThat(s2.statement()).isEqualTo(statement("s2", "{\"AWS\":\"arn:aws:iam::123456789012:root\"}", arn,
                null));
        assertThat(s2.revisionId()).isNotEqualTo(s1.revisionId());
        AddLayerVersionPermissionResponse org = lambda.addLayerVersionPermission(b -> b.layerName(arn.substring(0,
                arn.lastIndexOf(':'))).versionNumber(1L).statementId("org").action("lambda:GetLayerVersion")
                .principal("*").organizationId("o-1234567890"));
        assertThat(org.statement()).isEqualTo(statement("org", "\"*\"", arn,
                "{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-1234567890\"}}"));

        GetLayerVersionPolicyResponse three = lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L));
        assertThat(three.revisionId()).isEqualTo(org.revisionId());
        assertThat(three.policy()).contains("\"Sid\":\"s1\"", "\"Sid\":\"s2\"", "\"Sid\":\"org\"");

        lambda.removeLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L).statementId("s2")
                .revisionId(three.revisionId()));
        lambda.removeLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L).statementId("org"));
        GetLayerVersionPolicyResponse after = lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L));
        assertThat(after.policy()).isEqualTo("{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":["
                + statement("s1", "\"*\"", arn, null) + "]}");
        assertThat(after.revisionId()).isNotEqualTo(three.revisionId());

        lambda.removeLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L).statementId("s1"));
        assertError(() -> lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L)),
                ResourceNotFoundException.class, 404, "No policy is associated with the given resource.");
    }

    @Test
    void errorsAreAwsErrors() {
        String layer = "layer4policy-" + UUID.randomUUID().toString().substring(0, 8);
        String arn = publishLayer(layer).layerVersionArn();
        String layerArn = arn.substring(0, arn.lastIndexOf(':'));

        assertError(() -> lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L)),
                ResourceNotFoundException.class, 404, "No policy is associated with the given resource.");
        lambda.addLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L).statementId("s1")
                .action("lambda:GetLayerVersion").principal("*"));

        assertError(() -> lambda.addLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L)
                .statementId("s-x").action("*").principal("*")), LambdaException.class, 400,
                "1 validation error detected: Value '*' at 'action' failed to satisfy constraint: Member must satisfy "
                        + "regular expression pattern: lambda:GetLayerVersion");
        assertError(() -> lambda.addLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L)
                .statementId("s-x").action("lambda:GetLayerVersion").principal("s3.amazonaws.com")),
                LambdaException.class, 400, "1 validation error detected: Value 's3.amazonaws.com' at 'principal' "
                        + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
                        + "\\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root");
        assertError(() -> lambda.addLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L)
                .statementId("s1").action("lambda:GetLayerVersion").principal("*")),
                ResourceConflictException.class, 409, "The statement id (s1) provided already exists. Please provide "
                        + "a new statement id, or remove the existing statement.");
        assertError(() -> lambda.addLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L)
                .statementId("s2").action("lambda:GetLayerVersion").principal("*").revisionId("wrong")),
                PreconditionFailedException.class, 412, WRONG_REVISION);

        String missingName = layerArn + "-doesnotexist:1";
        assertError(() -> lambda.addLayerVersionPermission(b -> b.layerName(layer + "-doesnotexist").versionNumber(1L)
                .statementId("s3").action("lambda:GetLayerVersion").principal("*")),
                ResourceNotFoundException.class, 404, "Layer version " + missingName + " does not exist.");
        assertError(() -> lambda.getLayerVersionPolicy(b -> b.layerName(layer + "-doesnotexist").versionNumber(1L)),
                ResourceNotFoundException.class, 404, "Layer version " + missingName + " does not exist.");
        assertError(() -> lambda.removeLayerVersionPermission(b -> b.layerName(layer + "-doesnotexist")
                .versionNumber(1L).statementId("s1")),
                ResourceNotFoundException.class, 404, "Layer version " + missingName + " does not exist.");
        assertError(() -> lambda.addLayerVersionPermission(b -> b.layerName(layer).versionNumber(2L)
                .statementId("s3").action("lambda:GetLayerVersion").principal("*")),
                ResourceNotFoundException.class, 404, "Layer version " + layerArn + ":2 does not exist.");
        assertError(() -> lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(2L)),
                ResourceNotFoundException.class, 404, "Layer version " + layerArn + ":2 does not exist.");
        assertError(() -> lambda.removeLayerVersionPermission(b -> b.layerName(layer).versionNumber(2L)
                .statementId("s1")),
                ResourceNotFoundException.class, 404, "Layer version " + layerArn + ":2 does not exist.");
        assertError(() -> lambda.removeLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L)
                .statementId("doesnotexist")),
                ResourceNotFoundException.class, 404, "Statement doesnotexist is not found in resource policy.");
        assertError(() -> lambda.removeLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L)
                .statementId("s1").revisionId("wrong")), PreconditionFailedException.class, 412, WRONG_REVISION);
    }

    @Test
    void policyGoesWithItsVersion() {
        String layer = "layer4policy-" + UUID.randomUUID().toString().substring(0, 8);
        String arn = publishLayer(layer).layerVersionArn();
        lambda.addLayerVersionPermission(b -> b.layerName(layer).versionNumber(1L).statementId("s1")
                .action("lambda:GetLayerVersion").principal("*"));
        lambda.deleteLayerVersion(b -> b.layerName(layer).versionNumber(1L));
        assertError(() -> lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(1L)),
                ResourceNotFoundException.class, 404, "Layer version " + arn + " does not exist.");
        publishLayer(layer);
        assertError(() -> lambda.getLayerVersionPolicy(b -> b.layerName(layer).versionNumber(2L)),
                ResourceNotFoundException.class, 404, "No policy is associated with the given resource.");
    }
}
