package dev.fakecloud.logs;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.logs.model.QueryShapes.CreateLookupTableRequest;
import dev.fakecloud.logs.model.QueryShapes.CreateLookupTableResponse;
import dev.fakecloud.logs.model.QueryShapes.DeleteLookupTableRequest;
import dev.fakecloud.logs.model.QueryShapes.DescribeLookupTablesRequest;
import dev.fakecloud.logs.model.QueryShapes.DescribeLookupTablesResponse;
import dev.fakecloud.logs.model.QueryShapes.GetLookupTableRequest;
import dev.fakecloud.logs.model.QueryShapes.GetLookupTableResponse;
import dev.fakecloud.logs.model.QueryShapes.LookupTable;
import dev.fakecloud.logs.model.QueryShapes.UpdateLookupTableRequest;
import dev.fakecloud.logs.model.QueryShapes.UpdateLookupTableResponse;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Lookup tables (CSV bodies for Logs Insights {@code lookup}), stored with their fields, record counts and sizes. */
@Startup
@ApplicationScoped
public class LookupTableService {

    private final ScopedTable<GetLookupTableResponse> tables;

    public LookupTableService(StateStore store) {
        this.tables = new ScopedTable<>(store, "logs.lookup-tables", GetLookupTableResponse.class);
    }

    public CreateLookupTableResponse create(LogsCall call, CreateLookupTableRequest r) {
        LogsErrors.require(new String[] {"lookupTableName", "tableBody"}, r.lookupTableName(), r.tableBody());
        String arn = "arn:aws:logs:" + call.region() + ":" + call.accountId() + ":lookup-table:"
                + r.lookupTableName();
        long now = System.currentTimeMillis();
        GetLookupTableResponse t = new GetLookupTableResponse(arn, r.lookupTableName(), r.description(),
                r.tableBody(), size(r.tableBody()), now, r.kmsKeyId());
        if (tables.putIfAbsent(call, r.lookupTableName(), t) != null) {
            throw new LogsException("ResourceAlreadyExistsException", "The specified lookup table already exists.",
                    400);
        }
        return new CreateLookupTableResponse(arn, now);
    }

    public GetLookupTableResponse get(LogsCall call, GetLookupTableRequest r) {
        return require(call, r.lookupTableArn());
    }

    public DescribeLookupTablesResponse describe(LogsCall call, DescribeLookupTablesRequest r) {
        Page<GetLookupTableResponse> page = Page.of(tables.list(call, r.lookupTableNamePrefix()),
                GetLookupTableResponse::lookupTableName, r.nextToken(), LogGroupService.limit(r.maxResults(), 100),
                LogsErrors::invalidToken);
        return new DescribeLookupTablesResponse(page.items().stream().map(t -> new LookupTable(t.lookupTableArn(),
                t.lookupTableName(), t.description(), fields(t.tableBody()), records(t.tableBody()), t.sizeBytes(),
                t.lastUpdatedTime(), t.kmsKeyId())).toList(), page.nextMarker());
    }

    public UpdateLookupTableResponse update(LogsCall call, UpdateLookupTableRequest r) {
        LogsErrors.require("tableBody", r.tableBody());
        GetLookupTableResponse t = require(call, r.lookupTableArn());
        long now = System.currentTimeMillis();
        tables.put(call, t.lookupTableName(), new GetLookupTableResponse(t.lookupTableArn(), t.lookupTableName(),
                r.description() != null ? r.description() : t.description(), r.tableBody(), size(r.tableBody()), now,
                r.kmsKeyId() != null ? r.kmsKeyId() : t.kmsKeyId()));
        return new UpdateLookupTableResponse(t.lookupTableArn(), now);
    }

    public void delete(LogsCall call, DeleteLookupTableRequest r) {
        GetLookupTableResponse t = require(call, r.lookupTableArn());
        tables.remove(call, t.lookupTableName());
    }

    private GetLookupTableResponse require(LogsCall call, String arn) {
        LogsErrors.require("lookupTableArn", arn);
        GetLookupTableResponse t = tables.get(call, arn.substring(arn.lastIndexOf(':') + 1));
        if (t == null || !t.lookupTableArn().equals(arn)) {
            throw LogsErrors.resourceNotFound("The specified lookup table does not exist.");
        }
        return t;
    }

    private static long size(String body) {
        return body.getBytes(StandardCharsets.UTF_8).length;
    }

    private static List<String> fields(String body) {
        String header = body.lines().findFirst().orElse("");
        return Arrays.stream(header.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static long records(String body) {
        return Math.max(0, body.lines().filter(l -> !l.isBlank()).count() - 1);
    }
}
