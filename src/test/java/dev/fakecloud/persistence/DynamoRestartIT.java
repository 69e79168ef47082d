package dev.fakecloud.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** DynamoDB's state survives a restart on the same data directory: tables, items, indexes, TTL and streams. */
class DynamoRestartIT extends OnDataDirectory {

    DynamoDbClient start() {
        startServer();
        return Clients.dynamodb(server.endpoint());
    }

    static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    @Test
    void tablesItemsIndexesAndStreamsComeBack() {
        DynamoDbClient ddb = start();
        ddb.createTable(r -> r.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("state").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("byState")
                        .keySchema(k -> k.attributeName("state").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
                .streamSpecification(sp -> sp.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
        ddb.updateTimeToLive(r -> r.tableName("orders").timeToLiveSpecification(t -> t.enabled(true).attributeName("exp")));
        for (String n : List.of("10", "9", "100")) {
            ddb.putItem(r -> r.tableName("orders").item(Map.of("pk", s("c"), "sk", AttributeValue.fromN(n),
                    "state", s(n.equals("9") ? "OPEN" : "DONE"), "tags", AttributeValue.fromSs(List.of("a", "b")))));
        }
        ddb.deleteItem(r -> r.tableName("orders").key(Map.of("pk", s("c"), "sk", AttributeValue.fromN("100"))));
        String streamArn = ddb.describeTable(r -> r.tableName("orders")).table().latestStreamArn();
        server.close();

        ddb = start();
        var table = ddb.describeTable(r -> r.tableName("orders")).table();
        assertThat(table.latestStreamArn()).isEqualTo(streamArn);
        assertThat(table.globalSecondaryIndexes()).hasSize(1);
        assertThat(ddb.describeTimeToLive(r -> r.tableName("orders")).timeToLiveDescription().attributeName())
                .isEqualTo("exp");
        assertThat(ddb.query(r -> r.tableName("orders").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("c")))).items())
                .extracting(i -> i.get("sk").n()).containsExactly("9", "10");
        assertThat(ddb.query(r -> r.tableName("orders").indexName("byState").keyConditionExpression("#s = :s")
                .expressionAttributeNames(Map.of("#s", "state")).expressionAttributeValues(Map.of(":s", s("OPEN"))))
                .items()).extracting(i -> i.get("sk").n()).containsExactly("9");
        var streams = Clients.dynamodbStreams(server.endpoint());
        String shard = streams.describeStream(r -> r.streamArn(streamArn)).streamDescription().shards().get(0).shardId();
        String iterator = streams.getShardIterator(r -> r.streamArn(streamArn).shardId(shard)
                .shardIteratorType("TRIM_HORIZON")).shardIterator();
        assertThat(streams.getRecords(r -> r.shardIterator(iterator)).records())
                .extracting(x -> x.eventNameAsString()).containsExactly("INSERT", "INSERT", "INSERT", "REMOVE");
        ddb.putItem(r -> r.tableName("orders").item(Map.of("pk", s("c"), "sk", AttributeValue.fromN("11"))));
        assertThat(ddb.scan(r -> r.tableName("orders")).count()).isEqualTo(3);
    }
}
