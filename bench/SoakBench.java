import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The invoke path at full size against a running fakecloud: synchronous invokes of a python echo function from many
 * callers at once, each answer checked against its request (none lost, none crossed), then asynchronous invokes
 * queued behind a reserved concurrency, each of which must run exactly once (checked in the invocation record).
 * Usage: java -cp <sdk classpath> bench/SoakBench.java <endpoint> <sync invokes> <callers> <event invokes>
 */
public class SoakBench {

    public static void main(String[] args) throws Exception {
        String endpoint = args[0];
        int total = Integer.parseInt(args[1]);
        int callers = Integer.parseInt(args[2]);
        int events = Integer.parseInt(args[3]);
        LambdaClient lambda = LambdaClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(ApacheHttpClient.builder().maxConnections(callers).build())
                .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build();
        String name = "soak-" + Long.toHexString(System.nanoTime());
        SdkBytes code = SdkBytes.fromByteArray(echoZip());
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role("arn:aws:iam::000000000000:role/b")
                .handler("handler.handler").timeout(30).code(c -> c.zipFile(code)));

        ExecutorService pool = Executors.newFixedThreadPool(callers);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger crossed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            runs.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    String sent = "{\"tag\": \"" + i + "-" + UUID.randomUUID() + "\"}";
                    long s = System.nanoTime();
                    try {
                        var r = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String(sent)));
                        latencies.add(System.nanoTime() - s);
                        if (!sent.equals(r.payload().asUtf8String())) {
                            crossed.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : runs) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(latencies);
        System.out.printf("%-52s %8s %10s %10s %10s%n", "synchronous soak, python echo", "invokes", "invokes/s",
                "p50 ms", "p99 ms");
        System.out.printf("%-52s %8d %10.0f %10.2f %10.2f%n", callers + " callers, cold starts included", total,
                total / seconds, pct(latencies, 50), pct(latencies, 99));
        System.out.printf("%-52s %8d%n%-52s %8d%n", "answers crossed (must be 0)", crossed.get(),
                "invokes failed (must be 0)", failed.get());

        String async = name + "-events";
        lambda.createFunction(b -> b.functionName(async).runtime("python3.12")
                .role("arn:aws:iam::000000000000:role/b").handler("handler.handler").code(c -> c.zipFile(code)));
        lambda.putFunctionConcurrency(b -> b.functionName(async).reservedConcurrentExecutions(8));
        AtomicInteger refused = new AtomicInteger();
        next.set(0);
        long asyncStart = System.nanoTime();
        runs.clear();
        for (int c = 0; c < 16; c++) {
            runs.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < events; i = next.getAndIncrement()) {
                    int n = i;
                    try {
                        lambda.invoke(b -> b.functionName(async).invocationType("Event")
                                .payload(SdkBytes.fromUtf8String("{\"n\": " + n + "}")));
                    } catch (RuntimeException e) {
                        refused.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : runs) {
            f.get();
        }
        pool.shutdown();
        HttpClient http = HttpClient.newHttpClient();
        int ran = 0;
        for (int i = 0; i < 600 && ran < events - refused.get(); i++) {
            String body = http.send(HttpRequest.newBuilder(URI.create(endpoint
                    + "/_fakecloud/lambda/invocations?functionName=" + async)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\"payload\":\"\\{\\\\\"n\\\\\": (\\d+)\\}\"").matcher(body);
            java.util.Set<String> distinct = new java.util.HashSet<>();
            int count = 0;
            while (m.find()) {
                distinct.add(m.group(1));
                count++;
            }
            ran = count;
            if (count != distinct.size()) {
                System.out.printf("%-52s %8d%n", "events run more than once (must be 0)", count - distinct.size());
            }
            if (ran < events - refused.get()) {
                Thread.sleep(100);
            }
        }
        double asyncSeconds = (System.nanoTime() - asyncStart) / 1e9;
        System.out.printf("%n%-52s %8s %10s %10s%n", "Event soak, reserved concurrency 8", "events", "ran",
                "events/s");
        System.out.printf("%-52s %8d %10d %10.0f   (%d refused: queue full)%n", "accepted, queued, run once", events,
                ran, ran / asyncSeconds, refused.get());
        lambda.deleteFunction(b -> b.functionName(name));
        lambda.deleteFunction(b -> b.functionName(async));
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    static byte[] echoZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("handler.py"));
            z.write("def handler(event, context):\n    return event\n".getBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
