package dev.fakecloud.dynamodb.model;

import java.util.List;
import java.util.Map;

/** DynamoDB and DynamoDB Streams request shapes (members named as on the wire, first letter lowered). */
public final class Requests {

    private Requests() {
    }

    public record AttributeDefinition(String attributeName, String attributeType) {
    }

    public record KeySchemaElement(String attributeName, String keyType) {
    }

    public record Projection(String projectionType, List<String> nonKeyAttributes) {
    }

    public record Throughput(Long readCapacityUnits, Long writeCapacityUnits) {
    }

    public record LocalSecondaryIndex(String indexName, List<KeySchemaElement> keySchema, Projection projection) {
    }

    public record GlobalSecondaryIndex(String indexName, List<KeySchemaElement> keySchema, Projection projection,
            Throughput provisionedThroughput) {
    }

    public record StreamSpecification(Boolean streamEnabled, String streamViewType) {
    }

    public record Tag(String key, String value) {
    }

    public record CreateTable(String tableName, List<AttributeDefinition> attributeDefinitions,
            List<KeySchemaElement> keySchema, List<LocalSecondaryIndex> localSecondaryIndexes,
            List<GlobalSecondaryIndex> globalSecondaryIndexes, String billingMode, Throughput provisionedThroughput,
            StreamSpecification streamSpecification, List<Tag> tags, Boolean deletionProtectionEnabled,
            String tableClass) {
    }

    public record GsiUpdate(GlobalSecondaryIndex create, GlobalSecondaryIndex update, GlobalSecondaryIndex delete) {
    }

    public record UpdateTable(String tableName, List<AttributeDefinition> attributeDefinitions, String billingMode,
            Throughput provisionedThroughput, List<GsiUpdate> globalSecondaryIndexUpdates,
            StreamSpecification streamSpecification, Boolean deletionProtectionEnabled, String tableClass) {
    }

    public record TableName(String tableName) {
    }

    public record ListTables(String exclusiveStartTableName, Integer limit) {
    }

    public record TimeToLiveSpecification(Boolean enabled, String attributeName) {
    }

    public record UpdateTimeToLive(String tableName, TimeToLiveSpecification timeToLiveSpecification) {
    }

    public record PointInTimeRecoverySpecification(Boolean pointInTimeRecoveryEnabled, Integer recoveryPeriodInDays) {
    }

    public record UpdateContinuousBackups(String tableName,
            PointInTimeRecoverySpecification pointInTimeRecoverySpecification) {
    }

    public record TagResource(String resourceArn, List<Tag> tags) {
    }

    public record UntagResource(String resourceArn, List<String> tagKeys) {
    }

    public record ListTagsOfResource(String resourceArn, String nextToken) {
    }

    public record ResourceArn(String resourceArn) {
    }

    /** A legacy {@code Expected} entry. */
    public record ExpectedAttributeValue(Value value, Boolean exists, String comparisonOperator,
            List<Value> attributeValueList) {
    }

    /** A legacy {@code KeyConditions}, {@code QueryFilter} or {@code ScanFilter} entry. */
    public record Condition(List<Value> attributeValueList, String comparisonOperator) {
    }

    /** A legacy {@code AttributeUpdates} entry. */
    public record AttributeValueUpdate(Value value, String action) {
    }

    /** The members PutItem, UpdateItem, DeleteItem and GetItem (and their transactional forms) share. */
    public record PutItem(String tableName, Map<String, Value> item, String conditionExpression,
            Map<String, String> expressionAttributeNames, Map<String, Value> expressionAttributeValues,
            String returnValues, String returnValuesOnConditionCheckFailure, Map<String, ExpectedAttributeValue> expected,
            String conditionalOperator) {
    }

    public record UpdateItem(String tableName, Map<String, Value> key, String updateExpression,
            String conditionExpression, Map<String, String> expressionAttributeNames,
            Map<String, Value> expressionAttributeValues, String returnValues,
            String returnValuesOnConditionCheckFailure, Map<String, AttributeValueUpdate> attributeUpdates, Map<String, ExpectedAttributeValue> expected,
            String conditionalOperator) {
    }

    public record DeleteItem(String tableName, Map<String, Value> key, String conditionExpression,
            Map<String, String> expressionAttributeNames, Map<String, Value> expressionAttributeValues,
            String returnValues, String returnValuesOnConditionCheckFailure, Map<String, ExpectedAttributeValue> expected,
            String conditionalOperator) {
    }

    public record ConditionCheck(String tableName, Map<String, Value> key, String conditionExpression,
            Map<String, String> expressionAttributeNames, Map<String, Value> expressionAttributeValues,
            String returnValuesOnConditionCheckFailure) {
    }

    public record GetItem(String tableName, Map<String, Value> key, String projectionExpression,
            Map<String, String> expressionAttributeNames, Boolean consistentRead, List<String> attributesToGet) {
    }

    public record Query(String tableName, String indexName, String keyConditionExpression, String filterExpression,
            String projectionExpression, Map<String, String> expressionAttributeNames,
            Map<String, Value> expressionAttributeValues, Integer limit, Map<String, Value> exclusiveStartKey,
            Boolean scanIndexForward, String select, Boolean consistentRead, Map<String, Condition> keyConditions,
            Map<String, Condition> queryFilter, String conditionalOperator, List<String> attributesToGet) {
    }

    public record Scan(String tableName, String indexName, String filterExpression, String projectionExpression,
            Map<String, String> expressionAttributeNames, Map<String, Value> expressionAttributeValues,
            Integer limit, Map<String, Value> exclusiveStartKey, String select, Integer segment,
            Integer totalSegments, Boolean consistentRead, Map<String, Condition> scanFilter, String conditionalOperator,
            List<String> attributesToGet) {
    }

    public record PutRequest(Map<String, Value> item) {
    }

    public record DeleteRequest(Map<String, Value> key) {
    }

    public record WriteRequest(PutRequest putRequest, DeleteRequest deleteRequest) {
    }

    public record BatchWriteItem(Map<String, List<WriteRequest>> requestItems) {
    }

    public record KeysAndAttributes(List<Map<String, Value>> keys, String projectionExpression,
            Map<String, String> expressionAttributeNames, Boolean consistentRead, List<String> attributesToGet) {
    }

    public record BatchGetItem(Map<String, KeysAndAttributes> requestItems) {
    }

    public record TransactWriteItem(ConditionCheck conditionCheck, PutItem put, DeleteItem delete,
            UpdateItem update) {
    }

    public record TransactWriteItems(List<TransactWriteItem> transactItems, String clientRequestToken) {
    }

    public record TransactGetItem(GetItem get) {
    }

    public record TransactGetItems(List<TransactGetItem> transactItems) {
    }

    // ---- DynamoDB Streams

    public record ListStreams(String tableName, Integer limit, String exclusiveStartStreamArn) {
    }

    public record DescribeStream(String streamArn, Integer limit, String exclusiveStartShardId) {
    }

    public record GetShardIterator(String streamArn, String shardId, String shardIteratorType,
            String sequenceNumber) {
    }

    public record GetRecords(String shardIterator, Integer limit) {
    }

    /** An operation whose input this emulator does not read. */
    public record Ignored() {
    }
}
