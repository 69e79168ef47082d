package dev.fakecloud.sqs;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every queue, by region and name; looked up by queue URL, name or ARN. */
@ApplicationScoped
public class QueueStore {

    private final Map<String, SqsQueue> queues = new ConcurrentHashMap<>();

    private static String key(String region, String name) {
        return region + "/" + name;
    }

    SqsQueue get(String region, String name) {
        return queues.get(key(region, name));
    }

    /** Creates the queue unless one by that name exists; returns whichever is stored. */
    SqsQueue putIfAbsent(SqsQueue queue) {
        SqsQueue existing = queues.putIfAbsent(key(queue.region, queue.name), queue);
        return existing != null ? existing : queue;
    }

    void remove(SqsQueue queue) {
        queues.remove(key(queue.region, queue.name), queue);
    }

    SqsQueue byArn(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":");
        return parts.length == 6 && parts[2].equals("sqs") ? get(parts[3], parts[5]) : null;
    }

    List<SqsQueue> inRegion(String region) {
        return queues.values().stream().filter(q -> q.region.equals(region))
                .sorted(Comparator.comparing(q -> q.name)).toList();
    }
}
