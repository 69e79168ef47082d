package dev.fakecloud.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;
import software.amazon.awssdk.enhanced.dynamodb.model.CreateTableEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedGlobalSecondaryIndex;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/** The Enhanced Client as applications use it: bean tables, optimistic locking, queries, indexes, batches. */
@QuarkusTest
class DynamoEnhancedClientTest {

    private final DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder()
            .dynamoDbClient(Clients.dynamodb()).build();

    @DynamoDbBean
    public static class Order {
        private String customer;
        private String orderId;
        private String status;
        private Integer amount;
        private List<String> items;
        private Long version;

        @DynamoDbPartitionKey
        public String getCustomer() {
            return customer;
        }

        public void setCustomer(String customer) {
            this.customer = customer;
        }

        @DynamoDbSortKey
        public String getOrderId() {
            return orderId;
        }

        public void setOrderId(String orderId) {
            this.orderId = orderId;
        }

        @DynamoDbSecondaryPartitionKey(indexNames = "byStatus")
        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public Integer getAmount() {
            return amount;
        }

        public void setAmount(Integer amount) {
            this.amount = amount;
        }

        public List<String> getItems() {
            return items;
        }

        public void setItems(List<String> items) {
            this.items = items;
        }

        @DynamoDbVersionAttribute
        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    static Order order(String customer, String id, String status, int amount) {
        Order o = new Order();
        o.setCustomer(customer);
        o.setOrderId(id);
        o.setStatus(status);
        o.setAmount(amount);
        o.setItems(List.of("book", "pen"));
        return o;
    }

    @Test
    void beansRoundTripWithOptimisticLockingQueriesAndIndexes() {
        DynamoDbTable<Order> orders = enhanced.table(DynamoFixtures.unique("orders"), software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchema.create(
                software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchemaParams.builder(Order.class)
                        .lookup(java.lang.invoke.MethodHandles.lookup()).build()));
        orders.createTable(CreateTableEnhancedRequest.builder().globalSecondaryIndices(EnhancedGlobalSecondaryIndex
                .builder().indexName("byStatus").projection(p -> p.projectionType(ProjectionType.ALL)).build()).build());

        orders.putItem(order("c1", "o-001", "OPEN", 30));
        orders.putItem(order("c1", "o-002", "SHIPPED", 12));
        orders.putItem(order("c1", "o-003", "OPEN", 7));
        orders.putItem(order("c2", "o-004", "OPEN", 99));

        Order loaded = orders.getItem(Key.builder().partitionValue("c1").sortValue("o-001").build());
        assertThat(loaded.getAmount()).isEqualTo(30);
        assertThat(loaded.getItems()).containsExactly("book", "pen");
        assertThat(loaded.getVersion()).isEqualTo(1L);

        loaded.setAmount(31);
        orders.updateItem(loaded);
        Order stale = order("c1", "o-001", "OPEN", 0);
        stale.setVersion(1L);
        assertThatThrownBy(() -> orders.putItem(stale)).isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(orders.getItem(loaded).getVersion()).isEqualTo(2L);

        List<String> ids = orders.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortGreaterThan(Key.builder().partitionValue("c1")
                        .sortValue("o-001").build()))
                .filterExpression(Expression.builder().expression("amount > :min")
                        .putExpressionValue(":min", AttributeValue.fromN("10")).build())
                .build()).items().stream().map(Order::getOrderId).toList();
        assertThat(ids).containsExactly("o-002");

        DynamoDbIndex<Order> byStatus = orders.index("byStatus");
        List<String> open = byStatus.query(QueryConditional.keyEqualTo(Key.builder().partitionValue("OPEN").build()))
                .stream().flatMap(p -> p.items().stream()).map(Order::getOrderId).sorted().toList();
        assertThat(open).containsExactly("o-001", "o-003", "o-004");

        assertThat(orders.scan().items().stream().count()).isEqualTo(4);
        orders.deleteItem(Key.builder().partitionValue("c2").sortValue("o-004").build());
        assertThat(orders.scan().items().stream().count()).isEqualTo(3);
    }
}
