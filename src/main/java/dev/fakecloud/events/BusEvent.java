package dev.fakecloud.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One event on a bus, in AWS's envelope: {@code version} "0", {@code id}, {@code detail-type}, {@code source},
 * {@code account}, {@code time}, {@code region}, {@code resources}, {@code detail} (and {@code replay-name} when a
 * replay sends it again). Immutable; its JSON is built once and shared by every rule and target.
 */
public record BusEvent(String id, String detailType, String source, String accountId, long timeMillis,
        String region, List<String> resources, JsonNode detail, String replayName, long ingestedMillis) {

    public BusEvent {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** The event as targets receive it (a new tree each call: callers may keep it). */
    public ObjectNode json() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("version", "0");
        node.put("id", id);
        node.put("detail-type", detailType);
        node.put("source", source);
        node.put("account", accountId);
        node.put("time", Times.eventTime(timeMillis));
        node.put("region", region);
        if (replayName != null) {
            node.put("replay-name", replayName);
        }
        resources.forEach(node.putArray("resources")::add);
        if (!node.has("resources")) {
            node.putArray("resources");
        }
        node.set("detail", detail);
        return node;
    }

    /** {@code <aws.events.event>}: the envelope without the detail, its members named as AWS names them there. */
    ObjectNode withoutDetail() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("version", "0");
        node.put("id", id);
        node.put("detailType", detailType);
        node.put("source", source);
        node.put("account", accountId);
        node.put("time", Times.eventTime(timeMillis));
        node.put("region", region);
        resources.forEach(node.putArray("resources")::add);
        if (!node.has("resources")) {
            node.putArray("resources");
        }
        return node;
    }

    BusEvent replayed(String name, String newId) {
        return new BusEvent(newId, detailType, source, accountId, timeMillis, region, resources, detail, name,
                ingestedMillis);
    }
}
