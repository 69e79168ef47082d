package dev.fakecloud.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroupField;
import software.amazon.awssdk.services.cloudwatchlogs.model.MalformedQueryException;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryStatus;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResultField;

/** Logs Insights queries end to end through the AWS SDK for Java v2, with fields and records of a group. */
@QuarkusTest
class LogsInsightsTest {

    static final CloudWatchLogsClient LOGS = Clients.logs();

    static String seeded(long now) {
        String g = "/insights/" + UUID.randomUUID().toString().substring(0, 8);
        LOGS.createLogGroup(b -> b.logGroupName(g));
        LOGS.createLogStream(b -> b.logGroupName(g).logStreamName("web"));
        LOGS.putLogEvents(b -> b.logGroupName(g).logStreamName("web").logEvents(
                InputLogEvent.builder().timestamp(now - 3000).message("{\"level\":\"INFO\",\"ms\":12,\"path\":\"/a\"}")
                        .build(),
                InputLogEvent.builder().timestamp(now - 2000).message("{\"level\":\"ERROR\",\"ms\":250,\"path\":\"/b\"}")
                        .build(),
                InputLogEvent.builder().timestamp(now - 1000).message("{\"level\":\"ERROR\",\"ms\":90,\"path\":\"/a\"}")
                        .build(),
                InputLogEvent.builder().timestamp(now).message("plain text line").build()));
        return g;
    }

    static List<Map<String, String>> run(String group, long now, String query) {
        String id = LOGS.startQuery(b -> b.logGroupName(group).startTime(now / 1000 - 60).endTime(now / 1000 + 60)
                .queryString(query)).queryId();
        GetQueryResultsResponse r = Polling.until(Duration.ofSeconds(10), () -> LOGS.getQueryResults(b -> b
                .queryId(id)), x -> x.status() == QueryStatus.COMPLETE);
        return r.results().stream().<Map<String, String>>map(row -> row.stream().collect(Collectors.toMap(ResultField::field,
                ResultField::value, (a, b) -> b, java.util.LinkedHashMap::new))).toList();
    }

    @Test
    void filterSortAndLimitOverJsonFields() {
        long now = System.currentTimeMillis();
        String g = seeded(now);
        String id = LOGS.startQuery(b -> b.logGroupName(g).startTime(now / 1000 - 60).endTime(now / 1000 + 60)
                .queryString("fields @timestamp, path, ms | filter level = \"ERROR\" and ms > 50 "
                        + "| sort ms desc | limit 5")).queryId();
        GetQueryResultsResponse r = Polling.until(Duration.ofSeconds(10), () -> LOGS.getQueryResults(b -> b
                .queryId(id)), x -> x.status() == QueryStatus.COMPLETE);
        assertThat(r.statistics().recordsScanned()).isEqualTo(4.0);
        assertThat(r.statistics().recordsMatched()).isEqualTo(2.0);
        assertThat(r.statistics().bytesScanned()).isPositive();
        List<List<ResultField>> rows = r.results();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).extracting(ResultField::field).containsExactly("@timestamp", "path", "ms", "@ptr");
        assertThat(rows.get(0).get(1).value()).isEqualTo("/b");
        assertThat(rows.get(0).get(2).value()).isEqualTo("250");
        assertThat(rows.get(0).get(0).value()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}");

        Map<String, String> record = LOGS.getLogRecord(b -> b.logRecordPointer(rows.get(0).get(3).value()))
                .logRecord();
        assertThat(record).containsEntry("@logStream", "web").containsEntry("level", "ERROR")
                .containsEntry("@message", "{\"level\":\"ERROR\",\"ms\":250,\"path\":\"/b\"}");

        assertThat(LOGS.describeQueries(b -> b.logGroupName(g)).queries()).extracting(q -> q.queryId())
                .containsExactly(id);
        assertThat(LOGS.listLogGroupsForQuery(b -> b.queryId(id)).logGroupIdentifiers())
                .containsExactly("arn:aws:logs:us-east-1:000000000000:log-group:" + g);
    }

    @Test
    void likeNotAndStats() {
        long now = System.currentTimeMillis();
        String g = seeded(now);
        assertThat(run(g, now, "filter @message like /plain/")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("@message", "plain text line")
                        .containsKeys("@timestamp", "@ptr"));
        assertThat(run(g, now, "filter @message like \"ERROR\" and not path = \"/b\" | fields path")).hasSize(1);
        assertThat(run(g, now, "filter ispresent(level) | stats count(*) as n by level | sort n desc"))
                .containsExactly(Map.of("level", "ERROR", "n", "2"), Map.of("level", "INFO", "n", "1"));
        List<Map<String, String>> bins = run(g, now, "stats count() by bin(5m)");
        assertThat(bins).hasSizeBetween(1, 2);
        assertThat(bins.stream().mapToInt(row -> Integer.parseInt(row.get("count()"))).sum()).isEqualTo(4);
        assertThat(run(g, now, "parse @message \"plain * line\" as word | filter ispresent(word) | display word"))
                .containsExactly(Map.of("word", "text", "@ptr", run(g, now, "filter @message like /plain/").get(0)
                        .get("@ptr")));
    }

    @Test
    void badQueriesAndUnknownGroupsAreRefused() {
        long now = System.currentTimeMillis();
        String g = seeded(now);
        assertThatThrownBy(() -> LOGS.startQuery(b -> b.logGroupName(g).startTime(0L).endTime(10L)
                .queryString("fields @message | frobnicate x"))).isInstanceOf(MalformedQueryException.class)
                .hasMessageContaining("Unsupported command 'frobnicate'");
        assertThatThrownBy(() -> LOGS.startQuery(b -> b.logGroupName(g + "-none").startTime(0L).endTime(10L)
                .queryString("fields @message"))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> LOGS.getQueryResults(b -> b.queryId(UUID.randomUUID().toString())))
                .isInstanceOf(ResourceNotFoundException.class);
        String id = LOGS.startQuery(b -> b.logGroupName(g).startTime(now / 1000 - 60).endTime(now / 1000 + 60)
                .queryString("fields @message")).queryId();
        Polling.until(Duration.ofSeconds(10), () -> LOGS.getQueryResults(b -> b.queryId(id)).status(),
                s -> s == QueryStatus.COMPLETE);
        assertThatThrownBy(() -> LOGS.stopQuery(b -> b.queryId(id))).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("is not running");
    }

    @Test
    void groupFieldsReportWhatTheEventsContain() {
        long now = System.currentTimeMillis();
        String g = seeded(now);
        Map<String, Integer> fields = LOGS.getLogGroupFields(b -> b.logGroupName(g)).logGroupFields().stream()
                .collect(Collectors.toMap(LogGroupField::name, LogGroupField::percent));
        assertThat(fields).containsEntry("@timestamp", 100).containsEntry("@message", 100)
                .containsEntry("@logStream", 100).containsEntry("level", 75).containsEntry("ms", 75);
    }
}
