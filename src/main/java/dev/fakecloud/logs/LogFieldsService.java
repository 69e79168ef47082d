package dev.fakecloud.logs;

import dev.fakecloud.logs.LogStore.Group;
import dev.fakecloud.logs.model.QueryShapes.GetLogGroupFieldsRequest;
import dev.fakecloud.logs.model.QueryShapes.GetLogGroupFieldsResponse;
import dev.fakecloud.logs.model.QueryShapes.GetLogRecordRequest;
import dev.fakecloud.logs.model.QueryShapes.GetLogRecordResponse;
import dev.fakecloud.logs.model.QueryShapes.LogGroupField;
import dev.fakecloud.logs.model.TaskShapes.AggregateLogGroupSummary;
import dev.fakecloud.logs.model.TaskShapes.GetLogFieldsRequest;
import dev.fakecloud.logs.model.TaskShapes.GetLogFieldsResponse;
import dev.fakecloud.logs.model.TaskShapes.GetLogObjectRequest;
import dev.fakecloud.logs.model.TaskShapes.GetLogObjectResponse;
import dev.fakecloud.logs.model.TaskShapes.GroupingIdentifier;
import dev.fakecloud.logs.model.TaskShapes.ListAggregateLogGroupSummariesRequest;
import dev.fakecloud.logs.model.TaskShapes.ListAggregateLogGroupSummariesResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the events of a group contain: GetLogGroupFields (each field seen in the group's events with the percentage
 * of events that have it), GetLogRecord (one event by the {@code @ptr} a query returned), and the data-source views
 * (GetLogFields, ListAggregateLogGroupSummaries) answered minimally: no data sources are known.
 */
@ApplicationScoped
public class LogFieldsService {

    private static final long FIFTEEN_MINUTES_MS = 15 * 60 * 1000;
    private static final Set<String> GROUP_BY = Set.of("DATA_SOURCE_NAME_TYPE_AND_FORMAT",
            "DATA_SOURCE_NAME_AND_TYPE");

    private final LogGroupService groups;
    private final InsightsRecords records;

    public LogFieldsService(LogGroupService groups, InsightsRecords records) {
        this.groups = groups;
        this.records = records;
    }

    /** The fields of the group's events (all of them, or the 15 minutes before {@code time} when it is given). */
    public GetLogGroupFieldsResponse groupFields(LogsCall call, GetLogGroupFieldsRequest r) {
        if (r.logGroupName() != null && r.logGroupIdentifier() != null) {
            throw LogsErrors.invalidParameter("LogGroup name and LogGroup ARN are mutually exclusive parameters.");
        }
        String name = r.logGroupName() != null ? r.logGroupName() : LogGroupService.nameOf(r.logGroupIdentifier());
        Group g = groups.require(call, name);
        long to = r.time() == null ? Long.MAX_VALUE : r.time() * 1000;
        long from = r.time() == null ? Long.MIN_VALUE : to - FIFTEEN_MINUTES_MS;
        Map<String, Integer> seen = new LinkedHashMap<>();
        int[] total = {0};
        records.scan(g, from, to, rec -> {
            total[0]++;
            rec.keySet().stream().filter(k -> !k.equals("@ptr")).forEach(k -> seen.merge(k, 1, Integer::sum));
        });
        List<LogGroupField> out = new ArrayList<>();
        seen.forEach((field, count) -> out.add(new LogGroupField(field,
                (int) Math.round(100.0 * count / total[0]))));
        return new GetLogGroupFieldsResponse(out);
    }

    public GetLogRecordResponse record(LogsCall call, GetLogRecordRequest r) {
        LogsErrors.require("logRecordPointer", r.logRecordPointer());
        Map<String, String> rec = records.read(call, r.logRecordPointer());
        if (rec == null) {
            throw LogsErrors.invalidParameter("The specified log record pointer is not valid.");
        }
        rec.remove("@ptr");
        return new GetLogRecordResponse(rec);
    }

    public GetLogFieldsResponse logFields(LogsCall call, GetLogFieldsRequest r) {
        LogsErrors.require(new String[] {"dataSourceName", "dataSourceType"}, r.dataSourceName(),
                r.dataSourceType());
        return new GetLogFieldsResponse(List.of());
    }

    public GetLogObjectResponse logObject(LogsCall call, GetLogObjectRequest r) {
        LogsErrors.require("logObjectPointer", r.logObjectPointer());
        throw LogsErrors.resourceNotFound("The specified log object does not exist.");
    }

    /** Every group of the region falls into one summary: fakecloud knows no data sources. */
    public ListAggregateLogGroupSummariesResponse aggregate(LogsCall call, ListAggregateLogGroupSummariesRequest r) {
        LogsErrors.require("groupBy", r.groupBy());
        if (!GROUP_BY.contains(r.groupBy())) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value '" + r.groupBy() + "' at 'groupBy' "
                    + "failed to satisfy constraint: Member must satisfy enum value set: " + GROUP_BY.stream()
                            .sorted().toList());
        }
        long count = groups.all(call).stream()
                .filter(g -> r.logGroupClass() == null || r.logGroupClass().equals(g.logGroupClass()))
                .count();
        if (count == 0) {
            return new ListAggregateLogGroupSummariesResponse(List.of(), null);
        }
        return new ListAggregateLogGroupSummariesResponse(List.of(new AggregateLogGroupSummary((int) count,
                List.of(new GroupingIdentifier("dataSource.Name", "Unknown"),
                        new GroupingIdentifier("dataSource.Type", "Unknown")))), null);
    }
}
