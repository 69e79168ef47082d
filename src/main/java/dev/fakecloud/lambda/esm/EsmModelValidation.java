package dev.fakecloud.lambda.esm;

import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.esm.model.EsmRequests.CreateEventSourceMappingRequest;
import dev.fakecloud.lambda.esm.model.EsmRequests.UpdateEventSourceMappingRequest;
import dev.fakecloud.lambda.esm.model.EsmShapes.DestinationConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.DocumentDBEventSourceConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.Filter;
import dev.fakecloud.lambda.esm.model.EsmShapes.FilterCriteria;
import dev.fakecloud.lambda.esm.model.EsmShapes.KafkaEventSourceConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.KafkaSchemaRegistryConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.LoggingConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.MetricsConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.ProvisionedPollerConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.ScalingConfig;
import dev.fakecloud.lambda.esm.model.EsmShapes.SelfManagedEventSource;
import dev.fakecloud.lambda.esm.model.EsmShapes.SourceAccessConfiguration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The constraints the Lambda API model puts on the members of CreateEventSourceMapping and UpdateEventSourceMapping
 * (lengths, ranges, patterns, enums), reported as one {@code ValidationException} in AWS's wording.
 */
final class EsmModelValidation {

    static final Pattern ARN = Pattern.compile(
            "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)");
    static final List<String> STARTING_POSITIONS = List.of("LATEST", "AT_TIMESTAMP", "TRIM_HORIZON");
    private static final Pattern DESTINATION = Pattern.compile("$|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:"
            + "(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)");
    private static final Pattern TOPIC = Pattern.compile("[^.]([a-zA-Z0-9\\-_.]+)");
    private static final Pattern URI = Pattern.compile("[a-zA-Z0-9-\\/*:_+=.@-]*");
    private static final Pattern ENDPOINT = Pattern.compile("(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*"
            + "([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9]):[0-9]{1,5}");
    private static final Pattern DATABASE = Pattern.compile("[^ /\\.$\\x22]*");
    private static final Pattern COLLECTION = Pattern.compile("(^(?!(system\\x2e)))(^[_a-zA-Z0-9])([^$]*)");
    private static final Pattern KMS_KEY = Pattern.compile("(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()");
    private static final Pattern POLLER_GROUP = Pattern.compile("[a-zA-Z0-9-_]*");
    private static final List<String> SOURCE_ACCESS_TYPES = List.of("BASIC_AUTH", "VPC_SUBNET", "VPC_SECURITY_GROUP",
            "SASL_SCRAM_512_AUTH", "SASL_SCRAM_256_AUTH", "VIRTUAL_HOST", "CLIENT_CERTIFICATE_TLS_AUTH",
            "SERVER_ROOT_CA_CERTIFICATE");
    private static final List<String> RESPONSE_TYPES = List.of("ReportBatchItemFailures");
    private static final List<String> METRICS = List.of("EventCount", "ErrorCount", "KafkaMetrics");
    private static final List<String> LOG_LEVELS = List.of("DEBUG", "INFO", "WARN");
    private static final List<String> FULL_DOCUMENT = List.of("UpdateLookup", "Default");
    private static final List<String> RECORD_FORMATS = List.of("JSON", "SOURCE");

    private EsmModelValidation() {
    }

    static void create(CreateEventSourceMappingRequest r) {
        Validation v = Validation.start()
                .pattern(r.eventSourceArn(), "eventSourceArn", ARN)
                .required(r.functionName(), "functionName");
        functionName(v, r.functionName());
        v.range(r.batchSize(), "batchSize", 1, 10000);
        filterCriteria(v, r.filterCriteria());
        v.range(r.maximumBatchingWindowInSeconds(), "maximumBatchingWindowInSeconds", 0, 300)
                .range(r.parallelizationFactor(), "parallelizationFactor", 1, 10)
                .oneOf(r.startingPosition(), "startingPosition", STARTING_POSITIONS);
        destinationConfig(v, r.destinationConfig());
        v.range(r.maximumRecordAgeInSeconds(), "maximumRecordAgeInSeconds", -1, 604800)
                .range(r.maximumRetryAttempts(), "maximumRetryAttempts", -1, 10000)
                .range(r.tumblingWindowInSeconds(), "tumblingWindowInSeconds", 0, 900);
        topics(v, r.topics());
        queues(v, r.queues());
        sourceAccess(v, r.sourceAccessConfigurations());
        selfManagedEventSource(v, r.selfManagedEventSource());
        responseTypes(v, r.functionResponseTypes());
        kafka(v, r.amazonManagedKafkaEventSourceConfig(), "amazonManagedKafkaEventSourceConfig");
        kafka(v, r.selfManagedKafkaEventSourceConfig(), "selfManagedKafkaEventSourceConfig");
        scaling(v, r.scalingConfig());
        documentDb(v, r.documentDbEventSourceConfig());
        v.pattern(r.kmsKeyArn(), "kMSKeyArn", KMS_KEY);
        observability(v, r.metricsConfig(), r.loggingConfig(), r.provisionedPollerConfig());
        v.throwIfInvalid();
    }

