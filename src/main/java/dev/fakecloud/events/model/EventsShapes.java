package dev.fakecloud.events.model;

import dev.fakecloud.events.model.TargetShapes.DeadLetterConfig;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/**
 * Request and response shapes of Amazon EventBridge (2015-10-07): event buses, rules, PutEvents, permissions, tags and TestEventPattern.
 * Named as the JSON protocol names their members; timestamps are epoch seconds.
 */
public final class EventsShapes {

    private EventsShapes() {
    }

    @RegisterForReflection
    public record Condition(String type, String key, String value) {
    }

    @RegisterForReflection
    public record CreateEventBusRequest(String name, String eventSourceName, String description,
            String kmsKeyIdentifier, DeadLetterConfig deadLetterConfig, LogConfig logConfig, List<Tag> tags) {
    }

    @RegisterForReflection
    public record CreateEventBusResponse(String eventBusArn, String description, String kmsKeyIdentifier,
            DeadLetterConfig deadLetterConfig, LogConfig logConfig) {
    }

    @RegisterForReflection
    public record DeleteEventBusRequest(String name) {
    }

    @RegisterForReflection
    public record DeleteRuleRequest(String name, String eventBusName, Boolean force) {
    }

    @RegisterForReflection
    public record DescribeEventBusRequest(String name) {
    }

    @RegisterForReflection
    public record DescribeEventBusResponse(String name, String arn, String description, String kmsKeyIdentifier,
            DeadLetterConfig deadLetterConfig, String policy, LogConfig logConfig, BigDecimal creationTime,
            BigDecimal lastModifiedTime) {
    }

    @RegisterForReflection
    public record DescribeRuleRequest(String name, String eventBusName) {
    }

    @RegisterForReflection
    public record DescribeRuleResponse(String name, String arn, String eventPattern, String scheduleExpression,
            String state, String description, String roleArn, String managedBy, String eventBusName, String createdBy) {
    }

    @RegisterForReflection
    public record DisableRuleRequest(String name, String eventBusName) {
    }

    @RegisterForReflection
    public record EnableRuleRequest(String name, String eventBusName) {
    }

    @RegisterForReflection
    public record EventBus(String name, String arn, String description, String policy, BigDecimal creationTime,
            BigDecimal lastModifiedTime) {
    }

    @RegisterForReflection
    public record ListEventBusesRequest(String namePrefix, String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record ListEventBusesResponse(List<EventBus> eventBuses, String nextToken) {
    }

    @RegisterForReflection
    public record ListRulesRequest(String namePrefix, String eventBusName, String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record ListRulesResponse(List<Rule> rules, String nextToken) {
    }

    @RegisterForReflection
    public record ListTagsForResourceRequest(String resourceARN) {
    }

    @RegisterForReflection
    public record ListTagsForResourceResponse(List<Tag> tags) {
    }

    @RegisterForReflection
    public record LogConfig(String includeDetail, String level) {
    }

    @RegisterForReflection
    public record PutEventsRequest(List<PutEventsRequestEntry> entries, String endpointId) {
    }

    @RegisterForReflection
    public record PutEventsRequestEntry(BigDecimal time, String source, List<String> resources, String detailType,
            String detail, String eventBusName, String traceHeader) {
    }

    @RegisterForReflection
    public record PutEventsResponse(Integer failedEntryCount, List<PutEventsResultEntry> entries) {
    }

    @RegisterForReflection
    public record PutEventsResultEntry(String eventId, String errorCode, String errorMessage) {
    }

    @RegisterForReflection
    public record PutPermissionRequest(String eventBusName, String action, String principal, String statementId,
            Condition condition, String policy) {
    }

    @RegisterForReflection
    public record PutRuleRequest(String name, String scheduleExpression, String eventPattern, String state,
            String description, String roleArn, List<Tag> tags, String eventBusName) {
    }

    @RegisterForReflection
    public record PutRuleResponse(String ruleArn) {
    }

    @RegisterForReflection
    public record RemovePermissionRequest(String statementId, Boolean removeAllPermissions, String eventBusName) {
    }

    @RegisterForReflection
    public record Rule(String name, String arn, String eventPattern, String state, String description,
            String scheduleExpression, String roleArn, String managedBy, String eventBusName) {
    }

    @RegisterForReflection
    public record Tag(String key, String value) {
    }

    @RegisterForReflection
    public record TagResourceRequest(String resourceARN, List<Tag> tags) {
    }

    @RegisterForReflection
    public record TagResourceResponse() {
    }

    @RegisterForReflection
    public record TestEventPatternRequest(String eventPattern, String event) {
    }

    @RegisterForReflection
    public record TestEventPatternResponse(Boolean result) {
    }

    @RegisterForReflection
    public record UntagResourceRequest(String resourceARN, List<String> tagKeys) {
    }

    @RegisterForReflection
    public record UntagResourceResponse() {
    }

    @RegisterForReflection
    public record UpdateEventBusRequest(String name, String kmsKeyIdentifier, String description,
            DeadLetterConfig deadLetterConfig, LogConfig logConfig) {
    }

    @RegisterForReflection
    public record UpdateEventBusResponse(String arn, String name, String kmsKeyIdentifier, String description,
            DeadLetterConfig deadLetterConfig, LogConfig logConfig) {
    }
}
