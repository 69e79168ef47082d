package dev.fakecloud.logs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the CloudWatch Logs model (botocore's logs 2014-03-28, 113 operations) is routed: an empty
 * request gets an answer from the operation itself (its result or a validation or not-found error), never
 * UnknownOperationException and never a server error.
 */
@QuarkusTest
class LogsEveryOperationTest {

    static final List<String> OPERATIONS = List.of(
            "AssociateKmsKey", "AssociateSourceToS3TableIntegration", "CancelExportTask", "CancelImportTask",
            "CreateDelivery", "CreateExportTask", "CreateImportTask", "CreateLogAnomalyDetector", "CreateLogGroup",
            "CreateLogStream", "CreateLookupTable", "CreateScheduledQuery", "DeleteAccountPolicy",
            "DeleteDataProtectionPolicy", "DeleteDelivery", "DeleteDeliveryDestination",
            "DeleteDeliveryDestinationPolicy", "DeleteDeliverySource", "DeleteDestination", "DeleteIndexPolicy",
            "DeleteIntegration", "DeleteLogAnomalyDetector", "DeleteLogGroup", "DeleteLogStream",
            "DeleteLookupTable", "DeleteMetricFilter", "DeleteQueryDefinition", "DeleteResourcePolicy",
            "DeleteRetentionPolicy", "DeleteScheduledQuery", "DeleteSubscriptionFilter", "DeleteTransformer",
            "DescribeAccountPolicies", "DescribeConfigurationTemplates", "DescribeDeliveries",
            "DescribeDeliveryDestinations", "DescribeDeliverySources", "DescribeDestinations", "DescribeExportTasks",
            "DescribeFieldIndexes", "DescribeImportTaskBatches", "DescribeImportTasks", "DescribeIndexPolicies",
            "DescribeLogGroups", "DescribeLogStreams", "DescribeLookupTables", "DescribeMetricFilters",
            "DescribeQueries", "DescribeQueryDefinitions", "DescribeResourcePolicies", "DescribeSubscriptionFilters",
            "DisassociateKmsKey", "DisassociateSourceFromS3TableIntegration", "FilterLogEvents",
            "GetDataProtectionPolicy", "GetDelivery", "GetDeliveryDestination", "GetDeliveryDestinationPolicy",
            "GetDeliverySource", "GetIntegration", "GetLogAnomalyDetector", "GetLogEvents", "GetLogFields",
            "GetLogGroupFields", "GetLogObject", "GetLogRecord", "GetLookupTable", "GetQueryResults",
            "GetScheduledQuery", "GetScheduledQueryHistory", "GetTransformer", "ListAggregateLogGroupSummaries",
            "ListAnomalies", "ListIntegrations", "ListLogAnomalyDetectors", "ListLogGroups", "ListLogGroupsForQuery",
            "ListScheduledQueries", "ListSourcesForS3TableIntegration", "ListTagsForResource", "ListTagsLogGroup",
            "PutAccountPolicy", "PutBearerTokenAuthentication", "PutDataProtectionPolicy", "PutDeliveryDestination",
            "PutDeliveryDestinationPolicy", "PutDeliverySource", "PutDestination", "PutDestinationPolicy",
            "PutIndexPolicy", "PutIntegration", "PutLogEvents", "PutLogGroupDeletionProtection", "PutMetricFilter",
            "PutQueryDefinition", "PutResourcePolicy", "PutRetentionPolicy", "PutSubscriptionFilter",
            "PutTransformer", "StartLiveTail", "StartQuery", "StopQuery", "TagLogGroup", "TagResource",
            "TestMetricFilter", "TestTransformer", "UntagLogGroup", "UntagResource", "UpdateAnomaly",
            "UpdateDeliveryConfiguration", "UpdateLogAnomalyDetector", "UpdateLookupTable", "UpdateScheduledQuery");

    @Test
    void everyOperationOfTheModelIsRouted() {
        assertThat(OPERATIONS).hasSize(113);
        List<String> failures = new ArrayList<>();
        for (String op : OPERATIONS) {
            Response r = given().header("X-Amz-Target", "Logs_20140328." + op)
                    .contentType("application/x-amz-json-1.1").body("{}".getBytes()).post("/");
            String body = r.asString();
            if (r.statusCode() >= 500 || body.contains("UnknownOperationException")) {
                failures.add(op + " -> " + r.statusCode() + " " + body);
            }
        }
        assertThat(failures).isEmpty();
    }
}