    static void update(UpdateEventSourceMappingRequest r) {
        Validation v = Validation.start();
        functionName(v, r.functionName());
        v.range(r.batchSize(), "batchSize", 1, 10000);
        filterCriteria(v, r.filterCriteria());
        v.range(r.maximumBatchingWindowInSeconds(), "maximumBatchingWindowInSeconds", 0, 300);
        destinationConfig(v, r.destinationConfig());
        v.range(r.maximumRecordAgeInSeconds(), "maximumRecordAgeInSeconds", -1, 604800)
                .range(r.maximumRetryAttempts(), "maximumRetryAttempts", -1, 10000)
                .range(r.parallelizationFactor(), "parallelizationFactor", 1, 10);
        sourceAccess(v, r.sourceAccessConfigurations());
        v.range(r.tumblingWindowInSeconds(), "tumblingWindowInSeconds", 0, 900);
        responseTypes(v, r.functionResponseTypes());
        scaling(v, r.scalingConfig());
        kafka(v, r.amazonManagedKafkaEventSourceConfig(), "amazonManagedKafkaEventSourceConfig");
        kafka(v, r.selfManagedKafkaEventSourceConfig(), "selfManagedKafkaEventSourceConfig");
        documentDb(v, r.documentDbEventSourceConfig());
        v.pattern(r.kmsKeyArn(), "kMSKeyArn", KMS_KEY);
        observability(v, r.metricsConfig(), r.loggingConfig(), r.provisionedPollerConfig());
        v.throwIfInvalid();
    }

    /** The {@code EventSourceArn} and {@code FunctionName} filters of ListEventSourceMappings. */
    static void list(String eventSourceArn, String functionName) {
        Validation v = Validation.start().pattern(eventSourceArn, "eventSourceArn", ARN);
        functionName(v, functionName);
        v.throwIfInvalid();
    }

    private static void functionName(Validation v, String functionName) {
        v.length(functionName, "functionName", 1, 256).pattern(functionName, "functionName", FunctionRef.LOOKUP_NAME);
    }

    private static void filterCriteria(Validation v, FilterCriteria criteria) {
        if (criteria == null || criteria.filters() == null) {
            return;
        }
        List<Filter> filters = criteria.filters();
        for (int i = 0; i < filters.size(); i++) {
            if (filters.get(i) != null) {
                v.length(filters.get(i).pattern(), "filterCriteria.filters." + (i + 1) + ".member.pattern", 0, 4096);
            }
        }
    }

    private static void destinationConfig(Validation v, DestinationConfig config) {
        if (config == null) {
            return;
        }
        if (config.onSuccess() != null) {
            destination(v, config.onSuccess().destination(), "destinationConfig.onSuccess.destination");
        }
        if (config.onFailure() != null) {
            destination(v, config.onFailure().destination(), "destinationConfig.onFailure.destination");
        }
    }

    private static void destination(Validation v, String destination, String member) {
        v.length(destination, member, 0, 350).pattern(destination, member, DESTINATION);
    }

    private static void topics(Validation v, List<String> topics) {
        if (topics == null) {
            return;
        }
        v.minSize(topics, "topics", 1).maxSize(topics, "topics", 1);
        for (int i = 0; i < topics.size(); i++) {
            String member = "topics." + (i + 1) + ".member";
            v.required(topics.get(i), member).length(topics.get(i), member, 1, 249)
                    .pattern(topics.get(i), member, TOPIC);
        }
    }

    private static void queues(Validation v, List<String> queues) {
        if (queues == null) {
            return;
        }
        v.minSize(queues, "queues", 1).maxSize(queues, "queues", 1);
        for (int i = 0; i < queues.size(); i++) {
            String member = "queues." + (i + 1) + ".member";
            v.required(queues.get(i), member).length(queues.get(i), member, 1, 1000);
        }
    }

