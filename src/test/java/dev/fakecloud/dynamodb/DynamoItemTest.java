package dev.fakecloud.dynamodb;

import static dev.fakecloud.dynamodb.DynamoFixtures.item;
import static dev.fakecloud.dynamodb.DynamoFixtures.n;
import static dev.fakecloud.dynamodb.DynamoFixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Items through the AWS SDK v2: writes, conditions, ReturnValues, the update language and AWS's type rules. */
@QuarkusTest
class DynamoItemTest {

    private final DynamoDbClient ddb = Clients.dynamodb();

    @Test
    void putGetAndDeleteWithReturnValues() {
        String t = DynamoFixtures.table(ddb, "items", ScalarAttributeType.N);
        Map<String, AttributeValue> first = item("pk", "u1", "sk", 1, "name", "Ada",
                "tags", AttributeValue.fromSs(List.of("b", "a")), "blob", AttributeValue.fromB(SdkBytes.fromUtf8String("hi")),
                "nested", AttributeValue.fromM(Map.of("list", AttributeValue.fromL(List.of(n("1.50"), s("x"))),
                        "flag", AttributeValue.fromBool(true), "nothing", AttributeValue.fromNul(true))));
        assertThat(ddb.putItem(r -> r.tableName(t).item(first)).hasAttributes()).isFalse();
        Map<String, AttributeValue> got = ddb.getItem(r -> r.tableName(t).key(item("pk", "u1", "sk", 1))).item();
        assertThat(got.get("name").s()).isEqualTo("Ada");
        assertThat(got.get("tags").ss()).containsExactlyInAnyOrder("a", "b");
        assertThat(got.get("blob").b().asUtf8String()).isEqualTo("hi");
        assertThat(got.get("nested").m().get("list").l().get(0).n()).isEqualTo("1.5");

        Map<String, AttributeValue> old = ddb.putItem(r -> r.tableName(t).item(item("pk", "u1", "sk", 1, "name", "Bea"))
                .returnValues(ReturnValue.ALL_OLD)).attributes();
        assertThat(old.get("name").s()).isEqualTo("Ada");

        assertThat(ddb.getItem(r -> r.tableName(t).key(item("pk", "u1", "sk", 2))).hasItem()).isFalse();
        assertThat(ddb.deleteItem(r -> r.tableName(t).key(item("pk", "u1", "sk", 1)).returnValues(ReturnValue.ALL_OLD))
                .attributes().get("name").s()).isEqualTo("Bea");
        assertThat(ddb.getItem(r -> r.tableName(t).key(item("pk", "u1", "sk", 1))).hasItem()).isFalse();
    }

