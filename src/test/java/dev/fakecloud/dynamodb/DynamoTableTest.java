package dev.fakecloud.dynamodb;

import static dev.fakecloud.dynamodb.DynamoFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** Tables through the AWS SDK v2: lifecycle, key schema rules, billing, indexes, streams settings, TTL, tags. */
@QuarkusTest
class DynamoTableTest {

    private final DynamoDbClient ddb = Clients.dynamodb();

    @Test
    void createDescribeListAndDelete() {
        String name = unique("orders");
        CreateTableResponse created = ddb.createTable(r -> r.tableName(name)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(3L)));
        assertThat(created.tableDescription().tableStatus()).isEqualTo(TableStatus.CREATING);
        assertThat(created.tableDescription().tableArn())
                .isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/" + name);

        ddb.waiter().waitUntilTableExists(r -> r.tableName(name));
        TableDescription t = ddb.describeTable(r -> r.tableName(name)).table();
        assertThat(t.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(t.keySchema()).singleElement().satisfies(k -> assertThat(k.attributeName()).isEqualTo("id"));
        assertThat(t.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
        assertThat(t.itemCount()).isZero();
        assertThat(t.creationDateTime()).isNotNull();
        assertThat(ddb.listTables().tableNames()).contains(name);

        assertThatThrownBy(() -> ddb.createTable(r -> r.tableName(name)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST)))
                .isInstanceOf(ResourceInUseException.class)
                .hasMessageContaining("Table already exists: " + name);

        ddb.deleteTable(r -> r.tableName(name));
        assertThatThrownBy(() -> ddb.describeTable(r -> r.tableName(name)))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(e -> assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage())
                        .isEqualTo("Requested resource not found: Table: " + name + " not found"));
    }

    @Test
    void keySchemaAndBillingAreValidatedAsAwsDoes() {
        assertValidation(() -> ddb.createTable(r -> r.tableName(unique("t"))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("other").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST)),
                "One or more parameter values were invalid: Some index key attributes are not defined in "
                        + "AttributeDefinitions. Keys: [other], AttributeDefinitions: [id]");
        assertValidation(() -> ddb.createTable(r -> r.tableName(unique("t"))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("extra").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST)),
                "One or more parameter values were invalid: Number of attributes in KeySchema does not exactly "
                        + "match number of attributes defined in AttributeDefinitions");
        assertValidation(() -> ddb.createTable(r -> r.tableName(unique("t"))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.RANGE))
                .billingMode(BillingMode.PAY_PER_REQUEST)),
                "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        assertValidation(() -> ddb.createTable(r -> r.tableName(unique("t"))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))),
                "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be "
                        + "specified when BillingMode is PROVISIONED");
        assertValidation(() -> ddb.createTable(r -> r.tableName("ab")
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST)),
                "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must "
                        + "have length greater than or equal to 3");
    }

    @Test
    void indexesStreamsTtlAndTagsAreDescribed() {
        String name = unique("indexed");
        ddb.createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("gpk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("lsk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("byG")
                        .keySchema(k -> k.attributeName("gpk").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .localSecondaryIndexes(l -> l.indexName("byL")
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                                k -> k.attributeName("lsk").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES))
                .tags(t -> t.key("team").value("payments")));
        TableDescription t = ddb.describeTable(r -> r.tableName(name)).table();
        assertThat(t.globalSecondaryIndexes()).singleElement().satisfies(g -> {
            assertThat(g.indexName()).isEqualTo("byG");
            assertThat(g.indexArn()).isEqualTo(t.tableArn() + "/index/byG");
            assertThat(g.indexStatusAsString()).isEqualTo("ACTIVE");
        });
        assertThat(t.localSecondaryIndexes()).singleElement().satisfies(l -> assertThat(l.indexName()).isEqualTo("byL"));
        assertThat(t.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(t.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(t.latestStreamArn()).startsWith(t.tableArn() + "/stream/").endsWith(t.latestStreamLabel());

        assertThat(ddb.listTagsOfResource(r -> r.resourceArn(t.tableArn())).tags())
                .singleElement().satisfies(tag -> assertThat(tag.value()).isEqualTo("payments"));
        ddb.tagResource(r -> r.resourceArn(t.tableArn()).tags(tag -> tag.key("env").value("dev")));
        ddb.untagResource(r -> r.resourceArn(t.tableArn()).tagKeys("team"));
        assertThat(ddb.listTagsOfResource(r -> r.resourceArn(t.tableArn())).tags())
                .extracting(tag -> tag.key()).containsExactly("env");

        assertThat(ddb.describeTimeToLive(r -> r.tableName(name)).timeToLiveDescription().timeToLiveStatus())
                .isEqualTo(TimeToLiveStatus.DISABLED);
        ddb.updateTimeToLive(r -> r.tableName(name).timeToLiveSpecification(s -> s.enabled(true).attributeName("exp")));
        assertThat(ddb.describeTimeToLive(r -> r.tableName(name)).timeToLiveDescription())
                .satisfies(d -> {
                    assertThat(d.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
                    assertThat(d.attributeName()).isEqualTo("exp");
                });

        ddb.updateTable(r -> r.tableName(name).streamSpecification(s -> s.streamEnabled(false)));
        TableDescription after = ddb.describeTable(r -> r.tableName(name)).table();
        assertThat(after.streamSpecification()).isNull();
        assertThat(after.latestStreamArn()).isEqualTo(t.latestStreamArn());
    }

    @Test
    void updateTableAddsAGlobalIndexOverExistingItems() {
        String name = DynamoFixtures.table(ddb, "grow", null);
        ddb.putItem(r -> r.tableName(name).item(DynamoFixtures.item("pk", "a", "colour", "red")));
        ddb.putItem(r -> r.tableName(name).item(DynamoFixtures.item("pk", "b", "colour", "blue")));
        ddb.updateTable(r -> r.tableName(name)
                .attributeDefinitions(a -> a.attributeName("colour").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byColour")
                        .keySchema(k -> k.attributeName("colour").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))));
        assertThat(ddb.query(r -> r.tableName(name).indexName("byColour").keyConditionExpression("colour = :c")
                .expressionAttributeValues(java.util.Map.of(":c", DynamoFixtures.s("red")))).items())
                .extracting(i -> i.get("pk").s()).containsExactly("a");
        assertThat(ddb.describeTable(r -> r.tableName(name)).table().itemCount()).isEqualTo(2L);
    }

    @Test
    void unmodelledOperationsNeverFailAsServerErrors() {
        assertThat(ddb.listBackups().backupSummaries()).isEmpty();
        assertThat(ddb.describeLimits().tableMaxReadCapacityUnits()).isPositive();
        assertThatThrownBy(() -> ddb.createBackup(r -> r.tableName("x").backupName("b")))
                .isInstanceOf(DynamoDbException.class)
                .satisfies(e -> assertThat(((DynamoDbException) e).statusCode()).isEqualTo(400));
        assertThat(List.of(ddb.listGlobalTables().globalTables())).isNotNull();
    }

    private static void assertValidation(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOf(DynamoDbException.class).satisfies(e -> {
            DynamoDbException d = (DynamoDbException) e;
            assertThat(d.statusCode()).isEqualTo(400);
            assertThat(d.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
            assertThat(d.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
    }
}
