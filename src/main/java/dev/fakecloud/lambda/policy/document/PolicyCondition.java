package dev.fakecloud.lambda.policy.document;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The {@code Condition} block of a statement, with the condition keys Lambda writes for its permission members. */
@RegisterForReflection
@JsonPropertyOrder({"StringEquals", "ArnLike", "Bool"})
public record PolicyCondition(
        @JsonProperty("StringEquals") StringEquals stringEquals,
        @JsonProperty("ArnLike") ArnLike arnLike,
        @JsonProperty("Bool") Bool bool) {

    /** Null when no block holds anything, so that the statement carries no empty {@code Condition}. */
    public static PolicyCondition of(StringEquals stringEquals, ArnLike arnLike, Bool bool) {
        StringEquals eq = stringEquals == null || stringEquals.empty() ? null : stringEquals;
        if (eq == null && arnLike == null && bool == null) {
            return null;
        }
        return new PolicyCondition(eq, arnLike, bool);
    }

    @RegisterForReflection
    @JsonPropertyOrder({"AWS:SourceAccount", "lambda:EventSourceToken", "lambda:FunctionUrlAuthType",
            "aws:PrincipalOrgID"})
    public record StringEquals(
            @JsonProperty("AWS:SourceAccount") String sourceAccount,
            @JsonProperty("lambda:EventSourceToken") String eventSourceToken,
            @JsonProperty("lambda:FunctionUrlAuthType") String functionUrlAuthType,
            @JsonProperty("aws:PrincipalOrgID") String principalOrgId) {

        boolean empty() {
            return sourceAccount == null && eventSourceToken == null && functionUrlAuthType == null
                    && principalOrgId == null;
        }
    }

    @RegisterForReflection
    public record ArnLike(@JsonProperty("AWS:SourceArn") String sourceArn) {
    }

    @RegisterForReflection
    public record Bool(@JsonProperty("lambda:InvokedViaFunctionUrl") String invokedViaFunctionUrl) {
    }
}
