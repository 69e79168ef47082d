import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Event;

/**
 * S3 through the AWS SDK v2 against a running fakecloud: PutObject and GetObject throughput for one large object
 * (streamed from and to a file; the client computes no checksums, so the figures are the server's), and the
 * latency and rate of sequential small-object PutObject and GetObject, and the latency from the start of a PutObject
 * to the start of the python handler its bucket notification invokes (the key carries the client's clock, the
 * handler answers with its own clock minus it; both run on this host).
 * Usage: java -cp <sdk classpath> bench/S3Bench.java <endpoint> <large file> [small objects] [notified puts]
 */
public class S3Bench {

    public static void main(String[] args) throws Exception {
        String endpoint = args.length > 0 ? args[0] : "http://127.0.0.1:4566";
        Path large = Path.of(args[1]);
        int small = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int notified = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        S3Client s3 = S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(ApacheHttpClient.builder().maxConnections(4).build()).build();
        String bucket = "bench-" + Long.toHexString(System.nanoTime());
        s3.createBucket(b -> b.bucket(bucket));

        long size = Files.size(large);
        double mb = size / 1e6;
        System.out.printf("%-48s %10s %10s%n", "S3 large object (AWS SDK v2)", "MB", "MB/s");
        // the same upload once untimed, so the timed one is not the server's first (its JIT warm)
        s3.putObject(b -> b.bucket(bucket).key("large"), RequestBody.fromFile(large));
        long t0 = System.nanoTime();
        s3.putObject(b -> b.bucket(bucket).key("large"), RequestBody.fromFile(large));
        double put = (System.nanoTime() - t0) / 1e9;
        Path back = Files.createTempFile("s3bench", ".bin");
        Files.delete(back);
        // the same download once untimed, so the timed one is not the JVM's first
        s3.getObject(b -> b.bucket(bucket).key("large"), back);
        Files.delete(back);
        t0 = System.nanoTime();
        s3.getObject(b -> b.bucket(bucket).key("large"), back);
        double get = (System.nanoTime() - t0) / 1e9;
        if (Files.size(back) != size) {
            throw new IllegalStateException("downloaded " + Files.size(back) + " bytes of " + size);
        }
        Files.delete(back);
        System.out.printf("%-48s %10.0f %10.0f%n", "PutObject", mb, mb / put);
        System.out.printf("%-48s %10.0f %10.0f%n", "GetObject", mb, mb / get);
        double raw = plainPut(endpoint, bucket, large);
        System.out.printf("%-48s %10.0f %10.0f%n", "PutObject, JDK HttpClient (no SDK on the client)", mb, mb / raw);

        byte[] body = new byte[1024];
        for (int i = 0; i < 200; i++) {
            String key = "warm-" + i;
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(body));
            s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
        }
        List<Long> puts = new ArrayList<>();
        List<Long> gets = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < small; i++) {
            String key = "small-" + i;
            long t = System.nanoTime();
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(body));
            puts.add(System.nanoTime() - t);
        }
        double putSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        for (int i = 0; i < small; i++) {
            String key = "small-" + i;
            long t = System.nanoTime();
            s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
            gets.add(System.nanoTime() - t);
        }
        double getSeconds = (System.nanoTime() - start) / 1e9;
        System.out.println();
        System.out.printf("%-48s %8s %8s %8s %8s%n", "S3 1 KB objects (sequential)", "objects", "ops/s", "p50 ms",
                "p99 ms");
        row("PutObject", puts, putSeconds);
        row("GetObject", gets, getSeconds);
        notificationLatency(endpoint, s3, bucket, notified);
        s3.close();
    }

    /** PutObject -> handler start through a bucket notification (asynchronous invoke), one put every 50 ms. */
    static void notificationLatency(String endpoint, S3Client s3, String bucket, int samples) throws Exception {
        LambdaClient lambda = LambdaClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(ApacheHttpClient.builder().build()).build();
        String fn = "bench-s3-" + Long.toHexString(System.nanoTime());
        SdkBytes code = SdkBytes.fromByteArray(handlerZip());
        String fnArn = lambda.createFunction(b -> b.functionName(fn).runtime("python3.12")
                .role("arn:aws:iam::000000000000:role/b").handler("handler.handler").code(c -> c.zipFile(code)))
                .functionArn();
        s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(n -> n
                .lambdaFunctionConfigurations(l -> l.lambdaFunctionArn(fnArn).events(Event.S3_OBJECT_CREATED_PUT)
                        .filter(f -> f.key(k -> k.filterRules(r -> r.name("prefix").value("t-")))))));
        byte[] body = new byte[1024];
        HttpClient http = HttpClient.newHttpClient();
        // one put first, and its invoke waited for: the environment is started and warm when the timed puts begin
        s3.putObject(b -> b.bucket(bucket).key("t-" + nowMicros()), RequestBody.fromBytes(body));
        int warm = 0;
        for (int wait = 0; wait < 600 && warm == 0; wait++) {
            Thread.sleep(100);
            warm = responses(http, endpoint, fn).size();
        }
        Thread.sleep(500);
        for (int i = 0; i < samples; i++) {
            String key = "t-" + nowMicros();
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(body));
            Thread.sleep(50);
        }
        List<Long> latencies = List.of();
        for (int wait = 0; wait < 300 && latencies.size() < warm + samples; wait++) {
            Thread.sleep(100);
            latencies = responses(http, endpoint, fn);
        }
        List<Long> sorted = new ArrayList<>(latencies.subList(Math.min(warm, latencies.size()), latencies.size()));
        Collections.sort(sorted);
        System.out.printf("%n%-48s %8s %8s %8s%n", "PutObject -> handler start (notification)", "samples", "p50 ms",
                "p99 ms");
        System.out.printf("%-48s %8d %8.2f %8.2f%n", "python3.12, 1 KB objects, a put every 50 ms", sorted.size(),
                pct(sorted, 50) / 1000.0, pct(sorted, 99) / 1000.0);
        lambda.close();
    }

    /**
     * Seconds for a PutObject of {@code file} sent by the JDK's HttpClient (an unsigned SigV4 header names the
     * service), the second of two: the SDK's synchronous client is slower at sending than the server at taking.
     */
    static double plainPut(String endpoint, String bucket, Path file) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest put = HttpRequest.newBuilder(URI.create(endpoint + "/" + bucket + "/plain"))
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/s3/aws4_request, "
                        + "SignedHeaders=host, Signature=00")
                .PUT(HttpRequest.BodyPublishers.ofFile(file)).build();
        double seconds = 0;
        for (int i = 0; i < 2; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(put, HttpResponse.BodyHandlers.ofString());
            seconds = (System.nanoTime() - t) / 1e9;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("plain PutObject answered " + r.statusCode() + ": " + r.body());
            }
        }
        return seconds;
    }

    /** What the function's recorded invokes answered, in the order they ended. */
    static List<Long> responses(HttpClient http, String endpoint, String fn) throws Exception {
        String invocations = http.send(HttpRequest.newBuilder(URI.create(endpoint
                + "/_fakecloud/lambda/invocations?functionName=" + fn)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"response\":\"(-?\\d+)\"").matcher(invocations);
        List<Long> out = new ArrayList<>();
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
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
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** The handler answers with how many microseconds passed between the start of the put and its own start. */
    static byte[] handlerZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("handler.py"));
            z.write(("import time\ndef handler(event, context):\n    start = time.time_ns() // 1000\n"
                    + "    return start - int(event['Records'][0]['s3']['object']['key'][2:])\n").getBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }

    static void row(String name, List<Long> nanos, double seconds) {
        Collections.sort(nanos);
        System.out.printf("%-48s %8d %8.0f %8.2f %8.2f%n", name, nanos.size(), nanos.size() / seconds,
                nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) (nanos.size() * 0.99)) / 1e6);
    }
}
