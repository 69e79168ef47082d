package dev.fakecloud.lambda.esm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fakecloud.lambda.esm.model.EsmShapes.DestinationConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.DocumentDBEventSourceConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.FilterCriteria;
import dev.fakecloud.lambda.esm.model.EsmShapes.KafkaEventSourceConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.LoggingConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.MetricsConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.ProvisionedPollerConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.ScalingConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.SelfManagedEventSource;
import dev.fakecloud.lambda.esm.model.EsmShapes.SourceAccessConfiguration;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Request and response shapes of the event source mapping operations. */
public final class EsmRequests {

    private EsmRequests() {
    }

    @RegisterForReflection
    public record CreateEventSourceMappingRequest(
            String eventSourceArn,
            String functionName,
            Boolean enabled,
            Integer batchSize,
            FilterCriteria filterCriteria,
            Integer maximumBatchingWindowInSeconds,
            Integer parallelizationFactor,
            String startingPosition,
            BigDecimal startingPositionTimestamp,
            DestinationConfig destinationConfig,
            Integer maximumRecordAgeInSeconds,
            Boolean bisectBatchOnFunctionError,
            Integer maximumRetryAttempts,
            Map<String, String> tags,
            Integer tumblingWindowInSeconds,
            List<String> topics,
            List<String> queues,
            List<SourceAccessConfiguration> sourceAccessConfigurations,
            SelfManagedEventSource selfManagedEventSource,
            List<String> functionResponseTypes,
            KafkaEventSourceConfig amazonManagedKafkaEventSourceConfig,
            KafkaEventSourceConfig selfManagedKafkaEventSourceConfig,
            ScalingConfig scalingConfig,
            @JsonProperty("DocumentDBEventSourceConfig") DocumentDBEventSourceConfig documentDbEventSourceConfig,
            @JsonProperty("KMSKeyArn") String kmsKeyArn,
            MetricsConfig metricsConfig,
            LoggingConfig loggingConfig,
            ProvisionedPollerConfig provisionedPollerConfig) {
    }

    @RegisterForReflection
    public record UpdateEventSourceMappingRequest(
            String functionName,
            Boolean enabled,
            Integer batchSize,
            FilterCriteria filterCriteria,
            Integer maximumBatchingWindowInSeconds,
            DestinationConfig destinationConfig,
            Integer maximumRecordAgeInSeconds,
            Boolean bisectBatchOnFunctionError,
            Integer maximumRetryAttempts,
            Integer parallelizationFactor,
            List<SourceAccessConfiguration> sourceAccessConfigurations,
            Integer tumblingWindowInSeconds,
            List<String> functionResponseTypes,
            ScalingConfig scalingConfig,
            KafkaEventSourceConfig amazonManagedKafkaEventSourceConfig,
            KafkaEventSourceConfig selfManagedKafkaEventSourceConfig,
            @JsonProperty("DocumentDBEventSourceConfig") DocumentDBEventSourceConfig documentDbEventSourceConfig,
            @JsonProperty("KMSKeyArn") String kmsKeyArn,
            MetricsConfig metricsConfig,
            LoggingConfig loggingConfig,
            ProvisionedPollerConfig provisionedPollerConfig) {
    }

    @RegisterForReflection
    public record ListEventSourceMappingsResponse(String nextMarker,
            List<EventSourceMappingConfiguration> eventSourceMappings) {
    }
}
