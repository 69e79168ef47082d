package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.expr.Ast;
import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.KeySchema;
import dev.fakecloud.dynamodb.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the key a PartiQL WHERE clause names: equalities on key attributes joined by AND at its top level. */
final class PartiqlKeys {

    /** A WHERE clause split into the key it names and what is left of it (null: nothing). */
    record Split(Map<String, Value> key, Ast.Condition rest) {
    }

    private PartiqlKeys() {
    }

    /** The value {@code attribute} is fixed to by a top-level equality, or null. */
    static Value equality(Ast.Condition where, String attribute) {
        for (Ast.Condition c : conjuncts(where)) {
            Value v = equalityValue(c, attribute);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The full primary key of {@code schema} out of a WHERE clause, as UPDATE, DELETE and batched SELECT need. */
    static Split fullKey(Ast.Condition where, KeySchema schema) {
        Map<String, Value> key = new LinkedHashMap<>();
        List<Ast.Condition> rest = new ArrayList<>();
        for (Ast.Condition c : conjuncts(where)) {
            String attribute = keyAttribute(c, schema);
            if (attribute != null && !key.containsKey(attribute)) {
                key.put(attribute, equalityValue(c, attribute));
            } else {
                rest.add(c);
            }
        }
        if (!key.containsKey(schema.hashName()) || (schema.hasRange() && !key.containsKey(schema.rangeName()))) {
            throw DynamoErrors.validation("Where clause does not contain a mentioned primary key condition");
        }
        Ast.Condition remaining = null;
        for (Ast.Condition c : rest) {
            remaining = remaining == null ? c : new Ast.And(remaining, c);
        }
        return new Split(schema.keyOf(key), remaining);
    }

    private static String keyAttribute(Ast.Condition c, KeySchema schema) {
        for (String name : new String[] {schema.hashName(), schema.rangeName()}) {
            if (name != null && equalityValue(c, name) != null) {
                return name;
            }
        }
        return null;
    }

    private static Value equalityValue(Ast.Condition c, String attribute) {
        if (c instanceof Ast.Compare cmp && cmp.op().equals("=")) {
            if (isAttribute(cmp.left(), attribute) && cmp.right() instanceof Ast.Literal l) {
                return l.value();
            }
            if (isAttribute(cmp.right(), attribute) && cmp.left() instanceof Ast.Literal l) {
                return l.value();
            }
        }
        return null;
    }

    private static boolean isAttribute(Ast.Operand o, String attribute) {
        return o instanceof Ast.PathRef p && p.path().elements().size() == 1 && p.path().head().equals(attribute);
    }

    private static List<Ast.Condition> conjuncts(Ast.Condition c) {
        List<Ast.Condition> out = new ArrayList<>();
        if (c instanceof Ast.And a) {
            out.addAll(conjuncts(a.left()));
            out.addAll(conjuncts(a.right()));
        } else if (c != null) {
            out.add(c);
        }
        return out;
    }
}
