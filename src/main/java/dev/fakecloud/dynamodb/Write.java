package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Times;
import dev.fakecloud.dynamodb.expr.Ast;
import dev.fakecloud.dynamodb.expr.Evaluator;
import dev.fakecloud.dynamodb.expr.Updater;
import dev.fakecloud.dynamodb.model.KeySchema;
import dev.fakecloud.dynamodb.model.TableDef;
import dev.fakecloud.dynamodb.model.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One validated, parsed change to one item, ready to run on the writer thread: its condition is checked against the
 * item as it is, then {@link #after} gives the item as it will be (null: deleted). PutItem, UpdateItem, DeleteItem,
 * batch writes and transactions all run through these.
 */
sealed interface Write {

    TableDef table();

    /** The key of the item written. */
    Map<String, Value> key();

    /** Null when unconditional. */
    Ast.Condition condition();

    /** ALL_OLD or NONE (null). */
    String returnOnFailure();

    /** The item after the change, from the item before it (null: absent). */
    Map<String, Value> after(Map<String, Value> before);

    default boolean conditionHolds(Map<String, Value> before) {
        return condition() == null || Evaluator.test(condition(), before);
    }

    record Put(TableDef table, Map<String, Value> item, Ast.Condition condition, String returnOnFailure)
            implements Write {
        public Map<String, Value> key() {
            return table.key().keyOf(item);
        }

        public Map<String, Value> after(Map<String, Value> before) {
            return item;
        }
    }

    record Delete(TableDef table, Map<String, Value> key, Ast.Condition condition, String returnOnFailure)
            implements Write {
        public Map<String, Value> after(Map<String, Value> before) {
            return null;
        }
    }

    record Update(TableDef table, Map<String, Value> key, Ast.Update update, Ast.Condition condition,
            String returnOnFailure) implements Write {
        public Map<String, Value> after(Map<String, Value> before) {
            Map<String, Value> start = before != null ? before : new LinkedHashMap<>(key);
            Map<String, Value> next = update == null ? start : Updater.apply(update, start);
            KeySchema k = table.key();
            if (!k.keyOf(next).equals(key)) {
                throw DynamoErrors.keyMismatch();
            }
            ItemRules.checkItem(table, next);
            return next;
        }
    }

    /** A transaction's ConditionCheck: changes nothing. */
    record Check(TableDef table, Map<String, Value> key, Ast.Condition condition, String returnOnFailure)
            implements Write {
        public Map<String, Value> after(Map<String, Value> before) {
            return before;
        }
    }
}
