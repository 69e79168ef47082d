package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Times;
import dev.fakecloud.dynamodb.model.Requests.AttributeDefinition;
import dev.fakecloud.dynamodb.model.Requests.KeySchemaElement;
import dev.fakecloud.dynamodb.model.TableDef;
import dev.fakecloud.dynamodb.model.TableDef.IndexDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A table as DescribeTable (and CreateTable, UpdateTable, DeleteTable) describe it. */
final class TableDescriptions {

    private TableDescriptions() {
    }

    static Map<String, Object> describe(TableDef t, String status, ItemStore items) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("AttributeDefinitions", attributes(t.attributeDefinitions()));
        d.put("TableName", t.name());
        d.put("KeySchema", keys(t.keySchema()));
        d.put("TableStatus", status);
        d.put("CreationDateTime", Times.epochSeconds(t.createdMillis()));
        d.put("ProvisionedThroughput", throughput(t.readCapacity(), t.writeCapacity()));
        List<Map<String, dev.fakecloud.dynamodb.model.Value>> all = status.equals("ACTIVE") ? items.all(t) : List.of();
        d.put("TableSizeBytes", all.stream().mapToLong(dev.fakecloud.dynamodb.model.Sizes::item).sum());
        d.put("ItemCount", all.size());
        d.put("TableArn", t.arn());
        d.put("TableId", t.id());
        if (t.billingMode().equals("PAY_PER_REQUEST")) {
            d.put("BillingModeSummary", Map.of("BillingMode", "PAY_PER_REQUEST",
                    "LastUpdateToPayPerRequestDateTime", Times.epochSeconds(t.createdMillis())));
        }
        if (!t.localIndexes().isEmpty()) {
            List<Map<String, Object>> lsis = new ArrayList<>();
            for (IndexDef i : t.localIndexes()) {
                Map<String, Object> m = index(t, i, items, status);
                lsis.add(m);
            }
            d.put("LocalSecondaryIndexes", lsis);
        }
        if (!t.globalIndexes().isEmpty()) {
            List<Map<String, Object>> gsis = new ArrayList<>();
            for (IndexDef i : t.globalIndexes()) {
                Map<String, Object> m = index(t, i, items, status);
                m.put("IndexStatus", "ACTIVE");
                m.put("ProvisionedThroughput", throughput(i.readCapacity(), i.writeCapacity()));
                gsis.add(m);
            }
            d.put("GlobalSecondaryIndexes", gsis);
        }
        if (t.streamArn() != null) {
            if (t.streamEnabled()) {
                d.put("StreamSpecification", Map.of("StreamEnabled", true, "StreamViewType", t.streamViewType()));
            }
            d.put("LatestStreamLabel", t.streamLabel());
            d.put("LatestStreamArn", t.streamArn());
        }
        d.put("DeletionProtectionEnabled", t.deletionProtection());
        if (t.tableClass() != null) {
            d.put("TableClassSummary", Map.of("TableClass", t.tableClass()));
        }
        return d;
    }


    private static Map<String, Object> index(TableDef t, IndexDef i, ItemStore items, String status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("IndexName", i.name());
        m.put("KeySchema", keys(i.keySchema()));
        Map<String, Object> projection = new LinkedHashMap<>();
        projection.put("ProjectionType", i.projection().projectionType());
        if (i.projection().nonKeyAttributes() != null) {
            projection.put("NonKeyAttributes", i.projection().nonKeyAttributes());
        }
        m.put("Projection", projection);
        List<Map<String, dev.fakecloud.dynamodb.model.Value>> entries =
                status.equals("ACTIVE") ? items.indexAll(t, i) : List.of();
        m.put("IndexSizeBytes", entries.stream().mapToLong(dev.fakecloud.dynamodb.model.Sizes::item).sum());
        m.put("ItemCount", entries.size());
        m.put("IndexArn", t.indexArn(i.name()));
        return m;
    }

    static Map<String, Object> throughput(long read, long write) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("NumberOfDecreasesToday", 0);
        m.put("ReadCapacityUnits", read);
        m.put("WriteCapacityUnits", write);
        return m;
    }

    static List<Map<String, String>> keys(List<KeySchemaElement> elements) {
        List<Map<String, String>> out = new ArrayList<>();
        elements.forEach(e -> out.add(Map.of("AttributeName", e.attributeName(), "KeyType", e.keyType())));
        return out;
    }

    static List<Map<String, String>> attributes(List<AttributeDefinition> defs) {
        List<Map<String, String>> out = new ArrayList<>();
        defs.forEach(e -> out.add(Map.of("AttributeName", e.attributeName(), "AttributeType", e.attributeType())));
        return out;
    }
}
