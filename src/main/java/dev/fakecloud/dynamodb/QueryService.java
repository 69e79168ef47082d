package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Times;
import dev.fakecloud.dynamodb.expr.Ast;
import dev.fakecloud.dynamodb.expr.Evaluator;
import dev.fakecloud.dynamodb.expr.Expressions;
import dev.fakecloud.dynamodb.expr.Projector;
import dev.fakecloud.dynamodb.model.KeySchema;
import dev.fakecloud.dynamodb.model.Requests;
import dev.fakecloud.dynamodb.model.Sizes;
import dev.fakecloud.dynamodb.model.TableDef;
import dev.fakecloud.dynamodb.model.TableDef.IndexDef;
import dev.fakecloud.dynamodb.model.Value;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Query (one partition of the table or an index, read as a range) and Scan (every partition, optionally one segment
 * of a parallel scan): key conditions, filters, projections, Select, Limit and pages of at most 1 MB.
 */
@ApplicationScoped
public class QueryService {

    private static final int PAGE_BYTES = 1024 * 1024;
    private static final Set<String> SELECTS =
            Set.of("ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT");

    private final TableStore tables;
    private final ItemStore items;

    public QueryService(TableStore tables, ItemStore items) {
        this.tables = tables;
        this.items = items;
    }

    /** What a read is over: the table or one of its indexes. */
    private record Source(TableDef table, IndexDef index, KeySchema key) {
    }

    private Source source(DynamoCall call, String tableName, String indexName) {
        TableDef t = tables.require(call.region(), TableService.requireName(tableName));
        if (indexName == null) {
            return new Source(t, null, t.key());
        }
        IndexDef i = t.index(indexName);
        if (i == null) {
            throw DynamoErrors.validation("The table does not have the specified index: " + indexName);
        }
        return new Source(t, i, t.schemaOf(i.keySchema()));
    }

