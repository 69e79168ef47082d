import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * EventBridge through the AWS SDK v2 against a running fakecloud: PutEvents -> handler start latency through a rule
 * with a Lambda target, and events per second through a rule into SQS with one and eight clients.
 * Usage: java -cp <sdk classpath> bench/EventsBench.java <endpoint>
 */
public class EventsBench {

    public static void main(String[] args) throws Exception {
        String endpoint = args.length > 0 ? args[0] : "http://127.0.0.1:4566";
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"));
        EventBridgeClient events = EventBridgeClient.builder().endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1).credentialsProvider(creds)
                .httpClient(ApacheHttpClient.builder().maxConnections(64).build()).build();
        SqsClient sqs = SqsClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(ApacheHttpClient.builder().maxConnections(64).build()).build();
        LambdaClient lambda = LambdaClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(ApacheHttpClient.builder().maxConnections(64).build()).build();
        String id = Long.toHexString(System.nanoTime());

        // events/s through a rule into SQS: a queue and a rule per run, so that each run starts on an empty queue
        System.out.printf("%-52s %10s %12s %12s%n", "PutEvents (10 entries) -> rule -> SQS (AWS SDK v2)", "events",
                "accepted/s", "delivered/s");
        for (int clients : new int[] {1, 8}) {
            String source = "bench.sqs." + clients;
            String url = sqs.createQueue(b -> b.queueName("bench-events-" + clients + "-" + id)).queueUrl();
            String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(url)
                    .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
            String rule = "bench-sqs-" + clients + "-" + id;
            events.putRule(b -> b.name(rule).eventPattern("{\"source\":[\"" + source + "\"]}"));
            events.putTargets(b -> b.rule(rule).targets(Target.builder().id("q").arn(queueArn).build()));
            int requestsPerClient = 1000 / clients;
            List<PutEventsRequestEntry> batch = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                batch.add(PutEventsRequestEntry.builder().source(source).detailType("bench")
                        .detail("{\"n\":" + i + "}").build());
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> runs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < requestsPerClient; i++) {
                        events.putEvents(b -> b.entries(batch));
                    }
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
            double accepted = (System.nanoTime() - start) / 1e9;
            long count = (long) requestsPerClient * clients * 10;
            while (queued(sqs, url) < count) {
                Thread.sleep(5);
            }
            double all = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            System.out.printf("%-52s %10d %12.0f %12.0f%n", clients + " client" + (clients > 1 ? "s" : ""), count,
                    count / accepted, count / all);
        }

        // PutEvents -> handler start
        String fn = "bench-events-" + id;
        SdkBytes code = SdkBytes.fromByteArray(handlerZip());
        String fnArn = lambda.createFunction(b -> b.functionName(fn).runtime("python3.12")
                .role("arn:aws:iam::000000000000:role/b").handler("handler.handler")
                .code(c -> c.zipFile(code))).functionArn();
        events.putRule(b -> b.name("bench-fn-" + id).eventPattern("{\"source\":[\"bench.lambda\"]}"));
        events.putTargets(b -> b.rule("bench-fn-" + id).targets(Target.builder().id("fn").arn(fnArn).build()));
        // warm-up: a burst starts a few execution environments, so that the samples measure warm handler starts
        HttpClient http = HttpClient.newHttpClient();
        List<PutEventsRequestEntry> burst = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            burst.add(PutEventsRequestEntry.builder().source("bench.lambda").detailType("bench")
                    .detail("{\"sent\":" + nowMicros() + "}").build());
        }
        events.putEvents(b -> b.entries(burst));
        for (int attempt = 0; attempt < 600 && invocations(http, endpoint, fn).size() < 8; attempt++) {
            Thread.sleep(100);
        }
        int samples = 300;
        for (int i = 0; i < samples + 20; i++) {
            String sent = Long.toString(nowMicros());
            events.putEvents(b -> b.entries(PutEventsRequestEntry.builder().source("bench.lambda")
                    .detailType("bench").detail("{\"sent\":" + sent + "}").build()));
            Thread.sleep(30);
        }
        List<Long> latencies = invocations(http, endpoint, fn);
        for (int attempt = 0; attempt < 600 && latencies.size() < samples + 28; attempt++) {
            Thread.sleep(100);
            latencies = invocations(http, endpoint, fn);
        }
        List<Long> sorted = new ArrayList<>(latencies.subList(Math.min(28, latencies.size()), latencies.size()));
        Collections.sort(sorted);
        System.out.printf("%n%-52s %8s %10s %10s%n", "PutEvents -> handler start (rule, Lambda target)", "samples",
                "p50 ms", "p99 ms");
        System.out.printf("%-52s %8d %10.2f %10.2f%n", "python3.12, warm", sorted.size(), pct(sorted, 50) / 1000.0,
                pct(sorted, 99) / 1000.0);
    }

    /** The recorded invocations' answers (microseconds from PutEvents to handler start), oldest first. */
    static List<Long> invocations(HttpClient http, String endpoint, String fn) throws Exception {
        String records = http.send(HttpRequest.newBuilder(URI.create(endpoint
                + "/_fakecloud/lambda/invocations?functionName=" + fn)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"response\":\"(-?\\d+)\"").matcher(records);
        List<Long> latencies = new ArrayList<>();
        while (m.find()) {
            latencies.add(Long.parseLong(m.group(1)));
        }
        return latencies;
    }

    static long queued(SqsClient sqs, String url) {
        var a = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes();
        return Long.parseLong(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
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

    /** The handler answers with how many microseconds passed between PutEvents and its own start. */
    static byte[] handlerZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("handler.py"));
            z.write(("import time\ndef handler(event, context):\n    start = time.time_ns() // 1000\n"
                    + "    return start - int(event['detail']['sent'])\n").getBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
