package dev.fakecloud.lambda.esm;

import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.esm.model.EsmRequests.CreateEventSourceMappingRequest;
import dev.fakecloud.lambda.esm.model.EsmRequests.UpdateEventSourceMappingRequest;
import dev.fakecloud.lambda.esm.model.EsmShapes.DestinationConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.Filter;
import dev.fakecloud.lambda.esm.model.EsmShapes.FilterCriteria;
import dev.fakecloud.lambda.esm.model.EsmShapes.ScalingConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.SelfManagedEventSource;
import dev.fakecloud.lambda.esm.model.EventSourceMappingConfiguration;
import java.util.List;

/**
 * The rules that depend on the kind of event source (which parameters apply, which are required, which values go
 * together), checked after the model constraints and before the function is looked up, with AWS's messages.
 */
final class EsmRules {

    static final String BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    /** Filters per event source mapping, AWS's default quota. */
    static final int MAX_FILTERS = 5;

    private EsmRules() {
    }

    /** The kind of source a create request names, or AWS's "Unrecognized event source." */
    static SourceType sourceType(CreateEventSourceMappingRequest r) {
        SelfManagedEventSource selfManaged = r.selfManagedEventSource();
        if (selfManaged != null && r.eventSourceArn() == null) {
            if (selfManaged.endpoints() == null || selfManaged.endpoints().get(BOOTSTRAP_SERVERS) == null) {
                throw unrecognized();
            }
            if (r.sourceAccessConfigurations() == null) {
                throw missing("sourceAccessConfigurations");
            }
            return SourceType.SELF_MANAGED_KAFKA;
        }
        if (r.eventSourceArn() == null || selfManaged != null) {
            throw unrecognized();
        }
        return SourceType.ofArn(r.eventSourceArn()).orElseThrow(EsmRules::unrecognized);
    }

    static void checkCreate(SourceType type, CreateEventSourceMappingRequest r) {
        checkDestination(type, r.destinationConfig());
        checkStartingPosition(type, r);
        checkRequired(type, r);
        int batchSize = r.batchSize() == null ? type.defaultBatchSize() : r.batchSize();
        checkBatching(type, r.eventSourceArn(), batchSize, r.maximumBatchingWindowInSeconds());
        checkFilters(r.filterCriteria());
        checkScaling(type, r.scalingConfig());
    }

    static void checkUpdate(SourceType type, EventSourceMappingConfiguration current,
            UpdateEventSourceMappingRequest r) {
        checkDestination(type, r.destinationConfig());
        int batchSize = r.batchSize() != null ? r.batchSize()
                : current.batchSize() != null ? current.batchSize() : type.defaultBatchSize();
        Integer window = r.maximumBatchingWindowInSeconds() != null ? r.maximumBatchingWindowInSeconds()
                : current.maximumBatchingWindowInSeconds();
        checkBatching(type, current.eventSourceArn(), batchSize, window);
        checkFilters(r.filterCriteria());
        checkScaling(type, r.scalingConfig());
    }

    private static void checkDestination(SourceType type, DestinationConfig config) {
        if (config == null) {
            return;
        }
        boolean failureDestination = config.onFailure() != null && config.onFailure().destination() != null
                && !config.onFailure().destination().isEmpty();
        if (config.onSuccess() != null || failureDestination && !type.failureDestinations()) {
            throw new InvalidParameterValueException(
                    "Unsupported DestinationConfig parameter for given event source mapping type.");
        }
    }

    private static void checkStartingPosition(SourceType type, CreateEventSourceMappingRequest r) {
        String position = r.startingPosition();
        if (!type.positioned()) {
            if (position != null) {
                throw new InvalidParameterValueException(
                        "StartingPosition is not valid for " + type.label() + " event sources.");
            }
            return;
        }
        if (position == null) {
            throw new InvalidParameterValueException("1 validation error detected: Value null at 'startingPosition' "
                    + "failed to satisfy constraint: Member must not be null.");
        }
        boolean atTimestamp = "AT_TIMESTAMP".equals(position);
        if (atTimestamp && type == SourceType.DYNAMODB_STREAMS) {
            throw new InvalidParameterValueException("Unsupported starting position for arn type: "
                    + r.eventSourceArn());
        }
        if (atTimestamp && r.startingPositionTimestamp() == null) {
            throw new InvalidParameterValueException(
                    "StartingPositionTimestamp must be provided when StartingPosition is AT_TIMESTAMP.");
        }
        if (!atTimestamp && r.startingPositionTimestamp() != null) {
            throw new InvalidParameterValueException(
                    "StartingPositionTimestamp is only valid when StartingPosition is AT_TIMESTAMP.");
        }
    }

    private static void checkRequired(SourceType type, CreateEventSourceMappingRequest r) {
        switch (type) {
            case MSK, SELF_MANAGED_KAFKA -> {
                if (r.topics() == null) {
                    throw missing("topics");
                }
            }
            case MQ -> {
                if (r.queues() == null) {
                    throw missing("queues");
                }
                if (r.sourceAccessConfigurations() == null) {
                    throw missing("sourceAccessConfigurations");
                }
            }
            case DOCUMENTDB -> {
                if (r.documentDbEventSourceConfig() == null || r.documentDbEventSourceConfig().databaseName() == null) {
                    throw missing("documentDBEventSourceConfig.databaseName");
                }
            }
            default -> {
            }
        }
    }

    /** SQS: batches above 10 need a batching window, and FIFO queues take neither. */
    private static void checkBatching(SourceType type, String eventSourceArn, int batchSize, Integer window) {
        if (type != SourceType.SQS) {
            return;
        }
        boolean windowSet = window != null && window > 0;
        if (eventSourceArn.endsWith(".fifo")) {
            if (batchSize > 10) {
                throw new InvalidParameterValueException("Maximum batch size must be between 1 and 10 inclusive");
            }
            if (windowSet) {
                throw new InvalidParameterValueException("Batching window is not supported for FIFO queues");
            }
            return;
        }
        if (batchSize > 10 && !windowSet) {
            throw new InvalidParameterValueException(
                    "Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10");
        }
    }

    private static void checkFilters(FilterCriteria criteria) {
        if (criteria == null || criteria.filters() == null) {
            return;
        }
        List<Filter> filters = criteria.filters();
        if (filters.size() > MAX_FILTERS) {
            throw new InvalidParameterValueException("The number of filters exceeds the limit of " + MAX_FILTERS
                    + ".");
        }
        for (Filter filter : filters) {
            if (filter == null || !FilterPatterns.valid(filter.pattern())) {
                throw new InvalidParameterValueException("Invalid filter pattern definition.");
            }
        }
    }

    private static void checkScaling(SourceType type, ScalingConfig config) {
        if (config != null && config.maximumConcurrency() != null && type != SourceType.SQS) {
            throw new InvalidParameterValueException(
                    "Unsupported ScalingConfig parameter for given event source mapping type.");
        }
    }

    private static InvalidParameterValueException unrecognized() {
        return new InvalidParameterValueException("Unrecognized event source.");
    }

    private static InvalidParameterValueException missing(String member) {
        return new InvalidParameterValueException("Required '" + member + "' parameter is missing.");
    }
}
