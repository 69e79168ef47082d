package dev.fakecloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** PutResourcePolicy / GetResourcePolicy / DeleteResourcePolicy and how they share a policy with AddPermission. */
@QuarkusTest
class ResourcePolicyTest {

    final LambdaClient lambda = Clients.lambda();

    static final String DOC = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"cross\",\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":[\"arn:aws:iam::111122223333:root\"]},\"Action\":[\"lambda:InvokeFunction\","
            + "\"lambda:GetFunction\"],\"Resource\":\"%s\"}]}";

    @Test
    void putReplacesWhatPermissionsAddedAndGetReturnsIt() {
        String name = "rp-" + UUID.randomUUID().toString().substring(0, 8);
        String arn = lambda.createFunction(b -> b.functionName(name).runtime("python3.12")
                .role(FunctionLifecycleTest.ROLE).handler("h.h").code(c -> c.zipFile(Zips.pythonHandler())))
                .functionArn();
        assertThatThrownBy(() -> lambda.getResourcePolicy(b -> b.resourceArn(arn)))
                .isInstanceOf(ResourceNotFoundException.class);

        lambda.addPermission(b -> b.functionName(name).statementId("s3").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com"));
        var before = lambda.getResourcePolicy(b -> b.resourceArn(arn));
        assertThat(before.policy()).contains("\"Sid\":\"s3\"");

        var put = lambda.putResourcePolicy(b -> b.resourceArn(arn).policy(DOC.formatted(arn))
                .revisionId(before.revisionId()));
        assertThat(put.revisionId()).isNotEqualTo(before.revisionId());
        String policy = lambda.getPolicy(b -> b.functionName(name)).policy();
        assertThat(policy).contains("\"Sid\":\"cross\"").contains("111122223333").doesNotContain("\"Sid\":\"s3\"");

        assertThatThrownBy(() -> lambda.putResourcePolicy(b -> b.resourceArn(arn).policy(DOC.formatted(arn))
                .revisionId(before.revisionId()))).isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> lambda.putResourcePolicy(b -> b.resourceArn(arn).policy("not json")))
                .isInstanceOf(LambdaException.class)
                .satisfies(e -> assertThat(((LambdaException) e).statusCode()).isEqualTo(400));

        lambda.deleteResourcePolicy(b -> b.resourceArn(arn));
        assertThatThrownBy(() -> lambda.getPolicy(b -> b.functionName(name)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> lambda.deleteResourcePolicy(b -> b.resourceArn(arn)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> lambda.getResourcePolicy(b -> b.resourceArn(arn + "-missing")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Function not found");
    }
}
