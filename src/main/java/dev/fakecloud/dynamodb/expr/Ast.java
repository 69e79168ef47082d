package dev.fakecloud.dynamodb.expr;

import dev.fakecloud.dynamodb.model.Value;
import java.util.List;

/** The expression language as a tree: placeholders already resolved, parsed once per request. */
public final class Ast {

    private Ast() {
    }

    /** A document path: names (String) and list indexes (Integer). */
    public record Path(List<Object> elements) {
        public Path {
            elements = List.copyOf(elements);
        }

        public static Path of(String name) {
            return new Path(List.of(name));
        }

        public String head() {
            return (String) elements.get(0);
        }

        /** As AWS prints paths in messages: {@code [a, b, [1]]}. */
        public String describe() {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                Object e = elements.get(i);
                b.append(e instanceof Integer n ? "[" + n + "]" : e);
            }
            return b.append(']').toString();
        }

        /** Whether one path is this one or lies inside it (or the other way round). */
        public boolean overlaps(Path other) {
            int n = Math.min(elements.size(), other.elements.size());
            return elements.subList(0, n).equals(other.elements.subList(0, n));
        }
    }

    public sealed interface Operand permits PathRef, Literal, Call, Arith {
    }

    public record PathRef(Path path) implements Operand {
    }

    public record Literal(String placeholder, Value value) implements Operand {
    }

    /** {@code size}, {@code if_not_exists} or {@code list_append}. */
    public record Call(String function, List<Operand> args) implements Operand {
    }

    public record Arith(Operand left, boolean plus, Operand right) implements Operand {
    }

    public sealed interface Condition permits Compare, Between, In, And, Or, Not, Function {
    }

    /** {@code op} is one of = <> < <= > >=. */
    public record Compare(String op, Operand left, Operand right) implements Condition {
    }

    public record Between(Operand value, Operand low, Operand high) implements Condition {
    }

    public record In(Operand value, List<Operand> candidates) implements Condition {
    }

    public record And(Condition left, Condition right) implements Condition {
    }

    public record Or(Condition left, Condition right) implements Condition {
    }

    public record Not(Condition condition) implements Condition {
    }

    /** attribute_exists, attribute_not_exists, attribute_type, begins_with, contains. */
    public record Function(String name, List<Operand> args) implements Condition {
    }

    public record SetAction(Path path, Operand value) {
    }

    public record AddAction(Path path, Operand value) {
    }

    public record DeleteAction(Path path, Operand value) {
    }

    public record Update(List<SetAction> sets, List<Path> removes, List<AddAction> adds, List<DeleteAction> deletes) {

        /** Every path the update writes, in the order written. */
        public List<Path> paths() {
            java.util.ArrayList<Path> all = new java.util.ArrayList<>();
            sets.forEach(s -> all.add(s.path()));
            all.addAll(removes);
            adds.forEach(a -> all.add(a.path()));
            deletes.forEach(d -> all.add(d.path()));
            return all;
        }
    }
}
