package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Times;
import dev.fakecloud.dynamodb.expr.Ast;
import dev.fakecloud.dynamodb.expr.Evaluator;
import dev.fakecloud.dynamodb.model.KeySchema;
import dev.fakecloud.dynamodb.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Query's key condition taken apart: the partition key value (equality only) and an optional condition on the
 * sort key (=, <, <=, >, >=, BETWEEN, begins_with), as AWS allows it.
 */
record KeyCondition(Value hash, Ast.Condition range) {

    static KeyCondition of(Ast.Condition c, KeySchema k) {
        List<Ast.Condition> parts = new ArrayList<>();
        flatten(c, parts);
        if (parts.size() > 2) {
            throw DynamoErrors.validation("Conditions can be of length 1 or 2 only");
        }
        Value hash = null;
        Ast.Condition range = null;
        for (Ast.Condition part : parts) {
            String attribute = attributeOf(part);
            if (attribute.equals(k.hashName())) {
                if (!(part instanceof Ast.Compare cmp) || !cmp.op().equals("=") || hash != null) {
                    throw DynamoErrors.validation("Query key condition not supported");
                }
                hash = literal(cmp.right());
                checkType(hash, k.hashType());
            } else if (attribute.equals(k.rangeName())) {
                if (range != null || (part instanceof Ast.Compare cmp && cmp.op().equals("<>"))) {
                    throw DynamoErrors.validation("Query key condition not supported");
                }
                checkRangeOperands(part, k.rangeType());
                range = part;
            } else {
                throw DynamoErrors.validation("Query condition missed key schema element: " + (hash == null
                        ? k.hashName() : k.rangeName()));
            }
        }
        if (hash == null) {
            throw DynamoErrors.validation("Query condition missed key schema element: " + k.hashName());
        }
        return new KeyCondition(hash, range);
    }

    boolean matches(Map<String, Value> item) {
        return range == null || Evaluator.test(range, item);
    }

    private static void flatten(Ast.Condition c, List<Ast.Condition> out) {
        switch (c) {
            case Ast.And a -> {
                flatten(a.left(), out);
                flatten(a.right(), out);
            }
            case Ast.Or o -> throw DynamoErrors.validation("Invalid operator used in KeyConditionExpression: OR");
            case Ast.Not n -> throw DynamoErrors.validation("Invalid operator used in KeyConditionExpression: NOT");
            case Ast.In i -> throw DynamoErrors.validation("Invalid operator used in KeyConditionExpression: IN");
            case Ast.Function f when !f.name().equals("begins_with") -> throw DynamoErrors.validation(
                    "Invalid operator used in KeyConditionExpression: " + f.name());
            default -> out.add(c);
        }
    }

    private static String attributeOf(Ast.Condition c) {
        Ast.Operand subject = switch (c) {
            case Ast.Compare cmp -> cmp.left();
            case Ast.Between b -> b.value();
            case Ast.Function f -> f.args().get(0);
            default -> null;
        };
        if (!(subject instanceof Ast.PathRef p) || p.path().elements().size() != 1) {
            throw DynamoErrors.validation("Query key condition not supported");
        }
        return p.path().head();
    }

    private static void checkRangeOperands(Ast.Condition c, String type) {
        switch (c) {
            case Ast.Compare cmp -> checkType(literal(cmp.right()), type);
            case Ast.Between b -> {
                checkType(literal(b.low()), type);
                checkType(literal(b.high()), type);
            }
            case Ast.Function f -> {
                Value prefix = literal(f.args().get(1));
                if (type.equals("N")) {
                    throw DynamoErrors.validation("Invalid KeyConditionExpression: Incorrect operand type for "
                            + "operator or function; operator or function: begins_with, operand type: N");
                }
                checkType(prefix, type);
            }
            default -> throw DynamoErrors.validation("Query key condition not supported");
        }
    }

    private static Value literal(Ast.Operand o) {
        if (!(o instanceof Ast.Literal l)) {
            throw DynamoErrors.validation("Query key condition not supported");
        }
        return l.value();
    }

    private static void checkType(Value v, String type) {
        if (!v.type().equals(type)) {
            throw DynamoErrors.invalidParameter("Condition parameter type does not match schema type");
        }
    }

}
