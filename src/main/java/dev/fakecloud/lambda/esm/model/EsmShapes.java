package dev.fakecloud.lambda.esm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/** The structures an event source mapping is made of, as the Lambda API model names them. */
public final class EsmShapes {

    private EsmShapes() {
    }

    @RegisterForReflection
    public record Filter(String pattern) {
    }

    @RegisterForReflection
    public record FilterCriteria(List<Filter> filters) {
    }

    /** Where records go after processing; {@code OnFailure} is written as {@code {}} when it names no destination. */
    @RegisterForReflection
    public record DestinationConfig(OnSuccess onSuccess, OnFailure onFailure) {
    }

    @RegisterForReflection
    public record OnFailure(String destination) {
    }

    @RegisterForReflection
    public record OnSuccess(String destination) {
    }

    @RegisterForReflection
    public record SourceAccessConfiguration(String type, @JsonProperty("URI") String uri) {
    }

    /** Bootstrap servers of a self-managed Kafka cluster, keyed by {@code KAFKA_BOOTSTRAP_SERVERS}. */
    @RegisterForReflection
    public record SelfManagedEventSource(Map<String, List<String>> endpoints) {
    }

    @RegisterForReflection
    public record KafkaSchemaRegistryAccessConfig(String type, @JsonProperty("URI") String uri) {
    }

    @RegisterForReflection
    public record KafkaSchemaValidationConfig(String attribute) {
    }

    @RegisterForReflection
    public record KafkaSchemaRegistryConfig(@JsonProperty("SchemaRegistryURI") String schemaRegistryUri,
            String eventRecordFormat, List<KafkaSchemaRegistryAccessConfig> accessConfigs,
            List<KafkaSchemaValidationConfig> schemaValidationConfigs) {
    }

    /** The consumer group and schema registry of a Kafka mapping (MSK or self-managed: both shapes are alike). */
    @RegisterForReflection
    public record KafkaEventSourceConfig(String consumerGroupId, KafkaSchemaRegistryConfig schemaRegistryConfig) {
    }

    @RegisterForReflection
    public record ScalingConfig(Integer maximumConcurrency) {
    }

    @RegisterForReflection
    public record DocumentDBEventSourceConfig(String databaseName, String collectionName, String fullDocument) {
    }

    @RegisterForReflection
    public record MetricsConfig(List<String> metrics) {
    }

    @RegisterForReflection
    public record LoggingConfig(String systemLogLevel) {
    }

    @RegisterForReflection
    public record ProvisionedPollerConfig(Integer minimumPollers, Integer maximumPollers, String pollerGroupName) {
    }
}
