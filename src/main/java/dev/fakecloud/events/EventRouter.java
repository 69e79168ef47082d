package dev.fakecloud.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.pattern.EventPattern;
import dev.fakecloud.events.model.TargetShapes.Target;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import org.jboss.logging.Logger;

/**
 * Takes an event that arrived on a bus to every enabled rule of that bus whose pattern it matches, and from each
 * rule to each of its targets; archives of the bus keep the events their patterns select. Runs on the caller's
 * thread without blocking: matching is in memory and deliveries continue on their own.
 */
@ApplicationScoped
public class EventRouter {

    private static final Logger LOG = Logger.getLogger(EventRouter.class);

    private final RuleStore rules;
    private final Patterns patterns;
    private final TargetDelivery delivery;
    private final ArchiveService archives;

    public EventRouter(RuleStore rules, Patterns patterns, TargetDelivery delivery, ArchiveService archives) {
        this.rules = rules;
        this.patterns = patterns;
        this.delivery = delivery;
        this.archives = archives;
    }

    /** Routes a new event (archived when an archive of the bus selects it). */
    void route(String busArn, BusEvent event) {
        ObjectNode json = event.json();
        archives.record(busArn, event, json);
        match(busArn, event, json, null);
    }

    /**
     * Routes an event a replay sends again: only to the rules named in {@code onlyRules} (all when null), never
     * archived again.
     */
    void replay(String busArn, BusEvent event, Collection<String> onlyRules) {
        match(busArn, event, event.json(), onlyRules);
    }

    /** A scheduled rule fires: its targets receive the event, whatever its pattern. */
    void fire(EventRule rule, BusEvent event) {
        ObjectNode json = event.json();
        for (Target target : rule.targets()) {
            delivery.deliver(rule, target, event, json);
        }
    }

    private void match(String busArn, BusEvent event, ObjectNode json, Collection<String> onlyRules) {
        for (EventRule rule : rules.onBus(busArn)) {
            if (!rule.enabled() || rule.eventPattern() == null || rule.targets().isEmpty()
                    || onlyRules != null && !onlyRules.contains(rule.arn())) {
                continue;
            }
            EventPattern pattern;
            try {
                pattern = patterns.compile(rule.eventPattern());
            } catch (RuntimeException e) {
                LOG.warnf("Rule %s has a pattern that no longer compiles (%s); it matches nothing", rule.arn(),
                        e.getMessage());
                continue;
            }
            if (pattern.matches(json)) {
                for (Target target : rule.targets()) {
                    delivery.deliver(rule, target, event, json);
                }
            }
        }
    }
}
