package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Times;
import dev.fakecloud.dynamodb.model.Requests;
import dev.fakecloud.dynamodb.model.Requests.AttributeDefinition;
import dev.fakecloud.dynamodb.model.Requests.KeySchemaElement;
import dev.fakecloud.dynamodb.model.Requests.Projection;
import dev.fakecloud.dynamodb.model.TableDef;
import dev.fakecloud.dynamodb.model.TableDef.IndexDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** CreateTable's rules: names, key schemas, attribute definitions, billing, indexes and streams, as AWS words them. */
final class TableValidation {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
    private static final Set<String> VIEW_TYPES = Set.of("KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES");

    private TableValidation() {
    }

    static TableDef newTable(DynamoCall call, Requests.CreateTable r) {
        List<String> problems = new ArrayList<>();
        String name = r.tableName();
        if (name == null) {
            problems.add("Value null at 'tableName' failed to satisfy constraint: Member must not be null");
        } else {
            if (name.length() < 3 || name.length() > 255) {
                problems.add("Value '" + name + "' at 'tableName' failed to satisfy constraint: Member must have "
                        + "length " + (name.length() < 3 ? "greater than or equal to 3" : "less than or equal to 255"));
            }
            if (!NAME.matcher(name).matches()) {
                problems.add("Value '" + name + "' at 'tableName' failed to satisfy constraint: Member must satisfy "
                        + "regular expression pattern: [a-zA-Z0-9_.-]+");
            }
        }
        if (r.keySchema() == null) {
            problems.add("Value null at 'keySchema' failed to satisfy constraint: Member must not be null");
        }
        if (r.attributeDefinitions() == null) {
            problems.add("Value null at 'attributeDefinitions' failed to satisfy constraint: Member must not be null");
        } else {
            for (int i = 0; i < r.attributeDefinitions().size(); i++) {
                String type = r.attributeDefinitions().get(i).attributeType();
                if (!Set.of("S", "N", "B").contains(String.valueOf(type))) {
                    problems.add("Value '" + type + "' at 'attributeDefinitions." + (i + 1) + ".member.attributeType' "
                            + "failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw DynamoErrors.validation(problems.size() + " validation error" + (problems.size() > 1 ? "s" : "")
                    + " detected: " + String.join("; ", problems));
        }
        checkKeySchema(r.keySchema(), "KeySchema");
        Set<String> defined = new LinkedHashSet<>();
        r.attributeDefinitions().forEach(d -> defined.add(d.attributeName()));
        Set<String> used = new HashSet<>();
        r.keySchema().forEach(k -> used.add(k.attributeName()));
        if (r.globalSecondaryIndexes() != null) {
            r.globalSecondaryIndexes().forEach(g -> g.keySchema().forEach(k -> used.add(k.attributeName())));
        }
        if (r.localSecondaryIndexes() != null) {
            r.localSecondaryIndexes().forEach(l -> l.keySchema().forEach(k -> used.add(k.attributeName())));
        }
        for (String u : used) {
            if (!defined.contains(u)) {
                throw DynamoErrors.invalidParameter("Some index key attributes are not defined in "
                        + "AttributeDefinitions. Keys: " + used + ", AttributeDefinitions: " + defined);
            }
        }
        if (!used.containsAll(defined)) {
            throw DynamoErrors.invalidParameter("Number of attributes in KeySchema does not exactly match number of "
                    + "attributes defined in AttributeDefinitions");
        }
        String billing = r.billingMode() == null ? "PROVISIONED" : r.billingMode();
        long read = 0;
        long write = 0;
        if (billing.equals("PROVISIONED")) {
            if (r.provisionedThroughput() == null) {
                throw DynamoErrors.invalidParameter("ReadCapacityUnits and WriteCapacityUnits must both be specified "
                        + "when BillingMode is PROVISIONED");
            }
            read = r.provisionedThroughput().readCapacityUnits();
            write = r.provisionedThroughput().writeCapacityUnits();
        } else if (billing.equals("PAY_PER_REQUEST")) {
            if (r.provisionedThroughput() != null) {
                throw DynamoErrors.invalidParameter("Neither ReadCapacityUnits nor WriteCapacityUnits can be "
                        + "specified when BillingMode is PAY_PER_REQUEST");
            }
        } else {
            throw DynamoErrors.validation("1 validation error detected: Value '" + billing + "' at 'billingMode' "
                    + "failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
        }
        if (r.streamSpecification() != null && Boolean.TRUE.equals(r.streamSpecification().streamEnabled())) {
            viewType(r.streamSpecification().streamViewType());
        }
        String id = TableService.newId();
        String arn = "arn:aws:dynamodb:" + call.region() + ":" + call.accountId() + ":table/" + name;
        TableDef t = new TableDef(call.accountId(), call.region(), name, id, arn, System.currentTimeMillis(),
                r.attributeDefinitions(), r.keySchema(), billing, read, write, List.of(), List.of(), false, null, null,
                null, null, false, r.tags() == null ? List.of() : r.tags(),
                Boolean.TRUE.equals(r.deletionProtectionEnabled()), false, r.tableClass());
        List<IndexDef> gsis = new ArrayList<>();
        Set<String> indexNames = new HashSet<>();
        if (r.globalSecondaryIndexes() != null) {
            for (Requests.GlobalSecondaryIndex g : r.globalSecondaryIndexes()) {
                if (!indexNames.add(g.indexName())) {
                    throw DynamoErrors.invalidParameter("Duplicate index name: " + g.indexName());
                }
                gsis.add(gsi(t, g, billing));
            }
        }
        List<IndexDef> lsis = new ArrayList<>();
        if (r.localSecondaryIndexes() != null) {
            if (t.key().rangeName() == null) {
                throw DynamoErrors.invalidParameter("Table KeySchema does not have a range key, which is required "
                        + "when specifying a LocalSecondaryIndex");
            }
            for (Requests.LocalSecondaryIndex l : r.localSecondaryIndexes()) {
                if (!indexNames.add(l.indexName())) {
                    throw DynamoErrors.invalidParameter("Duplicate index name: " + l.indexName());
                }
                checkKeySchema(l.keySchema(), "KeySchema");
                if (l.keySchema().size() != 2 || !l.keySchema().get(0).attributeName().equals(t.key().hashName())) {
                    throw DynamoErrors.invalidParameter("Index KeySchema does not have the same leading hash key as "
                            + "table KeySchema for index: " + l.indexName() + ". index hash key: "
                            + l.keySchema().get(0).attributeName() + ", table hash key: " + t.key().hashName());
                }
                lsis.add(new IndexDef(l.indexName(), l.keySchema(), projection(l.projection(), l.indexName()), 0, 0));
            }
        }
        return new TableDef(t.account(), t.region(), t.name(), t.id(), t.arn(), t.createdMillis(),
                t.attributeDefinitions(), t.keySchema(), t.billingMode(), t.readCapacity(), t.writeCapacity(), gsis,
                lsis, false, null, null, null, null, false, t.tags(), t.deletionProtection(), false, t.tableClass());
    }

    static IndexDef gsi(TableDef t, Requests.GlobalSecondaryIndex g, String billing) {
        checkKeySchema(g.keySchema(), "KeySchema");
        for (KeySchemaElement k : g.keySchema()) {
            if (t.typeOf(k.attributeName()) == null) {
                throw DynamoErrors.invalidParameter("Global Secondary Index hash key not specified in Attribute "
                        + "Definitions.Type unknown.");
            }
        }
        long read = 0;
        long write = 0;
        if (billing.equals("PROVISIONED")) {
            if (g.provisionedThroughput() == null) {
                throw DynamoErrors.invalidParameter("ProvisionedThroughput is not specified for index: "
                        + g.indexName());
            }
            read = g.provisionedThroughput().readCapacityUnits();
            write = g.provisionedThroughput().writeCapacityUnits();
        }
        return new IndexDef(g.indexName(), g.keySchema(), projection(g.projection(), g.indexName()), read, write);
    }

    private static Projection projection(Projection p, String index) {
        if (p == null || p.projectionType() == null) {
            throw DynamoErrors.invalidParameter("Unknown ProjectionType: null");
        }
        if (!Set.of("ALL", "KEYS_ONLY", "INCLUDE").contains(p.projectionType())) {
            throw DynamoErrors.invalidParameter("Unknown ProjectionType: " + p.projectionType());
        }
        if (p.projectionType().equals("INCLUDE") && (p.nonKeyAttributes() == null || p.nonKeyAttributes().isEmpty())) {
            throw DynamoErrors.invalidParameter("ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
        }
        if (!p.projectionType().equals("INCLUDE") && p.nonKeyAttributes() != null) {
            throw DynamoErrors.invalidParameter("ProjectionType is " + p.projectionType()
                    + ", but NonKeyAttributes is specified");
        }
        return p;
    }

    private static void checkKeySchema(List<KeySchemaElement> schema, String what) {
        if (schema.isEmpty() || schema.size() > 2) {
            throw DynamoErrors.validation("1 validation error detected: Value '" + schema + "' at 'keySchema' failed "
                    + "to satisfy constraint: Member must have length " + (schema.isEmpty()
                    ? "greater than or equal to 1" : "less than or equal to 2"));
        }
        if (!"HASH".equals(schema.get(0).keyType())) {
            throw DynamoErrors.validation("Invalid " + what + ": The first KeySchemaElement is not a HASH key type");
        }
        if (schema.size() == 2) {
            if (!"RANGE".equals(schema.get(1).keyType())) {
                throw DynamoErrors.validation("Invalid " + what + ": The second KeySchemaElement is not a RANGE key "
                        + "type");
            }
            if (schema.get(0).attributeName().equals(schema.get(1).attributeName())) {
                throw DynamoErrors.validation("Both the Hash Key and the Range Key element in the " + what
                        + " have the same name");
            }
        }
    }

    static void viewType(String viewType) {
        if (viewType == null || !VIEW_TYPES.contains(viewType)) {
            throw DynamoErrors.validation("1 validation error detected: Value '" + viewType + "' at "
                    + "'streamSpecification.streamViewType' failed to satisfy constraint: Member must satisfy enum "
                    + "value set: [NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY]");
        }
    }

    static List<AttributeDefinition> noDefinitions() {
        return List.of();
    }
}
