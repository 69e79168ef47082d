package dev.fakecloud.dynamodb;

import static dev.fakecloud.dynamodb.DynamoFixtures.item;
import static dev.fakecloud.dynamodb.DynamoFixtures.n;
import static dev.fakecloud.dynamodb.DynamoFixtures.s;
import static dev.fakecloud.dynamodb.DynamoItemTest.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Query and Scan through the AWS SDK v2: sort orders per type, key conditions, filters, paging, indexes. */
@QuarkusTest
class DynamoQueryTest {

    private final DynamoDbClient ddb = Clients.dynamodb();

    @Test
    void numbersSortNumericallyAndPagesFollowTheKey() {
        String t = DynamoFixtures.table(ddb, "q", ScalarAttributeType.N);
        for (String v : List.of("10", "9", "-1", "2.5", "100", "0.001")) {
            ddb.putItem(r -> r.tableName(t).item(item("pk", "p", "sk", n(v), "odd", n(v).n().contains("1") ? "y" : "n")));
        }
        ddb.putItem(r -> r.tableName(t).item(item("pk", "other", "sk", 1)));
        QueryResponse all = ddb.query(r -> r.tableName(t).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p"))));
        assertThat(all.items()).extracting(i -> i.get("sk").n()).containsExactly("-1", "0.001", "2.5", "9", "10", "100");
        assertThat(all.count()).isEqualTo(6);

        QueryResponse desc = ddb.query(r -> r.tableName(t).keyConditionExpression("pk = :p AND sk BETWEEN :a AND :b")
                .expressionAttributeValues(Map.of(":p", s("p"), ":a", n("0"), ":b", n("10"))).scanIndexForward(false));
        assertThat(desc.items()).extracting(i -> i.get("sk").n()).containsExactly("10", "9", "2.5", "0.001");

        List<String> paged = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = ddb.query(r -> r.tableName(t).keyConditionExpression("pk = :p AND sk > :z")
                    .expressionAttributeValues(Map.of(":p", s("p"), ":z", n("0"))).limit(2).exclusiveStartKey(from));
            page.items().forEach(i -> paged.add(i.get("sk").n()));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
            pages++;
        } while (start != null);
        assertThat(paged).containsExactly("0.001", "2.5", "9", "10", "100");
        assertThat(pages).isEqualTo(3);

        QueryResponse filtered = ddb.query(r -> r.tableName(t).keyConditionExpression("pk = :p")
                .filterExpression("odd = :y").expressionAttributeValues(Map.of(":p", s("p"), ":y", s("y"))));
        assertThat(filtered.count()).isEqualTo(4);
        assertThat(filtered.scannedCount()).isEqualTo(6);
        QueryResponse counted = ddb.query(r -> r.tableName(t).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p"))).select(Select.COUNT));
        assertThat(counted.count()).isEqualTo(6);
        assertThat(counted.hasItems()).isFalse();
    }

    @Test
    void stringsAndBinariesSortBytewiseAndBeginsWithNarrows() {
        String t = DynamoFixtures.table(ddb, "qs", ScalarAttributeType.S);
        for (String v : List.of("b", "a#2", "a#10", "B", "é", "a#1")) {
            ddb.putItem(r -> r.tableName(t).item(item("pk", "p", "sk", v)));
        }
        assertThat(ddb.query(r -> r.tableName(t).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p")))).items())
                .extracting(i -> i.get("sk").s()).containsExactly("B", "a#1", "a#10", "a#2", "b", "é");
        assertThat(ddb.query(r -> r.tableName(t).keyConditionExpression("pk = :p AND begins_with(sk, :a)")
                .expressionAttributeValues(Map.of(":p", s("p"), ":a", s("a#")))).items())
                .extracting(i -> i.get("sk").s()).containsExactly("a#1", "a#10", "a#2");

        String b = DynamoFixtures.table(ddb, "qb", ScalarAttributeType.B);
        for (int v : List.of(0x80, 0x01, 0xff, 0x7f)) {
            ddb.putItem(r -> r.tableName(b).item(item("pk", "p", "sk", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {(byte) v})))));
        }
        assertThat(ddb.query(r -> r.tableName(b).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p")))).items())
                .extracting(i -> i.get("sk").b().asByteArray()[0] & 0xff).containsExactly(0x01, 0x7f, 0x80, 0xff);
    }

    @Test
    void keyConditionsAreCheckedAsAwsDoes() {
        String t = DynamoFixtures.table(ddb, "qk", ScalarAttributeType.S);
        assertValidation(() -> ddb.query(r -> r.tableName(t).keyConditionExpression("sk = :s")
                .expressionAttributeValues(Map.of(":s", s("x")))),
                "Query condition missed key schema element: pk");
        assertValidation(() -> ddb.query(r -> r.tableName(t).keyConditionExpression("pk = :p OR sk = :s")
                .expressionAttributeValues(Map.of(":p", s("x"), ":s", s("x")))),
                "Invalid operator used in KeyConditionExpression: OR");
        assertValidation(() -> ddb.query(r -> r.tableName(t).keyConditionExpression("pk = :p")
                .filterExpression("sk = :s").expressionAttributeValues(Map.of(":p", s("x"), ":s", s("x")))),
                "Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
        assertValidation(() -> ddb.query(r -> r.tableName(t).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", n("1")))),
                "One or more parameter values were invalid: Condition parameter type does not match schema type");
        assertValidation(() -> ddb.query(r -> r.tableName(t).indexName("nope").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("x")))),
                "The table does not have the specified index: nope");
    }

    @Test
    void globalAndLocalIndexesFollowEveryWrite() {
        String t = DynamoFixtures.unique("idx");
        ddb.createTable(r -> r.tableName(t).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("status").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("amount").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("byStatus")
                        .keySchema(k -> k.attributeName("status").keyType(KeyType.HASH),
                                k -> k.attributeName("amount").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("note")))
                .localSecondaryIndexes(l -> l.indexName("byTotal")
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("amount").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL))));
        ddb.putItem(r -> r.tableName(t).item(item("pk", "c1", "sk", "o1", "status", "OPEN", "amount", 30, "note", "n1", "secret", "x")));
        ddb.putItem(r -> r.tableName(t).item(item("pk", "c1", "sk", "o2", "status", "OPEN", "amount", 5)));
        ddb.putItem(r -> r.tableName(t).item(item("pk", "c2", "sk", "o3", "status", "SHIPPED", "amount", 7)));
        ddb.putItem(r -> r.tableName(t).item(item("pk", "c2", "sk", "o4", "amount", 1)));
        Map<String, AttributeValue> open = Map.of(":s", s("OPEN"));
        QueryResponse byStatus = ddb.query(r -> r.tableName(t).indexName("byStatus")
                .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(open));
        assertThat(byStatus.items()).extracting(i -> i.get("sk").s()).containsExactly("o2", "o1");
        assertThat(byStatus.items().get(1)).containsOnlyKeys("pk", "sk", "status", "amount", "note");

        ddb.updateItem(r -> r.tableName(t).key(item("pk", "c1", "sk", "o2")).updateExpression("SET #s = :v")
                .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":v", s("SHIPPED"))));
        ddb.deleteItem(r -> r.tableName(t).key(item("pk", "c1", "sk", "o1")));
        assertThat(ddb.query(r -> r.tableName(t).indexName("byStatus").keyConditionExpression("#s = :s")
                .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(open)).count()).isZero();
        assertThat(ddb.query(r -> r.tableName(t).indexName("byStatus").keyConditionExpression("#s = :s AND amount > :t")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", s("SHIPPED"), ":t", n("6")))).items())
                .extracting(i -> i.get("sk").s()).containsExactly("o3");
        assertThat(ddb.query(r -> r.tableName(t).indexName("byTotal").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("c2")))).items())
                .extracting(i -> i.get("sk").s()).containsExactly("o4", "o3");
        assertThat(ddb.scan(r -> r.tableName(t).indexName("byStatus")).count()).isEqualTo(2);
        assertValidation(() -> ddb.query(r -> r.tableName(t).indexName("byStatus").consistentRead(true)
                .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(open)), "Consistent reads are not supported on global secondary indexes");
    }

    @Test
    void parallelScanSegmentsCoverTheTableOnce() {
        String t = DynamoFixtures.table(ddb, "scan", null);
        for (int i = 0; i < 40; i++) {
            int id = i;
            ddb.putItem(r -> r.tableName(t).item(item("pk", "k" + id, "n", id)));
        }
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int seg = 0; seg < 4; seg++) {
            int segment = seg;
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                ScanResponse page = ddb.scan(r -> r.tableName(t).segment(segment).totalSegments(4).limit(7)
                        .exclusiveStartKey(from));
                page.items().forEach(i -> seen.add(i.get("pk").s()));
                total += page.count();
                start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
            } while (start != null);
        }
        assertThat(seen).hasSize(40);
        assertThat(total).isEqualTo(40);
        assertThat(ddb.scan(r -> r.tableName(t).filterExpression("n >= :ten AND n < :twenty")
                .expressionAttributeValues(Map.of(":ten", n("10"), ":twenty", n("20")))).count()).isEqualTo(10);
        assertValidation(() -> ddb.scan(r -> r.tableName(t).segment(4).totalSegments(4)),
                "The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 4 is "
                        + "not less than TotalSegments: 4");
    }
}
