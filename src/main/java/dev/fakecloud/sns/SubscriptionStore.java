package dev.fakecloud.sns;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.sns.model.SnsSubscription;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every subscription, by ARN, in ARN order, in the state store. A subscription's ARN starts with its topic's, so a
 * topic's subscriptions are one range of the table: a publish finds its subscribers without a scan.
 */
@Startup
@ApplicationScoped
public class SubscriptionStore {

    private final Table<String, SnsSubscription> subscriptions;

    public SubscriptionStore(StateStore store) {
        this.subscriptions = store.sortedTable("sns.subscriptions", String.class, SnsSubscription.class,
                Comparator.naturalOrder());
    }

    SnsSubscription get(String arn) {
        return subscriptions.get(arn);
    }

    void put(SnsSubscription subscription) {
        subscriptions.put(subscription.arn(), subscription);
    }

    SnsSubscription update(String arn, UnaryOperator<SnsSubscription> change) {
        return subscriptions.update(arn, change);
    }

    SnsSubscription remove(String arn) {
        return subscriptions.remove(arn);
    }

    /** The topic's subscriptions, in ARN order. */
    List<SnsSubscription> ofTopic(String topicArn) {
        return subscriptions.range(topicArn + ":", topicArn + ";");
    }

    /** Every subscription of one account and region, in ARN order. */
    List<SnsSubscription> inRegion(String accountId, String region) {
        String prefix = "arn:aws:sns:" + region + ":" + accountId + ":";
        return subscriptions.range(prefix, prefix.substring(0, prefix.length() - 1) + ";");
    }

    /** Forgets the topic's subscriptions (the topic was deleted). */
    void removeTopic(String topicArn) {
        for (SnsSubscription s : ofTopic(topicArn)) {
            subscriptions.remove(s.arn());
        }
    }
}
