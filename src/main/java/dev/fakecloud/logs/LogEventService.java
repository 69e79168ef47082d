package dev.fakecloud.logs;

import dev.fakecloud.logs.LogStore.Batch;
import dev.fakecloud.logs.LogStore.Event;
import dev.fakecloud.logs.LogStore.Group;
import dev.fakecloud.logs.LogStore.Stream;
import dev.fakecloud.logs.model.LogsShapes.FilterLogEventsRequest;
import dev.fakecloud.logs.model.LogsShapes.FilterLogEventsResponse;
import dev.fakecloud.logs.model.LogsShapes.FilteredLogEvent;
import dev.fakecloud.logs.model.LogsShapes.GetLogEventsRequest;
import dev.fakecloud.logs.model.LogsShapes.GetLogEventsResponse;
import dev.fakecloud.logs.model.LogsShapes.InputLogEvent;
import dev.fakecloud.logs.model.LogsShapes.OutputLogEvent;
import dev.fakecloud.logs.model.LogsShapes.PutLogEventsRequest;
import dev.fakecloud.logs.model.LogsShapes.PutLogEventsResponse;
import dev.fakecloud.logs.model.LogsShapes.RejectedLogEventsInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Log events: PutLogEvents with AWS's batch rules (chronological, at most 24 hours apart, events too new, too old or
 * expired by the group's retention reported in {@code rejectedLogEventsInfo}), GetLogEvents (start inclusive, end
 * exclusive, newest page first unless {@code startFromHead}, {@code f/} and {@code b/} tokens) and FilterLogEvents
 * (filter patterns across streams, interleaved by time, paged). Events are ordered by timestamp, then by when they
 * were written; that order's key is also each event's id.
 */
@ApplicationScoped
public class LogEventService {

    static final int MAX_EVENTS = 10_000;
    static final int MAX_MESSAGE_BYTES = 256 * 1024 - 26;
    private static final long DAY_MS = Duration.ofDays(1).toMillis();
    private static final long TOO_NEW_MS = Duration.ofHours(2).toMillis();
    private static final long TOO_OLD_MS = Duration.ofDays(14).toMillis();
    private static final Pattern KEY = Pattern.compile("\\d{44}");

    /** An event with the stream it is in and its position in the order. */
    record Positioned(String key, String stream, Event event) {
    }

    private final LogStore store;
    private final LogGroupService groups;
    private final LiveTailHub liveTail;
    private final MetricFilterService metricFilters;

    public LogEventService(LogStore store, LogGroupService groups, LiveTailHub liveTail,
            MetricFilterService metricFilters) {
        this.store = store;
        this.groups = groups;
        this.liveTail = liveTail;
        this.metricFilters = metricFilters;
    }

