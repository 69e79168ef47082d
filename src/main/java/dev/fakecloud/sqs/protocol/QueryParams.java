package dev.fakecloud.sqs.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.gateway.query.QueryParams.Flattened;
import dev.fakecloud.gateway.query.QueryParams.MapSpec;
import java.util.List;
import java.util.Map;

/**
 * SQS's Query parameters ({@code Attribute.1.Name}, {@code MessageAttribute.1.Value.StringValue},
 * {@code SendMessageBatchRequestEntry.2.Id}, ...): flattened lists and maps whose wire names differ from the JSON
 * members, read by the gateway's codec into the document the JSON protocol would have sent, so both protocols map
 * onto the same request records.
 */
public final class QueryParams {

    /** Flattened list and map prefixes and the JSON member they fill. */
    private static final Flattened SQS = new Flattened(Map.of("AttributeName", "AttributeNames",
            "MessageAttributeName", "MessageAttributeNames", "MessageSystemAttributeName",
            "MessageSystemAttributeNames", "TagKey", "TagKeys", "AWSAccountId", "AWSAccountIds", "ActionName", "Actions",
            "SendMessageBatchRequestEntry", "Entries", "DeleteMessageBatchRequestEntry", "Entries",
            "ChangeMessageVisibilityBatchRequestEntry", "Entries"),
            Map.of("Attribute", new MapSpec("Attributes", "Name", "Value"),
                    "MessageAttribute", new MapSpec("MessageAttributes", "Name", "Value", true),
                    "MessageSystemAttribute", new MapSpec("MessageSystemAttributes", "Name", "Value", true),
                    "Tag", new MapSpec("Tags", "Key", "Value")));

    private QueryParams() {
    }

    public static ObjectNode toJson(ObjectMapper mapper, Map<String, List<String>> params, String action) {
        ObjectNode out = dev.fakecloud.gateway.query.QueryParams.toJson(mapper, params, SQS);
        if ("CreateQueue".equals(action) && out.has("Tags")) {
            out.set("tags", out.remove("Tags"));
        }
        return out;
    }
}
