package dev.fakecloud.dynamodb.expr;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.Numbers;
import dev.fakecloud.dynamodb.model.Scalars;
import dev.fakecloud.dynamodb.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Applies an update expression to an item: every right-hand side is computed from the item as it was, then the
 * actions are applied in order (SET, REMOVE, ADD, DELETE).
 */
public final class Updater {

    private Updater() {
    }

    public static Map<String, Value> apply(Ast.Update update, Map<String, Value> original) {
        List<Value> setValues = new ArrayList<>();
        for (Ast.SetAction s : update.sets()) {
            setValues.add(compute(s.value(), original));
        }
        Map<String, Value> item = original;
        for (int i = 0; i < update.sets().size(); i++) {
            item = Documents.set(item, update.sets().get(i).path(), setValues.get(i));
        }
        for (Ast.Path p : update.removes()) {
            item = Documents.remove(item, p);
        }
        for (Ast.AddAction a : update.adds()) {
            Value operand = ((Ast.Literal) a.value()).value();
            if (!(operand instanceof Value.N) && !(operand instanceof Value.Set)) {
                throw DynamoErrors.validation("Invalid UpdateExpression: Incorrect operand type for operator or "
                        + "function; operator: ADD, operand type: " + typeName(operand));
            }
            Value current = Documents.get(item, a.path());
            Value next;
            if (current == null) {
                next = operand;
            } else if (current instanceof Value.N n && operand instanceof Value.N o) {
                next = Value.N.of(Numbers.check(n.decimal().add(o.decimal())));
            } else if (current instanceof Value.Set s && operand instanceof Value.Set o && s.type().equals(o.type())) {
                TreeSet<String> union = new TreeSet<>(Scalars.order(s.memberType()));
                union.addAll(s.members());
                union.addAll(o.members());
                next = new Value.Set(s.type(), new ArrayList<>(union));
            } else {
                throw incorrectType();
            }
            item = Documents.set(item, a.path(), next);
        }
        for (Ast.DeleteAction d : update.deletes()) {
            Value operand = ((Ast.Literal) d.value()).value();
            if (!(operand instanceof Value.Set o)) {
                throw DynamoErrors.validation("Invalid UpdateExpression: Incorrect operand type for operator or "
                        + "function; operator: DELETE, operand type: " + typeName(operand));
            }
            Value current = Documents.get(item, d.path());
            if (current == null) {
                continue;
            }
            if (!(current instanceof Value.Set s) || !s.type().equals(o.type())) {
                throw incorrectType();
            }
            List<String> left = new ArrayList<>(s.members());
            left.removeAll(o.members());
            item = left.isEmpty() ? Documents.remove(item, d.path())
                    : Documents.set(item, d.path(), new Value.Set(s.type(), left));
        }
        return item;
    }

    private static Value compute(Ast.Operand o, Map<String, Value> item) {
        return switch (o) {
            case Ast.Literal l -> l.value();
            case Ast.PathRef p -> {
                Value v = Documents.get(item, p.path());
                if (v == null) {
                    throw DynamoErrors.validation(
                            "The provided expression refers to an attribute that does not exist in the item");
                }
                yield v;
            }
            case Ast.Arith a -> {
                Value l = compute(a.left(), item);
                Value r = compute(a.right(), item);
                if (!(l instanceof Value.N ln) || !(r instanceof Value.N rn)) {
                    throw incorrectType();
                }
                BigDecimal result = a.plus() ? ln.decimal().add(rn.decimal()) : ln.decimal().subtract(rn.decimal());
                yield Value.N.of(Numbers.check(result));
            }
            case Ast.Call c when c.function().equals("if_not_exists") -> {
                Value existing = Documents.get(item, ((Ast.PathRef) c.args().get(0)).path());
                yield existing != null ? existing : compute(c.args().get(1), item);
            }
            case Ast.Call c -> {
                Value l = compute(c.args().get(0), item);
                Value r = compute(c.args().get(1), item);
                if (!(l instanceof Value.L ll) || !(r instanceof Value.L rl)) {
                    throw incorrectType();
                }
                List<Value> joined = new ArrayList<>(ll.value());
                joined.addAll(rl.value());
                yield new Value.L(joined);
            }
        };
    }

    private static RuntimeException incorrectType() {
        return DynamoErrors.validation("An operand in the update expression has an incorrect data type");
    }

    static String typeName(Value v) {
        return switch (v.type()) {
            case "S" -> "STRING";
            case "N" -> "NUMBER";
            case "B" -> "BINARY";
            case "BOOL" -> "BOOLEAN";
            case "NULL" -> "NULL";
            case "M" -> "MAP";
            case "L" -> "LIST";
            default -> v.type();
        };
    }
}
