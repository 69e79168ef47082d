package dev.fakecloud.logs;

import dev.fakecloud.logs.model.LogsShapes.CreateLogGroupRequest;
import dev.fakecloud.logs.model.LogsShapes.DescribeLogGroupsRequest;
import dev.fakecloud.logs.model.LogsShapes.DescribeLogStreamsRequest;
import dev.fakecloud.logs.model.LogsShapes.FilterLogEventsRequest;
import dev.fakecloud.logs.model.LogsShapes.GetLogEventsRequest;
import dev.fakecloud.logs.model.LogsShapes.LogGroupNameRequest;
import dev.fakecloud.logs.model.LogsShapes.LogStreamRequest;
import dev.fakecloud.logs.model.LogsShapes.PutLogEventsRequest;
import dev.fakecloud.logs.model.LogsShapes.PutRetentionPolicyRequest;
import dev.fakecloud.logs.model.LogsShapes.ResourceArnRequest;
import dev.fakecloud.logs.model.LogsShapes.TagLogGroupRequest;
import dev.fakecloud.logs.model.LogsShapes.TagResourceRequest;
import dev.fakecloud.logs.model.LogsShapes.UntagLogGroupRequest;
import dev.fakecloud.logs.model.LogsShapes.UntagResourceRequest;
import dev.fakecloud.logs.model.DeliveryShapes;
import dev.fakecloud.logs.model.MetricShapes;
import dev.fakecloud.logs.model.PolicyShapes;
import dev.fakecloud.logs.model.QueryShapes;
import dev.fakecloud.logs.model.TaskShapes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The CloudWatch Logs operation table: operation name to request record and handler. */
@ApplicationScoped
public class LogsOperations {

    private final Map<String, LogsOperation<?>> byName;

