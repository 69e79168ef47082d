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
}
