package dev.fakecloud.lambda.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Request and response shapes of reserved and provisioned concurrency. */
public final class ConcurrencyShapes {

    private ConcurrencyShapes() {
    }

    @RegisterForReflection
    public record PutFunctionConcurrencyRequest(Integer reservedConcurrentExecutions) {
    }

    @RegisterForReflection
    public record PutProvisionedConcurrencyConfigRequest(Integer provisionedConcurrentExecutions) {
    }

    /** The answer of PutProvisionedConcurrencyConfig and GetProvisionedConcurrencyConfig. */
    @RegisterForReflection
    public record ProvisionedConcurrencyConfig(Integer requestedProvisionedConcurrentExecutions,
            Integer availableProvisionedConcurrentExecutions, Integer allocatedProvisionedConcurrentExecutions,
            String status, String statusReason, String lastModified) {
    }

    @RegisterForReflection
    public record ProvisionedConcurrencyConfigListItem(String functionArn,
            Integer requestedProvisionedConcurrentExecutions, Integer availableProvisionedConcurrentExecutions,
            Integer allocatedProvisionedConcurrentExecutions, String status, String statusReason,
            String lastModified) {
    }

    @RegisterForReflection
    public record ListProvisionedConcurrencyConfigsResponse(
            List<ProvisionedConcurrencyConfigListItem> provisionedConcurrencyConfigs, String nextMarker) {
    }
}