    public LogsOperations(LogGroupService groups, LogEventService events, LogTags tags,
            SubscriptionFilters subscriptions, MetricFilterService metricFilters, LogGroupSettings settings,
            PolicyService policies, GroupPolicyService groupPolicies, DestinationService destinations,
            QueryDefinitionService queryDefinitions, InsightsQueryService insights, LogFieldsService fields,
            DeliveryService deliveries, IntegrationService integrations, TaskService tasks, AnomalyService anomalies,
            ScheduledQueryService scheduled, LookupTableService lookups) {
        List<LogsOperation<?>> table = List.of(
                done("CreateLogGroup", CreateLogGroupRequest.class, groups::create),
                done("DeleteLogGroup", LogGroupNameRequest.class, (c, r) -> groups.delete(c, r.logGroupName())),
                op("DescribeLogGroups", DescribeLogGroupsRequest.class, groups::describe),
                done("PutRetentionPolicy", PutRetentionPolicyRequest.class, groups::putRetention),
                done("DeleteRetentionPolicy", LogGroupNameRequest.class,
                        (c, r) -> groups.deleteRetention(c, r.logGroupName())),
                done("CreateLogStream", LogStreamRequest.class, groups::createStream),
                done("DeleteLogStream", LogStreamRequest.class, groups::deleteStream),
                op("DescribeLogStreams", DescribeLogStreamsRequest.class, groups::describeStreams),
                op("PutLogEvents", PutLogEventsRequest.class, events::put),
                op("GetLogEvents", GetLogEventsRequest.class, events::get),
                op("FilterLogEvents", FilterLogEventsRequest.class, events::filter),
                done("TagLogGroup", TagLogGroupRequest.class, (c, r) -> tags.tag(c, r.logGroupName(), r.tags())),
                done("UntagLogGroup", UntagLogGroupRequest.class,
                        (c, r) -> tags.untag(c, r.logGroupName(), r.tags())),
                op("ListTagsLogGroup", LogGroupNameRequest.class, (c, r) -> tags.list(c, r.logGroupName())),
                done("TagResource", TagResourceRequest.class,
                        (c, r) -> tags.tag(c, tags.groupOfArn(c, r.resourceArn()), r.tags())),
                done("UntagResource", UntagResourceRequest.class,
                        (c, r) -> tags.untag(c, tags.groupOfArn(c, r.resourceArn()), r.tagKeys())),
                op("ListTagsForResource", ResourceArnRequest.class,
                        (c, r) -> tags.list(c, tags.groupOfArn(c, r.resourceArn()))),
                done("PutSubscriptionFilter",
                        dev.fakecloud.logs.model.LogsShapes.PutSubscriptionFilterRequest.class, subscriptions::put),
                op("DescribeSubscriptionFilters",
                        dev.fakecloud.logs.model.LogsShapes.DescribeSubscriptionFiltersRequest.class,
                        subscriptions::describe),
                done("DeleteSubscriptionFilter",
                        dev.fakecloud.logs.model.LogsShapes.DeleteSubscriptionFilterRequest.class,
                        subscriptions::delete),
                done("PutMetricFilter", MetricShapes.PutMetricFilterRequest.class, metricFilters::put),
                op("DescribeMetricFilters", MetricShapes.DescribeMetricFiltersRequest.class, metricFilters::describe),
                done("DeleteMetricFilter", MetricShapes.DeleteMetricFilterRequest.class, metricFilters::delete),
                op("TestMetricFilter", MetricShapes.TestMetricFilterRequest.class, metricFilters::test),
                op("ListLogGroups", TaskShapes.ListLogGroupsRequest.class, settings::list),
                done("AssociateKmsKey", PolicyShapes.AssociateKmsKeyRequest.class, settings::associateKms),
                done("DisassociateKmsKey", PolicyShapes.DisassociateKmsKeyRequest.class, settings::disassociateKms),
                done("PutLogGroupDeletionProtection", PolicyShapes.PutLogGroupDeletionProtectionRequest.class,
                        settings::deletionProtection),
                done("PutBearerTokenAuthentication", PolicyShapes.PutBearerTokenAuthenticationRequest.class,
                        settings::bearerToken),
                op("PutResourcePolicy", PolicyShapes.PutResourcePolicyRequest.class, policies::putResourcePolicy),
                op("DescribeResourcePolicies", PolicyShapes.DescribeResourcePoliciesRequest.class,
                        policies::describeResourcePolicies),
                done("DeleteResourcePolicy", PolicyShapes.DeleteResourcePolicyRequest.class,
                        policies::deleteResourcePolicy),
                op("PutAccountPolicy", PolicyShapes.PutAccountPolicyRequest.class, policies::putAccountPolicy),
                op("DescribeAccountPolicies", PolicyShapes.DescribeAccountPoliciesRequest.class,
                        policies::describeAccountPolicies),
                done("DeleteAccountPolicy", PolicyShapes.DeleteAccountPolicyRequest.class,
                        policies::deleteAccountPolicy),
                op("PutDataProtectionPolicy", PolicyShapes.PutDataProtectionPolicyRequest.class,
                        groupPolicies::putDataProtection),
                op("GetDataProtectionPolicy", PolicyShapes.GetDataProtectionPolicyRequest.class,
                        groupPolicies::getDataProtection),
                done("DeleteDataProtectionPolicy", PolicyShapes.DeleteDataProtectionPolicyRequest.class,
                        groupPolicies::deleteDataProtection),
                op("PutIndexPolicy", PolicyShapes.PutIndexPolicyRequest.class, groupPolicies::putIndexPolicy),
                op("DescribeIndexPolicies", PolicyShapes.DescribeIndexPoliciesRequest.class,
                        groupPolicies::describeIndexPolicies),
                op("DeleteIndexPolicy", PolicyShapes.DeleteIndexPolicyRequest.class, groupPolicies::deleteIndexPolicy),
                op("DescribeFieldIndexes", PolicyShapes.DescribeFieldIndexesRequest.class,
                        groupPolicies::describeFieldIndexes),
                done("PutTransformer", PolicyShapes.PutTransformerRequest.class, groupPolicies::putTransformer),
                op("GetTransformer", PolicyShapes.GetTransformerRequest.class, groupPolicies::getTransformer),
                done("DeleteTransformer", PolicyShapes.DeleteTransformerRequest.class,
                        groupPolicies::deleteTransformer),
                op("TestTransformer", PolicyShapes.TestTransformerRequest.class, groupPolicies::testTransformer),
                op("PutDestination", PolicyShapes.PutDestinationRequest.class, destinations::put),
                done("PutDestinationPolicy", PolicyShapes.PutDestinationPolicyRequest.class,
                        destinations::putPolicy),
                op("DescribeDestinations", PolicyShapes.DescribeDestinationsRequest.class, destinations::describe),
                done("DeleteDestination", PolicyShapes.DeleteDestinationRequest.class, destinations::delete),
                op("PutQueryDefinition", QueryShapes.PutQueryDefinitionRequest.class, queryDefinitions::put),
                op("DescribeQueryDefinitions", QueryShapes.DescribeQueryDefinitionsRequest.class,
                        queryDefinitions::describe),
                op("DeleteQueryDefinition", QueryShapes.DeleteQueryDefinitionRequest.class,
                        queryDefinitions::delete),
                op("StartQuery", QueryShapes.StartQueryRequest.class, insights::start),
                op("GetQueryResults", QueryShapes.GetQueryResultsRequest.class, insights::results),
                op("StopQuery", QueryShapes.StopQueryRequest.class, insights::stop),
                op("DescribeQueries", QueryShapes.DescribeQueriesRequest.class, insights::describe),
                op("ListLogGroupsForQuery", QueryShapes.ListLogGroupsForQueryRequest.class, insights::logGroups),
                op("GetLogGroupFields", QueryShapes.GetLogGroupFieldsRequest.class, fields::groupFields),
                op("GetLogRecord", QueryShapes.GetLogRecordRequest.class, fields::record),
                op("GetLogFields", TaskShapes.GetLogFieldsRequest.class, fields::logFields),
                op("GetLogObject", TaskShapes.GetLogObjectRequest.class, fields::logObject),
                op("ListAggregateLogGroupSummaries", TaskShapes.ListAggregateLogGroupSummariesRequest.class,
                        fields::aggregate),
                op("PutDeliverySource", DeliveryShapes.PutDeliverySourceRequest.class, deliveries::putSource),
                op("GetDeliverySource", DeliveryShapes.GetDeliverySourceRequest.class, deliveries::getSource),
                op("DescribeDeliverySources", DeliveryShapes.DescribeDeliverySourcesRequest.class,
                        deliveries::describeSources),
                done("DeleteDeliverySource", DeliveryShapes.DeleteDeliverySourceRequest.class,
                        deliveries::deleteSource),
                op("PutDeliveryDestination", DeliveryShapes.PutDeliveryDestinationRequest.class,
                        deliveries::putDestination),
                op("GetDeliveryDestination", DeliveryShapes.GetDeliveryDestinationRequest.class,
                        deliveries::getDestination),
                op("DescribeDeliveryDestinations", DeliveryShapes.DescribeDeliveryDestinationsRequest.class,
                        deliveries::describeDestinations),
                done("DeleteDeliveryDestination", DeliveryShapes.DeleteDeliveryDestinationRequest.class,
                        deliveries::deleteDestination),
                op("PutDeliveryDestinationPolicy", DeliveryShapes.PutDeliveryDestinationPolicyRequest.class,
                        deliveries::putDestinationPolicy),
                op("GetDeliveryDestinationPolicy", DeliveryShapes.GetDeliveryDestinationPolicyRequest.class,
                        deliveries::getDestinationPolicy),
                done("DeleteDeliveryDestinationPolicy", DeliveryShapes.DeleteDeliveryDestinationPolicyRequest.class,
                        deliveries::deleteDestinationPolicy),
                op("CreateDelivery", DeliveryShapes.CreateDeliveryRequest.class, deliveries::create),
                op("GetDelivery", DeliveryShapes.GetDeliveryRequest.class, deliveries::get),
                op("DescribeDeliveries", DeliveryShapes.DescribeDeliveriesRequest.class, deliveries::describe),
                op("UpdateDeliveryConfiguration", DeliveryShapes.UpdateDeliveryConfigurationRequest.class,
                        deliveries::update),
                done("DeleteDelivery", DeliveryShapes.DeleteDeliveryRequest.class, deliveries::delete),
                op("DescribeConfigurationTemplates", DeliveryShapes.DescribeConfigurationTemplatesRequest.class,
                        deliveries::templates),
                op("PutIntegration", DeliveryShapes.PutIntegrationRequest.class, integrations::put),
                op("GetIntegration", DeliveryShapes.GetIntegrationRequest.class, integrations::get),
                op("ListIntegrations", DeliveryShapes.ListIntegrationsRequest.class, integrations::list),
                op("DeleteIntegration", DeliveryShapes.DeleteIntegrationRequest.class, integrations::delete),
                op("AssociateSourceToS3TableIntegration",
                        DeliveryShapes.AssociateSourceToS3TableIntegrationRequest.class, integrations::associate),
                op("ListSourcesForS3TableIntegration", DeliveryShapes.ListSourcesForS3TableIntegrationRequest.class,
                        integrations::sources),
                op("DisassociateSourceFromS3TableIntegration",
                        DeliveryShapes.DisassociateSourceFromS3TableIntegrationRequest.class,
                        integrations::disassociate),
                op("CreateExportTask", TaskShapes.CreateExportTaskRequest.class, tasks::createExport),
                op("DescribeExportTasks", TaskShapes.DescribeExportTasksRequest.class, tasks::describeExports),
                done("CancelExportTask", TaskShapes.CancelExportTaskRequest.class, tasks::cancelExport),
                op("CreateImportTask", TaskShapes.CreateImportTaskRequest.class, tasks::createImport),
                op("DescribeImportTasks", TaskShapes.DescribeImportTasksRequest.class, tasks::describeImports),
                op("DescribeImportTaskBatches", TaskShapes.DescribeImportTaskBatchesRequest.class,
                        tasks::describeImportBatches),
                op("CancelImportTask", TaskShapes.CancelImportTaskRequest.class, tasks::cancelImport),
                op("CreateLogAnomalyDetector", TaskShapes.CreateLogAnomalyDetectorRequest.class, anomalies::create),
                op("GetLogAnomalyDetector", TaskShapes.GetLogAnomalyDetectorRequest.class, anomalies::get),
                op("ListLogAnomalyDetectors", TaskShapes.ListLogAnomalyDetectorsRequest.class, anomalies::list),
                done("UpdateLogAnomalyDetector", TaskShapes.UpdateLogAnomalyDetectorRequest.class, anomalies::update),
                done("DeleteLogAnomalyDetector", TaskShapes.DeleteLogAnomalyDetectorRequest.class, anomalies::delete),
                op("ListAnomalies", TaskShapes.ListAnomaliesRequest.class, anomalies::anomalies),
                done("UpdateAnomaly", TaskShapes.UpdateAnomalyRequest.class, anomalies::updateAnomaly),
                op("CreateScheduledQuery", QueryShapes.CreateScheduledQueryRequest.class, scheduled::create),
                op("GetScheduledQuery", QueryShapes.GetScheduledQueryRequest.class, scheduled::get),
                op("ListScheduledQueries", QueryShapes.ListScheduledQueriesRequest.class, scheduled::list),
                op("UpdateScheduledQuery", QueryShapes.UpdateScheduledQueryRequest.class, scheduled::update),
                op("DeleteScheduledQuery", QueryShapes.DeleteScheduledQueryRequest.class, scheduled::delete),
                op("GetScheduledQueryHistory", QueryShapes.GetScheduledQueryHistoryRequest.class,
                        scheduled::history),
                op("CreateLookupTable", QueryShapes.CreateLookupTableRequest.class, lookups::create),
                op("GetLookupTable", QueryShapes.GetLookupTableRequest.class, lookups::get),
                op("DescribeLookupTables", QueryShapes.DescribeLookupTablesRequest.class, lookups::describe),
                op("UpdateLookupTable", QueryShapes.UpdateLookupTableRequest.class, lookups::update),
                done("DeleteLookupTable", QueryShapes.DeleteLookupTableRequest.class, lookups::delete));
        this.byName = table.stream().collect(Collectors.toUnmodifiableMap(LogsOperation::name,
                Function.identity()));
    }

    LogsOperation<?> get(String name) {
        return byName.get(name);
    }

    private static <R> LogsOperation<R> op(String name, Class<R> type, BiFunction<LogsCall, R, ?> f) {
        return new LogsOperation<>(name, type, f::apply);
    }

    private static <R> LogsOperation<R> done(String name, Class<R> type, BiConsumer<LogsCall, R> f) {
        return new LogsOperation<>(name, type, (c, r) -> {
            f.accept(c, r);
            return null;
        });
    }
}
