package dev.fakecloud.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.cloudwatch.model.ResourceShapes.DashboardEntry;
import dev.fakecloud.cloudwatch.model.ResourceShapes.DashboardValidationMessage;
import dev.fakecloud.cloudwatch.model.ResourceShapes.DeleteDashboardsRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.GetDashboardResponse;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ListDashboardsRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ListDashboardsResponse;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PutDashboardRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PutDashboardResponse;
import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Dashboards, stored by ARN (global to the account, as on AWS): put, get, list by prefix, delete. */
@Startup
@ApplicationScoped
public class DashboardService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");
    private static final int PAGE = 1000;

    /** One stored dashboard. */
    public record Dashboard(String name, String arn, String body, Instant lastModified) {
    }

    private final Table<String, Dashboard> dashboards;
    private final TagService tags;
    private final ObjectMapper json = new ObjectMapper();

    public DashboardService(StateStore store, TagService tags) {
        this.dashboards = store.sortedTable("cloudwatch.dashboards", String.class, Dashboard.class,
                Comparator.naturalOrder());
        this.tags = tags;
        tags.owner("dashboard", (call, arn) -> dashboards.get(arn) != null);
    }

    public PutDashboardResponse put(CloudWatchCall call, PutDashboardRequest r) {
        if (r.dashboardName() == null) {
            throw CloudWatchErrors.missingParameter("DashboardName");
        }
        if (r.dashboardBody() == null) {
            throw CloudWatchErrors.missingParameter("DashboardBody");
        }
        if (!NAME.matcher(r.dashboardName()).matches()) {
            throw CloudWatchErrors.dashboardInvalidInput("The value for field DashboardName contains invalid "
                    + "characters. It can only contain alphanumerics, dash (-) and underscore (_).");
        }
        JsonNode body;
        try {
            body = json.readTree(r.dashboardBody());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            throw CloudWatchErrors.dashboardInvalidInput("The field DashboardBody must be a valid JSON object");
        }
        String arn = call.dashboardArn(r.dashboardName());
        dashboards.put(arn, new Dashboard(r.dashboardName(), arn, r.dashboardBody(), Instant.now()));
        if (r.tags() != null && !r.tags().isEmpty()) {
            tags.tag(arn, r.tags());
        }
        return new PutDashboardResponse(List.<DashboardValidationMessage>of());
    }

    public GetDashboardResponse get(CloudWatchCall call, String name) {
        if (name == null) {
            throw CloudWatchErrors.missingParameter("DashboardName");
        }
        Dashboard d = dashboards.get(call.dashboardArn(name));
        if (d == null) {
            throw CloudWatchErrors.dashboardNotFound(name);
        }
        return new GetDashboardResponse(d.arn(), d.body(), d.name());
    }

    public ListDashboardsResponse list(CloudWatchCall call, ListDashboardsRequest r) {
        String prefix = call.dashboardArn(r.dashboardNamePrefix() == null ? "" : r.dashboardNamePrefix());
        List<Dashboard> all = dashboards.tail(prefix, true).stream().takeWhile(d -> d.arn().startsWith(prefix))
                .toList();
        Page<Dashboard> page = Page.of(all, Dashboard::name, r.nextToken(), PAGE, CloudWatchErrors::invalidNextToken);
        return new ListDashboardsResponse(page.items().stream().map(d -> new DashboardEntry(d.name(), d.arn(),
                d.lastModified(), (long) d.body().getBytes(StandardCharsets.UTF_8).length)).toList(),
                page.nextMarker());
    }

    public void delete(CloudWatchCall call, DeleteDashboardsRequest r) {
        if (r.dashboardNames() == null || r.dashboardNames().isEmpty()) {
            throw CloudWatchErrors.missingParameter("DashboardNames");
        }
        for (String name : r.dashboardNames()) {
            if (dashboards.get(call.dashboardArn(name)) == null) {
                throw CloudWatchErrors.dashboardNotFound(name);
            }
        }
        for (String name : r.dashboardNames()) {
            String arn = call.dashboardArn(name);
            dashboards.remove(arn);
            tags.forget(arn);
        }
    }
}
