package dev.fakecloud.dynamodb;

import static dev.fakecloud.dynamodb.DynamoFixtures.item;
import static dev.fakecloud.dynamodb.DynamoFixtures.n;
import static dev.fakecloud.dynamodb.DynamoFixtures.s;
import static dev.fakecloud.dynamodb.DynamoItemTest.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalOperator;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The legacy parameters older clients (and DynamoDBMapper) send: Expected, AttributeUpdates, KeyConditions, filters. */
@QuarkusTest
class DynamoLegacyParametersTest {

    private final DynamoDbClient ddb = Clients.dynamodb();

    static Condition cond(ComparisonOperator op, AttributeValue... values) {
        return Condition.builder().comparisonOperator(op).attributeValueList(values).build();
    }

    @Test
    void expectedAndAttributeUpdatesGuardAndChangeItems() {
        String t = DynamoFixtures.table(ddb, "legacy", null);
        ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "v", 1))
                .expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build())));
        assertThatThrownBy(() -> ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "v", 9))
                .expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build()))))
                .isInstanceOf(ConditionalCheckFailedException.class);
        Map<String, AttributeValue> after = ddb.updateItem(r -> r.tableName(t).key(item("pk", "a"))
                .attributeUpdates(Map.of(
                        "v", AttributeValueUpdate.builder().action(AttributeAction.ADD).value(n("2")).build(),
                        "tags", AttributeValueUpdate.builder().action(AttributeAction.PUT)
                                .value(AttributeValue.fromSs(List.of("x", "y"))).build()))
                .expected(Map.of("v", ExpectedAttributeValue.builder().value(n("1")).build()))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        assertThat(after.get("v").n()).isEqualTo("3");
        assertThat(after.get("tags").ss()).containsExactly("x", "y");
        ddb.updateItem(r -> r.tableName(t).key(item("pk", "a")).attributeUpdates(Map.of(
                "tags", AttributeValueUpdate.builder().action(AttributeAction.DELETE).build()))
                .expected(Map.of("v", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.GT)
                        .attributeValueList(n("2")).build(),
                        "nothing", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.NULL).build()))
                .conditionalOperator(ConditionalOperator.AND));
        assertThat(ddb.getItem(r -> r.tableName(t).key(item("pk", "a"))).item()).containsOnlyKeys("pk", "v");
        assertValidation(() -> ddb.putItem(r -> r.tableName(t).item(item("pk", "a"))
                .conditionExpression("attribute_exists(pk)")
                .expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build()))),
                "Can not use both expression and non-expression parameters in the same request: Non-expression "
                        + "parameters: {Expected} Expression parameters: {ConditionExpression}");
    }

    @Test
    void keyConditionsAndFiltersQueryAndScan() {
        String t = DynamoFixtures.table(ddb, "legacyq", ScalarAttributeType.N);
        for (int i = 1; i <= 6; i++) {
            int v = i;
            ddb.putItem(r -> r.tableName(t).item(item("pk", "p", "sk", v, "kind", v % 2 == 0 ? "even" : "odd")));
        }
        assertThat(ddb.query(r -> r.tableName(t).keyConditions(Map.of(
                "pk", cond(ComparisonOperator.EQ, s("p")),
                "sk", cond(ComparisonOperator.BETWEEN, n("2"), n("5"))))
                .queryFilter(Map.of("kind", cond(ComparisonOperator.EQ, s("even"))))).items())
                .extracting(i -> i.get("sk").n()).containsExactly("2", "4");
        assertThat(ddb.scan(r -> r.tableName(t).scanFilter(Map.of(
                "sk", cond(ComparisonOperator.IN, n("1"), n("6")),
                "kind", cond(ComparisonOperator.BEGINS_WITH, s("od"))))
                .conditionalOperator(ConditionalOperator.OR)).count()).isEqualTo(4);
    }
}
