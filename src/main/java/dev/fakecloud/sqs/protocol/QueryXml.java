package dev.fakecloud.sqs.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fakecloud.gateway.query.QueryXml.Dialect;
import dev.fakecloud.gateway.query.QueryXml.ListStyle;
import dev.fakecloud.gateway.query.QueryXml.MapStyle;
import java.util.Map;

/** SQS's Query replies: the gateway's XML writer with SQS's flattened lists and maps. */
public final class QueryXml {

    private static final Map<String, String> LIST_ELEMENTS = Map.of("QueueUrls", "QueueUrl", "queueUrls", "QueueUrl",
            "Messages", "Message", "Failed", "BatchResultErrorEntry", "Results", "ListMessageMoveTasksResultEntry");
    private static final Map<String, MapStyle> MAP_ELEMENTS = Map.of(
            "Attributes", new MapStyle(false, "Attribute", "Name", "Value"),
            "MessageAttributes", new MapStyle(false, "MessageAttribute", "Name", "Value"),
            "Tags", new MapStyle(false, "Tag", "Key", "Value"),
            "Tag", new MapStyle(false, "Tag", "Key", "Value"));

    private static final Dialect SQS = new Dialect() {
        @Override
        public String namespace() {
            return "http://queue.amazonaws.com/doc/2012-11-05/";
        }

        @Override
        public ListStyle list(String action, String name) {
            return new ListStyle(false, name.equals("Successful") ? action + "ResultEntry"
                    : LIST_ELEMENTS.getOrDefault(name, name));
        }

        @Override
        public MapStyle map(String name) {
            return MAP_ELEMENTS.get(name);
        }
    };

    private QueryXml() {
    }

    public static String render(String action, JsonNode result, String requestId) {
        return dev.fakecloud.gateway.query.QueryXml.render(action, result, requestId, SQS);
    }
}
