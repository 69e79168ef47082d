package dev.fakecloud.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.fakecloud.events.model.TargetShapes.InputTransformer;
import dev.fakecloud.events.model.TargetShapes.Target;
import java.util.HashMap;
import java.util.Map;

/**
 * What a target receives for an event: the event itself, the constant {@code Input}, the part {@code InputPath}
 * selects, or the {@code InputTransformer}'s template filled from the event.
 */
final class InputRenderer {

    private InputRenderer() {
    }

    /** The input's text; {@code eventJson} is the event's envelope as built once for all targets. */
    static String render(EventRule rule, Target target, BusEvent event, ObjectNode eventJson) {
        if (target.input() != null) {
            return target.input();
        }
        if (target.inputPath() != null) {
            JsonPath path = JsonPath.parse(target.inputPath());
            JsonNode selected = path == null ? null : path.read(eventJson);
            return selected == null ? "null" : selected.toString();
        }
        InputTransformer transformer = target.inputTransformer();
        if (transformer != null) {
            Map<String, JsonNode> values = new HashMap<>();
            if (transformer.inputPathsMap() != null) {
                transformer.inputPathsMap().forEach((name, p) -> {
                    JsonPath path = JsonPath.parse(p);
                    JsonNode value = path == null ? null : path.read(eventJson);
                    if (value != null) {
                        values.put(name, value);
                    }
                });
            }
            return InputTemplate.render(transformer.inputTemplate(), name -> switch (name) {
                case "aws.events.rule-arn" -> TextNode.valueOf(rule.arn());
                case "aws.events.rule-name" -> TextNode.valueOf(rule.name());
                case "aws.events.event.ingestion-time" -> TextNode.valueOf(Times.eventTime(event.ingestedMillis()));
                case "aws.events.event" -> event.withoutDetail();
                case "aws.events.event.json" -> eventJson;
                default -> values.get(name);
            });
        }
        return eventJson.toString();
    }
}
