package dev.fakecloud.logs;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.logs.model.QueryShapes.DeleteQueryDefinitionRequest;
import dev.fakecloud.logs.model.QueryShapes.DeleteQueryDefinitionResponse;
import dev.fakecloud.logs.model.QueryShapes.DescribeQueryDefinitionsRequest;
import dev.fakecloud.logs.model.QueryShapes.DescribeQueryDefinitionsResponse;
import dev.fakecloud.logs.model.QueryShapes.PutQueryDefinitionRequest;
import dev.fakecloud.logs.model.QueryShapes.PutQueryDefinitionResponse;
import dev.fakecloud.logs.model.QueryShapes.QueryDefinition;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Saved Logs Insights queries: created with a new id, updated by id, listed by name prefix, deleted. */
@Startup
@ApplicationScoped
public class QueryDefinitionService {

    private final ScopedTable<QueryDefinition> definitions;

    public QueryDefinitionService(StateStore store) {
        this.definitions = new ScopedTable<>(store, "logs.query-definitions", QueryDefinition.class);
    }

    public PutQueryDefinitionResponse put(LogsCall call, PutQueryDefinitionRequest r) {
        LogsErrors.require(new String[] {"name", "queryString"}, r.name(), r.queryString());
        String id = r.queryDefinitionId();
        if (id == null) {
            id = UUID.randomUUID().toString();
        } else if (definitions.get(call, id) == null) {
            throw notFound();
        }
        definitions.put(call, id, new QueryDefinition(r.queryLanguage() == null ? "CWLI" : r.queryLanguage(), id,
                r.name(), r.queryString(), System.currentTimeMillis(),
                r.logGroupNames() == null ? List.of() : r.logGroupNames(), r.parameters()));
        return new PutQueryDefinitionResponse(id);
    }

    public DescribeQueryDefinitionsResponse describe(LogsCall call, DescribeQueryDefinitionsRequest r) {
        List<QueryDefinition> matching = definitions.list(call, "").stream()
                .filter(d -> r.queryDefinitionNamePrefix() == null
                        || d.name().startsWith(r.queryDefinitionNamePrefix()))
                .filter(d -> r.queryLanguage() == null || r.queryLanguage().equals(d.queryLanguage()))
                .sorted(Comparator.comparing(QueryDefinition::name).thenComparing(QueryDefinition::queryDefinitionId))
                .toList();
        Page<QueryDefinition> page = Page.of(matching, d -> d.name() + LogStore.SEP + d.queryDefinitionId(),
                r.nextToken(), LogGroupService.limit(r.maxResults(), 1000), LogsErrors::invalidToken);
        return new DescribeQueryDefinitionsResponse(page.items(), page.nextMarker());
    }

    public DeleteQueryDefinitionResponse delete(LogsCall call, DeleteQueryDefinitionRequest r) {
        LogsErrors.require("queryDefinitionId", r.queryDefinitionId());
        if (definitions.remove(call, r.queryDefinitionId()) == null) {
            throw notFound();
        }
        return new DeleteQueryDefinitionResponse(true);
    }

    private static LogsException notFound() {
        return LogsErrors.resourceNotFound("The specified query definition does not exist.");
    }
}
