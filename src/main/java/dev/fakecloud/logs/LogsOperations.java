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
            SubscriptionFilters subscriptions) {
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
                        subscriptions::delete));
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
