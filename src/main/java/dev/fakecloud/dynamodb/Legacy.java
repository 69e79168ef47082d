package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.expr.Ast;
import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.Requests.AttributeValueUpdate;
import dev.fakecloud.dynamodb.model.Requests.Condition;
import dev.fakecloud.dynamodb.model.Requests.ExpectedAttributeValue;
import dev.fakecloud.dynamodb.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The legacy parameters older clients send ({@code Expected}, {@code AttributeUpdates}, {@code KeyConditions},
 * {@code QueryFilter}, {@code ScanFilter} with {@code ConditionalOperator}), turned into the same trees the
 * expression parameters give, so both run through one evaluator.
 */
final class Legacy {

    private static final String PLACEHOLDER = ":legacy";

    private Legacy() {
    }

    /** AWS refuses a request that mixes the two styles. */
    static void notBoth(String legacyName, Object legacy, String expressionName, Object expression) {
        if (legacy != null && expression != null) {
            throw DynamoErrors.validation("Can not use both expression and non-expression parameters in the same "
                    + "request: Non-expression parameters: {" + legacyName + "} Expression parameters: {"
                    + expressionName + "}");
        }
    }

    static Ast.Condition expected(Map<String, ExpectedAttributeValue> expected, String operator) {
        if (expected == null || expected.isEmpty()) {
            return null;
        }
        List<Ast.Condition> parts = new ArrayList<>();
        expected.forEach((name, e) -> {
            Ast.PathRef path = new Ast.PathRef(Ast.Path.of(name));
            if (e.comparisonOperator() != null) {
                List<Value> values = e.attributeValueList() != null ? e.attributeValueList()
                        : e.value() != null ? List.of(e.value()) : List.of();
                parts.add(compare(name, e.comparisonOperator(), values));
            } else if (Boolean.FALSE.equals(e.exists())) {
                if (e.value() != null) {
                    throw DynamoErrors.validation("One or more parameter values were invalid: Value cannot be used "
                            + "when Exists is false for Attribute: " + name);
                }
                parts.add(new Ast.Function("attribute_not_exists", List.of(path)));
            } else {
                if (e.value() == null) {
                    throw DynamoErrors.validation("One or more parameter values were invalid: Value must be provided "
                            + "when Exists is true for Attribute: " + name);
                }
                parts.add(new Ast.Compare("=", path, literal(e.value())));
            }
        });
        return join(parts, operator);
    }

    static Ast.Condition conditions(Map<String, Condition> conditions, String operator) {
        if (conditions == null || conditions.isEmpty()) {
            return null;
        }
        List<Ast.Condition> parts = new ArrayList<>();
        conditions.forEach((name, c) -> parts.add(compare(name, c.comparisonOperator(),
                c.attributeValueList() == null ? List.of() : c.attributeValueList())));
        return join(parts, operator);
    }

    static Ast.Update attributeUpdates(Map<String, AttributeValueUpdate> updates) {
        if (updates == null || updates.isEmpty()) {
            return null;
        }
        List<Ast.SetAction> sets = new ArrayList<>();
        List<Ast.Path> removes = new ArrayList<>();
        List<Ast.AddAction> adds = new ArrayList<>();
        List<Ast.DeleteAction> deletes = new ArrayList<>();
        updates.forEach((name, u) -> {
            Ast.Path path = Ast.Path.of(name);
            String action = u.action() == null ? "PUT" : u.action();
            switch (action) {
                case "PUT" -> {
                    if (u.value() == null) {
                        throw DynamoErrors.validation("One or more parameter values were invalid: Only DELETE action "
                                + "is allowed when no attribute value is specified");
                    }
                    sets.add(new Ast.SetAction(path, literal(u.value())));
                }
                case "DELETE" -> {
                    if (u.value() == null) {
                        removes.add(path);
                    } else {
                        deletes.add(new Ast.DeleteAction(path, literal(u.value())));
                    }
                }
                case "ADD" -> adds.add(new Ast.AddAction(path, literal(u.value())));
                default -> throw DynamoErrors.validation("1 validation error detected: Value '" + action + "' at "
                        + "'attributeUpdates." + name + ".member.action' failed to satisfy constraint: Member must "
                        + "satisfy enum value set: [ADD, PUT, DELETE]");
            }
        });
        return new Ast.Update(sets, removes, adds, deletes);
    }

    private static Ast.Condition compare(String name, String operator, List<Value> values) {
        Ast.PathRef path = new Ast.PathRef(Ast.Path.of(name));
        int expected = switch (String.valueOf(operator)) {
            case "NULL", "NOT_NULL" -> 0;
            case "BETWEEN" -> 2;
            case "IN" -> -1;
            default -> 1;
        };
        if ((expected >= 0 && values.size() != expected) || (expected < 0 && values.isEmpty())) {
            throw DynamoErrors.validation("One or more parameter values were invalid: Invalid number of argument(s) "
                    + "for the " + operator + " ComparisonOperator");
        }
        return switch (operator) {
            case "EQ" -> new Ast.Compare("=", path, literal(values.get(0)));
            case "NE" -> new Ast.Compare("<>", path, literal(values.get(0)));
            case "LT" -> new Ast.Compare("<", path, literal(values.get(0)));
            case "LE" -> new Ast.Compare("<=", path, literal(values.get(0)));
            case "GT" -> new Ast.Compare(">", path, literal(values.get(0)));
            case "GE" -> new Ast.Compare(">=", path, literal(values.get(0)));
            case "NULL" -> new Ast.Function("attribute_not_exists", List.of(path));
            case "NOT_NULL" -> new Ast.Function("attribute_exists", List.of(path));
            case "CONTAINS" -> new Ast.Function("contains", List.of(path, literal(values.get(0))));
            case "NOT_CONTAINS" -> new Ast.Not(new Ast.Function("contains", List.of(path, literal(values.get(0)))));
            case "BEGINS_WITH" -> new Ast.Function("begins_with", List.of(path, literal(values.get(0))));
            case "BETWEEN" -> new Ast.Between(path, literal(values.get(0)), literal(values.get(1)));
            case "IN" -> new Ast.In(path, values.stream().map(v -> (Ast.Operand) literal(v)).toList());
            default -> throw DynamoErrors.validation("1 validation error detected: Value '" + operator + "' at "
                    + "'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, "
                    + "NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]");
        };
    }

    private static Ast.Literal literal(Value v) {
        return new Ast.Literal(PLACEHOLDER, v);
    }

    private static Ast.Condition join(List<Ast.Condition> parts, String operator) {
        boolean or = "OR".equals(operator);
        if (operator != null && !or && !operator.equals("AND")) {
            throw DynamoErrors.validation("1 validation error detected: Value '" + operator + "' at "
                    + "'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[AND, OR]");
        }
        Ast.Condition c = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            c = or ? new Ast.Or(c, parts.get(i)) : new Ast.And(c, parts.get(i));
        }
        return c;
    }
}
