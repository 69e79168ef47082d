package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.model.ResourceShapes.AlarmMuteRuleSummary;
import dev.fakecloud.cloudwatch.model.ResourceShapes.GetAlarmMuteRuleResponse;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ListAlarmMuteRulesRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ListAlarmMuteRulesResponse;
import dev.fakecloud.cloudwatch.model.ResourceShapes.MuteTargets;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PutAlarmMuteRuleRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.Rule;
import dev.fakecloud.cloudwatch.model.ResourceShapes.Schedule;
import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Alarm mute rules, stored by ARN ({@code arn:aws:cloudwatch:<region>:<account>:alarm-mute-rule:<name>}): put
 * (create or replace), get, list (by targeted alarm and status), delete. A one-time rule ({@code at(...)}) mutes the
 * actions of the alarms it targets during its window ({@link #muted}); a recurring rule ({@code cron(...)}) is stored
 * and reported but mutes nothing. The status is worked out when asked: SCHEDULED before the rule's start, EXPIRED after
 * its end, ACTIVE in between.
 */
@Startup
@ApplicationScoped
public class MuteRuleService {

    private static final Set<String> STATUSES = Set.of("SCHEDULED", "ACTIVE", "EXPIRED");
    private static final int MAX_RECORDS = 100;

    /** One stored rule, its window worked out when it was put (a one-time rule's end is its start plus duration). */
    public record MuteRule(String arn, String name, String description, Rule rule, List<String> alarmNames,
            Instant startDate, Instant expireDate, Instant windowStart, Instant windowEnd, String muteType,
            Instant lastUpdated) {
    }

    private final Table<String, MuteRule> rules;
    private final TagService tags;
    private final Clock clock = Clock.systemUTC();

    public MuteRuleService(StateStore store, TagService tags) {
        this.rules = store.sortedTable("cloudwatch.alarm-mute-rules", String.class, MuteRule.class,
                Comparator.naturalOrder());
        this.tags = tags;
        tags.owner("alarm-mute-rule", (call, arn) -> rules.contains(arn));
    }

    static String arn(CloudWatchCall call, String name) {
        return "arn:aws:cloudwatch:" + call.region() + ":" + call.accountId() + ":alarm-mute-rule:" + name;
    }

    public void put(CloudWatchCall call, PutAlarmMuteRuleRequest r) {
        Requests.require(r.name(), "Name");
        Requests.require(r.rule(), "Rule");
        Requests.require(r.rule().schedule(), "Rule.Schedule");
        Schedule s = r.rule().schedule();
        Requests.require(s.expression(), "Rule.Schedule.Expression");
        Requests.require(s.duration(), "Rule.Schedule.Duration");
        Requests.name(r.name(), "Name", 255);
        if (r.muteTargets() != null) {
            Requests.require(r.muteTargets().alarmNames(), "MuteTargets.AlarmNames");
            if (r.muteTargets().alarmNames().size() > 100) {
                throw CloudWatchErrors.invalidParameterValue("A mute rule targets at most 100 alarms.");
            }
        }
        Duration duration;
        try {
            duration = Duration.parse(s.duration());
        } catch (DateTimeException e) {
            throw CloudWatchErrors.invalidParameterValue("The value " + s.duration() + " for parameter Duration is "
                    + "not an ISO 8601 duration such as PT1H.");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw CloudWatchErrors.invalidParameterValue("The parameter Duration must be positive.");
        }
        ZoneId zone;
        try {
            zone = s.timezone() == null ? ZoneOffset.UTC : ZoneId.of(s.timezone());
        } catch (DateTimeException e) {
            throw CloudWatchErrors.invalidParameterValue("The value " + s.timezone() + " for parameter Timezone is "
                    + "invalid.");
        }
        String expression = s.expression().strip();
        String type;
        Instant windowStart = r.startDate();
        Instant windowEnd = r.expireDate();
        if (expression.startsWith("at(") && expression.endsWith(")")) {
            type = "ONE_TIME";
            try {
                windowStart = LocalDateTime.parse(expression.substring(3, expression.length() - 1).strip())
                        .atZone(zone).toInstant();
            } catch (DateTimeException e) {
                throw CloudWatchErrors.invalidParameterValue("The value " + s.expression() + " for parameter "
                        + "Expression is invalid: at() takes a date and time such as at(2026-01-01T10:00).");
            }
            windowEnd = windowStart.plus(duration);
        } else if (expression.startsWith("cron(") && expression.endsWith(")")
                && expression.substring(5, expression.length() - 1).strip().split("\\s+").length == 6) {
            type = "RECURRING";
        } else {
            throw CloudWatchErrors.invalidParameterValue("The value " + s.expression() + " for parameter Expression "
                    + "is invalid: use at(yyyy-MM-ddThh:mm) or cron(minutes hours day-of-month month day-of-week "
                    + "year).");
        }
        if (r.startDate() != null && r.expireDate() != null && !r.startDate().isBefore(r.expireDate())) {
            throw CloudWatchErrors.invalidParameterValue("The parameter StartDate must be before ExpireDate.");
        }
        String arn = arn(call, r.name());
        rules.put(arn, new MuteRule(arn, r.name(), r.description(), r.rule(), r.muteTargets() == null ? List.of()
                : List.copyOf(r.muteTargets().alarmNames()), r.startDate(), r.expireDate(), windowStart, windowEnd,
                type, clock.instant()));
        if (r.tags() != null && !r.tags().isEmpty()) {
            tags.tag(arn, r.tags());
        }
    }

    public GetAlarmMuteRuleResponse get(CloudWatchCall call, String name) {
        Requests.require(name, "AlarmMuteRuleName");
        MuteRule m = rules.get(arn(call, name));
        if (m == null) {
            throw CloudWatchErrors.resourceNotFoundException("Alarm mute rule " + name + " does not exist.");
        }
        return new GetAlarmMuteRuleResponse(m.name(), m.arn(), m.description(), m.rule(),
                new MuteTargets(m.alarmNames()), m.startDate(), m.expireDate(), status(m, clock.instant()),
                m.lastUpdated(), m.muteType());
    }

    /** Deleting a rule that does not exist succeeds: the model lists no error for it. */
    public void delete(CloudWatchCall call, String name) {
        Requests.require(name, "AlarmMuteRuleName");
        String arn = arn(call, name);
        rules.remove(arn);
        tags.forget(arn);
    }

    public ListAlarmMuteRulesResponse list(CloudWatchCall call, ListAlarmMuteRulesRequest r) {
        int max = Requests.max(r.maxRecords(), MAX_RECORDS, MAX_RECORDS, "maxRecords");
        if (r.statuses() != null) {
            for (String status : r.statuses()) {
                if (!STATUSES.contains(status)) {
                    throw CloudWatchErrors.invalidParameterValue("The value " + status + " for parameter Statuses is "
                            + "invalid. Valid values: [SCHEDULED, ACTIVE, EXPIRED]");
                }
            }
        }
        Instant now = clock.instant();
        String prefix = arn(call, "");
        List<MuteRule> matching = rules.range(prefix, prefix + Character.MAX_VALUE).stream()
                .filter(m -> r.alarmName() == null || m.alarmNames().contains(r.alarmName()))
                .filter(m -> r.statuses() == null || r.statuses().isEmpty() || r.statuses().contains(status(m, now)))
                .toList();
        Page<MuteRule> page = Page.of(matching, MuteRule::name, r.nextToken(), max, CloudWatchErrors::invalidNextToken);
        return new ListAlarmMuteRulesResponse(page.items().stream().map(m -> new AlarmMuteRuleSummary(m.arn(),
                m.expireDate(), status(m, now), m.muteType(), m.lastUpdated())).toList(), page.nextMarker());
    }

    /** Whether a one-time rule of the alarm's account and region mutes the alarm's actions at {@code now}. */
    boolean muted(String alarmArn, Instant now) {
        int at = alarmArn.indexOf(":alarm:");
        if (at < 0) {
            return false;
        }
        String name = alarmArn.substring(at + ":alarm:".length());
        String prefix = alarmArn.substring(0, at) + ":alarm-mute-rule:";
        for (MuteRule m : rules.range(prefix, prefix + Character.MAX_VALUE)) {
            if ("ONE_TIME".equals(m.muteType()) && m.alarmNames().contains(name) && "ACTIVE".equals(status(m, now))) {
                return true;
            }
        }
        return false;
    }

    private static String status(MuteRule m, Instant now) {
        Instant start = later(m.startDate(), m.windowStart());
        Instant end = earlier(m.expireDate(), m.windowEnd());
        if (start != null && now.isBefore(start)) {
            return "SCHEDULED";
        }
        if (end != null && !now.isBefore(end)) {
            return "EXPIRED";
        }
        return "ACTIVE";
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
