package dev.fakecloud.cloudwatch;

import dev.fakecloud.cloudwatch.model.ResourceShapes.ArnResponse;
import dev.fakecloud.cloudwatch.model.ResourceShapes.GetMetricStreamResponse;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ListMetricStreamsResponse;
import dev.fakecloud.cloudwatch.model.ResourceShapes.MetricStreamEntry;
import dev.fakecloud.cloudwatch.model.ResourceShapes.MetricStreamFilter;
import dev.fakecloud.cloudwatch.model.ResourceShapes.MetricStreamStatisticsConfiguration;
import dev.fakecloud.cloudwatch.model.ResourceShapes.NamesRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PagedRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PutMetricStreamRequest;
import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Metric streams, stored by ARN ({@code arn:aws:cloudwatch:<region>:<account>:metric-stream/<name>}): put (create,
 * or replace keeping the state and creation date), get, list, delete, start and stop. fakecloud does not deliver the
 * stream's metrics to its Firehose delivery stream.
 */
@Startup
@ApplicationScoped
public class MetricStreamService {

    static final Set<String> FORMATS = Set.of("json", "opentelemetry0.7", "opentelemetry1.0");
    private static final int MAX_RESULTS = 500;

    private final Table<String, GetMetricStreamResponse> streams;
    private final TagService tags;
    private final Clock clock = Clock.systemUTC();

    public MetricStreamService(StateStore store, TagService tags) {
        this.streams = store.sortedTable("cloudwatch.metric-streams", String.class, GetMetricStreamResponse.class,
                Comparator.naturalOrder());
        this.tags = tags;
        tags.owner("metric-stream", (call, arn) -> streams.contains(arn));
    }

    public ArnResponse put(CloudWatchCall call, PutMetricStreamRequest r) {
        Requests.require(r.name(), "Name");
        Requests.require(r.firehoseArn(), "FirehoseArn");
        Requests.require(r.roleArn(), "RoleArn");
        Requests.require(r.outputFormat(), "OutputFormat");
        Requests.name(r.name(), "Name", 255);
        if (!FORMATS.contains(r.outputFormat())) {
            throw CloudWatchErrors.invalidParameterValue("The value " + r.outputFormat()
                    + " for parameter OutputFormat is invalid. Valid values: " + FORMATS.stream().sorted().toList());
        }
        requireArn(r.firehoseArn(), "FirehoseArn", "firehose");
        requireArn(r.roleArn(), "RoleArn", "iam");
        boolean includes = r.includeFilters() != null && !r.includeFilters().isEmpty();
        boolean excludes = r.excludeFilters() != null && !r.excludeFilters().isEmpty();
        if (includes && excludes) {
            throw CloudWatchErrors.invalidParameterCombination("You cannot specify both IncludeFilters and "
                    + "ExcludeFilters.");
        }
        checkFilters(r.includeFilters());
        checkFilters(r.excludeFilters());
        if (r.statisticsConfigurations() != null) {
            for (MetricStreamStatisticsConfiguration c : r.statisticsConfigurations()) {
                Requests.require(c.includeMetrics(), "StatisticsConfigurations.member.IncludeMetrics");
                Requests.require(c.additionalStatistics(), "StatisticsConfigurations.member.AdditionalStatistics");
            }
        }
        String arn = call.arn("metric-stream", r.name());
        Instant now = clock.instant();
        streams.upsert(arn, before -> new GetMetricStreamResponse(arn, r.name(), copy(r.includeFilters()),
                copy(r.excludeFilters()), r.firehoseArn(), r.roleArn(), before == null ? "running" : before.state(),
                before == null ? now : before.creationDate(), now, r.outputFormat(),
                copy(r.statisticsConfigurations()), Boolean.TRUE.equals(r.includeLinkedAccountsMetrics())));
        if (r.tags() != null && !r.tags().isEmpty()) {
            tags.tag(arn, r.tags());
        }
        return new ArnResponse(arn);
    }

    private static void checkFilters(List<MetricStreamFilter> filters) {
        if (filters == null) {
            return;
        }
        for (MetricStreamFilter f : filters) {
            if (f.namespace() != null && (f.namespace().isEmpty() || f.namespace().startsWith(":"))) {
                throw CloudWatchErrors.invalidParameterValue("The value " + f.namespace()
                        + " for parameter Namespace is invalid.");
            }
        }
    }

    private static void requireArn(String arn, String parameter, String service) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn") || !parts[2].equals(service)) {
            throw CloudWatchErrors.invalidParameterValue("The value " + arn + " for parameter " + parameter
                    + " is not a valid " + service + " ARN.");
        }
    }

    public GetMetricStreamResponse get(CloudWatchCall call, String name) {
        Requests.require(name, "Name");
        GetMetricStreamResponse s = streams.get(call.arn("metric-stream", name));
        if (s == null) {
            throw CloudWatchErrors.resourceNotFoundException("MetricStream " + name + " not found");
        }
        return s;
    }

    public ListMetricStreamsResponse list(CloudWatchCall call, PagedRequest r) {
        int max = Requests.max(r.maxResults(), MAX_RESULTS, MAX_RESULTS, "maxResults");
        String prefix = call.arn("metric-stream", "");
        List<GetMetricStreamResponse> all = streams.range(prefix, prefix + Character.MAX_VALUE);
        Page<GetMetricStreamResponse> page = Page.of(all, GetMetricStreamResponse::name, r.nextToken(), max,
                CloudWatchErrors::invalidNextToken);
        return new ListMetricStreamsResponse(page.nextMarker(), page.items().stream().map(s -> new MetricStreamEntry(
                s.arn(), s.creationDate(), s.lastUpdateDate(), s.name(), s.firehoseArn(), s.state(),
                s.outputFormat())).toList());
    }

    /** Deleting a stream that does not exist succeeds, as on AWS. */
    public void delete(CloudWatchCall call, String name) {
        Requests.require(name, "Name");
        String arn = call.arn("metric-stream", name);
        streams.remove(arn);
        tags.forget(arn);
    }

    public void start(CloudWatchCall call, NamesRequest r) {
        setState(call, r, "running");
    }

    public void stop(CloudWatchCall call, NamesRequest r) {
        setState(call, r, "stopped");
    }

    private void setState(CloudWatchCall call, NamesRequest r, String state) {
        Requests.require(r.names(), "Names");
        Instant now = clock.instant();
        for (String name : r.names()) {
            streams.update(call.arn("metric-stream", name), s -> s.state().equals(state) ? s
                    : new GetMetricStreamResponse(s.arn(), s.name(), s.includeFilters(), s.excludeFilters(),
                            s.firehoseArn(), s.roleArn(), state, s.creationDate(), now, s.outputFormat(),
                            s.statisticsConfigurations(), s.includeLinkedAccountsMetrics()));
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