    private static void sourceAccess(Validation v, List<SourceAccessConfiguration> configs) {
        if (configs == null) {
            return;
        }
        v.maxSize(configs, "sourceAccessConfigurations", 22);
        for (int i = 0; i < configs.size(); i++) {
            SourceAccessConfiguration c = configs.get(i);
            String member = "sourceAccessConfigurations." + (i + 1) + ".member";
            if (c == null) {
                v.required(null, member);
                continue;
            }
            v.oneOf(c.type(), member + ".type", SOURCE_ACCESS_TYPES)
                    .length(c.uri(), member + ".uRI", 1, 200)
                    .pattern(c.uri(), member + ".uRI", URI);
        }
    }

    private static void selfManagedEventSource(Validation v, SelfManagedEventSource source) {
        if (source == null || source.endpoints() == null) {
            return;
        }
        Map<String, List<String>> endpoints = source.endpoints();
        if (endpoints.isEmpty() || endpoints.size() > 2) {
            v.violation(endpoints, "selfManagedEventSource.endpoints", endpoints.isEmpty()
                    ? "Member must have length greater than or equal to 1"
                    : "Member must have length less than or equal to 2");
        }
        for (Map.Entry<String, List<String>> e : endpoints.entrySet()) {
            v.oneOf(e.getKey(), "selfManagedEventSource.endpoints", List.of("KAFKA_BOOTSTRAP_SERVERS"));
            List<String> servers = e.getValue();
            String member = "selfManagedEventSource.endpoints." + e.getKey() + ".member";
            v.required(servers, member);
            if (servers != null) {
                v.minSize(servers, member, 1).maxSize(servers, member, 10);
                for (String server : servers) {
                    v.length(server, member + ".member", 1, 300).pattern(server, member + ".member", ENDPOINT);
                }
            }
        }
    }

    private static void responseTypes(Validation v, List<String> types) {
        if (types == null) {
            return;
        }
        v.maxSize(types, "functionResponseTypes", 1).eachOneOf(types, "functionResponseTypes", RESPONSE_TYPES);
    }

    private static void kafka(Validation v, KafkaEventSourceConfig config, String member) {
        if (config == null) {
            return;
        }
        v.length(config.consumerGroupId(), member + ".consumerGroupId", 1, 200)
                .pattern(config.consumerGroupId(), member + ".consumerGroupId", URI);
        KafkaSchemaRegistryConfig registry = config.schemaRegistryConfig();
        if (registry != null) {
            String at = member + ".schemaRegistryConfig";
            v.length(registry.schemaRegistryUri(), at + ".schemaRegistryURI", 1, 10000)
                    .pattern(registry.schemaRegistryUri(), at + ".schemaRegistryURI", URI)
                    .oneOf(registry.eventRecordFormat(), at + ".eventRecordFormat", RECORD_FORMATS);
        }
    }

    private static void scaling(Validation v, ScalingConfig config) {
        if (config != null) {
            v.range(config.maximumConcurrency(), "scalingConfig.maximumConcurrency", 2, 1000);
        }
    }

    private static void documentDb(Validation v, DocumentDBEventSourceConfig config) {
        if (config == null) {
            return;
        }
        String at = "documentDBEventSourceConfig";
        v.length(config.databaseName(), at + ".databaseName", 1, 63)
                .pattern(config.databaseName(), at + ".databaseName", DATABASE)
                .length(config.collectionName(), at + ".collectionName", 1, 57)
                .pattern(config.collectionName(), at + ".collectionName", COLLECTION)
                .oneOf(config.fullDocument(), at + ".fullDocument", FULL_DOCUMENT);
    }

    private static void observability(Validation v, MetricsConfig metrics, LoggingConfig logging,
            ProvisionedPollerConfig pollers) {
        if (metrics != null && metrics.metrics() != null) {
            v.maxSize(metrics.metrics(), "metricsConfig.metrics", 3)
                    .eachOneOf(metrics.metrics(), "metricsConfig.metrics", METRICS);
        }
        if (logging != null) {
            v.oneOf(logging.systemLogLevel(), "loggingConfig.systemLogLevel", LOG_LEVELS);
        }
        if (pollers != null) {
            v.range(pollers.minimumPollers(), "provisionedPollerConfig.minimumPollers", 1, 200)
                    .range(pollers.maximumPollers(), "provisionedPollerConfig.maximumPollers", 1, 2000)
                    .length(pollers.pollerGroupName(), "provisionedPollerConfig.pollerGroupName", 0, 128)
                    .pattern(pollers.pollerGroupName(), "provisionedPollerConfig.pollerGroupName", POLLER_GROUP);
        }
    }
}