    Object query(DynamoCall call, Requests.Query r) {
        Source s = source(call, r.tableName(), r.indexName());
        Legacy.notBoth("KeyConditions", r.keyConditions(), "KeyConditionExpression", r.keyConditionExpression());
        Legacy.notBoth("QueryFilter", r.queryFilter(), "FilterExpression", r.filterExpression());
        if (r.keyConditionExpression() == null && r.keyConditions() == null) {
            throw DynamoErrors.validation(
                    "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        checkConsistentRead(s, r.consistentRead());
        Expressions e = WriteParser.expressions(r.keyConditionExpression(), r.filterExpression(),
                r.expressionAttributeNames(), r.expressionAttributeValues());
        KeyCondition key = KeyCondition.of(r.keyConditionExpression() == null
                ? Legacy.conditions(r.keyConditions(), "AND")
                : e.condition("KeyConditionExpression", r.keyConditionExpression()), s.key());
        Ast.Condition filter = r.queryFilter() != null ? Legacy.conditions(r.queryFilter(), r.conditionalOperator())
                : filter(e, r.filterExpression(), s.table());
        List<Ast.Path> projection = r.projectionExpression() == null ? null : e.projection(r.projectionExpression());
        e.checkAllUsed();
        String select = select(r.select(), projection, r.attributesToGet(), s);
        List<Map<String, Value>> candidates = s.index() == null ? items.partition(s.table(), key.hash())
                : items.indexPartition(s.table(), s.index(), key.hash());
        boolean forward = r.scanIndexForward() == null || r.scanIndexForward();
        if (!forward) {
            candidates = new ArrayList<>(candidates);
            Collections.reverse(candidates);
        }
        return page(s, candidates, key::matches, filter, projection, select, r.limit(), r.exclusiveStartKey(), forward);
    }

    Object scan(DynamoCall call, Requests.Scan r) {
        Source s = source(call, r.tableName(), r.indexName());
        Legacy.notBoth("ScanFilter", r.scanFilter(), "FilterExpression", r.filterExpression());
        checkConsistentRead(s, r.consistentRead());
        if (r.segment() != null || r.totalSegments() != null) {
            if (r.totalSegments() == null) {
                throw DynamoErrors.validation("The TotalSegments parameter is required but was not present in the "
                        + "request when Segment parameter is present");
            }
            if (r.segment() == null) {
                throw DynamoErrors.validation("The Segment parameter is required but was not present in the request "
                        + "when parameter TotalSegments is present");
            }
            if (r.totalSegments() < 1 || r.totalSegments() > 1000000) {
                throw DynamoErrors.validation("1 validation error detected: Value '" + r.totalSegments() + "' at "
                        + "'totalSegments' failed to satisfy constraint: Member must have value "
                        + (r.totalSegments() < 1 ? "greater than or equal to 1" : "less than or equal to 1000000"));
            }
            if (r.segment() >= r.totalSegments()) {
                throw DynamoErrors.validation("The Segment parameter is zero-based and must be less than parameter "
                        + "TotalSegments: Segment: " + r.segment() + " is not less than TotalSegments: "
                        + r.totalSegments());
            }
        }
        Expressions e = WriteParser.expressions(r.filterExpression(), r.projectionExpression(),
                r.expressionAttributeNames(), r.expressionAttributeValues());
        Ast.Condition filter = r.scanFilter() != null ? Legacy.conditions(r.scanFilter(), r.conditionalOperator())
                : r.filterExpression() == null ? null : e.condition("FilterExpression", r.filterExpression());
        List<Ast.Path> projection = r.projectionExpression() == null ? null : e.projection(r.projectionExpression());
        e.checkAllUsed();
        String select = select(r.select(), projection, r.attributesToGet(), s);
        List<Map<String, Value>> candidates = s.index() == null ? items.all(s.table())
                : items.indexAll(s.table(), s.index());
        java.util.function.Predicate<Map<String, Value>> inSegment = item -> true;
        if (r.segment() != null) {
            int segment = r.segment();
            int total = r.totalSegments();
            String hashName = s.table().key().hashName();
            inSegment = item -> Math.floorMod(dev.fakecloud.dynamodb.model.Scalars.text(item.get(hashName))
                    .hashCode(), total) == segment;
        }
        return page(s, candidates, inSegment, filter, projection, select, r.limit(), r.exclusiveStartKey(), true);
    }

    /**
     * A PartiQL SELECT: one partition (as Query reads it) when the WHERE clause fixes the partition key with an
     * equality, otherwise every item (as Scan reads it); the whole WHERE clause filters.
     */
    Object partiqlSelect(DynamoCall call, String table, String index, Ast.Condition where, List<Ast.Path> projection,
            Integer limit, Map<String, Value> startKey, Boolean consistentRead) {
        Source s = source(call, table, index);
        checkConsistentRead(s, consistentRead);
        Value hash = where == null ? null : PartiqlKeys.equality(where, s.key().hashName());
        List<Map<String, Value>> candidates;
        if (hash != null) {
            candidates = s.index() == null ? items.partition(s.table(), hash)
                    : items.indexPartition(s.table(), s.index(), hash);
        } else {
            candidates = s.index() == null ? items.all(s.table()) : items.indexAll(s.table(), s.index());
        }
        return page(s, candidates, item -> true, where, projection, "ALL_ATTRIBUTES", limit, startKey, true);
    }

    private Object page(Source s, List<Map<String, Value>> candidates,
            java.util.function.Predicate<Map<String, Value>> keyMatch, Ast.Condition filter,
            List<Ast.Path> projection, String select, Integer limit, Map<String, Value> exclusiveStartKey,
            boolean forward) {
        if (limit != null && limit < 1) {
            throw DynamoErrors.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed to "
                    + "satisfy constraint: Member must have value greater than or equal to 1");
        }
        Comparator<Map<String, Value>> order = items.order(s.table(), s.index());
        int start = 0;
        if (exclusiveStartKey != null) {
            checkStartKey(s, exclusiveStartKey);
            while (start < candidates.size()) {
                int c = order.compare(candidates.get(start), exclusiveStartKey);
                if (forward ? c > 0 : c < 0) {
                    break;
                }
                start++;
            }
        }
        List<Map<String, Value>> out = new ArrayList<>();
        int scanned = 0;
        int bytes = 0;
        Map<String, Value> lastEvaluated = null;
        int i = start;
        for (; i < candidates.size(); i++) {
            Map<String, Value> item = candidates.get(i);
            if (!keyMatch.test(item)) {
                continue;
            }
            if ((limit != null && scanned == limit) || bytes > PAGE_BYTES) {
                break;
            }
            scanned++;
            bytes += Sizes.item(item);
            lastEvaluated = item;
            if (filter == null || Evaluator.test(filter, item)) {
                out.add(item);
            }
        }
        boolean more = false;
        for (int j = i; j < candidates.size() && lastEvaluated != null; j++) {
            if (keyMatch.test(candidates.get(j))) {
                more = true;
                break;
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        if (!select.equals("COUNT")) {
            List<Map<String, Value>> shaped = new ArrayList<>(out.size());
            for (Map<String, Value> item : out) {
                Map<String, Value> visible = s.index() == null ? item : indexProjection(s, item);
                shaped.add(projection == null ? visible : Projector.project(visible, projection));
            }
            result.put("Items", shaped);
        }
        result.put("Count", out.size());
        result.put("ScannedCount", scanned);
        if (more) {
            result.put("LastEvaluatedKey", keyFor(s, lastEvaluated));
        }
        return result;
    }

    private static Map<String, Value> keyFor(Source s, Map<String, Value> item) {
        Map<String, Value> key = new LinkedHashMap<>(s.table().key().keyOf(item));
        if (s.index() != null) {
            key.putAll(s.key().keyOf(item));
        }
        return key;
    }

    private static void checkStartKey(Source s, Map<String, Value> start) {
        Map<String, Value> expected = s.table().key().keyOf(start);
        boolean ok = expected != null && (s.index() == null ? start.size() == expected.size()
                : s.key().keyOf(start) != null);
        if (!ok) {
            throw DynamoErrors.validation("The provided starting key is invalid: The provided key element does not "
                    + "match the schema");
        }
    }

    /** What an index holds of an item: its keys, the table's keys, and what its projection includes. */
    private static Map<String, Value> indexProjection(Source s, Map<String, Value> item) {
        String type = s.index().projection().projectionType();
        if (type.equals("ALL")) {
            return item;
        }
        Map<String, Value> out = new LinkedHashMap<>();
        item.forEach((name, v) -> {
            boolean keep = s.table().key().isKey(name) || s.key().isKey(name)
                    || (type.equals("INCLUDE") && s.index().projection().nonKeyAttributes().contains(name));
            if (keep) {
                out.put(name, v);
            }
        });
        return out;
    }

    private static Ast.Condition filter(Expressions e, String text, TableDef t) {
        if (text == null) {
            return null;
        }
        Ast.Condition c = e.condition("FilterExpression", text);
        checkFilterAvoidsKeys(c, t.key());
        return c;
    }

    private static void checkFilterAvoidsKeys(Ast.Condition c, KeySchema k) {
        List<Ast.Operand> operands = new ArrayList<>();
        collect(c, operands);
        for (Ast.Operand o : operands) {
            if (o instanceof Ast.PathRef p && k.isKey(p.path().head())) {
                throw DynamoErrors.validation("Filter Expression can only contain non-primary key attributes: "
                        + "Primary key attribute: " + p.path().head());
            }
        }
    }

    private static void collect(Ast.Condition c, List<Ast.Operand> out) {
        switch (c) {
            case Ast.And a -> {
                collect(a.left(), out);
                collect(a.right(), out);
            }
            case Ast.Or o -> {
                collect(o.left(), out);
                collect(o.right(), out);
            }
            case Ast.Not n -> collect(n.condition(), out);
            case Ast.Compare cmp -> {
                out.add(cmp.left());
                out.add(cmp.right());
            }
            case Ast.Between b -> {
                out.add(b.value());
                out.add(b.low());
                out.add(b.high());
            }
            case Ast.In in -> {
                out.add(in.value());
                out.addAll(in.candidates());
            }
            case Ast.Function f -> out.addAll(f.args());
        }
    }

    private static void checkConsistentRead(Source s, Boolean consistent) {
        if (Boolean.TRUE.equals(consistent) && s.index() != null && s.table().isGlobal(s.index().name())) {
            throw DynamoErrors.validation("Consistent reads are not supported on global secondary indexes");
        }
    }

    private static String select(String select, List<Ast.Path> projection, List<String> attributesToGet, Source s) {
        if (select != null && !SELECTS.contains(select)) {
            throw DynamoErrors.validation("1 validation error detected: Value '" + select + "' at 'select' failed to "
                    + "satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, "
                    + "ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]");
        }
        if (attributesToGet != null) {
            throw DynamoErrors.validation("The legacy parameter AttributesToGet is not supported by fakecloud in "
                    + "Query and Scan; use ProjectionExpression instead");
        }
        if (projection != null && select != null && !select.equals("SPECIFIC_ATTRIBUTES")) {
            throw DynamoErrors.validation("Cannot specify the ProjectionExpression when choosing to get "
                    + select);
        }
        if ("SPECIFIC_ATTRIBUTES".equals(select) && projection == null) {
            throw DynamoErrors.validation("Must specify the AttributesToGet or ProjectionExpression when choosing to "
                    + "get SPECIFIC_ATTRIBUTES");
        }
        if ("ALL_PROJECTED_ATTRIBUTES".equals(select) && s.index() == null) {
            throw DynamoErrors.validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an Index");
        }
        if ("ALL_ATTRIBUTES".equals(select) && s.index() != null && s.table().isGlobal(s.index().name())
                && !s.index().projection().projectionType().equals("ALL")) {
            throw DynamoErrors.invalidParameter("Select type ALL_ATTRIBUTES is not supported for global secondary "
                    + "index " + s.index().name() + " because its projection type is not ALL");
        }
        return select == null ? "ALL_ATTRIBUTES" : select;
    }
}
