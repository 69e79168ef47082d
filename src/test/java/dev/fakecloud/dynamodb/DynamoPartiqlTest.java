package dev.fakecloud.dynamodb;

import static dev.fakecloud.dynamodb.DynamoFixtures.item;
import static dev.fakecloud.dynamodb.DynamoFixtures.n;
import static dev.fakecloud.dynamodb.DynamoFixtures.s;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** PartiQL (ExecuteStatement, BatchExecuteStatement, ExecuteTransaction) through the AWS SDK v2. */
@QuarkusTest
class DynamoPartiqlTest {

    private final DynamoDbClient ddb = Clients.dynamodb();

    private List<Map<String, AttributeValue>> run(String statement, AttributeValue... parameters) {
        return ddb.executeStatement(r -> r.statement(statement).parameters(parameters.length == 0 ? null
                : List.of(parameters))).items();
    }

    @Test
    void insertSelectAndRefuseADuplicate() {
        String t = DynamoFixtures.table(ddb, "pq", null);
        run("INSERT INTO \"" + t + "\" VALUE {'pk': 'a', 'n': 1.50, 'ok': true, 'nothing': NULL, "
                + "'m': {'inner': 'x'}, 'l': [1, 'two'], 'ss': <<'b', 'a'>>}");
        Map<String, AttributeValue> got = ddb.getItem(r -> r.tableName(t).key(item("pk", "a"))).item();
        assertThat(got.get("n").n()).isEqualTo("1.5");
        assertThat(got.get("ok").bool()).isTrue();
        assertThat(got.get("nothing").nul()).isTrue();
        assertThat(got.get("m").m().get("inner").s()).isEqualTo("x");
        assertThat(got.get("l").l()).extracting(v -> v.n() != null ? v.n() : v.s()).containsExactly("1", "two");
        assertThat(got.get("ss").ss()).containsExactly("a", "b");

        assertThatThrownBy(() -> run("INSERT INTO \"" + t + "\" VALUE {'pk': 'a'}"))
                .isInstanceOf(DuplicateItemException.class)
                .hasMessageStartingWith("Duplicate primary key exists in table");

        List<Map<String, AttributeValue>> rows = run("SELECT n, m.inner FROM \"" + t + "\" WHERE pk = ?", s("a"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsOnlyKeys("n", "m");
        assertThat(rows.get(0).get("m").m()).containsOnlyKeys("inner");
        assertThat(run("SELECT * FROM \"" + t + "\" WHERE pk = 'missing'")).isEmpty();
    }

    @Test
    void whereClausesFilterAsTheExpressionLanguageDoes() {
        String t = DynamoFixtures.table(ddb, "pqw", ScalarAttributeType.N);
        for (int i = 0; i < 10; i++) {
            ddb.putItem(r -> r.tableName(t).item(item("pk", "p", "sk", 0, "name", "x", "tags", "y")));
        }
        for (int i = 0; i < 10; i++) {
            int id = i;
            ddb.putItem(r -> r.tableName(t).item(item("pk", id % 2 == 0 ? "even" : "odd", "sk", id,
                    "name", "item" + id, "doc", AttributeValue.fromM(Map.of("depth", n(String.valueOf(id)))))));
        }
        String from = "SELECT * FROM \"" + t + "\" WHERE ";
        assertThat(sks(run(from + "pk = 'even' AND sk > 4"))).containsExactly("6", "8");
        assertThat(sks(run(from + "pk = 'odd' AND sk BETWEEN 3 AND 7"))).containsExactly("3", "5", "7");
        assertThat(sks(run(from + "pk IN ['even', 'odd'] AND doc.depth >= 8"))).containsExactlyInAnyOrder("8", "9");
        assertThat(sks(run(from + "begins_with(name, 'item1') OR sk = 2"))).containsExactlyInAnyOrder("1", "2");
        assertThat(sks(run(from + "pk = 'even' AND NOT sk <> 4"))).containsExactly("4");
        assertThat(sks(run(from + "contains(name, 'm9') AND attribute_exists(doc)"))).containsExactly("9");
        assertThat(sks(run(from + "doc IS MISSING"))).containsExactly("0");
        assertThat(sks(run(from + "pk = 'odd' AND doc IS NOT MISSING AND sk <= 1"))).containsExactly("1");
        assertThat(sks(run(from + "attribute_not_exists(doc) AND size(name) = 1"))).containsExactly("0");
        assertThat(sks(run(from + "pk = 'even' AND (sk < 2 OR sk >= 8)"))).containsExactly("0", "8");
    }

    private static List<String> sks(List<Map<String, AttributeValue>> rows) {
        return rows.stream().map(r -> r.get("sk").n()).toList();
    }

    @Test
    void limitAndNextTokenPageThroughAPartition() {
        String t = DynamoFixtures.table(ddb, "pqp", ScalarAttributeType.N);
        for (int i = 0; i < 7; i++) {
            int id = i;
            ddb.putItem(r -> r.tableName(t).item(item("pk", "p", "sk", id)));
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            ExecuteStatementResponse page = ddb.executeStatement(r -> r.statement("SELECT * FROM \"" + t
                    + "\" WHERE pk = 'p'").limit(3).nextToken(next).consistentRead(true));
            seen.addAll(sks(page.items()));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertThat(seen).containsExactly("0", "1", "2", "3", "4", "5", "6");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void updateAndDeleteNeedTheFullKeyAndHonourConditions() {
        String t = DynamoFixtures.table(ddb, "pqu", null);
        ddb.putItem(r -> r.tableName(t).item(item("pk", "a", "count", 1, "gone", "x", "v", "old")));
        run("UPDATE \"" + t + "\" SET count = count + 2 SET v = ? REMOVE gone WHERE pk = 'a' AND v = 'old'",
                s("new"));
        Map<String, AttributeValue> got = ddb.getItem(r -> r.tableName(t).key(item("pk", "a"))).item();
        assertThat(got.get("count").n()).isEqualTo("3");
        assertThat(got.get("v").s()).isEqualTo("new");
        assertThat(got).doesNotContainKey("gone");

        assertThatThrownBy(() -> ddb.executeStatement(r -> r.statement("UPDATE \"" + t
                + "\" SET v = 'x' WHERE pk = 'a' AND v = 'old'")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class,
                        e -> assertThat(e.item().get("v").s()).isEqualTo("new"));
        assertThatThrownBy(() -> run("UPDATE \"" + t + "\" SET v = 'x' WHERE pk = 'nobody'"))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertValidation(() -> run("UPDATE \"" + t + "\" SET v = 'x' WHERE v = 'new'"),
                "Where clause does not contain a mentioned primary key condition");
        assertValidation(() -> run("DELETE FROM \"" + t + "\" WHERE v = 'new'"),
                "Where clause does not contain a mentioned primary key condition");

        assertThatThrownBy(() -> run("DELETE FROM \"" + t + "\" WHERE pk = 'a' AND count > 5"))
                .isInstanceOf(ConditionalCheckFailedException.class);
        run("DELETE FROM \"" + t + "\" WHERE pk = 'a' AND count = 3");
        assertThat(ddb.getItem(r -> r.tableName(t).key(item("pk", "a"))).hasItem()).isFalse();
    }

    @Test
    void aSelectFromAnIndexReadsItsPartitionWithItsProjection() {
        String t = DynamoFixtures.unique("pqi");
        ddb.createTable(r -> r.tableName(t).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("status").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("byStatus")
                        .keySchema(k -> k.attributeName("status").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))));
        run("INSERT INTO \"" + t + "\" VALUE {'pk': 'a', 'status': 'OPEN', 'secret': 'x'}");
        run("INSERT INTO \"" + t + "\" VALUE {'pk': 'b', 'status': 'SHUT'}");
        run("UPDATE \"" + t + "\" SET status = 'OPEN', tags = list_append(if_not_exists(tags, []), ['t']) "
                + "WHERE pk = 'b'");
        List<Map<String, AttributeValue>> open = run("SELECT * FROM \"" + t + "\".\"byStatus\" WHERE status = ?",
                s("OPEN"));
        assertThat(open).extracting(i -> i.get("pk").s()).containsExactlyInAnyOrder("a", "b");
        assertThat(open).allSatisfy(i -> assertThat(i).containsOnlyKeys("pk", "status"));
        assertValidation(() -> run("SELECT * FROM \"" + t + "\".\"nope\""),
                "The table does not have the specified index: nope");
    }

    @Test
    void badStatementsAreValidationErrors() {
        String t = DynamoFixtures.table(ddb, "pqe", null);
        assertValidation(() -> run("SELEC * FROM \"" + t + "\""),
                "Statement wasn't well formed, can't be processed: Unexpected keyword \"SELEC\"");
        assertValidation(() -> run("SELECT * FROM \"" + t + "\" WHERE pk = "),
                "Statement wasn't well formed, can't be processed: Unexpected end of statement");
        assertValidation(() -> run("SELECT * FROM \"" + t + "\" WHERE pk = ?"),
                "Number of parameters in request and statement don't match.");
        assertThatThrownBy(() -> run("SELECT * FROM \"" + t + "\" WHERE begins_with(pk)"))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(400));
        assertThatThrownBy(() -> run("UPDATE \"" + t + "\" SET v = size(v) WHERE pk = 'a'"))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
        assertThatThrownBy(() -> run("SELECT * FROM \"nosuch-table\""))
                .isInstanceOf(software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException.class);
    }

    @Test
    void batchStatementsSucceedOrFailOneByOne() {
        String t = DynamoFixtures.table(ddb, "pqb", null);
        ddb.putItem(r -> r.tableName(t).item(item("pk", "taken")));
        BatchExecuteStatementResponse writes = ddb.batchExecuteStatement(r -> r.statements(
                BatchStatementRequest.builder().statement("INSERT INTO \"" + t + "\" VALUE {'pk': ?}")
                        .parameters(s("new")).build(),
                BatchStatementRequest.builder().statement("INSERT INTO \"" + t + "\" VALUE {'pk': 'taken'}").build(),
                BatchStatementRequest.builder().statement("DELETE FROM \"" + t + "\" WHERE nope = 1").build()));
        assertThat(writes.responses()).hasSize(3);
        assertThat(writes.responses().get(0).error()).isNull();
        assertThat(writes.responses().get(1).error().codeAsString()).isEqualTo("DuplicateItem");
        assertThat(writes.responses().get(2).error().codeAsString()).isEqualTo("ValidationError");

        BatchExecuteStatementResponse reads = ddb.batchExecuteStatement(r -> r.statements(
                BatchStatementRequest.builder().statement("SELECT * FROM \"" + t + "\" WHERE pk = 'new'").build(),
                BatchStatementRequest.builder().statement("SELECT * FROM \"" + t + "\" WHERE pk = 'none'").build()));
        assertThat(reads.responses().get(0).item().get("pk").s()).isEqualTo("new");
        assertThat(reads.responses().get(1).item()).isEmpty();

        assertThatThrownBy(() -> ddb.batchExecuteStatement(r -> r.statements(
                BatchStatementRequest.builder().statement("SELECT * FROM \"" + t + "\" WHERE pk = 'new'").build(),
                BatchStatementRequest.builder().statement("DELETE FROM \"" + t + "\" WHERE pk = 'new'").build())))
                .hasMessageContaining("reads");
    }

    @Test
    void aTransactionOfStatementsIsAllOrNothing() {
        String t = DynamoFixtures.table(ddb, "pqt", null);
        ddb.putItem(r -> r.tableName(t).item(item("pk", "alice", "balance", 100)));
        ddb.executeTransaction(r -> r.clientRequestToken("tok-" + t).transactStatements(
                ParameterizedStatement.builder().statement("UPDATE \"" + t
                        + "\" SET balance = balance - 30 WHERE pk = 'alice' AND balance >= 30").build(),
                ParameterizedStatement.builder().statement("INSERT INTO \"" + t + "\" VALUE {'pk': 'bob', "
                        + "'balance': 30}").build()));
        ddb.executeTransaction(r -> r.clientRequestToken("tok-" + t).transactStatements(
                ParameterizedStatement.builder().statement("UPDATE \"" + t
                        + "\" SET balance = balance - 30 WHERE pk = 'alice' AND balance >= 30").build(),
                ParameterizedStatement.builder().statement("INSERT INTO \"" + t + "\" VALUE {'pk': 'bob', "
                        + "'balance': 30}").build()));
        assertThat(ddb.getItem(r -> r.tableName(t).key(item("pk", "alice"))).item().get("balance").n())
                .isEqualTo("70");

        assertThatThrownBy(() -> ddb.executeTransaction(r -> r.transactStatements(
                ParameterizedStatement.builder().statement("UPDATE \"" + t
                        + "\" SET balance = 0 WHERE pk = 'alice'").build(),
                ParameterizedStatement.builder().statement("INSERT INTO \"" + t + "\" VALUE {'pk': 'bob'}").build())))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> assertThat(e.cancellationReasons())
                        .extracting(x -> x.code()).containsExactly("None", "DuplicateItem"));
        assertThat(ddb.getItem(r -> r.tableName(t).key(item("pk", "alice"))).item().get("balance").n())
                .isEqualTo("70");

        var read = ddb.executeTransaction(r -> r.transactStatements(
                ParameterizedStatement.builder().statement("SELECT balance FROM \"" + t + "\" WHERE pk = ?")
                        .parameters(s("bob")).build()));
        assertThat(read.responses().get(0).item().get("balance").n()).isEqualTo("30");
    }
}
