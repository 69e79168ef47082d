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
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * Invoke benchmarks through the AWS SDK for Java v2 against a running fakecloud with a python echo function:
 * warm invoke latency (and fakecloud's share: the client's total minus the time the runtime held the event, as
 * fakecloud measured it; a DryRun row shows what the SDK and HTTP cost without any execution), throughput with 16
 * warm environments, and cold starts after eviction. Uses the SDK's default (Apache) HTTP client.
 * Usage: java -cp <sdk classpath> bench/InvokeBench.java <endpoint> <sequential invokes>
 */
public class InvokeBench {

    public static void main(String[] args) throws Exception {
        String endpoint = args.length > 0 ? args[0] : "http://127.0.0.1:4566";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        LambdaClient lambda = LambdaClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(ApacheHttpClient.builder().maxConnections(64).build()).build();
        String name = "bench-echo-" + Long.toHexString(System.nanoTime());
        SdkBytes code = SdkBytes.fromByteArray(echoZip());
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role("arn:aws:iam::000000000000:role/b")
                .handler("handler.handler").code(c -> c.zipFile(code)));
        SdkBytes payload = SdkBytes.fromUtf8String("{\"hello\":\"world\"}");
        for (int i = 0; i < 50; i++) {
            lambda.invoke(b -> b.functionName(name).payload(payload));
        }
        HttpClient http = HttpClient.newHttpClient();
        http.send(HttpRequest.newBuilder(URI.create(endpoint + "/_fakecloud/lambda/invocations")).build(),
                HttpResponse.BodyHandlers.discarding());
        List<Long> dryRuns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            lambda.invoke(b -> b.functionName(name).invocationType("DryRun").payload(payload));
            dryRuns.add(System.nanoTime() - start);
        }
        List<Long> totals = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            var r = lambda.invoke(b -> b.functionName(name).payload(payload));
            totals.add(System.nanoTime() - start);
            ids.add(r.responseMetadata().requestId());
        }
        String records = http.send(HttpRequest.newBuilder(URI.create(endpoint
                + "/_fakecloud/lambda/invocations?functionName=" + name)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.Map<String, Double> runtimeById = new java.util.HashMap<>();
        Matcher m = Pattern.compile("\"requestId\":\"([^\"]+)\".*?\"durationMs\":([0-9.E-]+)").matcher(records);
        while (m.find()) {
            runtimeById.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        List<Long> inContainer = new ArrayList<>();
        List<Long> share = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Double rt = runtimeById.get(ids.get(i));
            if (rt != null) {
                long rtNanos = (long) (rt * 1e6);
                inContainer.add(rtNanos);
                share.add(totals.get(i) - rtNanos);
            }
        }
        System.out.printf("%-52s %8s %10s %10s%n", "warm invoke, python echo (AWS SDK v2, sequential)", "samples",
                "p50 ms", "p99 ms");
        row("total as the client sees it", totals);
        row("in the container (event handed out -> response)", inContainer);
        row("fakecloud + SDK + HTTP (total - in container)", share);
        row("DryRun invoke (SDK + HTTP + routing, no container)", dryRuns);

        // throughput with 16 warm environments
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> warmups = new ArrayList<>();
        SdkBytes sleepy = SdkBytes.fromUtf8String("{\"sleep\":0.5}");
        for (int i = 0; i < threads; i++) {
            warmups.add(pool.submit(() -> lambda.invoke(b -> b.functionName(name).payload(sleepy))));
        }
        for (Future<?> f : warmups) {
            f.get();
        }
        AtomicInteger done = new AtomicInteger();
        int total = 4000;
        long start = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            runs.add(pool.submit(() -> {
                while (done.incrementAndGet() <= total) {
                    lambda.invoke(b -> b.functionName(name).payload(payload));
                }
            }));
        }
        for (Future<?> f : runs) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        String warm = http.send(HttpRequest.newBuilder(URI.create(endpoint + "/_fakecloud/lambda/warm-containers"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        int envs = warm.split("\"functionName\":\"" + name + "\"", -1).length - 1;
        System.out.printf("%n%-52s %8.0f   (%d invokes, %d client threads, %d environments)%n",
                "throughput, invokes/s", total / seconds, total, threads, envs);

        // cold starts
        List<Long> cold = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            http.send(HttpRequest.newBuilder(URI.create(endpoint + "/_fakecloud/lambda/" + name + "/evict-container"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            Thread.sleep(300);
            long s = System.nanoTime();
            lambda.invoke(b -> b.functionName(name).payload(payload));
            cold.add(System.nanoTime() - s);
        }
        System.out.printf("%n%-52s %8s %10s %10s%n", "cold start (first invoke after evict)", "samples", "p50 ms",
                "max ms");
        row("python3.12 echo", cold);
        lambda.deleteFunction(b -> b.functionName(name));
    }

    static void row(String name, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%-52s %8d %10.2f %10.2f%n", name, sorted.size(), pct(sorted, 50), pct(sorted, 99));
    }

    static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    static byte[] echoZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("handler.py"));
            z.write(("import time\ndef handler(event, context):\n    if 'sleep' in event:\n"
                    + "        time.sleep(event['sleep'])\n    return event\n").getBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
