import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * SQS through the AWS SDK v2 against a running fakecloud: send+receive+delete throughput with one and eight
 * clients, SendMessage latency on an empty queue and on one holding 100,000 messages, and the latency from
 * SendMessage to the start of the handler an event source mapping invokes.
 * Usage: java -cp <sdk classpath> bench/SqsBench.java <endpoint>
 */
public class SqsBench {

    public static void main(String[] args) throws Exception {
        String endpoint = args.length > 0 ? args[0] : "http://127.0.0.1:4566";
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"));
        SqsClient sqs = SqsClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(ApacheHttpClient.builder().maxConnections(64).build()).build();
        LambdaClient lambda = LambdaClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(ApacheHttpClient.builder().maxConnections(64).build()).build();
        String id = Long.toHexString(System.nanoTime());

        System.out.printf("%-52s %10s %12s%n", "SQS send + receive + delete (AWS SDK v2)", "messages", "messages/s");
        for (int clients : new int[] {1, 8}) {
            String url = sqs.createQueue(b -> b.queueName("bench-" + clients + "-" + id)).queueUrl();
            int perClient = 4000 / clients;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> runs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        sqs.sendMessage(b -> b.queueUrl(url).messageBody("hello"));
                        var got = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(1)).messages();
                        for (var m : got) {
                            sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
                        }
                    }
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            System.out.printf("%-52s %10d %12.0f%n", clients + " client" + (clients > 1 ? "s" : ""),
                    perClient * clients, perClient * clients / seconds);
        }

        sendLatencyByDepth(sqs, id, Integer.parseInt(System.getenv().getOrDefault("BENCH_DEPTH", "100000")));

        String fn = "bench-sqs-" + id;
        SdkBytes code = SdkBytes.fromByteArray(handlerZip());
        lambda.createFunction(b -> b.functionName(fn).runtime("python3.12").role("arn:aws:iam::000000000000:role/b")
                .handler("handler.handler").code(c -> c.zipFile(code)));
        String url = sqs.createQueue(b -> b.queueName("bench-esm-" + id)).queueUrl();
        String arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(arn).batchSize(1));
        Thread.sleep(1500);
        int samples = 300;
        for (int i = 0; i < samples + 20; i++) {
            sqs.sendMessage(b -> b.queueUrl(url).messageBody(Long.toString(nowMicros())));
            Thread.sleep(20);
        }
        Thread.sleep(2000);
        HttpClient http = HttpClient.newHttpClient();
        String records = http.send(HttpRequest.newBuilder(URI.create(endpoint
                + "/_fakecloud/lambda/invocations?functionName=" + fn)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"response\":\"(\\d+)\"").matcher(records);
        List<Long> latencies = new ArrayList<>();
        while (m.find()) {
            latencies.add(Long.parseLong(m.group(1)));
        }
        List<Long> kept = latencies.subList(Math.min(20, latencies.size()), latencies.size());
        List<Long> sorted = new ArrayList<>(kept);
        Collections.sort(sorted);
        System.out.printf("%n%-52s %8s %10s %10s%n", "SendMessage -> handler start (mapping, no window)", "samples",
                "p50 ms", "p99 ms");
        System.out.printf("%-52s %8d %10.2f %10.2f%n", "python3.12, batch size 1", sorted.size(),
                pct(sorted, 50) / 1000.0, pct(sorted, 99) / 1000.0);
    }

    /**
     * SendMessage p50/p99 into an empty queue and into one already holding {@code depth} messages: a queue's
     * structures must not make a deep queue slower to send to.
     */
    static void sendLatencyByDepth(SqsClient sqs, String id, int depth) throws Exception {
        String empty = sqs.createQueue(b -> b.queueName("bench-empty-" + id)).queueUrl();
        String deep = sqs.createQueue(b -> b.queueName("bench-deep-" + id)).queueUrl();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> fills = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int first = t * (depth / 8);
            fills.add(pool.submit(() -> {
                for (int n = first; n < first + depth / 8; n += 10) {
                    List<software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry> entries =
                            new ArrayList<>();
                    for (int i = n; i < n + 10; i++) {
                        entries.add(software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry.builder()
                                .id("e" + (i - n)).messageBody("queued " + i).build());
                    }
                    sqs.sendMessageBatch(b -> b.queueUrl(deep).entries(entries));
                }
            }));
        }
        for (Future<?> f : fills) {
            f.get();
        }
        pool.shutdown();
        int samples = 3000;
        List<Long> onEmpty = new ArrayList<>();
        List<Long> onDeep = new ArrayList<>();
        // interleaved, so that both see the same JIT state and the same noise from the rest of the machine
        for (int i = 0; i < 2 * samples; i++) {
            long a = timeSend(sqs, empty);
            long b = timeSend(sqs, deep);
            if (i >= samples) {
                onEmpty.add(a);
                onDeep.add(b);
            }
        }
        Collections.sort(onEmpty);
        Collections.sort(onDeep);
        System.out.printf("%n%-52s %8s %10s %10s%n", "SendMessage latency by queue depth", "samples", "p50 ms",
                "p99 ms");
        System.out.printf("%-52s %8d %10.3f %10.3f%n", "empty queue", samples, pct(onEmpty, 50) / 1e6,
                pct(onEmpty, 99) / 1e6);
        System.out.printf("%-52s %8d %10.3f %10.3f%n", String.format("%,d messages queued", depth), samples,
                pct(onDeep, 50) / 1e6, pct(onDeep, 99) / 1e6);
        System.out.printf("%-52s %8s %10.2f%n", "  ratio (deep / empty)", "", (double) pct(onDeep, 50)
                / pct(onEmpty, 50));
        sqs.deleteQueue(b -> b.queueUrl(deep));
        sqs.deleteQueue(b -> b.queueUrl(empty));
    }

    /** Nanoseconds one SendMessage takes. */
    static long timeSend(SqsClient sqs, String url) {
        long start = System.nanoTime();
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("probe"));
        return System.nanoTime() - start;
    }

    /** Wall-clock microseconds (the handler compares with its own clock on the same host). */
    static long nowMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    static long pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    /** The handler answers with how many microseconds passed between the send and its own start. */
    static byte[] handlerZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("handler.py"));
            z.write(("import time\ndef handler(event, context):\n    start = time.time_ns() // 1000\n"
                    + "    return start - int(event['Records'][0]['body'])\n").getBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
