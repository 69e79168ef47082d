package dev.fakecloud.dynamodb.expr;

import dev.fakecloud.dynamodb.model.Scalars;
import dev.fakecloud.dynamodb.model.Value;
import java.util.Map;

/** Evaluates condition trees against an item (an absent item is an empty one). */
public final class Evaluator {

    private Evaluator() {
    }

    public static boolean test(Ast.Condition c, Map<String, Value> item) {
        Map<String, Value> it = item == null ? Map.of() : item;
        return switch (c) {
            case Ast.And a -> test(a.left(), it) && test(a.right(), it);
            case Ast.Or o -> test(o.left(), it) || test(o.right(), it);
            case Ast.Not n -> !test(n.condition(), it);
            case Ast.Compare cmp -> compare(cmp.op(), value(cmp.left(), it), value(cmp.right(), it));
            case Ast.Between b -> between(value(b.value(), it), value(b.low(), it), value(b.high(), it));
            case Ast.In in -> {
                Value v = value(in.value(), it);
                yield v != null && in.candidates().stream().anyMatch(o -> v.equals(value(o, it)));
            }
            case Ast.Function f -> function(f, it);
        };
    }

    /** The value of an operand in a condition; null when it refers to nothing. */
    static Value value(Ast.Operand o, Map<String, Value> item) {
        return switch (o) {
            case Ast.Literal l -> l.value();
            case Ast.PathRef p -> Documents.get(item, p.path());
            case Ast.Call c when c.function().equals("size") -> size(value(c.args().get(0), item));
            case Ast.Call c -> null;
            case Ast.Arith a -> null;
        };
    }

    private static Value size(Value v) {
        if (v == null) {
            return null;
        }
        long n = switch (v) {
            case Value.S s -> s.value().codePointCount(0, s.value().length());
            case Value.B b -> b.bytes().length;
            case Value.Set s -> s.members().size();
            case Value.M m -> m.value().size();
            case Value.L l -> l.value().size();
            default -> -1;
        };
        return n < 0 ? null : new Value.N(Long.toString(n));
    }

    private static boolean compare(String op, Value a, Value b) {
        if (op.equals("=")) {
            return a != null && a.equals(b);
        }
        if (op.equals("<>")) {
            return a == null || !a.equals(b);
        }
        Integer c = compare(a, b);
        if (c == null) {
            return false;
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    /** Orders two scalars of one type (S, N, B); null when they cannot be ordered. */
    static Integer compare(Value a, Value b) {
        if (a == null || b == null || !a.type().equals(b.type())) {
            return null;
        }
        String ta = Scalars.text(a);
        return ta == null ? null : Scalars.compare(a.type(), ta, Scalars.text(b));
    }

    private static boolean between(Value v, Value low, Value high) {
        Integer lo = compare(v, low);
        Integer hi = compare(v, high);
        return lo != null && hi != null && lo >= 0 && hi <= 0;
    }

    private static boolean function(Ast.Function f, Map<String, Value> item) {
        Value subject = value(f.args().get(0), item);
        return switch (f.name()) {
            case "attribute_exists" -> subject != null;
            case "attribute_not_exists" -> subject == null;
            case "attribute_type" -> subject != null
                    && subject.type().equals(((Value.S) value(f.args().get(1), item)).value());
            case "begins_with" -> beginsWith(subject, value(f.args().get(1), item));
            default -> contains(subject, value(f.args().get(1), item));
        };
    }

    private static boolean beginsWith(Value subject, Value prefix) {
        if (subject instanceof Value.S s && prefix instanceof Value.S p) {
            return s.value().startsWith(p.value());
        }
        if (subject instanceof Value.B s && prefix instanceof Value.B p) {
            byte[] sb = s.bytes();
            byte[] pb = p.bytes();
            return sb.length >= pb.length && java.util.Arrays.equals(sb, 0, pb.length, pb, 0, pb.length);
        }
        return false;
    }

    private static boolean contains(Value subject, Value operand) {
        if (subject == null || operand == null) {
            return false;
        }
        return switch (subject) {
            case Value.S s -> operand instanceof Value.S o && s.value().contains(o.value());
            case Value.B b -> operand instanceof Value.B o && new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains(new String(o.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
            case Value.Set s -> operand.type().equals(s.memberType()) && s.members().contains(Scalars.text(operand));
            case Value.L l -> l.value().contains(operand);
            default -> false;
        };
    }
}
