package dev.fakecloud.lambda.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Request and response shapes of the resource-policy operations of functions and layer versions. Statements and
 * policies travel as JSON documents inside strings, as AWS sends them.
 */
public final class PolicyShapes {

    private PolicyShapes() {
    }

    @RegisterForReflection
    public record AddPermissionRequest(String statementId, String action, String principal, String sourceArn,
            String sourceAccount, String eventSourceToken, String revisionId,
            @JsonProperty("PrincipalOrgID") String principalOrgId,
            String functionUrlAuthType, Boolean invokedViaFunctionUrl) {
    }

    @RegisterForReflection
    public record AddPermissionResponse(String statement) {
    }

    @RegisterForReflection
    public record GetPolicyResponse(String policy, String revisionId) {
    }

    @RegisterForReflection
    public record AddLayerVersionPermissionRequest(String statementId, String action, String principal,
            String organizationId) {
    }

    @RegisterForReflection
    public record AddLayerVersionPermissionResponse(String statement, String revisionId) {
    }

    @RegisterForReflection
    public record GetLayerVersionPolicyResponse(String policy, String revisionId) {
    }
}
