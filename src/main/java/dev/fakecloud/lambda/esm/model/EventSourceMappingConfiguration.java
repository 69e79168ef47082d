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

/**
 * An event source mapping exactly as the Lambda API returns it ({@code EventSourceMappingConfiguration}). Timestamps
 * are the model's {@code timestamp} type: epoch seconds as JSON numbers.
 */
@RegisterForReflection
public record EventSourceMappingConfiguration(
        @JsonProperty("UUID") String uuid,
        String startingPosition,
        BigDecimal startingPositionTimestamp,
        Integer batchSize,
        Integer maximumBatchingWindowInSeconds,
        Integer parallelizationFactor,
        String eventSourceArn,
        FilterCriteria filterCriteria,
        String functionArn,
        BigDecimal lastModified,
        String lastProcessingResult,
        String state,
        String stateTransitionReason,
        DestinationConfig destinationConfig,
        List<String> topics,
        List<String> queues,
        List<SourceAccessConfiguration> sourceAccessConfigurations,
        SelfManagedEventSource selfManagedEventSource,
        Integer maximumRecordAgeInSeconds,
        Boolean bisectBatchOnFunctionError,
        Integer maximumRetryAttempts,
        Integer tumblingWindowInSeconds,
        List<String> functionResponseTypes,
        KafkaEventSourceConfig amazonManagedKafkaEventSourceConfig,
        KafkaEventSourceConfig selfManagedKafkaEventSourceConfig,
        ScalingConfig scalingConfig,
        @JsonProperty("DocumentDBEventSourceConfig") DocumentDBEventSourceConfig documentDbEventSourceConfig,
        @JsonProperty("KMSKeyArn") String kmsKeyArn,
        String eventSourceMappingArn,
        MetricsConfig metricsConfig,
        LoggingConfig loggingConfig,
        ProvisionedPollerConfig provisionedPollerConfig) {

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A mutable copy, for building a changed configuration. */
    public static final class Builder {
        public String uuid;
        public String startingPosition;
        public BigDecimal startingPositionTimestamp;
        public Integer batchSize;
        public Integer maximumBatchingWindowInSeconds;
        public Integer parallelizationFactor;
        public String eventSourceArn;
        public FilterCriteria filterCriteria;
        public String functionArn;
        public BigDecimal lastModified;
        public String lastProcessingResult;
        public String state;
        public String stateTransitionReason;
        public DestinationConfig destinationConfig;
        public List<String> topics;
        public List<String> queues;
        public List<SourceAccessConfiguration> sourceAccessConfigurations;
        public SelfManagedEventSource selfManagedEventSource;
        public Integer maximumRecordAgeInSeconds;
        public Boolean bisectBatchOnFunctionError;
        public Integer maximumRetryAttempts;
        public Integer tumblingWindowInSeconds;
        public List<String> functionResponseTypes;
        public KafkaEventSourceConfig amazonManagedKafkaEventSourceConfig;
        public KafkaEventSourceConfig selfManagedKafkaEventSourceConfig;
        public ScalingConfig scalingConfig;
        public DocumentDBEventSourceConfig documentDbEventSourceConfig;
        public String kmsKeyArn;
        public String eventSourceMappingArn;
        public MetricsConfig metricsConfig;
        public LoggingConfig loggingConfig;
        public ProvisionedPollerConfig provisionedPollerConfig;

        public Builder() {
        }

        Builder(EventSourceMappingConfiguration c) {
            uuid = c.uuid;
            startingPosition = c.startingPosition;
            startingPositionTimestamp = c.startingPositionTimestamp;
            batchSize = c.batchSize;
            maximumBatchingWindowInSeconds = c.maximumBatchingWindowInSeconds;
            parallelizationFactor = c.parallelizationFactor;
            eventSourceArn = c.eventSourceArn;
            filterCriteria = c.filterCriteria;
            functionArn = c.functionArn;
            lastModified = c.lastModified;
            lastProcessingResult = c.lastProcessingResult;
            state = c.state;
            stateTransitionReason = c.stateTransitionReason;
            destinationConfig = c.destinationConfig;
            topics = c.topics;
            queues = c.queues;
            sourceAccessConfigurations = c.sourceAccessConfigurations;
            selfManagedEventSource = c.selfManagedEventSource;
            maximumRecordAgeInSeconds = c.maximumRecordAgeInSeconds;
            bisectBatchOnFunctionError = c.bisectBatchOnFunctionError;
            maximumRetryAttempts = c.maximumRetryAttempts;
            tumblingWindowInSeconds = c.tumblingWindowInSeconds;
            functionResponseTypes = c.functionResponseTypes;
            amazonManagedKafkaEventSourceConfig = c.amazonManagedKafkaEventSourceConfig;
            selfManagedKafkaEventSourceConfig = c.selfManagedKafkaEventSourceConfig;
            scalingConfig = c.scalingConfig;
            documentDbEventSourceConfig = c.documentDbEventSourceConfig;
            kmsKeyArn = c.kmsKeyArn;
            eventSourceMappingArn = c.eventSourceMappingArn;
            metricsConfig = c.metricsConfig;
            loggingConfig = c.loggingConfig;
            provisionedPollerConfig = c.provisionedPollerConfig;
        }

        public EventSourceMappingConfiguration build() {
            return new EventSourceMappingConfiguration(uuid, startingPosition, startingPositionTimestamp, batchSize,
                    maximumBatchingWindowInSeconds, parallelizationFactor, eventSourceArn, filterCriteria,
                    functionArn, lastModified, lastProcessingResult, state, stateTransitionReason, destinationConfig,
                    topics, queues, sourceAccessConfigurations, selfManagedEventSource, maximumRecordAgeInSeconds,
                    bisectBatchOnFunctionError, maximumRetryAttempts, tumblingWindowInSeconds, functionResponseTypes,
                    amazonManagedKafkaEventSourceConfig, selfManagedKafkaEventSourceConfig, scalingConfig,
                    documentDbEventSourceConfig, kmsKeyArn, eventSourceMappingArn, metricsConfig, loggingConfig,
                    provisionedPollerConfig);
        }
    }
}
