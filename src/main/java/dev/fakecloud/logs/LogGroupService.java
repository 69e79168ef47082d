package dev.fakecloud.logs;

import dev.fakecloud.core.Page;
import dev.fakecloud.logs.LogStore.Group;
import dev.fakecloud.logs.LogStore.Stream;
import dev.fakecloud.logs.model.LogsShapes.CreateLogGroupRequest;
import dev.fakecloud.logs.model.LogsShapes.DescribeLogGroupsRequest;
import dev.fakecloud.logs.model.LogsShapes.DescribeLogGroupsResponse;
import dev.fakecloud.logs.model.LogsShapes.DescribeLogStreamsRequest;
import dev.fakecloud.logs.model.LogsShapes.DescribeLogStreamsResponse;
import dev.fakecloud.logs.model.LogsShapes.LogGroup;
import dev.fakecloud.logs.model.LogsShapes.LogStream;
import dev.fakecloud.logs.model.LogsShapes.LogStreamRequest;
import dev.fakecloud.logs.model.LogsShapes.PutRetentionPolicyRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Log groups and streams with AWS's rules: names, create (refused when the name is taken), delete, describe with
 * prefix or pattern and paging, retention policies, and a group's streams by name or by last event time.
 */
@ApplicationScoped
public class LogGroupService {

