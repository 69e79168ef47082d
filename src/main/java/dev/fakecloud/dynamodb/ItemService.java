package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Times;
import dev.fakecloud.dynamodb.expr.Ast;
import dev.fakecloud.dynamodb.expr.Expressions;
import dev.fakecloud.dynamodb.expr.Projector;
import dev.fakecloud.dynamodb.model.Requests;
import dev.fakecloud.dynamodb.model.TableDef;
import dev.fakecloud.dynamodb.model.Value;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** PutItem, GetItem, UpdateItem and DeleteItem, with conditions and ReturnValues. */
@ApplicationScoped
public class ItemService {

    private final TableStore tables;
    private final ItemStore items;
    private final ItemWrites writes;
    private final WriteParser parser;
    private final DynamoWriter writer;

    public ItemService(TableStore tables, ItemStore items, ItemWrites writes, WriteParser parser,
            DynamoWriter writer) {
        this.tables = tables;
        this.items = items;
        this.writes = writes;
        this.parser = parser;
        this.writer = writer;
    }

    Uni<Object> put(DynamoCall call, Requests.PutItem r) {
        String rv = returnValues(r.returnValues(), Set.of("NONE", "ALL_OLD"), "ReturnValues can only be ALL_OLD or NONE");
        Write.Put w = parser.put(call, r);
        return writer.submit(() -> {
            Map<String, Value> before = run(w);
            return attributes(rv.equals("ALL_OLD") ? before : null);
        });
    }

    Uni<Object> delete(DynamoCall call, Requests.DeleteItem r) {
        String rv = returnValues(r.returnValues(), Set.of("NONE", "ALL_OLD"), "ReturnValues can only be ALL_OLD or NONE");
        Write.Delete w = parser.delete(call, r);
        return writer.submit(() -> {
            Map<String, Value> before = run(w);
            return attributes(rv.equals("ALL_OLD") ? before : null);
        });
    }

    Uni<Object> update(DynamoCall call, Requests.UpdateItem r) {
        String rv = returnValues(r.returnValues(), Set.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"),
                null);
        Write.Update w = parser.update(call, r);
        return writer.submit(() -> {
            Map<String, Value> before = items.get(w.table(), w.key());
            failUnlessHolds(w, before);
            Map<String, Value> after = w.after(before);
            writes.put(w.table(), after);
            List<Ast.Path> touched = w.update() == null ? List.of() : w.update().paths();
            return attributes(switch (rv) {
                case "ALL_OLD" -> before;
                case "ALL_NEW" -> after;
                case "UPDATED_OLD" -> before == null ? null : nonEmpty(Projector.project(before, touched));
                case "UPDATED_NEW" -> nonEmpty(Projector.project(after, touched));
                default -> null;
            });
        });
    }

    private static Map<String, Value> nonEmpty(Map<String, Value> m) {
        return m == null || m.isEmpty() ? null : m;
    }

    /** Runs one write on the writer thread: condition, then the change. Returns the item before. */
    Map<String, Value> run(Write w) {
        Map<String, Value> before = items.get(w.table(), w.key());
        failUnlessHolds(w, before);
        Map<String, Value> after = w.after(before);
        if (after == null) {
            writes.delete(w.table(), w.key(), false);
        } else if (after != before) {
            writes.put(w.table(), after);
        }
        return before;
    }

    private static void failUnlessHolds(Write w, Map<String, Value> before) {
        if (!w.conditionHolds(before)) {
            throw DynamoErrors.conditionalCheckFailed("ALL_OLD".equals(w.returnOnFailure()) ? before : null);
        }
    }

    Object get(DynamoCall call, Requests.GetItem r) {
        TableDef t = tables.require(call.region(), TableService.requireName(r.tableName()));
        ItemRules.checkKey(t, r.key());
        List<Ast.Path> projection = projection(r.projectionExpression(), r.expressionAttributeNames(),
                r.attributesToGet());
        Map<String, Value> item = items.get(t, r.key());
        if (item == null) {
            return Map.of();
        }
        return Map.of("Item", projection == null ? item : Projector.project(item, projection));
    }

    /** A ProjectionExpression (or legacy AttributesToGet) as paths; null: every attribute. */
    static List<Ast.Path> projection(String expression, Map<String, String> names, List<String> attributesToGet) {
        if (expression != null && attributesToGet != null) {
            throw DynamoErrors.validation("Can not use both expression and non-expression parameters in the same "
                    + "request: Non-expression parameters: {AttributesToGet} Expression parameters: "
                    + "{ProjectionExpression}");
        }
        if (attributesToGet != null) {
            return attributesToGet.stream().map(Ast.Path::of).toList();
        }
        Expressions e = WriteParser.expressions(expression, null, names, null);
        List<Ast.Path> paths = expression == null ? null : e.projection(expression);
        e.checkAllUsed();
        return paths;
    }

    private static String returnValues(String value, Set<String> allowed, String message) {
        String v = value == null ? "NONE" : value;
        if (!allowed.contains(v)) {
            throw DynamoErrors.validation(message != null ? message : "1 validation error detected: Value '" + v
                    + "' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]");
        }
        return v;
    }

    private static Object attributes(Map<String, Value> attributes) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (attributes != null) {
            out.put("Attributes", attributes);
        }
        return out;
    }
}
