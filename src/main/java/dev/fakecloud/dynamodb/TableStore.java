package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Times;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.dynamodb.model.TableDef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Every DynamoDB table definition, by region and name, in the state store. */
@ApplicationScoped
public class TableStore {

    private final Table<String, TableDef> tables;

    public TableStore(StateStore store) {
        this.tables = store.sortedTable("dynamodb.tables", String.class, TableDef.class, Comparator.naturalOrder());
    }

    private static String key(String region, String name) {
        return region + "/" + name;
    }

    public TableDef find(String region, String name) {
        return name == null ? null : tables.get(key(region, name));
    }

    /** The table, or ResourceNotFoundException as item operations word it. */
    public TableDef require(String region, String name) {
        TableDef t = find(region, name);
        if (t == null) {
            throw DynamoErrors.resourceNotFound();
        }
        return t;
    }

    public TableDef byArn(String arn) {
        for (TableDef t : tables.values()) {
            if (t.arn().equals(arn)) {
                return t;
            }
        }
        return null;
    }

    TableDef putIfAbsent(TableDef t) {
        return tables.putIfAbsent(key(t.region(), t.name()), t);
    }

    void put(TableDef t) {
        tables.put(key(t.region(), t.name()), t);
    }

    void remove(TableDef t) {
        tables.remove(key(t.region(), t.name()));
    }

    public List<TableDef> inRegion(String region) {
        return tables.sortedValues().stream().filter(t -> t.region().equals(region)).toList();
    }

    public Collection<TableDef> all() {
        return tables.values();
    }
}
