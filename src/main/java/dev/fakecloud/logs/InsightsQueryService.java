package dev.fakecloud.logs;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.logs.LogStore.Group;
import dev.fakecloud.logs.insights.Query;
import dev.fakecloud.logs.insights.QueryParser;
import dev.fakecloud.logs.insights.QuerySyntaxException;
import dev.fakecloud.logs.model.QueryShapes.DescribeQueriesRequest;
import dev.fakecloud.logs.model.QueryShapes.DescribeQueriesResponse;
import dev.fakecloud.logs.model.QueryShapes.GetQueryResultsRequest;
import dev.fakecloud.logs.model.QueryShapes.GetQueryResultsResponse;
import dev.fakecloud.logs.model.QueryShapes.ListLogGroupsForQueryRequest;
import dev.fakecloud.logs.model.QueryShapes.ListLogGroupsForQueryResponse;
import dev.fakecloud.logs.model.QueryShapes.QueryInfo;
import dev.fakecloud.logs.model.QueryShapes.QueryStatistics;
import dev.fakecloud.logs.model.QueryShapes.ResultField;
import dev.fakecloud.logs.model.QueryShapes.StartQueryRequest;
import dev.fakecloud.logs.model.QueryShapes.StartQueryResponse;
import dev.fakecloud.logs.model.QueryShapes.StopQueryRequest;
import dev.fakecloud.logs.model.QueryShapes.StopQueryResponse;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Logs Insights queries over the stored events: StartQuery parses the query (MalformedQueryException when it
 * cannot) and answers with its id at once; the query then runs on a worker thread over the groups' events between
 * startTime and endTime (epoch seconds, both inclusive) and its results are kept, so GetQueryResults answers Running
 * and then Complete (or Cancelled after StopQuery); DescribeQueries lists them.
 */
@Startup
@ApplicationScoped
public class InsightsQueryService {

    static final int DEFAULT_ROWS = 1000;

    /** A query that ran, with the groups it read and what GetQueryResults answers. */
    public record StoredQuery(QueryInfo info, List<String> logGroupArns, GetQueryResultsResponse results) {
    }

    private final Executor workers;
    private final LogGroupService groups;
    private final InsightsRecords records;
    private final ScopedTable<StoredQuery> queries;

    public InsightsQueryService(StateStore store, LogGroupService groups, InsightsRecords records) {
        this.workers = Infrastructure.getDefaultWorkerPool();
        this.groups = groups;
        this.records = records;
        this.queries = new ScopedTable<>(store, "logs.insights-queries", StoredQuery.class);
    }

