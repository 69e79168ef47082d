package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Times;
import dev.fakecloud.dynamodb.expr.Ast;
import dev.fakecloud.dynamodb.expr.Projector;
import dev.fakecloud.dynamodb.model.Requests;
import dev.fakecloud.dynamodb.model.TableDef;
import dev.fakecloud.dynamodb.model.Value;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** BatchWriteItem (up to 25 puts and deletes) and BatchGetItem (up to 100 keys); every item is processed. */
@ApplicationScoped
public class BatchService {

    private final TableStore tables;
    private final ItemStore items;
    private final ItemService itemService;
    private final DynamoWriter writer;

    public BatchService(TableStore tables, ItemStore items, ItemService itemService, DynamoWriter writer) {
        this.tables = tables;
        this.items = items;
        this.itemService = itemService;
        this.writer = writer;
    }

    Uni<Object> write(DynamoCall call, Requests.BatchWriteItem r) {
        if (r.requestItems() == null || r.requestItems().isEmpty()) {
            throw DynamoErrors.validation("1 validation error detected: Value '{}' at 'requestItems' failed to "
                    + "satisfy constraint: Member must have length greater than or equal to 1");
        }
        int total = r.requestItems().values().stream().mapToInt(l -> l == null ? 0 : l.size()).sum();
        if (total > 25) {
            throw DynamoErrors.validation("1 validation error detected: Value at 'requestItems' failed to satisfy "
                    + "constraint: Map value must satisfy constraint: [Member must have length less than or equal to "
                    + "25, Member must have length greater than or equal to 1]");
        }
        List<Write> writes = new ArrayList<>();
        for (Map.Entry<String, List<Requests.WriteRequest>> e : r.requestItems().entrySet()) {
            TableDef t = tables.require(call.region(), e.getKey());
            Set<ItemStore.ItemKey> seen = new HashSet<>();
            for (Requests.WriteRequest w : e.getValue()) {
                if ((w.putRequest() == null) == (w.deleteRequest() == null)) {
                    throw DynamoErrors.validation("Supplied AttributeValue has more than one datatypes set, must "
                            + "contain exactly one of the supported datatypes");
                }
                Write write;
                if (w.putRequest() != null) {
                    ItemRules.checkItem(t, w.putRequest().item());
                    write = new Write.Put(t, w.putRequest().item(), null, null);
                } else {
                    ItemRules.checkKey(t, w.deleteRequest().key());
                    write = new Write.Delete(t, w.deleteRequest().key(), null, null);
                }
                if (!seen.add(ItemStore.keyOf(t, write.key()))) {
                    throw DynamoErrors.validation("Provided list of item keys contains duplicates");
                }
                writes.add(write);
            }
        }
        return writer.submit(() -> {
            writes.forEach(itemService::run);
            return Map.of("UnprocessedItems", Map.of());
        });
    }

    Object get(DynamoCall call, Requests.BatchGetItem r) {
        if (r.requestItems() == null || r.requestItems().isEmpty()) {
            throw DynamoErrors.validation("1 validation error detected: Value '{}' at 'requestItems' failed to "
                    + "satisfy constraint: Member must have length greater than or equal to 1");
        }
        int total = r.requestItems().values().stream().mapToInt(k -> k.keys() == null ? 0 : k.keys().size()).sum();
        if (total > 100) {
            throw DynamoErrors.validation("Too many items requested for the BatchGetItem call");
        }
        Map<String, List<Map<String, Value>>> responses = new LinkedHashMap<>();
        for (Map.Entry<String, Requests.KeysAndAttributes> e : r.requestItems().entrySet()) {
            TableDef t = tables.require(call.region(), e.getKey());
            Requests.KeysAndAttributes ka = e.getValue();
            if (ka.keys() == null || ka.keys().isEmpty()) {
                throw DynamoErrors.validation("1 validation error detected: Value '[]' at 'requestItems." + e.getKey()
                        + ".member.keys' failed to satisfy constraint: Member must have length greater than or equal "
                        + "to 1");
            }
            List<Ast.Path> projection = ItemService.projection(ka.projectionExpression(),
                    ka.expressionAttributeNames(), ka.attributesToGet());
            Set<ItemStore.ItemKey> seen = new HashSet<>();
            List<Map<String, Value>> found = new ArrayList<>();
            for (Map<String, Value> key : ka.keys()) {
                ItemRules.checkKey(t, key);
                if (!seen.add(ItemStore.keyOf(t, key))) {
                    throw DynamoErrors.validation("Provided list of item keys contains duplicates");
                }
                Map<String, Value> item = items.get(t, key);
                if (item != null) {
                    found.add(projection == null ? item : Projector.project(item, projection));
                }
            }
            responses.put(e.getKey(), found);
        }
        return Map.of("Responses", responses, "UnprocessedKeys", Map.of());
    }
}
