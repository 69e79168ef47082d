package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Times;
import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.dynamodb.model.Requests;
import dev.fakecloud.dynamodb.model.Requests.AttributeDefinition;
import dev.fakecloud.dynamodb.model.Requests.GlobalSecondaryIndex;
import dev.fakecloud.dynamodb.model.Requests.KeySchemaElement;
import dev.fakecloud.dynamodb.model.Requests.Tag;
import dev.fakecloud.dynamodb.model.TableDef;
import dev.fakecloud.dynamodb.model.TableDef.IndexDef;
import dev.fakecloud.dynamodb.model.Value;
import dev.fakecloud.dynamodb.streams.StreamDef;
import dev.fakecloud.dynamodb.streams.StreamService;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tables: create, describe, update, delete, list; time to live (with the sweep that expires items); tags. */
@Startup
@ApplicationScoped
public class TableService {

    private final TableStore tables;
    private final ItemStore items;
    private final ItemWrites writes;
    private final StreamService streams;
    private final DynamoWriter writer;

    public TableService(TableStore tables, ItemStore items, ItemWrites writes, StreamService streams,
            DynamoWriter writer, FakecloudConfig config) {
        this.tables = tables;
        this.items = items;
        this.writes = writes;
        this.streams = streams;
        this.writer = writer;
        writer.every(config.dynamodb().ttlSweepInterval(), this::sweep);
    }

    Uni<Object> create(DynamoCall call, Requests.CreateTable r) {
        TableDef t = TableValidation.newTable(call, r);
        return writer.submit(() -> {
            if (tables.putIfAbsent(t) != null) {
                throw DynamoErrors.resourceInUse("Table already exists: " + r.tableName());
            }
            TableDef created = t;
            if (r.streamSpecification() != null && Boolean.TRUE.equals(r.streamSpecification().streamEnabled())) {
                StreamDef s = streams.open(t, r.streamSpecification().streamViewType());
                created = t.withStream(true, s.viewType(), s.arn(), s.label());
                tables.put(created);
            }
            items.rebuildIndexes(created);
            return Map.of("TableDescription", TableDescriptions.describe(created, "CREATING", items));
        });
    }

    Object describe(DynamoCall call, Requests.TableName r) {
        TableDef t = tables.find(call.region(), requireName(r.tableName()));
        if (t == null) {
            throw DynamoErrors.tableNotFound(r.tableName());
        }
        return Map.of("Table", TableDescriptions.describe(t, "ACTIVE", items));
    }

    Uni<Object> delete(DynamoCall call, Requests.TableName r) {
        return writer.submit(() -> {
            TableDef t = tables.find(call.region(), requireName(r.tableName()));
            if (t == null) {
                throw DynamoErrors.tableNotFound(r.tableName());
            }
            if (t.deletionProtection()) {
                throw DynamoErrors.validation("Resource cannot be deleted as it is currently protected against "
                        + "deletion. Disable deletion protection first.");
            }
            Map<String, Object> description = TableDescriptions.describe(t, "DELETING", items);
            tables.remove(t);
            items.drop(t);
            if (t.streamArn() != null) {
                streams.close(t.streamArn());
            }
            return Map.of("TableDescription", description);
        });
    }

