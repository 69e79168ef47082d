package dev.fakecloud.lambda.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A whole resource-based policy as GetPolicy and GetLayerVersionPolicy return it. */
@RegisterForReflection
@JsonPropertyOrder({"Version", "Id", "Statement"})
public record PolicyDocument(
        @JsonProperty("Version") String version,
        @JsonProperty("Id") String id,
        @JsonProperty("Statement") List<PolicyStatement> statement) {

    public static PolicyDocument of(List<PolicyStatement> statements) {
        return new PolicyDocument("2012-10-17", "default", statements);
    }
}
