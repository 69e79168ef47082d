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
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;

/**
 * Kinesis through the AWS SDK v2 (CBOR) against a running fakecloud: PutRecords throughput with one and eight
 * clients (500 records of 100 bytes a call), and the latency from PutRecord to the start of the handler a stream
 * event source mapping invokes (batch size 1, no window). Usage: java -cp <sdk classpath> bench/KinesisBench.java
 * <endpoint>
 */
public class KinesisBench {

    public static void main(String[] args) throws Exception {
        String endpoint = args.length > 0 ? args[0] : "http://127.0.0.1:4566";
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"));
        KinesisClient kinesis = KinesisClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(ApacheHttpClient.builder().maxConnections(64).build()).build();
        LambdaClient lambda = LambdaClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(ApacheHttpClient.builder().maxConnections(64).build()).build();
        String id = Long.toHexString(System.nanoTime());
        int calls = Integer.parseInt(System.getenv().getOrDefault("BENCH_PUT_CALLS", "200"));
        long gapMillis = Long.parseLong(System.getenv().getOrDefault("BENCH_GAP_MS", "50"));

        System.out.printf("%-52s %10s %12s%n", "Kinesis PutRecords, 500 x 100 B (AWS SDK v2, CBOR)", "records",
                "records/s");
        byte[] data = new byte[100];
        for (int clients : new int[] {1, 8}) {
            String stream = "bench-" + clients + "-" + id;
            kinesis.createStream(b -> b.streamName(stream).shardCount(8));
            int perClient = calls / clients;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> runs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        List<PutRecordsRequestEntry> entries = new ArrayList<>(500);
                        for (int r = 0; r < 500; r++) {
                            entries.add(PutRecordsRequestEntry.builder().partitionKey(client + "-" + r)
                                    .data(SdkBytes.fromByteArray(data)).build());
                        }
                        kinesis.putRecords(b -> b.streamName(stream).records(entries));
                    }
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            long records = (long) perClient * clients * 500;
            System.out.printf("%-52s %10d %12.0f%n", clients + " client" + (clients > 1 ? "s" : ""), records,
                    records / seconds);
            kinesis.deleteStream(b -> b.streamName(stream));
        }

        String fn = "bench-kinesis-" + id;
        SdkBytes code = SdkBytes.fromByteArray(handlerZip());
        lambda.createFunction(b -> b.functionName(fn).runtime("python3.12").role("arn:aws:iam::000000000000:role/b")
                .handler("handler.handler").code(c -> c.zipFile(code)));
        String stream = "bench-esm-" + id;
        kinesis.createStream(b -> b.streamName(stream).shardCount(1));
        String arn = "arn:aws:kinesis:us-east-1:000000000000:stream/" + stream;
        lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(arn).batchSize(1)
                .startingPosition(EventSourcePosition.TRIM_HORIZON));
        Thread.sleep(1500);
        int samples = 300;
        for (int i = 0; i < samples + 20; i++) {
            kinesis.putRecord(b -> b.streamName(stream).partitionKey("k")
                    .data(SdkBytes.fromUtf8String(Long.toString(nowMicros()))));
            Thread.sleep(gapMillis);
        }
        Thread.sleep(2000);
        HttpClient http = HttpClient.newHttpClient();
        String invocations = http.send(HttpRequest.newBuilder(URI.create(endpoint
                + "/_fakecloud/lambda/invocations?functionName=" + fn)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"response\":\"(\\d+)\"").matcher(invocations);
        List<Long> latencies = new ArrayList<>();
        while (m.find()) {
            latencies.add(Long.parseLong(m.group(1)));
        }
        List<Long> kept = latencies.subList(Math.min(20, latencies.size()), latencies.size());
        List<Long> sorted = new ArrayList<>(kept);
        Collections.sort(sorted);
        System.out.printf("%n%-52s %8s %10s %10s%n", "PutRecord -> handler start (mapping, no window)", "samples",
                "p50 ms", "p99 ms");
        System.out.printf("%-52s %8d %10.2f %10.2f%n", "python3.12, batch size 1, a put every " + gapMillis + " ms",
                sorted.size(),
                pct(sorted, 50) / 1000.0, pct(sorted, 99) / 1000.0);
    }

    /** Wall-clock microseconds (the handler compares with its own clock on the same host). */
    static long nowMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    /** The handler answers with how many microseconds passed between the put and its own start. */
    static byte[] handlerZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("handler.py"));
            z.write(("import base64, time\ndef handler(event, context):\n    start = time.time_ns() // 1000\n"
                    + "    return start - int(base64.b64decode(event['Records'][0]['kinesis']['data']))\n")
                    .getBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
