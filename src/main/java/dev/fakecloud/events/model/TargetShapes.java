package dev.fakecloud.events.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fakecloud.events.model.EventsShapes.Tag;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * Request and response shapes of Amazon EventBridge (2015-10-07): targets of rules and their parameters, dead-letter and retry settings.
 * Named as the JSON protocol names their members; timestamps are epoch seconds.
 */
public final class TargetShapes {

    private TargetShapes() {
    }

    @RegisterForReflection
    public record AppSyncParameters(String graphQLOperation) {
    }

    @RegisterForReflection
    public record AwsVpcConfiguration(List<String> subnets, List<String> securityGroups, String assignPublicIp) {
    }

    @RegisterForReflection
    public record BatchArrayProperties(Integer size) {
    }

    @RegisterForReflection
    public record BatchParameters(String jobDefinition, String jobName, BatchArrayProperties arrayProperties,
            BatchRetryStrategy retryStrategy) {
    }

    @RegisterForReflection
    public record BatchRetryStrategy(Integer attempts) {
    }

    @RegisterForReflection
    public record CapacityProviderStrategyItem(@JsonProperty("capacityProvider") String capacityProvider,
            @JsonProperty("weight") Integer weight, @JsonProperty("base") Integer base) {
    }

    @RegisterForReflection
    public record DeadLetterConfig(String arn) {
    }

    @RegisterForReflection
    public record EcsParameters(String taskDefinitionArn, Integer taskCount, String launchType,
            NetworkConfiguration networkConfiguration, String platformVersion, String group,
            List<CapacityProviderStrategyItem> capacityProviderStrategy, Boolean enableECSManagedTags,
            Boolean enableExecuteCommand, List<PlacementConstraint> placementConstraints,
            List<PlacementStrategy> placementStrategy, String propagateTags, String referenceId, List<Tag> tags) {
    }

    @RegisterForReflection
    public record HttpParameters(List<String> pathParameterValues, Map<String, String> headerParameters,
            Map<String, String> queryStringParameters) {
    }

    @RegisterForReflection
    public record InputTransformer(Map<String, String> inputPathsMap, String inputTemplate) {
    }

    @RegisterForReflection
    public record KinesisParameters(String partitionKeyPath) {
    }

    @RegisterForReflection
    public record ListRuleNamesByTargetRequest(String targetArn, String eventBusName, String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record ListRuleNamesByTargetResponse(List<String> ruleNames, String nextToken) {
    }

    @RegisterForReflection
    public record ListTargetsByRuleRequest(String rule, String eventBusName, String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record ListTargetsByRuleResponse(List<Target> targets, String nextToken) {
    }

    @RegisterForReflection
    public record NetworkConfiguration(@JsonProperty("awsvpcConfiguration") AwsVpcConfiguration awsvpcConfiguration) {
    }

    @RegisterForReflection
    public record PlacementConstraint(@JsonProperty("type") String type, @JsonProperty("expression") String expression) {
    }

    @RegisterForReflection
    public record PlacementStrategy(@JsonProperty("type") String type, @JsonProperty("field") String field) {
    }

    @RegisterForReflection
    public record PutTargetsRequest(String rule, String eventBusName, List<Target> targets) {
    }

    @RegisterForReflection
    public record PutTargetsResponse(Integer failedEntryCount, List<PutTargetsResultEntry> failedEntries) {
    }

    @RegisterForReflection
    public record PutTargetsResultEntry(String targetId, String errorCode, String errorMessage) {
    }

    @RegisterForReflection
    public record RedshiftDataParameters(String secretManagerArn, String database, String dbUser, String sql,
            String statementName, Boolean withEvent, List<String> sqls) {
    }

    @RegisterForReflection
    public record RemoveTargetsRequest(String rule, String eventBusName, List<String> ids, Boolean force) {
    }

    @RegisterForReflection
    public record RemoveTargetsResponse(Integer failedEntryCount, List<RemoveTargetsResultEntry> failedEntries) {
    }

    @RegisterForReflection
    public record RemoveTargetsResultEntry(String targetId, String errorCode, String errorMessage) {
    }

    @RegisterForReflection
    public record RetryPolicy(Integer maximumRetryAttempts, Integer maximumEventAgeInSeconds) {
    }

    @RegisterForReflection
    public record RunCommandParameters(List<RunCommandTarget> runCommandTargets) {
    }

    @RegisterForReflection
    public record RunCommandTarget(String key, List<String> values) {
    }

    @RegisterForReflection
    public record SageMakerPipelineParameter(String name, String value) {
    }

    @RegisterForReflection
    public record SageMakerPipelineParameters(List<SageMakerPipelineParameter> pipelineParameterList) {
    }

    @RegisterForReflection
    public record SqsParameters(String messageGroupId) {
    }

    @RegisterForReflection
    public record Target(String id, String arn, String roleArn, String input, String inputPath,
            InputTransformer inputTransformer, KinesisParameters kinesisParameters,
            RunCommandParameters runCommandParameters, EcsParameters ecsParameters, BatchParameters batchParameters,
            SqsParameters sqsParameters, HttpParameters httpParameters,
            RedshiftDataParameters redshiftDataParameters, SageMakerPipelineParameters sageMakerPipelineParameters,
            DeadLetterConfig deadLetterConfig, RetryPolicy retryPolicy, AppSyncParameters appSyncParameters) {
    }
}
