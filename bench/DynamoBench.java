import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;

/**
 * DynamoDB through the AWS SDK v2 against a running fakecloud: PutItem and GetItem latency and throughput with one
 * and eight clients on a table holding BENCH_ITEMS items (100,000), a Query over a partition of 1,000 items, Lambda
 * GetFunction beside GetItem, and PutItem -> handler start through a DynamoDB Streams event source mapping.
 * Usage: java -cp <sdk classpath> bench/DynamoBench.java <endpoint>
 */
public class DynamoBench {

    static final String ROW = "%-52s %8s %10s %10s %10s%n";

    public static void main(String[] args) throws Exception {
        String endpoint = args.length > 0 ? args[0] : "http://127.0.0.1:4566";
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"));
        DynamoDbClient ddb = DynamoDbClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(ApacheHttpClient.builder().maxConnections(64).build()).build();
        LambdaClient lambda = LambdaClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(ApacheHttpClient.builder().maxConnections(64).build()).build();
        String id = Long.toHexString(System.nanoTime());
        int itemCount = Integer.parseInt(System.getenv().getOrDefault("BENCH_ITEMS", "100000"));
        int ops = Integer.parseInt(System.getenv().getOrDefault("BENCH_OPS", "4000"));

        String table = "bench-" + id;
        createTable(ddb, table, false);
        long loadStart = System.nanoTime();
        load(ddb, table, itemCount);
        System.out.printf("loaded %d items in %.1f s%n%n", itemCount, (System.nanoTime() - loadStart) / 1e9);

        System.out.printf(ROW, "DynamoDB (AWS SDK v2), " + itemCount + " items in the table", "ops", "p50 ms",
                "p99 ms", "ops/s");
        for (int clients : new int[] {1, 8}) {
            report("PutItem, " + clients + " client" + (clients > 1 ? "s" : ""), run(clients, ops, i -> {
                int n = ThreadLocalRandom.current().nextInt(itemCount);
                ddb.putItem(b -> b.tableName(table).item(item("p" + (n % 10000), n, "updated " + i)));
            }));
            report("GetItem, " + clients + " client" + (clients > 1 ? "s" : ""), run(clients, ops, i -> {
                int n = ThreadLocalRandom.current().nextInt(itemCount);
                ddb.getItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS("p" + (n % 10000)),
                        "sk", AttributeValue.fromN(Integer.toString(n)))));
            }));
        }
        List<WriteRequest> hot = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            hot.add(WriteRequest.builder().putRequest(p -> p.item(item("hot", hot.size(), "x"))).build());
            if (hot.size() % 25 == 0) {
                List<WriteRequest> batch = List.copyOf(hot.subList(hot.size() - 25, hot.size()));
                ddb.batchWriteItem(b -> b.requestItems(Map.of(table, batch)));
            }
        }
        report("Query, one partition of 1,000 items", run(1, 300, i -> {
            int got = ddb.query(b -> b.tableName(table).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("hot")))).count();
            if (got != 1000) {
                throw new IllegalStateException("query returned " + got);
            }
        }));

        String fn = "bench-ddb-" + id;
        SdkBytes code = SdkBytes.fromByteArray(handlerZip());
        lambda.createFunction(b -> b.functionName(fn).runtime("python3.12").role("arn:aws:iam::000000000000:role/b")
                .handler("handler.handler").code(c -> c.zipFile(code)));
        report("Lambda GetFunction, 1 client (for comparison)", run(1, ops, i -> lambda.getFunction(b -> b
                .functionName(fn))));

        String streamed = "bench-stream-" + id;
        createTable(ddb, streamed, true);
        String streamArn = ddb.describeTable(b -> b.tableName(streamed)).table().latestStreamArn();
        lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(streamArn).batchSize(1)
                .startingPosition(EventSourcePosition.TRIM_HORIZON));
        Thread.sleep(1500);
        int samples = 300;
        long gapMillis = Long.parseLong(System.getenv().getOrDefault("BENCH_GAP_MS", "50"));
        for (int i = 0; i < samples + 20; i++) {
            int n = i;
            ddb.putItem(b -> b.tableName(streamed).item(Map.of("pk", AttributeValue.fromS("k"),
                    "sk", AttributeValue.fromN(Integer.toString(n)),
                    "t", AttributeValue.fromN(Long.toString(nowMicros())))));
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
        List<Long> sorted = new ArrayList<>(latencies.subList(Math.min(20, latencies.size()), latencies.size()));
        Collections.sort(sorted);
        System.out.printf("%n%-52s %8s %10s %10s%n", "PutItem -> handler start (Streams mapping)", "samples",
                "p50 ms", "p99 ms");
        System.out.printf("%-52s %8d %10.2f %10.2f%n", "python3.12, batch size 1, a put every " + gapMillis + " ms",
                sorted.size(), pct(sorted, 50) / 1000.0, pct(sorted, 99) / 1000.0);
    }

    interface Op {
        void run(int i) throws Exception;
    }

    record Result(List<Long> sortedNanos, double seconds) {
    }

    /** Runs {@code ops} calls split over {@code clients} threads, timing each call. */
    static Result run(int clients, int ops, Op op) throws Exception {
        for (int i = 0; i < Math.min(200, ops); i++) {
            op.run(i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients, DynamoBench::daemon);
        List<Future<List<Long>>> runs = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            runs.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < ops / clients; i++) {
                    long t0 = System.nanoTime();
                    op.run(i);
                    times.add(System.nanoTime() - t0);
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : runs) {
            all.addAll(f.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Result(all, seconds);
    }

    static void report(String label, Result r) {
        System.out.printf(ROW, label, r.sortedNanos().size(), String.format("%.3f", pct(r.sortedNanos(), 50) / 1e6),
                String.format("%.3f", pct(r.sortedNanos(), 99) / 1e6),
                String.format("%.0f", r.sortedNanos().size() / r.seconds()));
    }

    static void createTable(DynamoDbClient ddb, String name, boolean stream) {
        ddb.createTable(r -> {
            r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                            a -> a.attributeName("sk").attributeType(ScalarAttributeType.N))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                            k -> k.attributeName("sk").keyType(KeyType.RANGE));
            if (stream) {
                r.streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE));
            }
        });
    }

    static Map<String, AttributeValue> item(String pk, int sk, String payload) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromN(Integer.toString(sk)),
                "payload", AttributeValue.fromS(payload), "n", AttributeValue.fromN(Integer.toString(sk * 7)));
    }

    /** Fills the table with BatchWriteItem from eight threads: item n in partition n % 10,000. */
    static void load(DynamoDbClient ddb, String table, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8, DynamoBench::daemon);
        List<Future<?>> runs = new ArrayList<>();
        for (int start = 0; start < count; start += 25) {
            int from = start;
            runs.add(pool.submit(() -> {
                List<WriteRequest> batch = new ArrayList<>();
                for (int n = from; n < Math.min(count, from + 25); n++) {
                    int k = n;
                    batch.add(WriteRequest.builder().putRequest(p -> p.item(item("p" + (k % 10000), k,
                            "item " + k))).build());
                }
                ddb.batchWriteItem(b -> b.requestItems(Map.of(table, batch)));
            }));
        }
        for (Future<?> f : runs) {
            f.get();
        }
        pool.shutdown();
    }

    /** Pool threads that never keep the program alive after a failure. */
    static Thread daemon(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
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
            z.write(("import time\ndef handler(event, context):\n    start = time.time_ns() // 1000\n"
                    + "    return start - int(event['Records'][0]['dynamodb']['NewImage']['t']['N'])\n")
                    .getBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
