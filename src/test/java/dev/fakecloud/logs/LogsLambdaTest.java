package dev.fakecloud.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Polling;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** A real function's output (in Docker) lands in its log group, one stream per execution environment. */
@QuarkusTest
class LogsLambdaTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    final LambdaClient lambda = Clients.lambda();
    final CloudWatchLogsClient logs = Clients.logs();

    @Test
    void everyInvocationIsWrittenToTheFunctionsLogGroup() {
        String name = "logs-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE).handler("handler.handler")
                .code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py",
                        "import os\nprint('cold start')\n"
                                + "def handler(event, context):\n    print('handling', event.get('n'))\n"
                                + "    return os.environ['AWS_LAMBDA_LOG_STREAM_NAME']\n"))))));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(name));
        InvokeResponse first = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{\"n\":1}")));
        lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{\"n\":2}")));
        String stream = first.payload().asUtf8String().replace("\"", "");
        assertThat(stream).matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
        String group = "/aws/lambda/" + name;
        String requestId = first.responseMetadata().requestId();

        List<OutputLogEvent> events = Polling.eventually(() -> logs.getLogEvents(b -> b.logGroupName(group)
                .logStreamName(stream).startFromHead(true)).events(), e -> e.stream()
                .filter(x -> x.message().startsWith("REPORT")).count() == 2
                && e.stream().anyMatch(x -> x.message().equals("handling 2")), Duration.ofSeconds(10));
        List<String> lines = events.stream().map(OutputLogEvent::message).toList();
        assertThat(lines.get(0)).as(String.join("\n", lines)).isEqualTo("START RequestId: " + requestId
                + " Version: $LATEST");
        assertThat(lines).contains("START RequestId: " + requestId + " Version: $LATEST", "cold start", "handling 1",
                "handling 2", "END RequestId: " + requestId);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("REPORT RequestId: " + requestId
                + "\tDuration: ").contains("Init Duration"));
        assertThat(logs.describeLogStreams(b -> b.logGroupName(group)).logStreams())
                .extracting(LogStream::logStreamName).containsExactly(stream);

        List<FilteredLogEvent> tail = logs.filterLogEvents(b -> b.logGroupName(group).filterPattern("handling")
                .startTime(System.currentTimeMillis() - 600_000).interleaved(true)).events();
        assertThat(tail).extracting(FilteredLogEvent::message).containsExactly("handling 1", "handling 2");
        assertThat(tail).allSatisfy(e -> assertThat(e.logStreamName()).isEqualTo(stream));
        lambda.deleteFunction(b -> b.functionName(name));
    }

    /** Each line carries the time the function wrote it, as CloudWatch Logs stamps a function's output on AWS. */
    @Test
    void linesKeepTheTimeTheyWereWritten() {
        String name = "logs-time-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE).handler("handler.handler")
                .timeout(10).code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py",
                        "import time\n"
                                + "def handler(event, context):\n    print('before', flush=True)\n"
                                + "    time.sleep(1.2)\n    print('after', flush=True)\n"))))));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(name));
        lambda.invoke(b -> b.functionName(name));
        String group = "/aws/lambda/" + name;
        List<FilteredLogEvent> events = Polling.eventually(() -> logs.filterLogEvents(b -> b.logGroupName(group))
                .events(), e -> e.stream().anyMatch(x -> x.message().startsWith("REPORT")), Duration.ofSeconds(10));
        java.util.function.Function<String, Long> at = prefix -> events.stream()
                .filter(e -> e.message().startsWith(prefix)).findFirst().orElseThrow().timestamp();
        assertThat(at.apply("after") - at.apply("before")).as("the handler slept 1.2 s between its lines")
                .isGreaterThanOrEqualTo(1_000L);
        assertThat(at.apply("START")).isLessThanOrEqualTo(at.apply("before"));
        lambda.deleteFunction(b -> b.functionName(name));
    }

    /** With LogFormat JSON, the system lines are AWS's JSON events: platform.initStart, platform.start, platform.report. */
    @Test
    void jsonLogFormatWritesSystemEventsAsJson() throws Exception {
        String name = "logs-json-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE).handler("handler.handler")
                .loggingConfig(l -> l.logFormat("JSON"))
                .code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py",
                        "def handler(event, context):\n    print('working', flush=True)\n    return 1\n"))))));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(name));
        String requestId = lambda.invoke(b -> b.functionName(name)).responseMetadata().requestId();
        String group = "/aws/lambda/" + name;
        List<String> lines = Polling.eventually(() -> logs.filterLogEvents(b -> b.logGroupName(group)).events()
                .stream().map(FilteredLogEvent::message).toList(),
                l -> l.stream().anyMatch(m -> m.contains("platform.report")), Duration.ofSeconds(10));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<com.fasterxml.jackson.databind.JsonNode> system = new java.util.ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("{\"time\"")) {
                system.add(json.readTree(line));
            }
        }
        assertThat(system).as(String.join("\n", lines)).extracting(n -> n.get("type").asText())
                .containsExactly("platform.initStart", "platform.start", "platform.report");
        assertThat(system.get(0).get("record").get("functionName").asText()).isEqualTo(name);
        assertThat(system.get(1).get("record").get("requestId").asText()).isEqualTo(requestId);
        assertThat(system.get(1).get("record").get("version").asText()).isEqualTo("$LATEST");
        com.fasterxml.jackson.databind.JsonNode report = system.get(2).get("record");
        assertThat(report.get("requestId").asText()).isEqualTo(requestId);
        assertThat(report.get("status").asText()).isEqualTo("success");
        assertThat(report.get("metrics").get("memorySizeMB").asInt()).isEqualTo(128);
        assertThat(report.get("metrics").get("billedDurationMs").asLong())
                .isGreaterThanOrEqualTo((long) report.get("metrics").get("durationMs").asDouble());
        assertThat(report.get("metrics").has("initDurationMs")).isTrue();
        assertThat(system.get(0).get("time").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(lines).contains("working").noneMatch(l -> l.startsWith("END RequestId"));
        lambda.deleteFunction(b -> b.functionName(name));
    }
}
