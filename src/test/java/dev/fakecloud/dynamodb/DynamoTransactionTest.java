package dev.fakecloud.dynamodb;

import static dev.fakecloud.dynamodb.DynamoFixtures.item;
import static dev.fakecloud.dynamodb.DynamoFixtures.n;
import static dev.fakecloud.dynamodb.DynamoItemTest.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Batches and transactions through the AWS SDK v2. */
@QuarkusTest
class DynamoTransactionTest {

    private final DynamoDbClient ddb = Clients.dynamodb();

    @Test
    void batchWriteAndGetEveryItem() {
        String t = DynamoFixtures.table(ddb, "batch", null);
        List<WriteRequest> puts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            int id = i;
            puts.add(WriteRequest.builder().putRequest(p -> p.item(item("pk", "k" + id, "v", id))).build());
        }
        assertThat(ddb.batchWriteItem(r -> r.requestItems(Map.of(t, puts))).unprocessedItems()).isEmpty();
        ddb.batchWriteItem(r -> r.requestItems(Map.of(t, List.of(
                WriteRequest.builder().deleteRequest(d -> d.key(item("pk", "k0"))).build()))));
        BatchGetItemResponse got = ddb.batchGetItem(r -> r.requestItems(Map.of(t, KeysAndAttributes.builder()
                .keys(item("pk", "k0"), item("pk", "k1"), item("pk", "k24")).projectionExpression("v").build())));
        assertThat(got.responses().get(t)).extracting(i -> i.get("v").n()).containsExactlyInAnyOrder("1", "24");
        assertThat(got.responses().get(t).get(0)).containsOnlyKeys("v");
        assertThat(got.unprocessedKeys()).isEmpty();

        assertValidation(() -> ddb.batchWriteItem(r -> r.requestItems(Map.of(t, List.of(
                WriteRequest.builder().putRequest(p -> p.item(item("pk", "dup"))).build(),
                WriteRequest.builder().deleteRequest(d -> d.key(item("pk", "dup"))).build())))),
                "Provided list of item keys contains duplicates");
    }

    @Test
    void aTransactionAppliesAllOrNothing() {
        String accounts = DynamoFixtures.table(ddb, "acct", null);
        ddb.putItem(r -> r.tableName(accounts).item(item("pk", "alice", "balance", 100)));
        ddb.putItem(r -> r.tableName(accounts).item(item("pk", "bob", "balance", 0)));
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> amount = Map.of(":a", n("30"));
        ddb.transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().update(u -> u.tableName(accounts).key(item("pk", "alice"))
                        .updateExpression("SET balance = balance - :a").conditionExpression("balance >= :a")
                        .expressionAttributeValues(amount)).build(),
                TransactWriteItem.builder().update(u -> u.tableName(accounts).key(item("pk", "bob"))
                        .updateExpression("SET balance = balance + :a").expressionAttributeValues(amount)).build(),
                TransactWriteItem.builder().put(p -> p.tableName(accounts).item(item("pk", "log1", "what", "transfer"))).build()));
        assertThat(balance(accounts, "alice")).isEqualTo("70");
        assertThat(balance(accounts, "bob")).isEqualTo("30");

        assertThatThrownBy(() -> ddb.transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().update(u -> u.tableName(accounts).key(item("pk", "bob"))
                        .updateExpression("SET balance = balance + :a").expressionAttributeValues(Map.of(":a", n("500")))).build(),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(accounts).key(item("pk", "alice"))
                        .conditionExpression("balance >= :a").expressionAttributeValues(Map.of(":a", n("500")))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build())))
                .isInstanceOf(TransactionCanceledException.class)
                .satisfies(e -> {
                    TransactionCanceledException c = (TransactionCanceledException) e;
                    assertThat(c.awsErrorDetails().errorMessage()).isEqualTo("Transaction cancelled, please refer "
                            + "cancellation reasons for specific reasons [None, ConditionalCheckFailed]");
                    assertThat(c.cancellationReasons()).extracting(x -> x.code()).containsExactly("None", "ConditionalCheckFailed");
                    assertThat(c.cancellationReasons().get(1).item().get("balance").n()).isEqualTo("70");
                });
        assertThat(balance(accounts, "bob")).isEqualTo("30");

        assertValidation(() -> ddb.transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(accounts).item(item("pk", "x"))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName(accounts).key(item("pk", "x"))).build())),
                "Transaction request cannot include multiple operations on one item");

        assertThat(ddb.transactGetItems(r -> r.transactItems(
                g -> g.get(x -> x.tableName(accounts).key(item("pk", "alice"))),
                g -> g.get(x -> x.tableName(accounts).key(item("pk", "nobody"))))).responses())
                .satisfiesExactly(a -> assertThat(a.item().get("balance").n()).isEqualTo("70"),
                        b -> assertThat(b.hasItem()).isFalse());
    }

    @Test
    void aClientRequestTokenMakesARetryANoOp() {
        String t = DynamoFixtures.table(ddb, "idem", null);
        ddb.putItem(r -> r.tableName(t).item(item("pk", "c", "n", 0)));
        TransactWriteItem add = TransactWriteItem.builder().update(u -> u.tableName(t).key(item("pk", "c"))
                .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", n("1")))).build();
        ddb.transactWriteItems(r -> r.clientRequestToken("token-1").transactItems(add));
        ddb.transactWriteItems(r -> r.clientRequestToken("token-1").transactItems(add));
        assertThat(ddb.getItem(r -> r.tableName(t).key(item("pk", "c"))).item().get("n").n()).isEqualTo("1");
        assertThatThrownBy(() -> ddb.transactWriteItems(r -> r.clientRequestToken("token-1").transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(t).item(item("pk", "other"))).build())))
                .isInstanceOf(IdempotentParameterMismatchException.class);
        ddb.transactWriteItems(r -> r.clientRequestToken("token-2").transactItems(add));
        assertThat(ddb.getItem(r -> r.tableName(t).key(item("pk", "c"))).item().get("n").n()).isEqualTo("2");
    }

    private String balance(String table, String who) {
        return ddb.getItem(r -> r.tableName(table).key(item("pk", who)).consistentRead(true)).item().get("balance").n();
    }

}
