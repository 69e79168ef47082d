package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.expr.PartiqlParser;
import dev.fakecloud.dynamodb.expr.Statement;
import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Requests;
import dev.fakecloud.dynamodb.model.Value;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BatchExecuteStatement (up to 25 statements, each succeeding or failing on its own) and ExecuteTransaction (up to
 * 100, all or nothing through the transaction machinery TransactWriteItems uses).
 */
@ApplicationScoped
public class PartiqlBatches {

    private final PartiqlService partiql;
    private final TransactionService transactions;
    private final DynamoWriter writer;

    public PartiqlBatches(PartiqlService partiql, TransactionService transactions, DynamoWriter writer) {
        this.partiql = partiql;
        this.transactions = transactions;
        this.writer = writer;
    }

    Object batch(DynamoCall call, Requests.BatchExecuteStatement r) {
        List<Requests.BatchStatementRequest> entries = r.statements();
        if (entries == null || entries.isEmpty() || entries.size() > 25) {
            throw DynamoErrors.validation("1 validation error detected: Value at 'statements' failed to satisfy "
                    + "constraint: Member must have length " + (entries == null || entries.isEmpty()
                    ? "greater than or equal to 1" : "less than or equal to 25"));
        }
        List<Object> parsed = new ArrayList<>();
        boolean reads = false;
        boolean writesSeen = false;
        for (Requests.BatchStatementRequest e : entries) {
            Object s;
            try {
                s = PartiqlParser.parse(e.statement(), e.parameters());
                reads |= s instanceof Statement.Select;
                writesSeen |= !(s instanceof Statement.Select);
            } catch (DynamoException ex) {
                s = ex;
            }
            parsed.add(s);
        }
        if (reads && writesSeen) {
            throw DynamoErrors.validation("Batch statements must all be reads or all be writes: "
                    + "BatchExecuteStatement does not mix SELECT with INSERT, UPDATE or DELETE");
        }
        if (reads) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object s : parsed) {
                out.add(s instanceof Statement.Select sel ? read(call, sel) : failed(null, (DynamoException) s));
            }
            return Map.of("Responses", out);
        }
        List<Object> plans = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            Object s = parsed.get(i);
            try {
                plans.add(s instanceof Statement st
                        ? partiql.plan(call, st, entries.get(i).returnValuesOnConditionCheckFailure()) : s);
            } catch (DynamoException ex) {
                plans.add(ex);
            }
        }
        return writer.submit(() -> {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object p : plans) {
                if (p instanceof PartiqlService.Planned planned) {
                    try {
                        partiql.run(planned);
                        out.add(Map.of("TableName", planned.write().table().name()));
                    } catch (DynamoException ex) {
                        out.add(failed(planned.write().table().name(), ex));
                    }
                } else {
                    out.add(failed(null, (DynamoException) p));
                }
            }
            return Map.of("Responses", out);
        });
    }

    private Map<String, Object> read(DynamoCall call, Statement.Select s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TableName", s.table());
        try {
            Map<String, Value> item = partiql.getOne(call, s);
            if (item != null) {
                out.put("Item", item);
            }
        } catch (DynamoException ex) {
            return failed(s.table(), ex);
        }
        return out;
    }

    /** A statement's {@code Error}: AWS's batch codes (ValidationError, ConditionalCheckFailed, ...). */
    private static Map<String, Object> failed(String table, DynamoException ex) {
        String code = switch (ex.shortCode()) {
            case "ConditionalCheckFailedException" -> "ConditionalCheckFailed";
            case "DuplicateItemException" -> "DuplicateItem";
            case "ResourceNotFoundException" -> "ResourceNotFound";
            default -> "ValidationError";
        };
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("Code", code);
        error.put("Message", ex.getMessage());
        Object item = ex.structuredMembers().get("Item");
        if (item != null) {
            error.put("Item", item);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (table != null) {
            out.put("TableName", table);
        }
        out.put("Error", error);
        return out;
    }

    Object transaction(DynamoCall call, Requests.ExecuteTransaction r) {
        List<Requests.ParameterizedStatement> entries = r.transactStatements();
        if (entries == null || entries.isEmpty() || entries.size() > 100) {
            throw DynamoErrors.validation("1 validation error detected: Value at 'transactStatements' failed to "
                    + "satisfy constraint: Member must have length " + (entries == null || entries.isEmpty()
                    ? "greater than or equal to 1" : "less than or equal to 100"));
        }
        List<Statement> statements = new ArrayList<>();
        for (Requests.ParameterizedStatement e : entries) {
            statements.add(PartiqlParser.parse(e.statement(), e.parameters()));
        }
        long selects = statements.stream().filter(s -> s instanceof Statement.Select).count();
        if (selects == statements.size()) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Statement s : statements) {
                Map<String, Value> item = partiql.getOne(call, (Statement.Select) s);
                out.add(item == null ? Map.of() : Map.of("Item", item));
            }
            return Map.of("Responses", out);
        }
        if (selects > 0) {
            throw DynamoErrors.validation("Transaction must contain either all reads or all writes");
        }
        List<Write> plan = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        Set<ItemStore.ItemKey> targets = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            PartiqlService.Planned p = partiql.plan(call, statements.get(i),
                    entries.get(i).returnValuesOnConditionCheckFailure());
            if (!targets.add(ItemStore.keyOf(p.write().table(), p.write().key()))) {
                throw DynamoErrors.validation("Transaction request cannot include multiple operations on one item");
            }
            plan.add(p.write());
            codes.add(p.failureCode());
        }
        Uni<Object> done = transactions.commitOnce(r.clientRequestToken(), r, plan, codes);
        return done.map(x -> Map.of("Responses", List.of()));
    }
}
