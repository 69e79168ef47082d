package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Times;
import dev.fakecloud.dynamodb.expr.Ast;
import dev.fakecloud.dynamodb.expr.Expressions;
import dev.fakecloud.dynamodb.model.Requests;
import dev.fakecloud.dynamodb.model.TableDef;
import dev.fakecloud.dynamodb.model.Value;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Turns the write requests (plain, batched or transactional) into {@link Write}s: validated and parsed once. */
@ApplicationScoped
public class WriteParser {

    private final TableStore tables;

    public WriteParser(TableStore tables) {
        this.tables = tables;
    }

    Write.Put put(DynamoCall call, Requests.PutItem r) {
        TableDef t = tables.require(call.region(), TableService.requireName(r.tableName()));
        Legacy.notBoth("Expected", r.expected(), "ConditionExpression", r.conditionExpression());
        ItemRules.checkItem(t, r.item());
        Expressions e = expressions(r.conditionExpression(), null, r.expressionAttributeNames(),
                r.expressionAttributeValues());
        Ast.Condition c = or(condition(e, r.conditionExpression()), Legacy.expected(r.expected(),
                r.conditionalOperator()));
        e.checkAllUsed();
        return new Write.Put(t, r.item(), c, returnOnFailure(r.returnValuesOnConditionCheckFailure()));
    }

    Write.Delete delete(DynamoCall call, Requests.DeleteItem r) {
        TableDef t = tables.require(call.region(), TableService.requireName(r.tableName()));
        Legacy.notBoth("Expected", r.expected(), "ConditionExpression", r.conditionExpression());
        ItemRules.checkKey(t, r.key());
        Expressions e = expressions(r.conditionExpression(), null, r.expressionAttributeNames(),
                r.expressionAttributeValues());
        Ast.Condition c = or(condition(e, r.conditionExpression()), Legacy.expected(r.expected(),
                r.conditionalOperator()));
        e.checkAllUsed();
        return new Write.Delete(t, r.key(), c, returnOnFailure(r.returnValuesOnConditionCheckFailure()));
    }

    Write.Update update(DynamoCall call, Requests.UpdateItem r) {
        TableDef t = tables.require(call.region(), TableService.requireName(r.tableName()));
        Legacy.notBoth("Expected", r.expected(), "ConditionExpression", r.conditionExpression());
        Legacy.notBoth("AttributeUpdates", r.attributeUpdates(), "UpdateExpression", r.updateExpression());
        ItemRules.checkKey(t, r.key());
        Expressions e = expressions(r.conditionExpression(), r.updateExpression(), r.expressionAttributeNames(),
                r.expressionAttributeValues());
        Ast.Update u = r.updateExpression() == null ? Legacy.attributeUpdates(r.attributeUpdates())
                : e.update(r.updateExpression());
        Ast.Condition c = or(condition(e, r.conditionExpression()), Legacy.expected(r.expected(),
                r.conditionalOperator()));
        e.checkAllUsed();
        if (u != null) {
            for (Ast.Path p : u.paths()) {
                if (t.key().isKey(p.head())) {
                    throw DynamoErrors.invalidParameter("Cannot update attribute " + p.head()
                            + ". This attribute is part of the key");
                }
            }
        }
        return new Write.Update(t, r.key(), u, c, returnOnFailure(r.returnValuesOnConditionCheckFailure()));
    }

    Write.Check check(DynamoCall call, Requests.ConditionCheck r) {
        TableDef t = tables.require(call.region(), TableService.requireName(r.tableName()));
        ItemRules.checkKey(t, r.key());
        if (r.conditionExpression() == null) {
            throw DynamoErrors.validation("1 validation error detected: Value null at "
                    + "'transactItems.1.member.conditionCheck.conditionExpression' failed to satisfy constraint: "
                    + "Member must not be null");
        }
        Expressions e = expressions(r.conditionExpression(), null, r.expressionAttributeNames(),
                r.expressionAttributeValues());
        Ast.Condition c = condition(e, r.conditionExpression());
        e.checkAllUsed();
        return new Write.Check(t, r.key(), c, returnOnFailure(r.returnValuesOnConditionCheckFailure()));
    }

    /** The placeholders of a request, refused when given without any expression to use them. */
    static Expressions expressions(String first, String second, Map<String, String> names, Map<String, Value> values) {
        if (first == null && second == null) {
            if (names != null) {
                throw DynamoErrors.validation("ExpressionAttributeNames can only be specified when using expressions");
            }
            if (values != null) {
                throw DynamoErrors.validation(
                        "ExpressionAttributeValues can only be specified when using expressions");
            }
        }
        return new Expressions(names, values);
    }

    private static Ast.Condition or(Ast.Condition a, Ast.Condition b) {
        return a != null ? a : b;
    }

    private static Ast.Condition condition(Expressions e, String text) {
        return text == null ? null : e.condition("ConditionExpression", text);
    }

    static String returnOnFailure(String value) {
        if (value == null || value.equals("NONE")) {
            return null;
        }
        if (!value.equals("ALL_OLD")) {
            throw DynamoErrors.validation("1 validation error detected: Value '" + value + "' at "
                    + "'returnValuesOnConditionCheckFailure' failed to satisfy constraint: Member must satisfy enum "
                    + "value set: [ALL_OLD, NONE]");
        }
        return value;
    }
}
