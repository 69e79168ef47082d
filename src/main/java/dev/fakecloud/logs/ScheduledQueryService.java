package dev.fakecloud.logs;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.logs.model.QueryShapes.CreateScheduledQueryRequest;
import dev.fakecloud.logs.model.QueryShapes.CreateScheduledQueryResponse;
import dev.fakecloud.logs.model.QueryShapes.DeleteScheduledQueryRequest;
import dev.fakecloud.logs.model.QueryShapes.DeleteScheduledQueryResponse;
import dev.fakecloud.logs.model.QueryShapes.GetScheduledQueryHistoryRequest;
import dev.fakecloud.logs.model.QueryShapes.GetScheduledQueryHistoryResponse;
import dev.fakecloud.logs.model.QueryShapes.GetScheduledQueryRequest;
import dev.fakecloud.logs.model.QueryShapes.GetScheduledQueryResponse;
import dev.fakecloud.logs.model.QueryShapes.ListScheduledQueriesRequest;
import dev.fakecloud.logs.model.QueryShapes.ListScheduledQueriesResponse;
import dev.fakecloud.logs.model.QueryShapes.ScheduledQuerySummary;
import dev.fakecloud.logs.model.QueryShapes.UpdateScheduledQueryRequest;
import dev.fakecloud.logs.model.QueryShapes.UpdateScheduledQueryResponse;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Scheduled Logs Insights queries, stored as AWS stores them (by name, found by name or ARN); they never run. */
@Startup
@ApplicationScoped
public class ScheduledQueryService {

    private final ScopedTable<GetScheduledQueryResponse> queries;

    public ScheduledQueryService(StateStore store) {
        this.queries = new ScopedTable<>(store, "logs.scheduled-queries", GetScheduledQueryResponse.class);
    }

    public CreateScheduledQueryResponse create(LogsCall call, CreateScheduledQueryRequest r) {
        LogsErrors.require(new String[] {"name", "queryLanguage", "queryString", "scheduleExpression",
            "executionRoleArn"}, r.name(), r.queryLanguage(), r.queryString(), r.scheduleExpression(),
                r.executionRoleArn());
        String arn = "arn:aws:logs:" + call.region() + ":" + call.accountId() + ":scheduled-query:" + r.name();
        long now = System.currentTimeMillis();
        String state = r.state() == null ? "ENABLED" : r.state();
        GetScheduledQueryResponse q = new GetScheduledQueryResponse(arn, r.name(), r.description(), r.queryLanguage(),
                r.queryString(), r.logGroupIdentifiers(), r.scheduleExpression(), r.timezone(), r.startTimeOffset(),
                r.destinationConfiguration(), state, null, null, r.scheduleStartTime(), r.scheduleEndTime(),
                r.executionRoleArn(), now, now);
        if (queries.putIfAbsent(call, r.name(), q) != null) {
            throw LogsErrors.conflict("A scheduled query named " + r.name() + " already exists.");
        }
        return new CreateScheduledQueryResponse(arn, state);
    }

    public GetScheduledQueryResponse get(LogsCall call, GetScheduledQueryRequest r) {
        return require(call, r.identifier());
    }

    public ListScheduledQueriesResponse list(LogsCall call, ListScheduledQueriesRequest r) {
        List<GetScheduledQueryResponse> matching = queries.list(call, "").stream()
                .filter(q -> r.state() == null || r.state().equals(q.state())).toList();
        Page<GetScheduledQueryResponse> page = Page.of(matching, GetScheduledQueryResponse::name, r.nextToken(),
                LogGroupService.limit(r.maxResults(), 1000), LogsErrors::invalidToken);
        return new ListScheduledQueriesResponse(page.nextMarker(), page.items().stream()
                .map(q -> new ScheduledQuerySummary(q.scheduledQueryArn(), q.name(), q.state(), q.lastTriggeredTime(),
                        q.lastExecutionStatus(), q.scheduleExpression(), q.timezone(), q.destinationConfiguration(),
                        q.creationTime(), q.lastUpdatedTime())).toList());
    }

    public UpdateScheduledQueryResponse update(LogsCall call, UpdateScheduledQueryRequest r) {
        LogsErrors.require(new String[] {"identifier", "queryLanguage", "queryString", "scheduleExpression",
            "executionRoleArn"}, r.identifier(), r.queryLanguage(), r.queryString(), r.scheduleExpression(),
                r.executionRoleArn());
        GetScheduledQueryResponse q = require(call, r.identifier());
        GetScheduledQueryResponse next = new GetScheduledQueryResponse(q.scheduledQueryArn(), q.name(),
                r.description() != null ? r.description() : q.description(), r.queryLanguage(), r.queryString(),
                r.logGroupIdentifiers() != null ? r.logGroupIdentifiers() : q.logGroupIdentifiers(),
                r.scheduleExpression(), r.timezone() != null ? r.timezone() : q.timezone(),
                r.startTimeOffset() != null ? r.startTimeOffset() : q.startTimeOffset(),
                r.destinationConfiguration() != null ? r.destinationConfiguration() : q.destinationConfiguration(),
                r.state() != null ? r.state() : q.state(), q.lastTriggeredTime(), q.lastExecutionStatus(),
                r.scheduleStartTime() != null ? r.scheduleStartTime() : q.scheduleStartTime(),
                r.scheduleEndTime() != null ? r.scheduleEndTime() : q.scheduleEndTime(), r.executionRoleArn(),
                q.creationTime(), System.currentTimeMillis());
        queries.put(call, q.name(), next);
        return new UpdateScheduledQueryResponse(next.scheduledQueryArn(), next.name(), next.description(),
                next.queryLanguage(), next.queryString(), next.logGroupIdentifiers(), next.scheduleExpression(),
                next.timezone(), next.startTimeOffset(), next.destinationConfiguration(), next.state(),
                next.lastTriggeredTime(), next.lastExecutionStatus(), next.scheduleStartTime(),
                next.scheduleEndTime(), next.executionRoleArn(), next.creationTime(), next.lastUpdatedTime());
    }

    public DeleteScheduledQueryResponse delete(LogsCall call, DeleteScheduledQueryRequest r) {
        GetScheduledQueryResponse q = require(call, r.identifier());
        queries.remove(call, q.name());
        return new DeleteScheduledQueryResponse();
    }

    /** The query has never run: its history is empty. */
    public GetScheduledQueryHistoryResponse history(LogsCall call, GetScheduledQueryHistoryRequest r) {
        LogsErrors.require(new String[] {"identifier", "startTime", "endTime"}, r.identifier(), r.startTime(),
                r.endTime());
        GetScheduledQueryResponse q = require(call, r.identifier());
        return new GetScheduledQueryHistoryResponse(q.name(), q.scheduledQueryArn(), List.of(), null);
    }

    private GetScheduledQueryResponse require(LogsCall call, String identifier) {
        LogsErrors.require("identifier", identifier);
        String name = identifier.startsWith("arn:") ? identifier.substring(identifier.lastIndexOf(':') + 1)
                : identifier;
        GetScheduledQueryResponse q = queries.get(call, name);
        if (q == null) {
            throw LogsErrors.resourceNotFound("The specified scheduled query does not exist.");
        }
        return q;
    }
}
