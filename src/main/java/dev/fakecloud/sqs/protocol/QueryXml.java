package dev.fakecloud.sqs.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecloud.gateway.Xml;
import java.util.Map;

/** Writes an operation's result (as its JSON tree) in the Query protocol's XML, flattened as SQS flattens. */
public final class QueryXml {

    private static final String NS = "http://queue.amazonaws.com/doc/2012-11-05/";
    private static final Map<String, String> LIST_ELEMENTS = Map.of("QueueUrls", "QueueUrl", "queueUrls", "QueueUrl",
            "Messages", "Message", "Failed", "BatchResultErrorEntry", "Results", "ListMessageMoveTasksResultEntry");
    private static final Map<String, String[]> MAP_ELEMENTS = Map.of("Attributes",
            new String[] {"Attribute", "Name", "Value"}, "MessageAttributes",
            new String[] {"MessageAttribute", "Name", "Value"}, "Tags", new String[] {"Tag", "Key", "Value"},
            "Tag", new String[] {"Tag", "Key", "Value"});

    private QueryXml() {
    }

    public static String render(String action, JsonNode result, String requestId) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><").append(action).append("Response xmlns=\"")
                .append(NS).append("\">");
        StringBuilder members = new StringBuilder();
        if (result != null) {
            members(members, result, action);
        }
        if (!members.isEmpty()) {
            xml.append('<').append(action).append("Result>").append(members).append("</").append(action)
                    .append("Result>");
        } else if (result != null) {
            xml.append('<').append(action).append("Result/>");
        }
        xml.append("<ResponseMetadata><RequestId>").append(requestId).append("</RequestId></ResponseMetadata></")
                .append(action).append("Response>");
        return xml.toString();
    }

    private static void members(StringBuilder xml, JsonNode node, String action) {
        node.fields().forEachRemaining(e -> {
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (value.isArray()) {
                String element = name.equals("Successful") ? action + "ResultEntry"
                        : LIST_ELEMENTS.getOrDefault(name, name);
                value.forEach(v -> element(xml, element, v, action));
            } else if (value.isObject() && MAP_ELEMENTS.containsKey(name)) {
                String[] spec = MAP_ELEMENTS.get(name);
                value.fields().forEachRemaining(entry -> {
                    xml.append('<').append(spec[0]).append("><").append(spec[1]).append('>')
                            .append(Xml.escape(entry.getKey())).append("</").append(spec[1]).append('>');
                    element(xml, spec[2], entry.getValue(), action);
                    xml.append("</").append(spec[0]).append('>');
                });
            } else {
                element(xml, name, value, action);
            }
        });
    }

    private static void element(StringBuilder xml, String name, JsonNode value, String action) {
        xml.append('<').append(name).append('>');
        if (value.isObject()) {
            members(xml, value, action);
        } else {
            xml.append(Xml.escape(value.asText()));
        }
        xml.append("</").append(name).append('>');
    }
}
