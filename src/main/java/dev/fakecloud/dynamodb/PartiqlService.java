package dev.fakecloud.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.dynamodb.expr.Ast;
import dev.fakecloud.dynamodb.expr.PartiqlParser;
import dev.fakecloud.dynamodb.expr.Statement;
import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.Requests;
import dev.fakecloud.dynamodb.model.TableDef;
import dev.fakecloud.dynamodb.model.Value;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ExecuteStatement: PartiQL parsed once into a {@link Statement}, its SELECT read as a Query (partition key fixed by
 * an equality) or a Scan, its INSERT, UPDATE and DELETE planned as the {@link Write}s PutItem, UpdateItem and
 * DeleteItem run, on the one writer thread, so indexes and streams follow.
 */
@ApplicationScoped
public class PartiqlService {

    private static final ObjectMapper TOKENS = new ObjectMapper();

    private final TableStore tables;
    private final ItemStore items;
    private final ItemWrites writes;
    private final QueryService queries;
    private final DynamoWriter writer;

    /** A write statement planned: the write, and the reason its condition failing gives. */
    record Planned(Write write, String failureCode) {
    }

    public PartiqlService(TableStore tables, ItemStore items, ItemWrites writes, QueryService queries,
            DynamoWriter writer) {
        this.tables = tables;
        this.items = items;
        this.writes = writes;
        this.queries = queries;
        this.writer = writer;
    }

    Object execute(DynamoCall call, Requests.ExecuteStatement r) {
        Statement s = PartiqlParser.parse(r.statement(), r.parameters());
        if (s instanceof Statement.Select sel) {
            if (r.limit() != null && r.limit() < 1) {
                throw DynamoErrors.validation("1 validation error detected: Value '" + r.limit() + "' at 'limit' "
                        + "failed to satisfy constraint: Member must have value greater than or equal to 1");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> page = (Map<String, Object>) queries.partiqlSelect(call, sel.table(), sel.index(),
                    sel.where(), sel.projection(), r.limit(), decode(r.nextToken()), r.consistentRead());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("Items", page.get("Items"));
            @SuppressWarnings("unchecked")
            Map<String, Value> last = (Map<String, Value>) page.get("LastEvaluatedKey");
            if (last != null) {
                out.put("NextToken", encode(last));
                out.put("LastEvaluatedKey", last);
            }
            return out;
        }
        if (r.nextToken() != null) {
            throw DynamoErrors.validation("NextToken can only be used with a SELECT statement");
        }
        Planned p = plan(call, s, r.returnValuesOnConditionCheckFailure());
        return writer.submit(() -> {
            run(p);
            return Map.of("Items", List.of());
        });
    }

    /** A write statement as the {@link Write} it is; SELECT is refused. */
    Planned plan(DynamoCall call, Statement s, String returnValuesOnConditionCheckFailure) {
        String onFailure = WriteParser.returnOnFailure(returnValuesOnConditionCheckFailure);
        TableDef t = tables.require(call.region(), s.table());
        return switch (s) {
            case Statement.Insert i -> {
                ItemRules.checkItem(t, i.item());
                Ast.Condition absent = new Ast.Function("attribute_not_exists",
                        List.of(new Ast.PathRef(Ast.Path.of(t.key().hashName()))));
                yield new Planned(new Write.Put(t, i.item(), absent, onFailure), "DuplicateItem");
            }
            case Statement.Update u -> {
                PartiqlKeys.Split split = PartiqlKeys.fullKey(u.where(), t.key());
                ItemRules.checkKey(t, split.key());
                for (Ast.Path p : u.update().paths()) {
                    if (t.key().isKey(p.head())) {
                        throw DynamoErrors.invalidParameter("Cannot update attribute " + p.head()
                                + ". This attribute is part of the key");
                    }
                }
                Ast.Condition exists = new Ast.Function("attribute_exists",
                        List.of(new Ast.PathRef(Ast.Path.of(t.key().hashName()))));
                Ast.Condition c = split.rest() == null ? exists : new Ast.And(exists, split.rest());
                yield new Planned(new Write.Update(t, split.key(), u.update(), c, onFailure), null);
            }
            case Statement.Delete d -> {
                PartiqlKeys.Split split = PartiqlKeys.fullKey(d.where(), t.key());
                ItemRules.checkKey(t, split.key());
                yield new Planned(new Write.Delete(t, split.key(), split.rest(), onFailure), null);
            }
            case Statement.Select sel -> throw DynamoErrors.validation("SELECT cannot be planned as a write");
        };
    }

    /** Runs one planned write on the writer thread. */
    void run(Planned p) {
        Write w = p.write();
        Map<String, Value> before = items.get(w.table(), w.key());
        if (!w.conditionHolds(before)) {
            if ("DuplicateItem".equals(p.failureCode())) {
                throw DynamoErrors.duplicateItem();
            }
            throw DynamoErrors.conditionalCheckFailed("ALL_OLD".equals(w.returnOnFailure()) ? before : null);
        }
        Map<String, Value> after = w.after(before);
        if (after == null) {
            if (before != null) {
                writes.delete(w.table(), w.key(), false);
            }
        } else {
            writes.put(w.table(), after);
        }
    }

    /** A SELECT that names one item by its full key, as batches and read transactions need: the item or null. */
    Map<String, Value> getOne(DynamoCall call, Statement.Select s) {
        TableDef t = tables.require(call.region(), s.table());
        if (s.index() != null) {
            throw DynamoErrors.validation("Index reads are not supported in a batch or transaction");
        }
        PartiqlKeys.Split split = PartiqlKeys.fullKey(s.where(), t.key());
        ItemRules.checkKey(t, split.key());
        Map<String, Value> item = items.get(t, split.key());
        if (item == null || (split.rest() != null
                && !dev.fakecloud.dynamodb.expr.Evaluator.test(split.rest(), item))) {
            return null;
        }
        return s.projection() == null ? item : dev.fakecloud.dynamodb.expr.Projector.project(item, s.projection());
    }

    private static String encode(Map<String, Value> key) {
        try {
            return Base64.getEncoder().encodeToString(TOKENS.writeValueAsBytes(key));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Value> decode(String token) {
        if (token == null) {
            return null;
        }
        try {
            String json = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            return TOKENS.readValue(json, new TypeReference<Map<String, Value>>() { });
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw DynamoErrors.validation("Invalid NextToken");
        }
    }
}
