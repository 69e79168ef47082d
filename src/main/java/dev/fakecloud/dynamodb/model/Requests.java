package dev.fakecloud.dynamodb.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/** DynamoDB and DynamoDB Streams request shapes (members named as on the wire, first letter lowered). */
public final class Requests {

    private Requests() {
    }

    @RegisterForReflection
    public record AttributeDefinition(String attributeName, String attributeType) {
    }

    @RegisterForReflection
    public record KeySchemaElement(String attributeName, String keyType) {
    }

    @RegisterForReflection
    public record Projection(String projectionType, List<String> nonKeyAttributes) {
    }

    @RegisterForReflection
    public record Throughput(Long readCapacityUnits, Long writeCapacityUnits) {
    }

    @RegisterForReflection
    public record LocalSecondaryIndex(String indexName, List<KeySchemaElement> keySchema, Projection projection) {
    }

    @RegisterForReflection
    public record GlobalSecondaryIndex(String indexName, List<KeySchemaElement> keySchema, Projection projection,
            Throughput provisionedThroughput) {
    }

    @RegisterForReflection
    public record StreamSpecification(Boolean streamEnabled, String streamViewType) {
    }

    @RegisterForReflection
    public record Tag(String key, String value) {
    }

    @RegisterForReflection
    public record CreateTable(String tableName, List<AttributeDefinition> attributeDefinitions,
            List<KeySchemaElement> keySchema, List<LocalSecondaryIndex> localSecondaryIndexes,
            List<GlobalSecondaryIndex> globalSecondaryIndexes, String billingMode, Throughput provisionedThroughput,
            StreamSpecification streamSpecification, List<Tag> tags, Boolean deletionProtectionEnabled,
            String tableClass) {
    }

    @RegisterForReflection
    public record GsiUpdate(GlobalSecondaryIndex create, GlobalSecondaryIndex update, GlobalSecondaryIndex delete) {
    }

    @RegisterForReflection
    public record UpdateTable(String tableName, List<AttributeDefinition> attributeDefinitions, String billingMode,
            Throughput provisionedThroughput, List<GsiUpdate> globalSecondaryIndexUpdates,
            StreamSpecification streamSpecification, Boolean deletionProtectionEnabled, String tableClass) {
    }

    @RegisterForReflection
    public record TableName(String tableName) {
    }

    @RegisterForReflection
    public record ListTables(String exclusiveStartTableName, Integer limit) {
    }

    @RegisterForReflection
    public record TimeToLiveSpecification(Boolean enabled, String attributeName) {
    }

    @RegisterForReflection
    public record UpdateTimeToLive(String tableName, TimeToLiveSpecification timeToLiveSpecification) {
    }

    @RegisterForReflection
    public record PointInTimeRecoverySpecification(Boolean pointInTimeRecoveryEnabled, Integer recoveryPeriodInDays) {
    }

    @RegisterForReflection
    public record UpdateContinuousBackups(String tableName,
            PointInTimeRecoverySpecification pointInTimeRecoverySpecification) {
    }

    @RegisterForReflection
    public record TagResource(String resourceArn, List<Tag> tags) {
    }

    @RegisterForReflection
    public record UntagResource(String resourceArn, List<String> tagKeys) {
    }

    @RegisterForReflection
    public record ListTagsOfResource(String resourceArn, String nextToken) {
    }

    @RegisterForReflection
    public record ResourceArn(String resourceArn) {
    }

    /** A legacy {@code Expected} entry. */
    @RegisterForReflection
    public record ExpectedAttributeValue(Value value, Boolean exists, String comparisonOperator,
            List<Value> attributeValueList) {
    }

    /** A legacy {@code KeyConditions}, {@code QueryFilter} or {@code ScanFilter} entry. */
    @RegisterForReflection
    public record Condition(List<Value> attributeValueList, String comparisonOperator) {
    }

    /** A legacy {@code AttributeUpdates} entry. */
    @RegisterForReflection
    public record AttributeValueUpdate(Value value, String action) {
    }

    /** The members PutItem, UpdateItem, DeleteItem and GetItem (and their transactional forms) share. */
    @RegisterForReflection
    public record PutItem(String tableName, Map<String, Value> item, String conditionExpression,
            Map<String, String> expressionAttributeNames, Map<String, Value> expressionAttributeValues,
            String returnValues, String returnValuesOnConditionCheckFailure, Map<String, ExpectedAttributeValue> expected,
            String conditionalOperator) {
    }

    @RegisterForReflection
    public record UpdateItem(String tableName, Map<String, Value> key, String updateExpression,
            String conditionExpression, Map<String, String> expressionAttributeNames,
            Map<String, Value> expressionAttributeValues, String returnValues,
            String returnValuesOnConditionCheckFailure, Map<String, AttributeValueUpdate> attributeUpdates, Map<String, ExpectedAttributeValue> expected,
            String conditionalOperator) {
    }

