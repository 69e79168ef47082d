package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoErrors.CancellationReason;
import dev.fakecloud.dynamodb.expr.Ast;
import dev.fakecloud.dynamodb.expr.Projector;
import dev.fakecloud.dynamodb.model.Requests;
import dev.fakecloud.dynamodb.model.TableDef;
import dev.fakecloud.dynamodb.model.Value;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TransactWriteItems and TransactGetItems. A write transaction checks every condition against the items as they
 * are, then applies every change, all in one step on the writer thread; if any condition fails nothing changes and
 * the reasons name which. A ClientRequestToken makes a retry within 10 minutes a no-op.
 */
@ApplicationScoped
public class TransactionService {

    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

    private final TableStore tables;
    private final ItemStore items;
    private final ItemWrites writes;
    private final WriteParser parser;
    private final DynamoWriter writer;
    /** Tokens seen, with the request they came with; touched on the writer thread only. */
    private final Map<String, Seen> tokens = new HashMap<>();

    private record Seen(Object request, long atMillis) {
    }

    public TransactionService(TableStore tables, ItemStore items, ItemWrites writes, WriteParser parser,
            DynamoWriter writer) {
        this.tables = tables;
        this.items = items;
        this.writes = writes;
        this.parser = parser;
        this.writer = writer;
    }

    Uni<Object> write(DynamoCall call, Requests.TransactWriteItems r) {
        List<Requests.TransactWriteItem> entries = r.transactItems();
        if (entries == null || entries.isEmpty() || entries.size() > 100) {
            throw DynamoErrors.validation("1 validation error detected: Value at 'transactItems' failed to satisfy "
                    + "constraint: Member must have length " + (entries == null || entries.isEmpty()
                    ? "greater than or equal to 1" : "less than or equal to 100"));
        }
        List<Write> plan = new ArrayList<>();
        Set<ItemStore.ItemKey> targets = new HashSet<>();
        for (Requests.TransactWriteItem e : entries) {
            int given = (e.put() != null ? 1 : 0) + (e.delete() != null ? 1 : 0) + (e.update() != null ? 1 : 0)
                    + (e.conditionCheck() != null ? 1 : 0);
            if (given != 1) {
                throw DynamoErrors.validation("TransactItems can only contain one of Check, Put, Update or Delete");
            }
            Write w = e.put() != null ? parser.put(call, e.put()) : e.delete() != null ? parser.delete(call, e.delete())
                    : e.update() != null ? parser.update(call, e.update()) : parser.check(call, e.conditionCheck());
            if (!targets.add(ItemStore.keyOf(w.table(), w.key()))) {
                throw DynamoErrors.validation("Transaction request cannot include multiple operations on one item");
            }
            plan.add(w);
        }
        return commitOnce(r.clientRequestToken(), r, plan, null);
    }

    /**
     * Commits {@code plan} all or nothing, once per client request token. {@code codes} names, per entry, the
     * cancellation reason its failed condition gives (null: ConditionalCheckFailed for all).
     */
    Uni<Object> commitOnce(String token, Object request, List<Write> plan, List<String> codes) {
        return writer.submit(() -> {
            long now = System.currentTimeMillis();
            tokens.values().removeIf(s -> now - s.atMillis() > TOKEN_LIFETIME.toMillis());
            if (token != null) {
                Seen seen = tokens.get(token);
                if (seen != null) {
                    if (!seen.request().equals(request)) {
                        throw DynamoErrors.idempotentParameterMismatch();
                    }
                    return Map.of();
                }
            }
            commit(plan, codes);
            if (token != null) {
                tokens.put(token, new Seen(request, now));
            }
            return Map.of();
        });
    }

    private void commit(List<Write> plan, List<String> codes) {
        List<Map<String, Value>> befores = new ArrayList<>();
        List<CancellationReason> reasons = new ArrayList<>();
        boolean failed = false;
        for (Write w : plan) {
            Map<String, Value> before = items.get(w.table(), w.key());
            befores.add(before);
            if (w.conditionHolds(before)) {
                reasons.add(new CancellationReason("None", null, null));
            } else {
                failed = true;
                String code = codes == null || codes.get(befores.size() - 1) == null ? "ConditionalCheckFailed"
                        : codes.get(befores.size() - 1);
                reasons.add(new CancellationReason(code, code.equals("DuplicateItem")
                        ? "Duplicate primary key exists in table" : "The conditional request failed",
                        "ALL_OLD".equals(w.returnOnFailure()) ? before : null));
            }
        }
        if (failed) {
            throw DynamoErrors.transactionCanceled(reasons);
        }
        List<Map<String, Value>> afters = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            afters.add(plan.get(i).after(befores.get(i)));
        }
        for (int i = 0; i < plan.size(); i++) {
            Write w = plan.get(i);
            Map<String, Value> after = afters.get(i);
            if (w instanceof Write.Check) {
                continue;
            }
            if (after == null) {
                writes.delete(w.table(), w.key(), false);
            } else {
                writes.put(w.table(), after);
            }
        }
    }

    Object get(DynamoCall call, Requests.TransactGetItems r) {
        List<Requests.TransactGetItem> entries = r.transactItems();
        if (entries == null || entries.isEmpty() || entries.size() > 100) {
            throw DynamoErrors.validation("1 validation error detected: Value at 'transactItems' failed to satisfy "
                    + "constraint: Member must have length " + (entries == null || entries.isEmpty()
                    ? "greater than or equal to 1" : "less than or equal to 100"));
        }
        List<Map<String, Object>> responses = new ArrayList<>();
        for (Requests.TransactGetItem e : entries) {
            Requests.GetItem g = e.get();
            if (g == null) {
                throw DynamoErrors.validation("1 validation error detected: Value null at 'transactItems.1.member.get' "
                        + "failed to satisfy constraint: Member must not be null");
            }
            TableDef t = tables.require(call.region(), TableService.requireName(g.tableName()));
            ItemRules.checkKey(t, g.key());
            List<Ast.Path> projection = ItemService.projection(g.projectionExpression(),
                    g.expressionAttributeNames(), null);
            Map<String, Value> item = items.get(t, g.key());
            responses.add(item == null ? Map.of()
                    : Map.of("Item", projection == null ? item : Projector.project(item, projection)));
        }
        return Map.of("Responses", responses);
    }
}
