import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Fills or checks a fakecloud's state through the AWS SDK v2, for the restore benchmark.
 * Usage: java -cp <sdk classpath> bench/StateBench.java fill|check|latency <endpoint> <functions> <messages>
 */
public class StateBench {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        URI endpoint = URI.create(args[1]);
        int functions = Integer.parseInt(args[2]);
        int messages = Integer.parseInt(args[3]);
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"));
        LambdaClient lambda = LambdaClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(ApacheHttpClient.builder().maxConnections(16).build()).build();
        SqsClient sqs = SqsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(ApacheHttpClient.builder().maxConnections(16).build()).build();
        switch (mode) {
            case "fill" -> fill(lambda, sqs, functions, messages);
            case "check" -> check(lambda, sqs, functions, messages);
            case "latency" -> latency(lambda, args.length > 4 ? args[4] : "");
            default -> throw new IllegalArgumentException(mode);
        }
    }

    static void fill(LambdaClient lambda, SqsClient sqs, int functions, int messages) throws Exception {
        byte[] zip = zip();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < functions; i++) {
            int n = i;
            work.add(pool.submit(() -> lambda.createFunction(b -> b.functionName(String.format("fn-%05d", n))
                    .runtime("python3.12").role("arn:aws:iam::000000000000:role/bench").handler("h.handler")
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(zip))))));
        }
        String url = messages == 0 ? null : sqs.createQueue(b -> b.queueName("restore-bench")).queueUrl();
        for (int i = 0; i < messages; i += 10) {
            int base = i;
            work.add(pool.submit(() -> {
                List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
                for (int j = 0; j < 10 && base + j < messages; j++) {
                    entries.add(SendMessageBatchRequestEntry.builder().id("m" + j)
                            .messageBody("{\"n\":" + (base + j) + ",\"payload\":\"" + "x".repeat(200) + "\"}")
                            .build());
                }
                sqs.sendMessageBatch(b -> b.queueUrl(url).entries(entries));
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
    }

    static void check(LambdaClient lambda, SqsClient sqs, int functions, int messages) {
        int found = 0;
        String marker = null;
        do {
            String m = marker;
            var page = lambda.listFunctions(b -> b.marker(m).maxItems(50));
            found += page.functions().size();
            marker = page.nextMarker();
        } while (marker != null);
        String queued = "0";
        if (messages > 0) {
            String url = sqs.getQueueUrl(b -> b.queueName("restore-bench")).queueUrl();
            queued = sqs.getQueueAttributes(b -> b.queueUrl(url)
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
                    .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
        }
        System.out.printf("restored: %d of %d functions, %s of %d messages%n", found, functions, queued, messages);
        if (found != functions || Integer.parseInt(queued) != messages) {
            throw new IllegalStateException("state was not fully restored");
        }
    }

    /** p50/p99 of a write (UpdateFunctionConfiguration), as the restore bench compares fsync modes. */
    static void latency(LambdaClient lambda, String label) {
        lambda.createFunction(b -> b.functionName("latency").runtime("python3.12")
                .role("arn:aws:iam::000000000000:role/bench").handler("h.handler")
                .code(c -> c.zipFile(SdkBytes.fromByteArray(zipUnchecked()))));
        long[] samples = new long[500];
        for (int i = 0; i < samples.length; i++) {
            int n = i;
            long start = System.nanoTime();
            lambda.tagResource(b -> b.resource("arn:aws:lambda:us-east-1:000000000000:function:latency")
                    .tags(java.util.Map.of("k", Integer.toString(n))));
            samples[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(samples);
        System.out.printf("%-44s p50 %6.2f ms   p99 %6.2f ms%n", "TagResource " + label,
                samples[samples.length / 2] / 1e6, samples[samples.length * 99 / 100] / 1e6);
    }

    static byte[] zipUnchecked() {
        try {
            return zip();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] zip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("h.py"));
            z.write("def handler(e, c):\n    return e\n".getBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
