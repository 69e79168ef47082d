package dev.fakecloud.logs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.parsing.Parser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.OrderBy;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/** CloudWatch Logs through the AWS SDK for Java v2 (AWS JSON 1.1) and raw requests where the wire matters. */
@QuarkusTest
class LogsApiTest {

    static final CloudWatchLogsClient LOGS = Clients.logs();

    static String group() {
        return "/test/" + UUID.randomUUID().toString().substring(0, 8);
    }

    static InputLogEvent event(long t, String message) {
        return InputLogEvent.builder().timestamp(t).message(message).build();
    }

    @Test
    void groupsAndStreamsAreCreatedDescribedAndDeleted() {
        String g = group();
        LOGS.createLogGroup(b -> b.logGroupName(g).tags(Map.of("team", "core")));
        assertThatThrownBy(() -> LOGS.createLogGroup(b -> b.logGroupName(g)))
                .isInstanceOf(ResourceAlreadyExistsException.class)
                .hasMessageContaining("The specified log group already exists");
        LOGS.createLogGroup(b -> b.logGroupName(g + "/other"));
        List<LogGroup> groups = LOGS.describeLogGroups(b -> b.logGroupNamePrefix(g)).logGroups();
        assertThat(groups).extracting(LogGroup::logGroupName).containsExactly(g, g + "/other");
        assertThat(groups.get(0).arn()).isEqualTo("arn:aws:logs:us-east-1:000000000000:log-group:" + g + ":*");
        assertThat(groups.get(0).logGroupArn()).isEqualTo("arn:aws:logs:us-east-1:000000000000:log-group:" + g);
        assertThat(LOGS.describeLogGroups(b -> b.logGroupNamePrefix(g).limit(1)).nextToken()).isNotNull();
        assertThat(LOGS.describeLogGroups(b -> b.logGroupNamePattern(g.substring(6).toUpperCase())).logGroups())
                .hasSize(2);

        LOGS.putRetentionPolicy(b -> b.logGroupName(g).retentionInDays(7));
        assertThat(LOGS.describeLogGroups(b -> b.logGroupNamePrefix(g).limit(1)).logGroups().get(0)
                .retentionInDays()).isEqualTo(7);
        assertThatThrownBy(() -> LOGS.putRetentionPolicy(b -> b.logGroupName(g).retentionInDays(8)))
                .isInstanceOf(InvalidParameterException.class);
        LOGS.deleteRetentionPolicy(b -> b.logGroupName(g));

        assertThat(LOGS.listTagsLogGroup(b -> b.logGroupName(g)).tags()).containsEntry("team", "core");
        String arn = groups.get(0).logGroupArn();
        LOGS.tagResource(b -> b.resourceArn(arn).tags(Map.of("env", "dev")));
        assertThat(LOGS.listTagsForResource(b -> b.resourceArn(arn)).tags()).containsOnlyKeys("team", "env");
        LOGS.untagResource(b -> b.resourceArn(arn).tagKeys("team"));
        assertThat(LOGS.listTagsForResource(b -> b.resourceArn(arn)).tags()).containsOnlyKeys("env");

        LOGS.createLogStream(b -> b.logGroupName(g).logStreamName("b"));
        LOGS.createLogStream(b -> b.logGroupName(g).logStreamName("a"));
        assertThatThrownBy(() -> LOGS.createLogStream(b -> b.logGroupName(g).logStreamName("a")))
                .isInstanceOf(ResourceAlreadyExistsException.class);
        long now = System.currentTimeMillis();
        LOGS.putLogEvents(b -> b.logGroupName(g).logStreamName("a").logEvents(event(now, "x")));
        assertThat(LOGS.describeLogStreams(b -> b.logGroupName(g)).logStreams()).extracting(LogStream::logStreamName)
                .containsExactly("a", "b");
        List<LogStream> byTime = LOGS.describeLogStreams(b -> b.logGroupName(g).orderBy(OrderBy.LAST_EVENT_TIME)
                .descending(true)).logStreams();
        assertThat(byTime.get(0).logStreamName()).isEqualTo("a");
        assertThat(byTime.get(0).lastEventTimestamp()).isEqualTo(now);
        assertThat(byTime.get(0).arn()).endsWith(":log-group:" + g + ":log-stream:a");
        LOGS.deleteLogStream(b -> b.logGroupName(g).logStreamName("b"));
        assertThatThrownBy(() -> LOGS.deleteLogStream(b -> b.logGroupName(g).logStreamName("b")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("The specified log stream does not exist.");

        LOGS.deleteLogGroup(b -> b.logGroupName(g));
        assertThatThrownBy(() -> LOGS.getLogEvents(b -> b.logGroupName(g).logStreamName("a")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("The specified log group does not exist.");
    }

    @Test
    void putAndGetFollowAwsOrderingAndTokens() {
        String g = group();
        LOGS.createLogGroup(b -> b.logGroupName(g));
        LOGS.createLogStream(b -> b.logGroupName(g).logStreamName("s"));
        long t = System.currentTimeMillis() - 60_000;
        List<InputLogEvent> events = IntStream.range(0, 5).mapToObj(i -> event(t + i * 1000, "line " + i)).toList();
        PutLogEventsResponse put = LOGS.putLogEvents(b -> b.logGroupName(g).logStreamName("s").logEvents(events));
        assertThat(put.rejectedLogEventsInfo()).isNull();

        GetLogEventsResponse newest = LOGS.getLogEvents(b -> b.logGroupName(g).logStreamName("s").limit(2));
        assertThat(newest.events()).extracting(OutputLogEvent::message).containsExactly("line 3", "line 4");
        GetLogEventsResponse older = LOGS.getLogEvents(b -> b.logGroupName(g).logStreamName("s").limit(2)
                .nextToken(newest.nextBackwardToken()));
        assertThat(older.events()).extracting(OutputLogEvent::message).containsExactly("line 1", "line 2");
        GetLogEventsResponse head = LOGS.getLogEvents(b -> b.logGroupName(g).logStreamName("s").limit(2)
                .startFromHead(true));
        assertThat(head.events()).extracting(OutputLogEvent::message).containsExactly("line 0", "line 1");
        GetLogEventsResponse next = LOGS.getLogEvents(b -> b.logGroupName(g).logStreamName("s").limit(10)
                .nextToken(head.nextForwardToken()));
        assertThat(next.events()).extracting(OutputLogEvent::message).containsExactly("line 2", "line 3", "line 4");
        GetLogEventsResponse end = LOGS.getLogEvents(b -> b.logGroupName(g).logStreamName("s")
                .nextToken(next.nextForwardToken()));
        assertThat(end.events()).isEmpty();
        assertThat(end.nextForwardToken()).as("the same token: nothing more yet").isEqualTo(next.nextForwardToken());
        assertThat(LOGS.getLogEvents(b -> b.logGroupName(g).logStreamName("s").startTime(t + 1000)
                .endTime(t + 3000).startFromHead(true)).events()).extracting(OutputLogEvent::message)
                .as("start inclusive, end exclusive").containsExactly("line 1", "line 2");

        long now = System.currentTimeMillis();
        PutLogEventsResponse old = LOGS.putLogEvents(b -> b.logGroupName(g).logStreamName("s").logEvents(
                event(now - Duration.ofDays(15).toMillis(), "old")));
        assertThat(old.rejectedLogEventsInfo().tooOldLogEventEndIndex()).isEqualTo(0);
        PutLogEventsResponse partly = LOGS.putLogEvents(b -> b.logGroupName(g).logStreamName("s").logEvents(
                event(now, "fine"), event(now + Duration.ofHours(3).toMillis(), "future")));
        assertThat(partly.rejectedLogEventsInfo().tooNewLogEventStartIndex()).isEqualTo(1);
        assertThat(LOGS.getLogEvents(b -> b.logGroupName(g).logStreamName("s").limit(1)).events().get(0).message())
                .isEqualTo("fine");
        assertThatThrownBy(() -> LOGS.putLogEvents(b -> b.logGroupName(g).logStreamName("s").logEvents(
                event(now - Duration.ofHours(25).toMillis(), "a"), event(now, "b"))))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("cannot span more than 24 hours");
        assertThatThrownBy(() -> LOGS.putLogEvents(b -> b.logGroupName(g).logStreamName("s").logEvents(
                event(now, "b"), event(now - 1, "a")))).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("must be in chronological order");
        assertThatThrownBy(() -> LOGS.getLogEvents(b -> b.logGroupName(g).logStreamName("s").nextToken("f/nope")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void filterAcrossStreamsInterleavedAndPaged() {
        String g = group();
        LOGS.createLogGroup(b -> b.logGroupName(g));
        LOGS.createLogStream(b -> b.logGroupName(g).logStreamName("one"));
        LOGS.createLogStream(b -> b.logGroupName(g).logStreamName("two"));
        long t = System.currentTimeMillis() - 10_000;
        LOGS.putLogEvents(b -> b.logGroupName(g).logStreamName("one").logEvents(event(t, "ERROR a"),
                event(t + 2, "INFO b"), event(t + 4, "ERROR c")));
        LOGS.putLogEvents(b -> b.logGroupName(g).logStreamName("two").logEvents(event(t + 1, "ERROR d"),
                event(t + 3, "{\"level\":\"ERROR\"}")));
        FilterLogEventsResponse errors = LOGS.filterLogEvents(b -> b.logGroupName(g).filterPattern("ERROR"));
        assertThat(errors.events()).extracting(FilteredLogEvent::message)
                .containsExactly("ERROR a", "ERROR d", "{\"level\":\"ERROR\"}", "ERROR c");
        assertThat(errors.events()).extracting(FilteredLogEvent::logStreamName)
                .containsExactly("one", "two", "two", "one");
        assertThat(LOGS.filterLogEvents(b -> b.logGroupName(g).filterPattern("{ $.level = \"ERROR\" }")).events())
                .extracting(FilteredLogEvent::message).containsExactly("{\"level\":\"ERROR\"}");
        assertThat(LOGS.filterLogEvents(b -> b.logGroupName(g).logStreamNames("two")).events()).hasSize(2);
        assertThat(LOGS.filterLogEvents(b -> b.logGroupName(g).startTime(t + 1).endTime(t + 2)).events())
                .hasSize(2);
        FilterLogEventsResponse first = LOGS.filterLogEvents(b -> b.logGroupName(g).limit(3));
        assertThat(first.events()).hasSize(3);
        FilterLogEventsResponse second = LOGS.filterLogEvents(b -> b.logGroupName(g).limit(3)
                .nextToken(first.nextToken()));
        assertThat(second.events()).extracting(FilteredLogEvent::message).containsExactly("{\"level\":\"ERROR\"}",
                "ERROR c");
        assertThat(second.nextToken()).isNull();
        assertThat(LOGS.filterLogEventsPaginator(b -> b.logGroupName(g).limit(2)).events()).hasSize(5);
        assertThatThrownBy(() -> LOGS.filterLogEvents(b -> b.logGroupName(g).logStreamNames("one")
                .logStreamNamePrefix("o"))).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void wireErrorsAreJson11() {
        given().header("X-Amz-Target", "Logs_20140328.CreateLogGroup").contentType("application/x-amz-json-1.1")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/logs/aws4_request, "
                        + "SignedHeaders=host, Signature=abc")
                .body("{}".getBytes()).post("/").then().using().defaultParser(Parser.JSON).and().statusCode(400)
                .body("__type", equalTo("InvalidParameterException"));
        given().header("X-Amz-Target", "Logs_20140328.DescribeLogGroups").contentType("application/x-amz-json-1.1")
                .body("{\"limit\":".getBytes()).post("/").then().using().defaultParser(Parser.JSON).and()
                .statusCode(400).body("__type", equalTo("SerializationException"));
    }
}
