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
            QueryDefinitionService queryDefinitions) {
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
                        queryDefinitions::delete));
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
