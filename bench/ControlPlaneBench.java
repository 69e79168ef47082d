import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * Control-plane latency through the AWS SDK for Java v2 against a running fakecloud: CreateFunction with a 1 MB
 * zip, GetFunction and ListFunctions with 1,000 functions present. Prints one table row per operation.
 * Usage: java -cp <sdk classpath> bench/ControlPlaneBench.java <endpoint> <functions>
 */
public class ControlPlaneBench {

    public static void main(String[] args) throws Exception {
        String endpoint = args.length > 0 ? args[0] : "http://127.0.0.1:4566";
        int functions = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        LambdaClient lambda = LambdaClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(ApacheHttpClient.builder().maxConnections(64).build()).build();
        SdkBytes zip = SdkBytes.fromByteArray(megabyteZip());
        String prefix = "bench-" + Long.toHexString(System.nanoTime());
        String role = "arn:aws:iam::000000000000:role/bench";

        for (int i = 0; i < 20; i++) {
            String n = prefix + "-warm-" + i;
            lambda.createFunction(b -> b.functionName(n).runtime("python3.12").role(role).handler("h.h")
                    .code(c -> c.zipFile(zip)));
            lambda.getFunction(b -> b.functionName(n));
        }
        List<Long> create = new ArrayList<>();
        for (int i = 0; i < functions; i++) {
            String n = prefix + "-" + i;
            create.add(time(() -> lambda.createFunction(b -> b.functionName(n).runtime("python3.12").role(role)
                    .handler("h.h").code(c -> c.zipFile(zip)))));
        }
        Random random = new Random(7);
        List<Long> get = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String n = prefix + "-" + random.nextInt(functions);
            get.add(time(() -> lambda.getFunction(b -> b.functionName(n))));
        }
        List<Long> list = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            list.add(time(() -> lambda.listFunctions(b -> b.maxItems(50))));
        }
        List<Long> listAll = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            listAll.add(time(() -> lambda.listFunctionsPaginator(b -> b.maxItems(1000)).functions().stream().count()));
        }
        System.out.printf("%-44s %8s %10s %10s%n", "operation (" + functions + " functions present)", "samples",
                "p50 ms", "p99 ms");
        row("CreateFunction (1 MB zip)", create);
        row("GetFunction", get);
        row("ListFunctions (MaxItems 50)", list);
        row("ListFunctions (all, MaxItems 1000)", listAll);
    }

    static long time(Supplier<?> call) {
        long start = System.nanoTime();
        call.get();
        return System.nanoTime() - start;
    }

    static void row(String name, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%-44s %8d %10.2f %10.2f%n", name, sorted.size(), pct(sorted, 50), pct(sorted, 99));
    }

    static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** A 1 MB zip of incompressible bytes, so the uploaded and stored package really weighs 1 MB. */
    static byte[] megabyteZip() throws Exception {
        byte[] noise = new byte[1 << 20];
        new Random(42).nextBytes(noise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(0);
            z.putNextEntry(new ZipEntry("handler.py"));
            z.write("def handler(e, c):\n    return e\n".getBytes());
            z.putNextEntry(new ZipEntry("blob.bin"));
            z.write(noise);
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
