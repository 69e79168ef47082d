package dev.fakecloud.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operation tables answer every operation of DynamoDB (2012-08-10) and of DynamoDB Streams. */
@QuarkusTest
class DynamoOperationTableTest {

    static final List<String> OPERATIONS = List.of(
            "BatchExecuteStatement", "BatchGetItem", "BatchWriteItem", "CreateBackup", "CreateGlobalTable",
            "CreateTable", "DeleteBackup", "DeleteItem", "DeleteResourcePolicy", "DeleteTable", "DescribeBackup",
            "DescribeContinuousBackups", "DescribeContributorInsights", "DescribeEndpoints", "DescribeExport",
            "DescribeGlobalTable", "DescribeGlobalTableSettings", "DescribeImport",
            "DescribeKinesisStreamingDestination", "DescribeLimits", "DescribeTable",
            "DescribeTableReplicaAutoScaling", "DescribeTimeToLive", "DisableKinesisStreamingDestination",
            "EnableKinesisStreamingDestination", "ExecuteStatement", "ExecuteTransaction",
            "ExportTableToPointInTime", "GetItem", "GetResourcePolicy", "ImportTable", "ListBackups",
            "ListContributorInsights", "ListExports", "ListGlobalTables", "ListImports", "ListTables",
            "ListTagsOfResource", "PutItem", "PutResourcePolicy", "Query", "RestoreTableFromBackup",
            "RestoreTableToPointInTime", "Scan", "TagResource", "TransactGetItems", "TransactWriteItems",
            "UntagResource", "UpdateContinuousBackups", "UpdateContributorInsights", "UpdateGlobalTable",
            "UpdateGlobalTableSettings", "UpdateItem", "UpdateKinesisStreamingDestination", "UpdateTable",
            "UpdateTableReplicaAutoScaling", "UpdateTimeToLive");

    @Inject
    DynamoOperations operations;

    @Test
    void everyOperationHasARow() {
        assertThat(OPERATIONS).hasSize(57).allSatisfy(name -> assertThat(operations.dynamodb(name)).isNotNull());
        assertThat(operations.dynamodbOperations()).containsExactlyInAnyOrderElementsOf(OPERATIONS);
        assertThat(List.of("DescribeStream", "GetRecords", "GetShardIterator", "ListStreams"))
                .allSatisfy(name -> assertThat(operations.streams(name)).isNotNull());
        assertThat(operations.dynamodb("NoSuchOperation")).isNull();
    }
}
