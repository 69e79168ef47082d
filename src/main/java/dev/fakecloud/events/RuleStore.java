package dev.fakecloud.events;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Every rule with its targets, by rule ARN, in the state store; and, for routing, the rules of each bus, kept
 * ready between changes so that PutEvents does not scan the table.
 */
@Startup
@ApplicationScoped
public class RuleStore {

    private final Table<String, EventRule> rules;
    private final Map<String, List<EventRule>> byBus = new ConcurrentHashMap<>();

    public RuleStore(StateStore store) {
        this.rules = store.sortedTable("events.rules", String.class, EventRule.class, Comparator.naturalOrder());
    }

    public Optional<EventRule> find(String arn) {
        return rules.find(arn);
    }

    EventRule put(EventRule rule) {
        rules.put(rule.arn(), rule);
        byBus.remove(rule.busArn());
        return rule;
    }

    /** Changes a rule atomically; empty when there is none. */
    Optional<EventRule> update(String arn, UnaryOperator<EventRule> change) {
        EventRule next = rules.update(arn, change);
        rules.find(arn).ifPresentOrElse(r -> byBus.remove(r.busArn()), () -> byBus.clear());
        return Optional.ofNullable(next);
    }

    Optional<EventRule> remove(String arn) {
        EventRule removed = rules.remove(arn);
        if (removed != null) {
            byBus.remove(removed.busArn());
        }
        return Optional.ofNullable(removed);
    }

    /** The rules of one bus, in ARN order (a snapshot, refreshed after each change of that bus's rules). */
    public List<EventRule> onBus(String busArn) {
        return byBus.computeIfAbsent(busArn, arn -> {
            List<EventRule> found = new ArrayList<>();
            for (EventRule r : rules.values()) {
                if (r.busArn().equals(arn)) {
                    found.add(r);
                }
            }
            found.sort(Comparator.comparing(EventRule::arn));
            return List.copyOf(found);
        });
    }

    /** Every rule of every bus. */
    public List<EventRule> all() {
        return List.copyOf(rules.values());
    }
}
