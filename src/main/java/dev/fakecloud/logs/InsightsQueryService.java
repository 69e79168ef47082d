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
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Logs Insights queries over the stored events: StartQuery parses the query (MalformedQueryException when it
 * cannot), runs it at once over the groups' events between startTime and endTime (epoch seconds, both inclusive) and
 * keeps the results, so GetQueryResults answers Complete from the first call; DescribeQueries lists them.
 */
@Startup
@ApplicationScoped
public class InsightsQueryService {

    static final int DEFAULT_ROWS = 1000;

    /** A query that ran, with the groups it read and what GetQueryResults answers. */
    public record StoredQuery(QueryInfo info, List<String> logGroupArns, GetQueryResultsResponse results) {
    }

    private final LogGroupService groups;
    private final InsightsRecords records;
    private final ScopedTable<StoredQuery> queries;

    public InsightsQueryService(StateStore store, LogGroupService groups, InsightsRecords records) {
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
        long started = System.currentTimeMillis();
        List<Map<String, String>> input = new ArrayList<>();
        long[] bytes = {0};
        for (Group g : targets) {
            records.scan(g, r.startTime() * 1000, r.endTime() * 1000 + 999, rec -> {
                input.add(rec);
                bytes[0] += rec.get("@message").getBytes(StandardCharsets.UTF_8).length;
            });
        }
        Query.Result result = query.run(input, r.limit() == null ? DEFAULT_ROWS : limit);
        List<List<ResultField>> rows = result.rows().stream()
                .map(row -> row.stream().map(c -> new ResultField(c.field(), c.value())).toList()).toList();
        String id = UUID.randomUUID().toString();
        String language = r.queryLanguage() == null ? "CWLI" : r.queryLanguage();
        GetQueryResultsResponse results = new GetQueryResultsResponse(language, rows,
                new QueryStatistics((double) result.matched(), (double) input.size(), null, (double) bytes[0], null,
                        (double) targets.size()), "Complete", null, null);
        QueryInfo info = new QueryInfo(language, id, r.queryString(), "Complete", started, targets.get(0).name(),
                System.currentTimeMillis() - started, (double) bytes[0], null);
        queries.put(call, id, new StoredQuery(info, targets.stream().map(Group::arn).toList(), results));
        return new StartQueryResponse(id);
    }

    public GetQueryResultsResponse results(LogsCall call, GetQueryResultsRequest r) {
        return require(call, r.queryId()).results();
    }

    public StopQueryResponse stop(LogsCall call, StopQueryRequest r) {
        StoredQuery q = require(call, r.queryId());
        if (!"Running".equals(q.info().status()) && !"Scheduled".equals(q.info().status())) {
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
