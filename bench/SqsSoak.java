import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Soak of an SQS event source mapping: N messages (default 20,000), a tenth failing as reported batch items, a
 * redrive policy with maxReceiveCount 2 and a dead-letter queue. Every message must end processed exactly once or
 * dead-lettered exactly once. Prints a table; exits 1 when a message was lost or doubled.
 * Usage: java -cp <sdk classpath> bench/SqsSoak.java <endpoint> [messages]
 */
public class SqsSoak {

    static final int CONCURRENCY = 5;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String HANDLER = """
            import json, time
            def handler(event, context):
                if event.get('warm'):
                    time.sleep(1)
                    return {}
                failures = []
                for record in event['Records']:
                    if json.loads(record['body'])['n'] % 10 == 0:
                        failures.append({'itemIdentifier': record['messageId']})
                return {'batchItemFailures': failures}
            """;

    public static void main(String[] args) throws Exception {
        String endpoint = args.length > 0 ? args[0] : "http://127.0.0.1:4566";
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"));
        SqsClient sqs = SqsClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(ApacheHttpClient.builder().maxConnections(64).build()).build();
        LambdaClient lambda = LambdaClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(ApacheHttpClient.builder().maxConnections(64).build()).build();
        String id = Long.toHexString(System.nanoTime());

        String fn = "soak-" + id;
        SdkBytes code = SdkBytes.fromByteArray(zip());
        lambda.createFunction(b -> b.functionName(fn).runtime("python3.12").role("arn:aws:iam::000000000000:role/s")
                .handler("handler.handler").timeout(10).code(c -> c.zipFile(code)));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(fn));
        ExecutorService pool = Executors.newFixedThreadPool(2 * CONCURRENCY);
        List<Future<?>> warm = new ArrayList<>();
        for (int i = 0; i < 2 * CONCURRENCY; i++) {
            warm.add(pool.submit(() -> lambda.invoke(b -> b.functionName(fn)
                    .payload(SdkBytes.fromUtf8String("{\"warm\": true}")))));
        }
        for (Future<?> f : warm) {
            f.get();
        }
        String dlq = sqs.createQueue(b -> b.queueName("soak-dlq-" + id)).queueUrl();
        String url = sqs.createQueue(b -> b.queueName("soak-" + id).attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "10", QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + arn(sqs, dlq) + "\",\"maxReceiveCount\":\"2\"}"))).queueUrl();

        long start = System.nanoTime();
        List<Future<?>> sends = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            sends.add(pool.submit(() -> {
                for (int n = thread * 10; n < total; n += 80) {
                    List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
                    for (int i = n; i < Math.min(total, n + 10); i++) {
                        entries.add(SendMessageBatchRequestEntry.builder().id("e" + (i - n))
                                .messageBody("{\"n\": " + i + "}").build());
                    }
                    sqs.sendMessageBatch(b -> b.queueUrl(url).entries(entries));
                }
            }));
        }
        lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(arn(sqs, url)).batchSize(10)
                .functionResponseTypesWithStrings("ReportBatchItemFailures")
                .scalingConfig(c -> c.maximumConcurrency(CONCURRENCY)));
        for (Future<?> f : sends) {
            f.get();
        }
        pool.shutdown();
        while (left(sqs, url) > 0) {
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<Integer, Integer> dead = new HashMap<>();
        while (true) {
            List<Message> got = sqs.receiveMessage(b -> b.queueUrl(dlq).maxNumberOfMessages(10)).messages();
            if (got.isEmpty()) {
                break;
            }
            for (Message m : got) {
                dead.merge(JSON.readTree(m.body()).get("n").asInt(), 1, Integer::sum);
                sqs.deleteMessage(b -> b.queueUrl(dlq).receiptHandle(m.receiptHandle()));
            }
        }
        Map<Integer, Integer> processed = processed(endpoint, fn);
        long once = processed.values().stream().filter(c -> c == 1).count();
        long more = processed.values().stream().filter(c -> c > 1).count();
        long deadOnce = dead.values().stream().filter(c -> c == 1).count();
        long deadMore = dead.values().stream().filter(c -> c > 1).count();
        long lost = 0;
        for (int n = 0; n < total; n++) {
            if (!processed.containsKey(n) && !dead.containsKey(n)) {
                lost++;
            }
        }
        System.out.printf("%-60s %12s%n", String.format("SQS mapping soak: %,d messages, 10%% failing items, "
                + "DLQ after 2", total), "");
        row("processed exactly once", once);
        row("processed more than once", more);
        row("dead-lettered exactly once", deadOnce);
        row("dead-lettered more than once", deadMore);
        row("lost", lost);
        System.out.printf("%-60s %12.1f%n", "seconds from first send to empty queue", seconds);
        System.out.printf("%-60s %12.0f%n", "messages/s", total / seconds);
        if (lost > 0 || more > 0 || deadMore > 0 || once + deadOnce != total) {
            System.out.println("FAILED: every message must be processed once or dead-lettered once");
            System.exit(1);
        }
    }

    static void row(String label, long value) {
        System.out.printf("%-60s %12d%n", label, value);
    }

    static String arn(SqsClient sqs, String url) {
        return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributesAsStrings().get("QueueArn");
    }

    static int left(SqsClient sqs, String url) {
        Map<String, String> a = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributesAsStrings();
        return Integer.parseInt(a.get("ApproximateNumberOfMessages"))
                + Integer.parseInt(a.get("ApproximateNumberOfMessagesNotVisible"));
    }

    /** How often each number was processed successfully (the function fails multiples of ten). */
    static Map<Integer, Integer> processed(String endpoint, String fn) throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint
                + "/_fakecloud/lambda/invocations?functionName=" + fn)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<Integer, Integer> counts = new HashMap<>();
        for (JsonNode invocation : JSON.readTree(body).get("invocations")) {
            if (!"aws:sqs".equals(invocation.path("source").asText())) {
                continue;
            }
            for (JsonNode record : JSON.readTree(invocation.get("payload").asText()).get("Records")) {
                int n = JSON.readTree(record.get("body").asText()).get("n").asInt();
                boolean succeeded = invocation.path("functionError").isMissingNode()
                        || invocation.path("functionError").isNull();
                if (n % 10 != 0 && succeeded) {
                    counts.merge(n, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    static byte[] zip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("handler.py"));
            z.write(HANDLER.getBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