    public PutLogEventsResponse put(LogsCall call, PutLogEventsRequest r) {
        Group g = groups.require(call, r.logGroupName());
        Stream s = groups.requireStream(g, r.logStreamName());
        List<InputLogEvent> events = r.logEvents();
        if (events == null) {
            throw LogsErrors.missing("logEvents");
        }
        if (events.isEmpty() || events.size() > MAX_EVENTS) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value at 'logEvents' failed to satisfy "
                    + "constraint: Member must have length between 1 and " + MAX_EVENTS);
        }
        for (int i = 0; i < events.size(); i++) {
            InputLogEvent e = events.get(i);
            if (e.timestamp() == null) {
                throw LogsErrors.missing("logEvents." + (i + 1) + ".member.timestamp");
            }
            if (e.message() == null) {
                throw LogsErrors.missing("logEvents." + (i + 1) + ".member.message");
            }
            if (e.message().isEmpty()) {
                throw LogsErrors.invalidParameter("1 validation error detected: Value '' at 'logEvents." + (i + 1)
                        + ".member.message' failed to satisfy constraint: Member must have length greater than or "
                        + "equal to 1");
            }
            if (i > 0 && e.timestamp() < events.get(i - 1).timestamp()) {
                throw LogsErrors.invalidParameter("Log events in a single PutLogEvents request must be in "
                        + "chronological order.");
            }
        }
        if (events.get(events.size() - 1).timestamp() - events.get(0).timestamp() > DAY_MS) {
            throw LogsErrors.invalidParameter("The batch of log events in a single PutLogEvents request cannot span "
                    + "more than 24 hours.");
        }
        long now = System.currentTimeMillis();
        long expiredBefore = g.retentionInDays() == null ? Long.MIN_VALUE : now - g.retentionInDays() * DAY_MS;
        Integer tooNew = null;
        Integer tooOld = null;
        Integer expired = null;
        List<Event> accepted = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            long t = events.get(i).timestamp();
            if (t > now + TOO_NEW_MS) {
                tooNew = tooNew == null ? i : tooNew;
            } else if (t < now - TOO_OLD_MS) {
                tooOld = i;
            } else if (t < expiredBefore) {
                expired = i;
            } else {
                accepted.add(new Event(t, truncate(events.get(i).message()), now));
            }
        }
        write(s, accepted, now);
        RejectedLogEventsInfo rejected = tooNew == null && tooOld == null && expired == null ? null
                : new RejectedLogEventsInfo(tooNew, tooOld, expired);
        return new PutLogEventsResponse(null, rejected);
    }

    /** Appends events to a stream and updates what the stream says about its events. */
    void write(Stream s, List<Event> events, long now) {
        if (events.isEmpty()) {
            return;
        }
        store.append(s.key(), events);
        long first = events.stream().mapToLong(Event::timestamp).min().orElse(now);
        long last = events.stream().mapToLong(Event::timestamp).max().orElse(now);
        long bytes = events.stream().mapToLong(e -> e.message().getBytes(StandardCharsets.UTF_8).length + 26).sum();
        store.updateStream(s.key(), current -> current.withEvents(first, last, now, bytes));
        liveTail.written(s, events);
        metricFilters.written(s.groupKey(), events);
    }

    private static String truncate(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= MAX_MESSAGE_BYTES ? message
                : new String(bytes, 0, MAX_MESSAGE_BYTES, StandardCharsets.UTF_8);
    }

    public GetLogEventsResponse get(LogsCall call, GetLogEventsRequest r) {
        String groupName = r.logGroupName() != null ? r.logGroupName()
                : LogGroupService.nameOf(r.logGroupIdentifier());
        Group g = groups.require(call, groupName);
        Stream s = groups.requireStream(g, r.logStreamName());
        int limit = LogGroupService.limit(r.limit(), MAX_EVENTS);
        long start = r.startTime() == null ? Long.MIN_VALUE : r.startTime();
        long end = r.endTime() == null ? Long.MAX_VALUE : r.endTime();
        List<Positioned> all = events(s, e -> e.timestamp() >= start && e.timestamp() < end);
        String token = r.nextToken();
        List<Positioned> page;
        String at;
        if (token == null) {
            page = Boolean.TRUE.equals(r.startFromHead()) ? head(all, limit) : tail(all, limit);
            at = zeros();
        } else {
            at = keyOf(token, true);
            if (token.startsWith("f/")) {
                page = head(all.stream().filter(p -> p.key().compareTo(at) > 0).toList(), limit);
            } else {
                page = tail(all.stream().filter(p -> p.key().compareTo(at) < 0).toList(), limit);
            }
        }
        String forward = page.isEmpty() ? at : page.get(page.size() - 1).key();
        String backward = page.isEmpty() ? at : page.get(0).key();
        List<OutputLogEvent> out = page.stream().map(p -> new OutputLogEvent(p.event().timestamp(),
                p.event().message(), p.event().ingestionTime())).toList();
        return new GetLogEventsResponse(out, "f/" + forward, "b/" + backward);
    }

    public FilterLogEventsResponse filter(LogsCall call, FilterLogEventsRequest r) {
        if (r.logGroupName() != null && r.logGroupIdentifier() != null) {
            throw LogsErrors.invalidParameter("LogGroup name and LogGroup ARN are mutually exclusive parameters.");
        }
        String groupName = r.logGroupName() != null ? r.logGroupName()
                : LogGroupService.nameOf(r.logGroupIdentifier());
        Group g = groups.require(call, groupName);
        if (r.logStreamNames() != null && r.logStreamNamePrefix() != null) {
            throw LogsErrors.invalidParameter("Cannot specify both logStreamNames and logStreamNamePrefix.");
        }
        if (r.logStreamNames() != null && (r.logStreamNames().isEmpty() || r.logStreamNames().size() > 100)) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value at 'logStreamNames' failed to "
                    + "satisfy constraint: Member must have length between 1 and 100");
        }
        int limit = LogGroupService.limit(r.limit(), MAX_EVENTS);
        Predicate<String> pattern = FilterPattern.parse(r.filterPattern());
        long start = r.startTime() == null ? Long.MIN_VALUE : r.startTime();
        long end = r.endTime() == null ? Long.MAX_VALUE : r.endTime();
        String after = r.nextToken() == null ? null : keyOf(r.nextToken(), false);
        List<Positioned> matching = new ArrayList<>();
        for (Stream s : store.streams(g.key(), r.logStreamNamePrefix())) {
            if (r.logStreamNames() != null && !r.logStreamNames().contains(s.name())) {
                continue;
            }
            matching.addAll(events(s, e -> e.timestamp() >= start && e.timestamp() <= end
                    && pattern.test(e.message())));
        }
        matching.sort(Comparator.comparing(Positioned::key));
        List<Positioned> rest = after == null ? matching
                : matching.stream().filter(p -> p.key().compareTo(after) > 0).toList();
        List<Positioned> page = head(rest, limit);
        String next = rest.size() > page.size() ? "n/" + page.get(page.size() - 1).key() : null;
        List<FilteredLogEvent> out = page.stream().map(p -> new FilteredLogEvent(p.stream(), p.event().timestamp(),
                p.event().message(), p.event().ingestionTime(), p.key())).toList();
        return new FilterLogEventsResponse(out, List.of(), next);
    }

    /** A stream's events that {@code which} accepts, in order. */
    private List<Positioned> events(Stream s, Predicate<Event> which) {
        List<Positioned> out = new ArrayList<>();
        for (Batch b : store.batches(s.key())) {
            List<Event> events = b.events();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (which.test(e)) {
                    out.add(new Positioned(String.format("%019d%019d%06d", Math.max(0, e.timestamp()), b.seq(), i),
                            s.name(), e));
                }
            }
        }
        out.sort(Comparator.comparing(Positioned::key));
        return out;
    }

    private static List<Positioned> head(List<Positioned> all, int limit) {
        return all.subList(0, Math.min(limit, all.size()));
    }

    private static List<Positioned> tail(List<Positioned> all, int limit) {
        return all.subList(Math.max(0, all.size() - limit), all.size());
    }

    private static String zeros() {
        return "0".repeat(44);
    }

    /** The key in a token ({@code f/<key>}, {@code b/<key>} for GetLogEvents, {@code n/<key>} for filtering). */
    private static String keyOf(String token, boolean directional) {
        boolean shaped = directional ? token.startsWith("f/") || token.startsWith("b/") : token.startsWith("n/");
        if (!shaped || !KEY.matcher(token.substring(2)).matches()) {
            throw LogsErrors.invalidToken();
        }
        return token.substring(2);
    }
}
