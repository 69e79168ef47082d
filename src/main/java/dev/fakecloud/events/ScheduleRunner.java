package dev.fakecloud.events;

import dev.fakecloud.FakecloudConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.jboss.logging.Logger;

/**
 * Runs scheduled rules: each enabled rule with a {@code ScheduleExpression} is a programmatic job of the Quarkus
 * scheduler ({@code rate} as an interval, {@code cron} as a Quartz cron in UTC), armed when the rule is put or
 * enabled, disarmed when it is disabled or deleted, and armed again at start for rules restored from the data
 * directory. A firing sends AWS's "Scheduled Event" to the rule's targets.
 */
@ApplicationScoped
public class ScheduleRunner {

    private static final Logger LOG = Logger.getLogger(ScheduleRunner.class);
    private static final String PREFIX = "events-rule:";

    /** A rule whose schedule is armed, and when it fires next. */
    public record Armed(String ruleArn, String scheduleExpression, Instant nextFireTime) {
    }

    private final Scheduler scheduler;
    private final RuleStore rules;
    private final EventRouter router;
    private final Duration rateUnit;

    public ScheduleRunner(Scheduler scheduler, RuleStore rules, EventRouter router, FakecloudConfig config) {
        this.scheduler = scheduler;
        this.rules = rules;
        this.router = router;
        this.rateUnit = config.events().rateUnit();
    }

    void onStart(@Observes StartupEvent event) {
        rules.all().forEach(this::arm);
    }

    /** Arms (or re-arms, or disarms) the rule's schedule as the rule now stands. */
    void arm(EventRule rule) {
        disarm(rule.arn());
        if (rule.scheduleExpression() == null || !rule.enabled()) {
            return;
        }
        Schedule schedule;
        try {
            schedule = Schedule.parse(rule.scheduleExpression());
        } catch (EventsException e) {
            LOG.warnf("Rule %s has a schedule that is no longer valid (%s); it is not armed", rule.arn(),
                    rule.scheduleExpression());
            return;
        }
        var job = scheduler.newJob(PREFIX + rule.arn()).setTask(execution -> fire(rule.arn()));
        if (schedule.isRate()) {
            Duration period = schedule.period(rateUnit);
            job.setInterval(period.toString()).setDelayed(period.toString());
        } else {
            job.setCron(schedule.quartzCron()).setTimeZone("UTC");
        }
        job.schedule();
    }

    void disarm(String ruleArn) {
        scheduler.unscheduleJob(PREFIX + ruleArn);
    }

    private void fire(String ruleArn) {
        rules.find(ruleArn).filter(EventRule::enabled).ifPresent(rule -> {
            long now = System.currentTimeMillis();
            router.fire(rule, new BusEvent(UUID.randomUUID().toString(), "Scheduled Event", "aws.events",
                    rule.accountId(), now, rule.region(), List.of(rule.arn()), JsonNodeFactory.instance.objectNode(),
                    null, now));
        });
    }

    /** Every armed schedule, for introspection. */
    public List<Armed> armed() {
        List<Armed> out = new ArrayList<>();
        for (Trigger trigger : scheduler.getScheduledJobs()) {
            if (trigger.getId().startsWith(PREFIX)) {
                String arn = trigger.getId().substring(PREFIX.length());
                rules.find(arn).ifPresent(rule -> out.add(new Armed(arn, rule.scheduleExpression(),
                        trigger.getNextFireTime())));
            }
        }
        out.sort(java.util.Comparator.comparing(Armed::ruleArn));
        return out;
    }
}