    @RegisterForReflection
    public record DeleteItem(String tableName, Map<String, Value> key, String conditionExpression,
            Map<String, String> expressionAttributeNames, Map<String, Value> expressionAttributeValues,
            String returnValues, String returnValuesOnConditionCheckFailure, Map<String, ExpectedAttributeValue> expected,
            String conditionalOperator) {
    }

    @RegisterForReflection
    public record ConditionCheck(String tableName, Map<String, Value> key, String conditionExpression,
            Map<String, String> expressionAttributeNames, Map<String, Value> expressionAttributeValues,
            String returnValuesOnConditionCheckFailure) {
    }

    @RegisterForReflection
    public record GetItem(String tableName, Map<String, Value> key, String projectionExpression,
            Map<String, String> expressionAttributeNames, Boolean consistentRead, List<String> attributesToGet) {
    }

    @RegisterForReflection
    public record Query(String tableName, String indexName, String keyConditionExpression, String filterExpression,
            String projectionExpression, Map<String, String> expressionAttributeNames,
            Map<String, Value> expressionAttributeValues, Integer limit, Map<String, Value> exclusiveStartKey,
            Boolean scanIndexForward, String select, Boolean consistentRead, Map<String, Condition> keyConditions,
            Map<String, Condition> queryFilter, String conditionalOperator, List<String> attributesToGet) {
    }

    @RegisterForReflection
    public record Scan(String tableName, String indexName, String filterExpression, String projectionExpression,
            Map<String, String> expressionAttributeNames, Map<String, Value> expressionAttributeValues,
            Integer limit, Map<String, Value> exclusiveStartKey, String select, Integer segment,
            Integer totalSegments, Boolean consistentRead, Map<String, Condition> scanFilter, String conditionalOperator,
            List<String> attributesToGet) {
    }

    @RegisterForReflection
    public record PutRequest(Map<String, Value> item) {
    }

    @RegisterForReflection
    public record DeleteRequest(Map<String, Value> key) {
    }

    @RegisterForReflection
    public record WriteRequest(PutRequest putRequest, DeleteRequest deleteRequest) {
    }

    @RegisterForReflection
    public record BatchWriteItem(Map<String, List<WriteRequest>> requestItems) {
    }

    @RegisterForReflection
    public record KeysAndAttributes(List<Map<String, Value>> keys, String projectionExpression,
            Map<String, String> expressionAttributeNames, Boolean consistentRead, List<String> attributesToGet) {
    }

    @RegisterForReflection
    public record BatchGetItem(Map<String, KeysAndAttributes> requestItems) {
    }

    @RegisterForReflection
    public record TransactWriteItem(ConditionCheck conditionCheck, PutItem put, DeleteItem delete,
            UpdateItem update) {
    }

    @RegisterForReflection
    public record TransactWriteItems(List<TransactWriteItem> transactItems, String clientRequestToken) {
    }

    @RegisterForReflection
    public record ExecuteStatement(String statement, List<Value> parameters, Boolean consistentRead,
            String nextToken, Integer limit, String returnConsumedCapacity,
            String returnValuesOnConditionCheckFailure) {
    }

    @RegisterForReflection
    public record BatchStatementRequest(String statement, List<Value> parameters, Boolean consistentRead,
            String returnValuesOnConditionCheckFailure) {
    }

    @RegisterForReflection
    public record BatchExecuteStatement(List<BatchStatementRequest> statements, String returnConsumedCapacity) {
    }

    @RegisterForReflection
    public record ParameterizedStatement(String statement, List<Value> parameters,
            String returnValuesOnConditionCheckFailure) {
    }

    @RegisterForReflection
    public record ExecuteTransaction(List<ParameterizedStatement> transactStatements, String clientRequestToken,
            String returnConsumedCapacity) {
    }

    @RegisterForReflection
    public record TransactGetItem(GetItem get) {
    }

    @RegisterForReflection
    public record TransactGetItems(List<TransactGetItem> transactItems) {
    }

    // ---- DynamoDB Streams

    @RegisterForReflection
    public record ListStreams(String tableName, Integer limit, String exclusiveStartStreamArn) {
    }

    @RegisterForReflection
    public record DescribeStream(String streamArn, Integer limit, String exclusiveStartShardId) {
    }

    @RegisterForReflection
    public record GetShardIterator(String streamArn, String shardId, String shardIteratorType,
            String sequenceNumber) {
    }

    @RegisterForReflection
    public record GetRecords(String shardIterator, Integer limit) {
    }

    /** An operation whose input this emulator does not read. */
    @RegisterForReflection
    public record Ignored() {
    }
}
