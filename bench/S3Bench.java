import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 through the AWS SDK v2 against a running fakecloud: PutObject and GetObject throughput for one large object
 * (streamed from and to a file; the client computes no checksums, so the figures are the server's), and the
 * latency and rate of sequential small-object PutObject and GetObject.
 * Usage: java -cp <sdk classpath> bench/S3Bench.java <endpoint> <large file> [small objects]
 */
public class S3Bench {

    public static void main(String[] args) throws Exception {
        String endpoint = args.length > 0 ? args[0] : "http://127.0.0.1:4566";
        Path large = Path.of(args[1]);
        int small = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
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
        long t0 = System.nanoTime();
        s3.putObject(b -> b.bucket(bucket).key("large"), RequestBody.fromFile(large));
        double put = (System.nanoTime() - t0) / 1e9;
        Path back = Files.createTempFile("s3bench", ".bin");
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
        s3.close();
    }

    static void row(String name, List<Long> nanos, double seconds) {
        Collections.sort(nanos);
        System.out.printf("%-48s %8d %8.0f %8.2f %8.2f%n", name, nanos.size(), nanos.size() / seconds,
                nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) (nanos.size() * 0.99)) / 1e6);
    }
}