    Object list(DynamoCall call, Requests.ListTables r) {
        int limit = r.limit() == null ? 100 : r.limit();
        if (limit < 1 || limit > 100) {
            throw DynamoErrors.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed to "
                    + "satisfy constraint: Member must have value " + (limit < 1 ? "greater than or equal to 1"
                    : "less than or equal to 100"));
        }
        List<String> names = new ArrayList<>();
        for (TableDef t : tables.inRegion(call.region())) {
            if (r.exclusiveStartTableName() == null || t.name().compareTo(r.exclusiveStartTableName()) > 0) {
                names.add(t.name());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TableNames", names.size() > limit ? names.subList(0, limit) : names);
        if (names.size() > limit) {
            out.put("LastEvaluatedTableName", names.get(limit - 1));
        }
        return out;
    }

    Uni<Object> update(DynamoCall call, Requests.UpdateTable r) {
        return writer.submit(() -> {
            TableDef t = tables.find(call.region(), requireName(r.tableName()));
            if (t == null) {
                throw DynamoErrors.tableNotFound(r.tableName());
            }
            TableDef next = t;
            if (r.attributeDefinitions() != null) {
                Map<String, AttributeDefinition> merged = new LinkedHashMap<>();
                t.attributeDefinitions().forEach(d -> merged.put(d.attributeName(), d));
                r.attributeDefinitions().forEach(d -> merged.put(d.attributeName(), d));
                next = next.withAttributes(new ArrayList<>(merged.values()));
            }
            if (r.billingMode() != null || r.provisionedThroughput() != null) {
                String mode = r.billingMode() != null ? r.billingMode() : t.billingMode();
                long read = mode.equals("PAY_PER_REQUEST") ? 0 : r.provisionedThroughput() != null
                        ? r.provisionedThroughput().readCapacityUnits() : Math.max(1, t.readCapacity());
                long write = mode.equals("PAY_PER_REQUEST") ? 0 : r.provisionedThroughput() != null
                        ? r.provisionedThroughput().writeCapacityUnits() : Math.max(1, t.writeCapacity());
                next = next.withBilling(mode, read, write);
            }
            boolean newIndex = false;
            if (r.globalSecondaryIndexUpdates() != null) {
                List<IndexDef> gsis = new ArrayList<>(next.globalIndexes());
                for (Requests.GsiUpdate u : r.globalSecondaryIndexUpdates()) {
                    if (u.create() != null) {
                        GlobalSecondaryIndex g = u.create();
                        if (next.index(g.indexName()) != null) {
                            throw DynamoErrors.validation("One or more parameter values were invalid: Index already "
                                    + "exists: " + g.indexName());
                        }
                        gsis.add(TableValidation.gsi(next, g, next.billingMode()));
                        newIndex = true;
                    } else if (u.delete() != null) {
                        String name = u.delete().indexName();
                        if (!gsis.removeIf(i -> i.name().equals(name))) {
                            throw DynamoErrors.resourceNotFound("Requested resource not found: Index: " + name
                                    + " not found");
                        }
                    } else if (u.update() != null) {
                        String name = u.update().indexName();
                        int at = -1;
                        for (int i = 0; i < gsis.size(); i++) {
                            if (gsis.get(i).name().equals(name)) {
                                at = i;
                            }
                        }
                        if (at < 0) {
                            throw DynamoErrors.resourceNotFound("Requested resource not found: Index: " + name
                                    + " not found");
                        }
                        IndexDef old = gsis.get(at);
                        var tp = u.update().provisionedThroughput();
                        gsis.set(at, new IndexDef(old.name(), old.keySchema(), old.projection(),
                                tp == null ? old.readCapacity() : tp.readCapacityUnits(),
                                tp == null ? old.writeCapacity() : tp.writeCapacityUnits()));
                    }
                }
                next = next.withIndexes(gsis);
            }
            if (r.streamSpecification() != null) {
                next = updateStream(next, r.streamSpecification());
            }
            if (r.deletionProtectionEnabled() != null || r.tableClass() != null) {
                next = next.withProtection(r.deletionProtectionEnabled() != null ? r.deletionProtectionEnabled()
                        : t.deletionProtection(), t.pointInTimeRecovery(),
                        r.tableClass() != null ? r.tableClass() : t.tableClass());
            }
            tables.put(next);
            if (newIndex || r.globalSecondaryIndexUpdates() != null) {
                items.rebuildIndexes(next);
            }
            return Map.of("TableDescription", TableDescriptions.describe(next, "UPDATING", items));
        });
    }

    private TableDef updateStream(TableDef t, Requests.StreamSpecification spec) {
        boolean enable = Boolean.TRUE.equals(spec.streamEnabled());
        if (enable) {
            if (t.streamEnabled()) {
                throw DynamoErrors.validation("Table already has an enabled stream: TableName: " + t.name());
            }
            TableValidation.viewType(spec.streamViewType());
            StreamDef s = streams.open(t, spec.streamViewType());
            return t.withStream(true, s.viewType(), s.arn(), s.label());
        }
        if (!t.streamEnabled()) {
            throw DynamoErrors.validation("Table already has no stream enabled: TableName: " + t.name());
        }
        streams.close(t.streamArn());
        return t.withStream(false, null, t.streamArn(), t.streamLabel());
    }

    Uni<Object> updateTimeToLive(DynamoCall call, Requests.UpdateTimeToLive r) {
        var spec = r.timeToLiveSpecification();
        if (spec == null || spec.attributeName() == null || spec.enabled() == null) {
            throw DynamoErrors.validation("1 validation error detected: Value null at 'timeToLiveSpecification' "
                    + "failed to satisfy constraint: Member must not be null");
        }
        return writer.submit(() -> {
            TableDef t = tables.require(call.region(), r.tableName());
            if (spec.enabled() && t.ttlEnabled()) {
                throw DynamoErrors.validation("TimeToLive is already enabled");
            }
            if (!spec.enabled() && !t.ttlEnabled()) {
                throw DynamoErrors.validation("TimeToLive is already disabled");
            }
            tables.put(t.withTtl(spec.attributeName(), spec.enabled()));
            return Map.of("TimeToLiveSpecification", Map.of("Enabled", spec.enabled(),
                    "AttributeName", spec.attributeName()));
        });
    }

    Object describeTimeToLive(DynamoCall call, Requests.TableName r) {
        TableDef t = tables.require(call.region(), r.tableName());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("TimeToLiveStatus", t.ttlEnabled() ? "ENABLED" : "DISABLED");
        if (t.ttlEnabled()) {
            d.put("AttributeName", t.ttlAttribute());
        }
        return Map.of("TimeToLiveDescription", d);
    }

    Object describeContinuousBackups(DynamoCall call, Requests.TableName r) {
        TableDef t = tables.find(call.region(), r.tableName());
        if (t == null) {
            throw DynamoErrors.resourceNotFound("Table not found: " + r.tableName());
        }
        return Map.of("ContinuousBackupsDescription", backups(t));
    }

    Uni<Object> updateContinuousBackups(DynamoCall call, Requests.UpdateContinuousBackups r) {
        return writer.submit(() -> {
            TableDef t = tables.find(call.region(), r.tableName());
            if (t == null) {
                throw DynamoErrors.resourceNotFound("Table not found: " + r.tableName());
            }
            boolean pitr = r.pointInTimeRecoverySpecification() != null
                    && Boolean.TRUE.equals(r.pointInTimeRecoverySpecification().pointInTimeRecoveryEnabled());
            TableDef next = t.withProtection(t.deletionProtection(), pitr, t.tableClass());
            tables.put(next);
            return Map.of("ContinuousBackupsDescription", backups(next));
        });
    }

    private static Map<String, Object> backups(TableDef t) {
        Map<String, Object> pitr = new LinkedHashMap<>();
        pitr.put("PointInTimeRecoveryStatus", t.pointInTimeRecovery() ? "ENABLED" : "DISABLED");
        if (t.pointInTimeRecovery()) {
            pitr.put("RecoveryPeriodInDays", 35);
        }
        return Map.of("ContinuousBackupsStatus", "ENABLED", "PointInTimeRecoveryDescription", pitr);
    }

    // ---- tags

    private TableDef byArn(String arn) {
        TableDef t = arn == null ? null : tables.byArn(arn);
        if (t == null) {
            throw DynamoErrors.resourceNotFound("Requested resource not found: ResourceArn: " + arn + " not found");
        }
        return t;
    }

    Uni<Object> tag(DynamoCall call, Requests.TagResource r) {
        return writer.submit(() -> {
            TableDef t = byArn(r.resourceArn());
            Map<String, String> merged = new LinkedHashMap<>();
            t.tags().forEach(x -> merged.put(x.key(), x.value()));
            if (r.tags() != null) {
                r.tags().forEach(x -> merged.put(x.key(), x.value()));
            }
            if (merged.size() > 50) {
                throw DynamoErrors.limitExceeded("The number of tags exceeds the limit (50)");
            }
            List<Tag> tags = new ArrayList<>();
            merged.forEach((k, v) -> tags.add(new Tag(k, v)));
            tables.put(t.withTags(tags));
            return null;
        });
    }

    Uni<Object> untag(DynamoCall call, Requests.UntagResource r) {
        return writer.submit(() -> {
            TableDef t = byArn(r.resourceArn());
            List<Tag> tags = new ArrayList<>(t.tags());
            if (r.tagKeys() != null) {
                tags.removeIf(x -> r.tagKeys().contains(x.key()));
            }
            tables.put(t.withTags(tags));
            return null;
        });
    }

    Object listTags(DynamoCall call, Requests.ListTagsOfResource r) {
        TableDef t = byArn(r.resourceArn());
        List<Map<String, String>> tags = new ArrayList<>();
        t.tags().forEach(x -> tags.add(Map.of("Key", x.key(), "Value", x.value())));
        return Map.of("Tags", tags);
    }

    // ---- time to live

    /** Deletes expired items of every table with TTL enabled, with REMOVE records by the service; trims streams. */
    void sweep() {
        try {
            BigDecimal now = BigDecimal.valueOf(System.currentTimeMillis() / 1000);
            for (TableDef t : tables.all()) {
                if (!t.ttlEnabled()) {
                    continue;
                }
                for (Map<String, Value> item : items.all(t)) {
                    if (item.get(t.ttlAttribute()) instanceof Value.N n && n.decimal().compareTo(now) < 0) {
                        writes.delete(t, t.key().keyOf(item), true);
                    }
                }
            }
            streams.trimExpired();
        } catch (RuntimeException e) {
            org.jboss.logging.Logger.getLogger(TableService.class).warn("DynamoDB time-to-live sweep failed", e);
        }
    }

    static String requireName(String name) {
        if (name == null) {
            throw DynamoErrors.validation("1 validation error detected: Value null at 'tableName' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        return name;
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static List<KeySchemaElement> copy(List<KeySchemaElement> k) {
        return List.copyOf(k);
    }
}
