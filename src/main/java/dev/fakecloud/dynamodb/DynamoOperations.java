package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.Requests;
import dev.fakecloud.dynamodb.streams.ShardReader;
import dev.fakecloud.dynamodb.streams.StreamService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operation tables of DynamoDB (all 57 operations of API version 2012-08-10) and DynamoDB Streams (its 4).
 * Operations this emulator does not model (backups, exports, imports, global tables, Kinesis destinations,
 * contributor insights, resource policies) answer with what an account that never used them sees, or with
 * a ValidationException that says so; never with a server error.
 */
@ApplicationScoped
public class DynamoOperations {

    private final Map<String, DynamoOperation<?>> dynamodb;
    private final Map<String, DynamoOperation<?>> streams;

    public DynamoOperations(TableService tables, ItemService items, QueryService queries, BatchService batches,
            TransactionService transactions, StreamService streamService, ShardReader shards, TableStore tableStore,
            PartiqlService partiql, PartiqlBatches partiqlBatches) {
        List<DynamoOperation<?>> table = List.of(
                op("CreateTable", Requests.CreateTable.class, tables::create),
                op("DescribeTable", Requests.TableName.class, tables::describe),
                op("UpdateTable", Requests.UpdateTable.class, tables::update),
                op("DeleteTable", Requests.TableName.class, tables::delete),
                op("ListTables", Requests.ListTables.class, tables::list),
                op("UpdateTimeToLive", Requests.UpdateTimeToLive.class, tables::updateTimeToLive),
                op("DescribeTimeToLive", Requests.TableName.class, tables::describeTimeToLive),
                op("DescribeContinuousBackups", Requests.TableName.class, tables::describeContinuousBackups),
                op("UpdateContinuousBackups", Requests.UpdateContinuousBackups.class,
                        tables::updateContinuousBackups),
                op("TagResource", Requests.TagResource.class, tables::tag),
                op("UntagResource", Requests.UntagResource.class, tables::untag),
                op("ListTagsOfResource", Requests.ListTagsOfResource.class, tables::listTags),
                op("PutItem", Requests.PutItem.class, items::put),
                op("GetItem", Requests.GetItem.class, items::get),
                op("UpdateItem", Requests.UpdateItem.class, items::update),
                op("DeleteItem", Requests.DeleteItem.class, items::delete),
                op("Query", Requests.Query.class, queries::query),
                op("Scan", Requests.Scan.class, queries::scan),
                op("BatchWriteItem", Requests.BatchWriteItem.class, batches::write),
                op("BatchGetItem", Requests.BatchGetItem.class, batches::get),
                op("TransactWriteItems", Requests.TransactWriteItems.class, transactions::write),
                op("TransactGetItems", Requests.TransactGetItems.class, transactions::get),
                op("DescribeEndpoints", Requests.Ignored.class, (c, r) -> Map.of("Endpoints", List.of(
                        Map.of("Address", "dynamodb." + c.region() + ".amazonaws.com", "CachePeriodInMinutes", 1440)))),
                op("DescribeLimits", Requests.Ignored.class, (c, r) -> Map.of("AccountMaxReadCapacityUnits", 80000,
                        "AccountMaxWriteCapacityUnits", 80000, "TableMaxReadCapacityUnits", 40000,
                        "TableMaxWriteCapacityUnits", 40000)),
                op("ListBackups", Requests.Ignored.class, (c, r) -> Map.of("BackupSummaries", List.of())),
                op("ListExports", Requests.Ignored.class, (c, r) -> Map.of("ExportSummaries", List.of())),
                op("ListImports", Requests.Ignored.class, (c, r) -> Map.of("ImportSummaryList", List.of())),
                op("ListGlobalTables", Requests.Ignored.class, (c, r) -> Map.of("GlobalTables", List.of())),
                op("ListContributorInsights", Requests.Ignored.class,
                        (c, r) -> Map.of("ContributorInsightsSummaries", List.of())),
                op("DescribeContributorInsights", Requests.TableName.class, (c, r) -> {
                    tableStore.require(c.region(), r.tableName());
                    return Map.of("TableName", r.tableName(), "ContributorInsightsStatus", "DISABLED");
                }),
                op("DescribeKinesisStreamingDestination", Requests.TableName.class, (c, r) -> {
                    tableStore.require(c.region(), r.tableName());
                    return Map.of("TableName", r.tableName(), "KinesisDataStreamDestinations", List.of());
                }),
                op("GetResourcePolicy", Requests.ResourceArn.class, (c, r) -> {
                    throw DynamoErrors.policyNotFound(r.resourceArn());
                }),
                op("ExecuteStatement", Requests.ExecuteStatement.class, partiql::execute),
                op("BatchExecuteStatement", Requests.BatchExecuteStatement.class, partiqlBatches::batch),
                op("ExecuteTransaction", Requests.ExecuteTransaction.class, partiqlBatches::transaction),
                unsupported("CreateBackup"), unsupported("DeleteBackup"),
                unsupported("DescribeBackup"), unsupported("RestoreTableFromBackup"),
                unsupported("RestoreTableToPointInTime"), unsupported("ExportTableToPointInTime"),
                unsupported("DescribeExport"), unsupported("ImportTable"), unsupported("DescribeImport"),
                unsupported("CreateGlobalTable"), unsupported("DescribeGlobalTable"),
                unsupported("DescribeGlobalTableSettings"), unsupported("UpdateGlobalTable"),
                unsupported("UpdateGlobalTableSettings"), unsupported("DescribeTableReplicaAutoScaling"),
                unsupported("UpdateTableReplicaAutoScaling"), unsupported("EnableKinesisStreamingDestination"),
                unsupported("DisableKinesisStreamingDestination"), unsupported("UpdateKinesisStreamingDestination"),
                unsupported("UpdateContributorInsights"), unsupported("PutResourcePolicy"),
                unsupported("DeleteResourcePolicy"));
        this.dynamodb = table.stream().collect(Collectors.toUnmodifiableMap(DynamoOperation::name,
                Function.identity()));
        List<DynamoOperation<?>> streamTable = List.of(
                regional("ListStreams", Requests.ListStreams.class, streamService::listStreams),
                op("DescribeStream", Requests.DescribeStream.class, (c, r) -> streamService.describeStream(r)),
                op("GetShardIterator", Requests.GetShardIterator.class, (c, r) -> shards.getShardIterator(r)),
                op("GetRecords", Requests.GetRecords.class, (c, r) -> shards.getRecords(r)));
        this.streams = streamTable.stream().collect(Collectors.toUnmodifiableMap(DynamoOperation::name,
                Function.identity()));
    }

    private static <R> DynamoOperation<R> op(String name, Class<R> type,
            java.util.function.BiFunction<DynamoCall, R, Object> handler) {
        return new DynamoOperation<>(name, type, handler);
    }

    private static <R> DynamoOperation<R> regional(String name, Class<R> type, Regional<R> handler) {
        return new DynamoOperation<>(name, type, (c, r) -> handler.apply(c.region(), r));
    }

    /** A handler that only needs the caller's region. */
    @FunctionalInterface
    interface Regional<R> {
        Object apply(String region, R request);
    }

    private static DynamoOperation<Requests.Ignored> unsupported(String name) {
        return new DynamoOperation<>(name, Requests.Ignored.class, (c, r) -> {
            throw DynamoErrors.unsupported(name);
        });
    }

    DynamoOperation<?> dynamodb(String name) {
        return dynamodb.get(name);
    }

    DynamoOperation<?> streams(String name) {
        return streams.get(name);
    }

    /** Every DynamoDB operation name routed. */
    public java.util.Set<String> dynamodbOperations() {
        return dynamodb.keySet();
    }
}
