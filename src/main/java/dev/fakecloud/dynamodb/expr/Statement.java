package dev.fakecloud.dynamodb.expr;

import dev.fakecloud.dynamodb.model.Value;
import java.util.List;
import java.util.Map;

/** One PartiQL statement as a tree: parameters already bound, conditions in the expression language's tree. */
public sealed interface Statement {

    String table();

    /** {@code SELECT paths FROM "table"."index" WHERE ...}; null projection: {@code *}; null where: none. */
    record Select(String table, String index, List<Ast.Path> projection, Ast.Condition where) implements Statement {
    }

    record Insert(String table, Map<String, Value> item) implements Statement {
    }

    record Update(String table, Ast.Update update, Ast.Condition where) implements Statement {
    }

    record Delete(String table, Ast.Condition where) implements Statement {
    }
}
