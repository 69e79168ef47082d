package dev.fakecloud.sns;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.sns.model.SnsTopic;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/** Every topic, by ARN, in ARN order, in the state store. */
@Startup
@ApplicationScoped
public class TopicStore {

    private final Table<String, SnsTopic> topics;

    public TopicStore(StateStore store) {
        this.topics = store.sortedTable("sns.topics", String.class, SnsTopic.class, Comparator.naturalOrder());
    }

    SnsTopic get(String arn) {
        return arn == null ? null : topics.get(arn);
    }

    /** Stores the topic unless one has that ARN; returns the one stored before, or null. */
    SnsTopic putIfAbsent(SnsTopic topic) {
        return topics.putIfAbsent(topic.arn(), topic);
    }

    SnsTopic update(String arn, UnaryOperator<SnsTopic> change) {
        return topics.update(arn, change);
    }

    SnsTopic remove(String arn) {
        return topics.remove(arn);
    }

    /** The topics of one account and region, in ARN order. */
    List<SnsTopic> inRegion(String accountId, String region) {
        String prefix = "arn:aws:sns:" + region + ":" + accountId + ":";
        return topics.range(prefix, prefix.substring(0, prefix.length() - 1) + ";");
    }
}
