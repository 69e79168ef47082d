package dev.fakecloud.lambda.policy.document;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One statement of a resource-based policy, in the member order AWS writes. Lambda only ever writes Allow. */
@RegisterForReflection
@JsonPropertyOrder({"Sid", "Effect", "Principal", "Action", "Resource", "Condition"})
public record PolicyStatement(
        @JsonProperty("Sid") String sid,
        @JsonProperty("Effect") String effect,
        @JsonProperty("Principal") PolicyPrincipal principal,
        @JsonProperty("Action") String action,
        @JsonProperty("Resource") String resource,
        @JsonProperty("Condition") PolicyCondition condition) {

    public static PolicyStatement allow(String sid, PolicyPrincipal principal, String action, String resource,
            PolicyCondition condition) {
        return new PolicyStatement(sid, "Allow", principal, action, resource, condition);
    }
}
