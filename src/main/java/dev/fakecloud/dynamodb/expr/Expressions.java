package dev.fakecloud.dynamodb.expr;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The expressions of one request and the placeholders they share: each expression is parsed once into a tree,
 * placeholders resolved as it is parsed, and, once all are parsed, placeholders no expression used are refused as
 * AWS refuses them.
 */
public final class Expressions {

    private final Map<String, String> names;
    private final Map<String, Value> values;
    private final Set<String> usedNames = new java.util.HashSet<>();
    private final Set<String> usedValues = new java.util.HashSet<>();
    private String kind = "";

    public Expressions(Map<String, String> names, Map<String, Value> values) {
        if (names != null && names.isEmpty()) {
            throw DynamoErrors.validation("ExpressionAttributeNames must not be empty");
        }
        if (values != null && values.isEmpty()) {
            throw DynamoErrors.validation("ExpressionAttributeValues must not be empty");
        }
        this.names = names == null ? Map.of() : names;
        this.values = values == null ? Map.of() : values;
    }

    /** A condition, key condition or filter expression; {@code kind} names it in messages. */
    public Ast.Condition condition(String kind, String text) {
        return new Parser(this, begin(kind, text), text).condition();
    }

    public Ast.Update update(String text) {
        return new Parser(this, begin("UpdateExpression", text), text).update();
    }

    public List<Ast.Path> projection(String text) {
        return new Parser(this, begin("ProjectionExpression", text), text).projection();
    }

    private List<Lexer.Token> begin(String kind, String text) {
        this.kind = kind;
        if (text.isBlank()) {
            throw DynamoErrors.validation("Invalid " + kind + ": The expression can not be empty;");
        }
        return Lexer.tokens(text, this);
    }

    /** Refuses placeholders that no expression of the request used. */
    public void checkAllUsed() {
        Set<String> unusedNames = new TreeSet<>(names.keySet());
        unusedNames.removeAll(usedNames);
        if (!unusedNames.isEmpty()) {
            throw DynamoErrors.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {"
                    + String.join(", ", unusedNames) + "}");
        }
        Set<String> unusedValues = new TreeSet<>(values.keySet());
        unusedValues.removeAll(usedValues);
        if (!unusedValues.isEmpty()) {
            throw DynamoErrors.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
                    + String.join(", ", unusedValues) + "}");
        }
    }

    String name(String ref) {
        String name = names.get(ref);
        if (name == null) {
            throw invalid("An expression attribute name used in the document path is not defined; attribute name: "
                    + ref);
        }
        usedNames.add(ref);
        return name;
    }

    Value value(String ref) {
        Value value = values.get(ref);
        if (value == null) {
            throw invalid("An expression attribute value used in expression is not defined; attribute value: " + ref);
        }
        usedValues.add(ref);
        return value;
    }

    DynamoException invalid(String detail) {
        return DynamoErrors.validation("Invalid " + kind + ": " + detail);
    }

    DynamoException syntax(String token, String near) {
        return invalid("Syntax error; token: \"" + token + "\", near: \"" + near + "\"");
    }
}
