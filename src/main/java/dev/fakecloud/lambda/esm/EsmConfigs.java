package dev.fakecloud.lambda.esm;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.esm.model.EsmRequests.CreateEventSourceMappingRequest;
import dev.fakecloud.lambda.esm.model.EsmRequests.UpdateEventSourceMappingRequest;
import dev.fakecloud.lambda.esm.model.EsmShapes.DestinationConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.DocumentDBEventSourceConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.FilterCriteria;
import dev.fakecloud.lambda.esm.model.EsmShapes.KafkaEventSourceConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.OnFailure;
import dev.fakecloud.lambda.esm.model.EsmShapes.ScalingConfig;
import dev.fakecloud.lambda.esm.model.EventSourceMappingConfiguration;
import java.math.BigDecimal;
import java.util.List;

/**
 * Builds a mapping's configuration as AWS reports it for its kind of source: the members that apply, with AWS's
 * defaults (SQS: batch 10, no window; streams: batch 100, retries and record age -1, parallelization 1, an empty
 * {@code OnFailure}; Kafka: the mapping's UUID as consumer group), and applies updates to it.
 */
final class EsmConfigs {

    static final String NO_RECORDS = "No records processed";

    private EsmConfigs() {
    }

    static BigDecimal now() {
        return BigDecimal.valueOf(System.currentTimeMillis(), 3);
    }

    static EventSourceMappingConfiguration create(Scope scope, SourceType type, String uuid, String functionArn,
            CreateEventSourceMappingRequest r, String state) {
        EventSourceMappingConfiguration.Builder b = new EventSourceMappingConfiguration.Builder();
        b.uuid = uuid;
        b.eventSourceMappingArn = LambdaArns.eventSourceMapping(scope, uuid);
        b.eventSourceArn = r.eventSourceArn();
        b.functionArn = functionArn;
        b.lastModified = now();
        b.state = state;
        b.stateTransitionReason = type.userTransitionReason();
        b.batchSize = r.batchSize() == null ? type.defaultBatchSize() : r.batchSize();
        b.filterCriteria = filters(r.filterCriteria());
        b.kmsKeyArn = emptyToNull(r.kmsKeyArn());
        b.metricsConfig = r.metricsConfig();
        b.loggingConfig = r.loggingConfig();
        b.provisionedPollerConfig = r.provisionedPollerConfig();
        if (type.reportsProcessing()) {
            b.lastProcessingResult = NO_RECORDS;
        }
        if (type.positioned()) {
            b.startingPosition = r.startingPosition();
            b.startingPositionTimestamp = r.startingPositionTimestamp();
        }
        if (type.batchItemFailures()) {
            b.functionResponseTypes = r.functionResponseTypes() == null ? List.of() : r.functionResponseTypes();
            b.maximumBatchingWindowInSeconds = orDefault(r.maximumBatchingWindowInSeconds(), 0);
        } else {
            b.maximumBatchingWindowInSeconds = r.maximumBatchingWindowInSeconds();
        }
        switch (type) {
            case SQS -> b.scalingConfig = scaling(r.scalingConfig());
            case KINESIS, DYNAMODB_STREAMS -> {
                b.parallelizationFactor = orDefault(r.parallelizationFactor(), 1);
                b.destinationConfig = streamDestination(r.destinationConfig());
                b.maximumRecordAgeInSeconds = orDefault(r.maximumRecordAgeInSeconds(), -1);
                b.bisectBatchOnFunctionError = r.bisectBatchOnFunctionError() != null
                        && r.bisectBatchOnFunctionError();
                b.maximumRetryAttempts = orDefault(r.maximumRetryAttempts(), -1);
                b.tumblingWindowInSeconds = orDefault(r.tumblingWindowInSeconds(), 0);
            }
            case MSK, SELF_MANAGED_KAFKA -> {
                b.topics = r.topics();
                b.sourceAccessConfigurations = r.sourceAccessConfigurations();
                b.destinationConfig = r.destinationConfig();
                b.functionResponseTypes = r.functionResponseTypes();
                b.maximumRecordAgeInSeconds = r.maximumRecordAgeInSeconds();
                b.bisectBatchOnFunctionError = r.bisectBatchOnFunctionError();
                b.maximumRetryAttempts = r.maximumRetryAttempts();
                if (type == SourceType.MSK) {
                    b.amazonManagedKafkaEventSourceConfig = consumerGroup(r.amazonManagedKafkaEventSourceConfig(),
                            uuid);
                } else {
                    b.selfManagedEventSource = r.selfManagedEventSource();
                    b.selfManagedKafkaEventSourceConfig = consumerGroup(r.selfManagedKafkaEventSourceConfig(), uuid);
                }
            }
            case MQ -> {
                b.queues = r.queues();
                b.sourceAccessConfigurations = r.sourceAccessConfigurations();
            }
            case DOCUMENTDB -> b.documentDbEventSourceConfig = documentDb(null, r.documentDbEventSourceConfig());
        }
        return b.build();
    }

