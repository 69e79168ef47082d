import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * SNS through the AWS SDK v2 against a running fakecloud: the latency of Publish itself, and from the start of
 * Publish to the message in the hands of an SQS consumer parked in a long poll (raw delivery and the JSON envelope).
 * Nothing polls: the consumer's ReceiveMessage waits until the message arrives.
 * Usage: java -cp <sdk classpath> bench/SnsBench.java <endpoint> [messages]
 */
public class SnsBench {

    static final int WARMUP = 1000;

    public static void main(String[] args) throws Exception {
        String endpoint = args.length > 0 ? args[0] : "http://127.0.0.1:4566";
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"));
        SnsClient sns = SnsClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(ApacheHttpClient.builder().maxConnections(8).build()).build();
        SqsClient sqs = SqsClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(creds).httpClient(ApacheHttpClient.builder().maxConnections(8).build()).build();
        String id = Long.toHexString(System.nanoTime());

        System.out.printf("%-48s %8s %10s %10s%n", "SNS (AWS SDK v2, sequential)", "messages", "p50 ms", "p99 ms");
        for (boolean raw : new boolean[] {true, false}) {
            String topic = sns.createTopic(b -> b.name("bench-" + raw + "-" + id)).topicArn();
            String url = sqs.createQueue(b -> b.queueName("bench-sns-" + raw + "-" + id)).queueUrl();
            String arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes().get(QueueAttributeName.QUEUE_ARN);
            sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(arn)
                    .attributes(Map.of("RawMessageDelivery", Boolean.toString(raw))));
            BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
            Thread consumer = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        for (Message m : sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(20)
                                .maxNumberOfMessages(10)).messages()) {
                            arrivals.add(System.nanoTime());
                            sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
                        }
                    } catch (RuntimeException e) {
                        return;
                    }
                }
            });
            consumer.setDaemon(true);
            consumer.start();
            List<Double> publish = new ArrayList<>();
            List<Double> endToEnd = new ArrayList<>();
            for (int i = 0; i < messages + WARMUP; i++) {
                String body = "message " + i;
                long start = System.nanoTime();
                sns.publish(b -> b.topicArn(topic).message(body));
                long published = System.nanoTime();
                Long arrived = arrivals.poll(10, TimeUnit.SECONDS);
                if (arrived == null) {
                    throw new IllegalStateException("message " + i + " never reached the queue");
                }
                if (i >= WARMUP) {
                    publish.add((published - start) / 1e6);
                    endToEnd.add((arrived - start) / 1e6);
                }
            }
            consumer.interrupt();
            String kind = raw ? "raw" : "envelope";
            System.out.printf("%-48s %8d %10.2f %10.2f%n", "Publish call", messages, pct(publish, 50),
                    pct(publish, 99));
            System.out.printf("%-48s %8d %10.2f %10.2f%n", "Publish -> SQS consumer (" + kind + ")", messages,
                    pct(endToEnd, 50), pct(endToEnd, 99));
        }
        System.exit(0);
    }

    static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