    static final Set<Integer> RETENTION_DAYS = Set.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731,
            1096, 1827, 2192, 2557, 2922, 3288, 3653);
    private static final Pattern GROUP_NAME = Pattern.compile("[.\\-_/#A-Za-z0-9]{1,512}");
    private static final Pattern STREAM_NAME = Pattern.compile("[^:*]{1,512}");

    private final LogStore store;
    private final MetricFilterStore metricFilters;
    private final GroupPolicyStore policies;

    public LogGroupService(LogStore store, MetricFilterStore metricFilters, GroupPolicyStore policies) {
        this.store = store;
        this.metricFilters = metricFilters;
        this.policies = policies;
    }

    public void create(LogsCall call, CreateLogGroupRequest r) {
        requireGroupName(r.logGroupName());
        if (r.logGroupClass() != null && !Set.of("STANDARD", "INFREQUENT_ACCESS", "DELIVERY")
                .contains(r.logGroupClass())) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value '" + r.logGroupClass() + "' at "
                    + "'logGroupClass' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, "
                    + "INFREQUENT_ACCESS, DELIVERY]");
        }
        LogTags.validate(r.tags());
        Group g = new Group(call.accountId(), call.region(), r.logGroupName(), System.currentTimeMillis(), null,
                r.tags(), r.kmsKeyId(), r.logGroupClass() == null ? "STANDARD" : r.logGroupClass(),
                Boolean.TRUE.equals(r.deletionProtectionEnabled()), false);
        if (store.putGroupIfAbsent(g) != null) {
            throw LogsErrors.groupExists();
        }
    }

    /** The group, created as Lambda creates it on its first write when it does not exist. */
    Group ensure(String account, String region, String name) {
        Group g = store.group(LogStore.groupKey(account, region, name));
        if (g != null) {
            return g;
        }
        Group created = new Group(account, region, name, System.currentTimeMillis(), null, null, null, "STANDARD", false,
                false);
        Group before = store.putGroupIfAbsent(created);
        return before == null ? created : before;
    }

    public void delete(LogsCall call, String name) {
        Group g = require(call, name);
        if (g.protectedFromDeletion()) {
            throw LogsErrors.deletionProtected();
        }
        if (!store.removeGroup(g.key())) {
            throw LogsErrors.groupNotFound();
        }
        metricFilters.removeGroup(g.key());
        policies.removeGroup(call, g.name());
    }

    /** Changes a group found by name or ARN; the changed group. */
    Group change(LogsCall call, String identifier, java.util.function.UnaryOperator<Group> change) {
        String name = nameOf(identifier);
        requireGroupName(name);
        Group changed = store.updateGroup(call.groupKey(name), change);
        if (changed == null) {
            throw LogsErrors.groupNotFound();
        }
        return changed;
    }

    /** The group of a name or ARN ({@code logGroupIdentifier}), refused when absent. */
    Group requireIdentified(LogsCall call, String member, String identifier) {
        LogsErrors.require(member, identifier);
        return require(call, nameOf(identifier));
    }

    /** The groups of the caller's region, in name order. */
    List<Group> all(LogsCall call) {
        return store.groups(call.accountId(), call.region(), "");
    }

    Group require(LogsCall call, String name) {
        requireGroupName(name);
        Group g = store.group(call.groupKey(name));
        if (g == null) {
            throw LogsErrors.groupNotFound();
        }
        return g;
    }

    public DescribeLogGroupsResponse describe(LogsCall call, DescribeLogGroupsRequest r) {
        if (r.logGroupNamePrefix() != null && r.logGroupNamePattern() != null) {
            throw LogsErrors.invalidParameter("LogGroup name prefix and LogGroup name pattern are mutually exclusive "
                    + "parameters.");
        }
        int limit = limit(r.limit(), 50);
        String pattern = r.logGroupNamePattern() == null ? null : r.logGroupNamePattern().toLowerCase(Locale.ROOT);
        List<Group> matching = new ArrayList<>();
        for (Group g : store.groups(call.accountId(), call.region(), r.logGroupNamePrefix())) {
            if ((pattern == null || g.name().toLowerCase(Locale.ROOT).contains(pattern))
                    && (r.logGroupClass() == null || r.logGroupClass().equals(g.logGroupClass()))
                    && (r.logGroupIdentifiers() == null || r.logGroupIdentifiers().contains(g.name())
                            || r.logGroupIdentifiers().contains(g.arn()))) {
                matching.add(g);
            }
        }
        Page<Group> page = Page.of(matching, Group::name, r.nextToken(), limit, LogsErrors::invalidToken);
        List<LogGroup> out = page.items().stream().map(g -> new LogGroup(g.name(), g.creationTime(),
                g.retentionInDays(), metricFilters.count(g.key()), g.arn() + ":*", storedBytes(g), g.kmsKeyId(),
                policies.protectsData(call, g.name()) ? "ACTIVATED" : null, null, g.logGroupClass(), g.arn(),
                g.protectedFromDeletion(), Boolean.TRUE.equals(g.bearerTokenAuthentication()))).toList();
        return new DescribeLogGroupsResponse(out, page.nextMarker());
    }

    private long storedBytes(Group g) {
        return store.streams(g.key(), "").stream().mapToLong(Stream::storedBytes).sum();
    }

    public void putRetention(LogsCall call, PutRetentionPolicyRequest r) {
        requireGroupName(r.logGroupName());
        if (r.retentionInDays() == null) {
            throw LogsErrors.missing("retentionInDays");
        }
        if (!RETENTION_DAYS.contains(r.retentionInDays())) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value '" + r.retentionInDays() + "' at "
                    + "'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: "
                    + RETENTION_DAYS.stream().sorted().toList());
        }
        if (store.updateGroup(call.groupKey(r.logGroupName()), g -> g.withRetention(r.retentionInDays())) == null) {
            throw LogsErrors.groupNotFound();
        }
    }

    public void deleteRetention(LogsCall call, String name) {
        requireGroupName(name);
        if (store.updateGroup(call.groupKey(name), g -> g.withRetention(null)) == null) {
            throw LogsErrors.groupNotFound();
        }
    }

    // ---- streams

    public void createStream(LogsCall call, LogStreamRequest r) {
        Group g = require(call, r.logGroupName());
        requireStreamName(r.logStreamName());
        if (store.putStreamIfAbsent(new Stream(g.key(), r.logStreamName(), System.currentTimeMillis(), null, null,
                null, 0)) != null) {
            throw LogsErrors.streamExists();
        }
    }

    /** The stream, created when it does not exist (Lambda's environments start writing to new streams). */
    Stream ensureStream(Group g, String name) {
        Stream s = store.stream(g.key() + LogStore.SEP + name);
        if (s != null) {
            return s;
        }
        Stream created = new Stream(g.key(), name, System.currentTimeMillis(), null, null, null, 0);
        Stream before = store.putStreamIfAbsent(created);
        return before == null ? created : before;
    }

    public void deleteStream(LogsCall call, LogStreamRequest r) {
        Group g = require(call, r.logGroupName());
        requireStreamName(r.logStreamName());
        if (!store.removeStream(g.key() + LogStore.SEP + r.logStreamName())) {
            throw LogsErrors.streamNotFound();
        }
    }

    Stream requireStream(Group g, String name) {
        requireStreamName(name);
        Stream s = store.stream(g.key() + LogStore.SEP + name);
        if (s == null) {
            throw LogsErrors.streamNotFound();
        }
        return s;
    }

    public DescribeLogStreamsResponse describeStreams(LogsCall call, DescribeLogStreamsRequest r) {
        String name = r.logGroupName() != null ? r.logGroupName() : nameOf(r.logGroupIdentifier());
        Group g = require(call, name);
        boolean byTime = "LastEventTime".equals(r.orderBy());
        if (r.orderBy() != null && !byTime && !"LogStreamName".equals(r.orderBy())) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value '" + r.orderBy() + "' at 'orderBy' "
                    + "failed to satisfy constraint: Member must satisfy enum value set: [LogStreamName, "
                    + "LastEventTime]");
        }
        if (byTime && r.logStreamNamePrefix() != null) {
            throw LogsErrors.invalidParameter("Cannot order by LastEventTime with a logStreamNamePrefix.");
        }
        int limit = limit(r.limit(), 50);
        List<Stream> streams = new ArrayList<>(store.streams(g.key(), r.logStreamNamePrefix()));
        Comparator<Stream> order = byTime
                ? Comparator.comparing((Stream s) -> s.lastEventTimestamp() == null ? 0L : s.lastEventTimestamp())
                        .thenComparing(Stream::name)
                : Comparator.comparing(Stream::name);
        streams.sort(Boolean.TRUE.equals(r.descending()) ? order.reversed() : order);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            keys.add(String.format("%010d", i));
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            positions.add(i);
        }
        Page<Integer> page = Page.of(positions, keys::get, r.nextToken(), limit, LogsErrors::invalidToken);
        List<LogStream> out = page.items().stream().map(streams::get).map(s -> new LogStream(s.name(),
                s.creationTime(), s.firstEventTimestamp(), s.lastEventTimestamp(), s.lastIngestionTime(), null,
                g.arn() + ":log-stream:" + s.name(), s.storedBytes())).toList();
        return new DescribeLogStreamsResponse(out, page.nextMarker());
    }

    /** The group name of a name or ARN. */
    static String nameOf(String identifier) {
        if (identifier == null) {
            return null;
        }
        int at = identifier.indexOf(":log-group:");
        if (!identifier.startsWith("arn:") || at < 0) {
            return identifier;
        }
        String name = identifier.substring(at + ":log-group:".length());
        return name.endsWith(":*") ? name.substring(0, name.length() - 2) : name;
    }

    static int limit(Integer limit, int max) {
        if (limit == null) {
            return max;
        }
        if (limit < 1 || limit > max) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value '" + limit + "' at 'limit' failed "
                    + "to satisfy constraint: Member must have value " + (limit < 1 ? "greater than or equal to 1"
                            : "less than or equal to " + max));
        }
        return limit;
    }

    static void requireGroupName(String name) {
        if (name == null) {
            throw LogsErrors.missing("logGroupName");
        }
        if (!GROUP_NAME.matcher(name).matches()) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value '" + name + "' at 'logGroupName' "
                    + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + "[\\.\\-_/#A-Za-z0-9]+");
        }
    }

    static void requireStreamName(String name) {
        if (name == null) {
            throw LogsErrors.missing("logStreamName");
        }
        if (!STREAM_NAME.matcher(name).matches()) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value '" + name + "' at 'logStreamName' "
                    + "failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*");
        }
    }
}