    public StartQueryResponse start(LogsCall call, StartQueryRequest r) {
        LogsErrors.require(new String[] {"startTime", "endTime", "queryString"}, r.startTime(), r.endTime(),
                r.queryString());
        List<String> names = new ArrayList<>();
        if (r.logGroupName() != null) {
            names.add(r.logGroupName());
        }
        if (r.logGroupNames() != null) {
            names.addAll(r.logGroupNames());
        }
        if (r.logGroupIdentifiers() != null) {
            r.logGroupIdentifiers().forEach(id -> names.add(LogGroupService.nameOf(id)));
        }
        if (names.isEmpty()) {
            throw LogsErrors.invalidParameter("Specify at least one log group for the query.");
        }
        if (r.endTime() < r.startTime()) {
            throw LogsErrors.invalidParameter("End time should not be before the start time");
        }
        int limit = LogGroupService.limit(r.limit(), 10_000);
        Query query;
        try {
            query = QueryParser.parse(r.queryString());
        } catch (QuerySyntaxException e) {
            throw LogsErrors.malformedQuery(e.getMessage());
        }
        List<Group> targets = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            targets.add(groups.require(call, name));
        }
        String id = UUID.randomUUID().toString();
        String language = r.queryLanguage() == null ? "CWLI" : r.queryLanguage();
        long started = System.currentTimeMillis();
        QueryInfo info = new QueryInfo(language, id, r.queryString(), "Running", started, targets.get(0).name(), 0L,
                0.0, null);
        queries.put(call, id, new StoredQuery(info, targets.stream().map(Group::arn).toList(),
                new GetQueryResultsResponse(language, List.of(), empty(), "Running", null, null)));
        int rows = r.limit() == null ? DEFAULT_ROWS : limit;
        workers.execute(() -> run(call, id, query, targets, r.startTime(), r.endTime(), rows));
        return new StartQueryResponse(id);
    }

    /** Runs a started query on a worker thread (never on an event loop) and keeps its results. */
    private void run(LogsCall call, String id, Query query, List<Group> targets, long startTime, long endTime,
            int rows) {
        GetQueryResultsResponse results;
        long bytesScanned = 0;
        String status = "Complete";
        try {
            List<Map<String, String>> input = new ArrayList<>();
            long[] bytes = {0};
            for (Group g : targets) {
                records.scan(g, startTime * 1000, endTime * 1000 + 999, rec -> {
                    input.add(rec);
                    bytes[0] += rec.get("@message").getBytes(StandardCharsets.UTF_8).length;
                });
            }
            Query.Result result = query.run(input, rows);
            bytesScanned = bytes[0];
            results = new GetQueryResultsResponse(null, result.rows().stream()
                    .map(row -> row.stream().map(c -> new ResultField(c.field(), c.value())).toList()).toList(),
                    new QueryStatistics((double) result.matched(), (double) input.size(), null, (double) bytes[0],
                            null, (double) targets.size()), status, null, null);
        } catch (RuntimeException e) {
            status = "Failed";
            results = new GetQueryResultsResponse(null, List.of(), empty(), status, null, null);
        }
        GetQueryResultsResponse done = results;
        String finalStatus = status;
        double scanned = bytesScanned;
        queries.update(call, id, q -> {
            if (!"Running".equals(q.info().status())) {
                return q;
            }
            QueryInfo i = q.info();
            return new StoredQuery(new QueryInfo(i.queryLanguage(), i.queryId(), i.queryString(), finalStatus,
                    i.createTime(), i.logGroupName(), System.currentTimeMillis() - i.createTime(), scanned,
                    i.userIdentity()), q.logGroupArns(), new GetQueryResultsResponse(i.queryLanguage(), done.results(),
                    done.statistics(), finalStatus, null, null));
        });
    }

    private static QueryStatistics empty() {
        return new QueryStatistics(0.0, 0.0, null, 0.0, null, 0.0);
    }

    public GetQueryResultsResponse results(LogsCall call, GetQueryResultsRequest r) {
        return require(call, r.queryId()).results();
    }

    public StopQueryResponse stop(LogsCall call, StopQueryRequest r) {
        StoredQuery q = require(call, r.queryId());
        StoredQuery after = queries.update(call, r.queryId(), x -> !"Running".equals(x.info().status()) ? x
                : new StoredQuery(new QueryInfo(x.info().queryLanguage(), x.info().queryId(), x.info().queryString(),
                        "Cancelled", x.info().createTime(), x.info().logGroupName(), x.info().queryDuration(),
                        x.info().bytesScanned(), x.info().userIdentity()), x.logGroupArns(),
                        new GetQueryResultsResponse(x.results().queryLanguage(), List.of(), x.results().statistics(),
                                "Cancelled", null, null)));
        if (after == null || !"Cancelled".equals(after.info().status())) {
            throw LogsErrors.invalidParameter("Query " + r.queryId() + " is not running; its status is "
                    + q.info().status() + ".");
        }
        return new StopQueryResponse(true);
    }

    public DescribeQueriesResponse describe(LogsCall call, DescribeQueriesRequest r) {
        List<QueryInfo> matching = queries.list(call, "").stream().map(StoredQuery::info)
                .filter(q -> r.logGroupName() == null || r.logGroupName().equals(q.logGroupName()))
                .filter(q -> r.status() == null || r.status().equals(q.status()))
                .filter(q -> r.queryLanguage() == null || r.queryLanguage().equals(q.queryLanguage()))
                .sorted(Comparator.comparing(QueryInfo::createTime).reversed().thenComparing(QueryInfo::queryId))
                .toList();
        Page<QueryInfo> page = Page.of(matching, q -> String.format("%019d", Long.MAX_VALUE - q.createTime())
                + q.queryId(), r.nextToken(), LogGroupService.limit(r.maxResults(), 1000), LogsErrors::invalidToken);
        return new DescribeQueriesResponse(page.items(), page.nextMarker());
    }

    public ListLogGroupsForQueryResponse logGroups(LogsCall call, ListLogGroupsForQueryRequest r) {
        StoredQuery q = require(call, r.queryId());
        Page<String> page = Page.of(q.logGroupArns().stream().sorted().toList(), s -> s, r.nextToken(),
                LogGroupService.limit(r.maxResults(), 500), LogsErrors::invalidToken);
        return new ListLogGroupsForQueryResponse(page.items(), page.nextMarker());
    }

    private StoredQuery require(LogsCall call, String id) {
        LogsErrors.require("queryId", id);
        StoredQuery q = queries.get(call, id);
        if (q == null) {
            throw LogsErrors.resourceNotFound("Query does not exist.");
        }
        return q;
    }
}