    @Test
    void conditionsGuardWritesAndCanReturnTheItem() {
        String t = DynamoFixtures.table(ddb, "cond", null);
        ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "version", 1)).conditionExpression("attribute_not_exists(pk)"));
        assertThatThrownBy(() -> ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "version", 2))
                .conditionExpression("attribute_not_exists(pk)")))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .satisfies(e -> {
                    ConditionalCheckFailedException c = (ConditionalCheckFailedException) e;
                    assertThat(c.awsErrorDetails().errorMessage()).isEqualTo("The conditional request failed");
                    assertThat(c.hasItem()).isFalse();
                });
        assertThatThrownBy(() -> ddb.updateItem(r -> r.tableName(t).key(item("pk", "a"))
                .updateExpression("SET version = :v").conditionExpression("version = :expected")
                .expressionAttributeValues(Map.of(":v", n("3"), ":expected", n("7")))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .satisfies(e -> assertThat(((ConditionalCheckFailedException) e).item().get("version").n()).isEqualTo("1"));
        ddb.updateItem(r -> r.tableName(t).key(item("pk", "a"))
                .updateExpression("SET version = version + :one").conditionExpression("version = :expected")
                .expressionAttributeValues(Map.of(":one", n("1"), ":expected", n("1.0"))));
        assertThat(ddb.getItem(r -> r.tableName(t).key(item("pk", "a"))).item().get("version").n()).isEqualTo("2");

        ddb.deleteItem(r -> r.tableName(t).key(item("pk", "a"))
                .conditionExpression("version BETWEEN :lo AND :hi AND NOT (attribute_type(version, :s) OR size(pk) > :lo)")
                .expressionAttributeValues(Map.of(":lo", n("1"), ":hi", n("5"), ":s", s("S"))));
        assertThat(ddb.getItem(r -> r.tableName(t).key(item("pk", "a"))).hasItem()).isFalse();
    }

    @Test
    void theUpdateLanguageAsDocumented() {
        String t = DynamoFixtures.table(ddb, "upd", null);
        ddb.putItem(r -> r.tableName(t).item(item("pk", "p1", "Price", 100, "Color", AttributeValue.fromSs(List.of("Red", "Blue")),
                "RelatedItems", AttributeValue.fromL(List.of(s("a"), s("b"), s("c"))),
                "ProductReviews", AttributeValue.fromM(Map.of("FiveStar", AttributeValue.fromL(List.of(s("great"))))))));
        Map<String, AttributeValue> updated = ddb.updateItem(r -> r.tableName(t).key(item("pk", "p1"))
                .updateExpression("SET Price = Price - :p, #pr.FiveStar = list_append(#pr.FiveStar, :r), "
                        + "Stock = if_not_exists(Stock, :zero), RelatedItems[1] = :new "
                        + "REMOVE RelatedItems[2] ADD Colour :c, Sold :one DELETE Color :gone")
                .expressionAttributeNames(Map.of("#pr", "ProductReviews"))
                .expressionAttributeValues(Map.of(":p", n("15"), ":r", AttributeValue.fromL(List.of(s("superb"))),
                        ":zero", n("0"), ":new", s("B"), ":c", AttributeValue.fromSs(List.of("Green")), ":one", n("1"),
                        ":gone", AttributeValue.fromSs(List.of("Red"))))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        assertThat(updated.get("Price").n()).isEqualTo("85");
        assertThat(updated.get("ProductReviews").m().get("FiveStar").l()).extracting(AttributeValue::s)
                .containsExactly("great", "superb");
        assertThat(updated.get("Stock").n()).isEqualTo("0");
        assertThat(updated.get("RelatedItems").l()).extracting(AttributeValue::s).containsExactly("a", "B");
        assertThat(updated.get("Color").ss()).containsExactly("Blue");
        assertThat(updated.get("Colour").ss()).containsExactly("Green");
        assertThat(updated.get("Sold").n()).isEqualTo("1");

        Map<String, AttributeValue> changed = ddb.updateItem(r -> r.tableName(t).key(item("pk", "p1"))
                .updateExpression("SET Price = :p").expressionAttributeValues(Map.of(":p", n("90")))
                .returnValues(ReturnValue.UPDATED_OLD)).attributes();
        assertThat(changed).containsOnlyKeys("Price");
        assertThat(changed.get("Price").n()).isEqualTo("85");

        Map<String, AttributeValue> created = ddb.updateItem(r -> r.tableName(t).key(item("pk", "fresh"))
                .updateExpression("ADD hits :one").expressionAttributeValues(Map.of(":one", n("1")))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        assertThat(created).containsOnlyKeys("pk", "hits");
    }

    @Test
    void numbersKeep38DigitsAndCompareNumerically() {
        String t = DynamoFixtures.table(ddb, "num", null);
        String big = "12345678901234567890123456789012345678";
        ddb.putItem(r -> r.tableName(t).item(item("pk", "n", "v", n(big), "small", n("0.000000000000000000000000000001"))));
        Map<String, AttributeValue> got = ddb.updateItem(r -> r.tableName(t).key(item("pk", "n"))
                .updateExpression("SET v = v - :one").expressionAttributeValues(Map.of(":one", n("1")))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        assertThat(got.get("v").n()).isEqualTo("12345678901234567890123456789012345677");
        assertValidation(() -> ddb.putItem(r -> r.tableName(t).item(item("pk", "x", "v", n("1234567890123456789012345678901234567890")))),
                "Attempting to store more than 38 significant digits in a Number");
        assertValidation(() -> ddb.putItem(r -> r.tableName(t).item(item("pk", "x", "v", n("abc")))),
                "A value provided cannot be converted into a number");
    }

    @Test
    void typeRulesAndKeyRulesAreAwss() {
        String t = DynamoFixtures.table(ddb, "rules", ScalarAttributeType.S);
        assertValidation(() -> ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "set", AttributeValue.fromSs(List.of("x", "x")), "sk", "s"))),
                "One or more parameter values were invalid: Input collection [x, x] contains duplicates.");
        assertValidation(() -> ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "set", AttributeValue.fromSs(List.of()), "sk", "s"))),
                "One or more parameter values were invalid: An string set  may not be empty");
        assertValidation(() -> ddb.putItem(r -> r.tableName(t).item(item("pk", "a"))),
                "One or more parameter values were invalid: Missing the key sk in the item");
        assertValidation(() -> ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "sk", 5))),
                "One or more parameter values were invalid: Type mismatch for key sk expected: S actual: N");
        assertValidation(() -> ddb.putItem(r -> r.tableName(t).item(item("pk", "", "sk", "s"))),
                "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an "
                        + "empty string value. Key: pk");
        assertValidation(() -> ddb.getItem(r -> r.tableName(t).key(item("pk", "a"))),
                "The provided key element does not match the schema");
        assertValidation(() -> ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "sk", "s", "big", "x".repeat(410_000)))),
                "Item size has exceeded the maximum allowed size");
        assertValidation(() -> ddb.updateItem(r -> r.tableName(t).key(item("pk", "a", "sk", "s"))
                .updateExpression("SET pk = :v").expressionAttributeValues(Map.of(":v", s("b")))),
                "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key");
        assertThatThrownBy(() -> ddb.getItem(r -> r.tableName("missing-table").key(item("pk", "a"))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Requested resource not found");
    }

    @Test
    void expressionMistakesAreRefusedWithAwsMessages() {
        String t = DynamoFixtures.table(ddb, "expr", null);
        assertValidation(() -> ddb.updateItem(r -> r.tableName(t).key(item("pk", "a"))
                .updateExpression("SET status = :v").expressionAttributeValues(Map.of(":v", s("x")))),
                "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status");
        assertValidation(() -> ddb.updateItem(r -> r.tableName(t).key(item("pk", "a"))
                .updateExpression("SET a = :v").expressionAttributeValues(Map.of(":v", s("x"), ":extra", s("y")))),
                "Value provided in ExpressionAttributeValues unused in expressions: keys: {:extra}");
        assertValidation(() -> ddb.updateItem(r -> r.tableName(t).key(item("pk", "a"))
                .updateExpression("SET a = :v").expressionAttributeNames(Map.of("#n", "name"))
                .expressionAttributeValues(Map.of(":v", s("x")))),
                "Value provided in ExpressionAttributeNames unused in expressions: keys: {#n}");
        assertValidation(() -> ddb.updateItem(r -> r.tableName(t).key(item("pk", "a"))
                .updateExpression("SET a = :missing").expressionAttributeValues(Map.of(":v", s("x")))),
                "Invalid UpdateExpression: An expression attribute value used in expression is not defined; "
                        + "attribute value: :missing");
        assertValidation(() -> ddb.putItem(r -> r.tableName(t).item(item("pk", "a"))
                .conditionExpression("#nope = :v").expressionAttributeValues(Map.of(":v", s("x")))),
                "Invalid ConditionExpression: An expression attribute name used in the document path is not defined; "
                        + "attribute name: #nope");
        assertValidation(() -> ddb.putItem(r -> r.tableName(t).item(item("pk", "a"))
                .conditionExpression("a = ")),
                "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"");
        assertValidation(() -> ddb.putItem(r -> r.tableName(t).item(item("pk", "a"))
                .conditionExpression("frobnicate(a)")),
                "Invalid ConditionExpression: Invalid function name; function: frobnicate");
        assertValidation(() -> ddb.updateItem(r -> r.tableName(t).key(item("pk", "a"))
                .updateExpression("SET a = :v, a.b = :v").expressionAttributeValues(Map.of(":v", s("x")))),
                "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of "
                        + "these paths; path one: [a], path two: [a, b]");
        assertValidation(() -> ddb.updateItem(r -> r.tableName(t).key(item("pk", "a"))
                .updateExpression("SET a = b + :v").expressionAttributeValues(Map.of(":v", n("1")))),
                "The provided expression refers to an attribute that does not exist in the item");
        ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "word", "x")));
        assertValidation(() -> ddb.updateItem(r -> r.tableName(t).key(item("pk", "a"))
                .updateExpression("SET word = word + :v").expressionAttributeValues(Map.of(":v", n("1")))),
                "An operand in the update expression has an incorrect data type");
        assertValidation(() -> ddb.getItem(r -> r.tableName(t).key(item("pk", "a"))
                .expressionAttributeNames(Map.of("#a", "a"))),
                "ExpressionAttributeNames can only be specified when using expressions");
    }

    @Test
    void projectionsPickNestedAttributes() {
        String t = DynamoFixtures.table(ddb, "proj", null);
        ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "keep", "yes", "drop", "no",
                "doc", AttributeValue.fromM(Map.of("part", s("i"), "other", s("o"),
                        "list", AttributeValue.fromL(List.of(s("l0"), s("l1"), s("l2"))))))));
        Map<String, AttributeValue> got = ddb.getItem(r -> r.tableName(t).key(item("pk", "a"))
                .projectionExpression("keep, doc.part, #d.#l[2]")
                .expressionAttributeNames(Map.of("#d", "doc", "#l", "list"))).item();
        assertThat(got).containsOnlyKeys("keep", "doc");
        assertThat(got.get("doc").m()).containsOnlyKeys("part", "list");
        assertThat(got.get("doc").m().get("list").l()).extracting(AttributeValue::s).containsExactly("l2");
    }

    static void assertValidation(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOf(DynamoDbException.class).satisfies(e -> {
            DynamoDbException d = (DynamoDbException) e;
            assertThat(d.statusCode()).isEqualTo(400);
            assertThat(d.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
            assertThat(d.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
    }
}
