package dev.fakecloud.dynamodb.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parser and evaluator on their own: precedence, functions, paths, updates. */
class ExpressionLanguageTest {

    static Value s(String v) {
        return new Value.S(v);
    }

    static Value n(String v) {
        return new Value.N(v);
    }

    static boolean test(String condition, Map<String, Value> item, Map<String, Value> values) {
        Expressions e = new Expressions(null, values);
        Ast.Condition c = e.condition("ConditionExpression", condition);
        return Evaluator.test(c, item);
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() {
        Map<String, Value> item = Map.of("a", n("1"), "b", n("2"));
        Map<String, Value> v = Map.of(":one", n("1"), ":two", n("2"), ":three", n("3"));
        assertThat(test("a = :one OR b = :three AND a = :three", item, v)).isTrue();
        assertThat(test("(a = :one OR b = :three) AND a = :three", item, v)).isFalse();
        assertThat(test("NOT a = :two AND b = :two", item, v)).isTrue();
        assertThat(test("a IN (:three, :two, :one)", item, v)).isTrue();
        assertThat(test("b BETWEEN :one AND :three", item, v)).isTrue();
        assertThat(test("a <> :two", item, v)).isTrue();
        assertThat(test("absent <> :two", item, v)).isTrue();
        assertThat(test("absent < :two", item, v)).isFalse();
    }

    @Test
    void functionsFollowAwsTypeRules() {
        Map<String, Value> item = Map.of("name", s("fakecloud"), "tags", new Value.Set("SS", List.of("a", "b")),
                "vals", new Value.L(List.of(s("x"), n("1"))), "num", n("12"));
        Map<String, Value> v = Map.of(":fake", s("fake"), ":a", s("a"), ":x", s("x"), ":nine", n("9"),
                ":t", s("SS"));
        assertThat(test("begins_with(#n, :fake)".replace("#n", "name_"), Map.of("name_", s("fakecloud")),
                Map.of(":fake", s("fake")))).isTrue();
        assertThat(test("contains(tags, :a) AND contains(vals, :x) AND size(vals) < :nine AND "
                + "attribute_type(tags, :t)", item, Map.of(":a", s("a"), ":x", s("x"), ":nine", n("9"),
                ":t", s("SS")))).isTrue();
        assertThat(test("contains(num, :nine)", item, Map.of(":nine", n("9")))).isFalse();
        assertThat(v).isNotEmpty();
    }

    @Test
    void nestedPathsAndListIndexesReadAndWrite() {
        Map<String, Value> item = Map.of("doc", new Value.M(Map.of("vals", new Value.L(List.of(n("1"), n("2"))))));
        Expressions e = new Expressions(null, Map.of(":v", n("5")));
        Ast.Update u = e.update("SET doc.vals[1] = doc.vals[0] + :v, doc.added = :v");
        Map<String, Value> after = Updater.apply(u, item);
        Value.M doc = (Value.M) after.get("doc");
        assertThat(((Value.L) doc.value().get("vals")).value()).containsExactly(n("1"), n("6"));
        assertThat(doc.value().get("added")).isEqualTo(n("5"));
        assertThatThrownBy(() -> Updater.apply(new Expressions(null, Map.of(":v", n("1")))
                .update("SET nothere.deep = :v"), item))
                .isInstanceOf(DynamoException.class)
                .hasMessage("The document path provided in the update expression is invalid for update");
    }

    @Test
    void syntaxErrorsNameTheTokenAndWhatPrecedesIt() {
        assertThatThrownBy(() -> new Expressions(null, Map.of(":v", n("1"))).condition("ConditionExpression", "a = :v AND"))
                .hasMessage("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"AND\"");
        assertThatThrownBy(() -> new Expressions(null, null).update("SET"))
                .hasMessage("Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"SET\"");
        assertThatThrownBy(() -> new Expressions(null, Map.of(":v", n("1"))).update("SET a = :v SET b = :v"))
                .hasMessage("Invalid UpdateExpression: The \"SET\" section can only be used once in an update "
                        + "expression;");
        assertThatThrownBy(() -> new Expressions(null, Map.of(":a", n("5"), ":b", n("1")))
                .condition("ConditionExpression", "x BETWEEN :a AND :b"))
                .hasMessageStartingWith("Invalid ConditionExpression: The BETWEEN operator requires upper bound to be "
                        + "greater than or equal to lower bound");
    }
}