    /** The configuration after an update: members the request names replace those of {@code current}. */
    static EventSourceMappingConfiguration update(SourceType type, EventSourceMappingConfiguration current,
            UpdateEventSourceMappingRequest r, String functionArn, String state) {
        EventSourceMappingConfiguration.Builder b = current.toBuilder();
        b.lastModified = now();
        b.state = state;
        b.stateTransitionReason = type.userTransitionReason();
        if (functionArn != null) {
            b.functionArn = functionArn;
        }
        if (r.batchSize() != null) {
            b.batchSize = r.batchSize();
        }
        if (r.maximumBatchingWindowInSeconds() != null) {
            b.maximumBatchingWindowInSeconds = r.maximumBatchingWindowInSeconds();
        }
        if (r.filterCriteria() != null) {
            b.filterCriteria = filters(r.filterCriteria());
        }
        if (r.kmsKeyArn() != null) {
            b.kmsKeyArn = emptyToNull(r.kmsKeyArn());
        }
        if (r.metricsConfig() != null) {
            b.metricsConfig = r.metricsConfig();
        }
        if (r.loggingConfig() != null) {
            b.loggingConfig = r.loggingConfig();
        }
        if (r.provisionedPollerConfig() != null) {
            b.provisionedPollerConfig = r.provisionedPollerConfig();
        }
        if (r.functionResponseTypes() != null && (type.batchItemFailures() || type.kafka())) {
            b.functionResponseTypes = r.functionResponseTypes();
        }
        if (type.stream() || type.kafka()) {
            applyRetries(type, b, r);
        }
        switch (type) {
            case SQS -> {
                if (r.scalingConfig() != null) {
                    b.scalingConfig = scaling(r.scalingConfig());
                }
            }
            case MSK, SELF_MANAGED_KAFKA, MQ -> {
                if (r.sourceAccessConfigurations() != null) {
                    b.sourceAccessConfigurations = r.sourceAccessConfigurations();
                }
                if (type == SourceType.MSK) {
                    b.amazonManagedKafkaEventSourceConfig = schemaRegistry(current.amazonManagedKafkaEventSourceConfig(),
                            r.amazonManagedKafkaEventSourceConfig());
                } else if (type == SourceType.SELF_MANAGED_KAFKA) {
                    b.selfManagedKafkaEventSourceConfig = schemaRegistry(current.selfManagedKafkaEventSourceConfig(),
                            r.selfManagedKafkaEventSourceConfig());
                }
            }
            case DOCUMENTDB -> b.documentDbEventSourceConfig = documentDb(current.documentDbEventSourceConfig(),
                    r.documentDbEventSourceConfig());
            default -> {
            }
        }
        return b.build();
    }

    private static void applyRetries(SourceType type, EventSourceMappingConfiguration.Builder b,
            UpdateEventSourceMappingRequest r) {
        if (r.destinationConfig() != null) {
            b.destinationConfig = type.stream() ? streamDestination(r.destinationConfig()) : r.destinationConfig();
        }
        if (r.maximumRecordAgeInSeconds() != null) {
            b.maximumRecordAgeInSeconds = r.maximumRecordAgeInSeconds();
        }
        if (r.bisectBatchOnFunctionError() != null) {
            b.bisectBatchOnFunctionError = r.bisectBatchOnFunctionError();
        }
        if (r.maximumRetryAttempts() != null) {
            b.maximumRetryAttempts = r.maximumRetryAttempts();
        }
        if (type.stream() && r.parallelizationFactor() != null) {
            b.parallelizationFactor = r.parallelizationFactor();
        }
        if (type.stream() && r.tumblingWindowInSeconds() != null) {
            b.tumblingWindowInSeconds = r.tumblingWindowInSeconds();
        }
    }

    /** The same configuration in another state. */
    static EventSourceMappingConfiguration withState(EventSourceMappingConfiguration c, String state) {
        EventSourceMappingConfiguration.Builder b = c.toBuilder();
        b.state = state;
        b.lastModified = now();
        return b.build();
    }

    static EventSourceMappingConfiguration withProcessingResult(EventSourceMappingConfiguration c, String result) {
        EventSourceMappingConfiguration.Builder b = c.toBuilder();
        b.lastProcessingResult = result;
        return b.build();
    }

    /** Filters as AWS reports them: absent when there are none. */
    private static FilterCriteria filters(FilterCriteria criteria) {
        if (criteria == null || criteria.filters() == null || criteria.filters().isEmpty()) {
            return null;
        }
        return new FilterCriteria(List.copyOf(criteria.filters()));
    }

    /** Streams always report a destination configuration, with an empty {@code OnFailure} when none is set. */
    private static DestinationConfig streamDestination(DestinationConfig config) {
        OnFailure onFailure = config == null || config.onFailure() == null ? null : config.onFailure();
        String destination = onFailure == null ? null : emptyToNull(onFailure.destination());
        return new DestinationConfig(null, new OnFailure(destination));
    }

    private static ScalingConfig scaling(ScalingConfig config) {
        return config == null || config.maximumConcurrency() == null ? null : config;
    }

    private static KafkaEventSourceConfig consumerGroup(KafkaEventSourceConfig config, String uuid) {
        if (config == null) {
            return new KafkaEventSourceConfig(uuid, null);
        }
        return new KafkaEventSourceConfig(config.consumerGroupId() == null ? uuid : config.consumerGroupId(),
                config.schemaRegistryConfig());
    }

    /** The consumer group stays; a new schema registry configuration replaces the old one. */
    private static KafkaEventSourceConfig schemaRegistry(KafkaEventSourceConfig current, KafkaEventSourceConfig update) {
        if (update == null || current == null) {
            return current;
        }
        return new KafkaEventSourceConfig(current.consumerGroupId(), update.schemaRegistryConfig());
    }

    private static DocumentDBEventSourceConfig documentDb(DocumentDBEventSourceConfig current,
            DocumentDBEventSourceConfig update) {
        if (update == null) {
            return current;
        }
        String database = update.databaseName() != null ? update.databaseName()
                : current == null ? null : current.databaseName();
        String collection = update.collectionName() != null ? update.collectionName()
                : current == null ? null : current.collectionName();
        String fullDocument = update.fullDocument() != null ? update.fullDocument()
                : current == null ? "Default" : current.fullDocument();
        return new DocumentDBEventSourceConfig(database, collection, fullDocument);
    }

    private static Integer orDefault(Integer value, int defaultValue) {
        return value == null ? defaultValue : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
