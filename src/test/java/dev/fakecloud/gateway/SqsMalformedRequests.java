package dev.fakecloud.gateway;

import static dev.fakecloud.gateway.Malformations.utf8;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SqsRequest;

/**
 * Malformed SQS requests in both protocols: every operation over JSON 1.0 times every unreadable document and every
 * member of its input (from the SDK model) given a wrong type or a {@code null} inside; every action over Query
 * with malformed escapes, absurd parameter names and values; message bodies SQS refuses; unknown targets and
 * actions.
 */
final class SqsMalformedRequests {

    static final String AUTH = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sqs/aws4_request, "
            + "SignedHeaders=host, Signature=abc";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final String queueUrl;
    private final List<MalformedRequest> out = new ArrayList<>();

    private SqsMalformedRequests(String queueUrl) {
        this.queueUrl = queueUrl;
    }

    /** Requests about {@code queueUrl}, an existing standard queue. */
    static List<MalformedRequest> all(String queueUrl) {
        SqsMalformedRequests g = new SqsMalformedRequests(queueUrl);
        sdkInputs().forEach(g::json);
        g.jsonTargets();
        g.messageBodies();
        sdkInputs().keySet().forEach(g::query);
        g.queryActions();
        return g.out;
    }

    private void json(String operation, Class<?> input) {
        Malformations.documents().forEach((name, body) -> addJson(operation + " with " + name, operation, body));
        for (Malformations.Member m : Malformations.payloadMembers(input)) {
            String queue = m.name().equals("QueueUrl") ? "" : "\"QueueUrl\":\"" + queueUrl + "\",";
            addJson(operation + " with " + m.name() + " of the wrong type", operation,
                    utf8("{" + queue + "\"" + m.name() + "\":" + m.wrongValue() + "}"));
            if (m.nullInside() != null) {
                addJson(operation + " with null inside " + m.name(), operation,
                        utf8("{" + queue + "\"" + m.name() + "\":" + m.nullInside() + "}"));
            }
        }
    }

    private void addJson(String name, String operation, byte[] body) {
        addJson(name, "AmazonSQS." + operation, "application/x-amz-json-1.0", body);
    }

    private void addJson(String name, String target, String contentType, byte[] body) {
        out.add(new MalformedRequest(name, "POST", "/", Map.of("Authorization", AUTH, "X-Amz-Target", target,
                "Content-Type", contentType), body, Protocol.JSON_1_0));
    }

    private void jsonTargets() {
        for (String target : List.of("AmazonSQS.NoSuchOperation", "AmazonSQS.", "AmazonSQS", "AmazonSQS.sendmessage",
                "AmazonSQS.SendMessage.Extra")) {
            addJson("unknown target " + target, target, "application/x-amz-json-1.0", utf8("{}"));
        }
        out.add(new MalformedRequest("unknown service target", "POST", "/", Map.of("X-Amz-Target",
                "NoSuchService_20990101.DoThing", "Content-Type", "application/x-amz-json-1.0"), utf8("{}"),
                Protocol.JSON_1_0));
        addJson("SendMessage with a body over the maximum message size", "SendMessage",
                utf8("{\"QueueUrl\":\"" + queueUrl + "\",\"MessageBody\":\"" + "m".repeat(1_048_577) + "\"}"));
        addJson("SendMessage with a body over the server's request limit", "SendMessage", new byte[210 << 20]);
        addJson("SendMessage with a 1 MB message attribute name", "SendMessage", utf8("{\"QueueUrl\":\"" + queueUrl
                + "\",\"MessageBody\":\"b\",\"MessageAttributes\":{\"" + "n".repeat(1 << 20)
                + "\":{\"DataType\":\"String\",\"StringValue\":\"v\"}}}"));
        addJson("SendMessage with a null message attribute", "SendMessage", utf8("{\"QueueUrl\":\"" + queueUrl
                + "\",\"MessageBody\":\"b\",\"MessageAttributes\":{\"a\":null}}"));
        for (String op : List.of("SendMessageBatch", "DeleteMessageBatch", "ChangeMessageVisibilityBatch")) {
            addJson(op + " with a null entry", op, utf8("{\"QueueUrl\":\"" + queueUrl + "\",\"Entries\":[null]}"));
        }
        addJson("GetQueueAttributes with a null attribute name", "GetQueueAttributes",
                utf8("{\"QueueUrl\":\"" + queueUrl + "\",\"AttributeNames\":[null]}"));
        addJson("ReceiveMessage with a null attribute name", "ReceiveMessage",
                utf8("{\"QueueUrl\":\"" + queueUrl + "\",\"AttributeNames\":[null]}"));
    }

    /** Characters outside XML 1.0's set, which SQS refuses in a message body. */
    private void messageBodies() {
        Map<String, String> refused = new TreeMap<>(Map.of("NUL", "\\u0000", "SOH", "\\u0001", "US", "\\u001f",
                "U+FFFF", "\\uffff", "a lone surrogate", "\\ud800", "U+FFFE", "\\ufffe", "VT", "\\u000b"));
        refused.forEach((name, escape) -> addJson("SendMessage with " + name + " in the body", "SendMessage",
                utf8("{\"QueueUrl\":\"" + queueUrl + "\",\"MessageBody\":\"ok " + escape + " ok\"}")));
        for (String escaped : List.of("%00", "%01", "%1F", "%EF%BF%BF", "%0B")) {
            addQuery("Query SendMessage with " + escaped + " in the body",
                    "Action=SendMessage&QueueUrl=" + queueUrl + "&MessageBody=ok" + escaped + "ok");
        }
    }

    private void addQuery(String name, String body) {
        out.add(new MalformedRequest(name, "POST", "/", Map.of("Authorization", AUTH, "Content-Type", FORM),
                utf8(body), Protocol.QUERY));
    }

    /** Every member an action takes, given a malformed escape: each action needs one of them to be valid. */
    private void query(String action) {
        String all = "QueueUrl=%zz&QueueName=%zz&SourceArn=%zz&DestinationArn=%zz&TaskHandle=%zz&MaxResults=%zz"
                + "&Label=%zz&ReceiptHandle=%zz";
        addQuery("Query " + action + " with malformed escapes", "Action=" + action + "&Version=2012-11-05&" + all);
        addQuery("Query " + action + " with a parameter name of " + Malformations.DEPTH + " segments",
                "Action=" + action + "&" + all + "&" + "a.".repeat(Malformations.DEPTH) + "a=1");
        addQuery("Query " + action + " with undecodable UTF-8", "Action=" + action + "&" + all.replace("%zz",
                "%C3%28%FF"));
        out.add(new MalformedRequest("Query " + action + " with malformed escapes in the URL", "POST",
                "/?Action=" + action + "&" + all, Map.of("Authorization", AUTH), new byte[0], Protocol.QUERY));
    }

    private void queryActions() {
        addQuery("Query without an action", "Version=2012-11-05&QueueUrl=" + queueUrl);
        addQuery("Query with an empty action", "Action=&QueueUrl=" + queueUrl);
        addQuery("Query with an unknown action", "Action=NoSuchAction&QueueUrl=" + queueUrl);
        addQuery("Query with a malformed action", "Action=%zz&QueueUrl=" + queueUrl);
        addQuery("Query SendMessage with a message attribute name and no value",
                "Action=SendMessage&QueueUrl=" + queueUrl + "&MessageBody=b&MessageAttribute.1.Name=a");
        addQuery("Query SendMessage with a message attribute value and no type", "Action=SendMessage&QueueUrl="
                + queueUrl + "&MessageBody=b&MessageAttribute.1.Name=a&MessageAttribute.1.Value.StringValue=v");
        addQuery("Query SendMessage with a word for DelaySeconds",
                "Action=SendMessage&QueueUrl=" + queueUrl + "&MessageBody=b&DelaySeconds=soon");
        addQuery("Query ReceiveMessage with an overflowing MaxNumberOfMessages",
                "Action=ReceiveMessage&QueueUrl=" + queueUrl + "&MaxNumberOfMessages=99999999999999999999");
        addQuery("Query SendMessage with a QueueUrl of only a percent sign",
                "Action=SendMessage&MessageBody=b&QueueUrl=%");
        addQuery("Query SendMessageBatch with an entry of no members",
                "Action=SendMessageBatch&QueueUrl=" + queueUrl + "&SendMessageBatchRequestEntry.1=x");
        addQuery("Query SetQueueAttributes with an attribute name and no value",
                "Action=SetQueueAttributes&QueueUrl=" + queueUrl + "&Attribute.1.Name=VisibilityTimeout");
    }

    /** Operation name to the SDK's input class. */
    private static Map<String, Class<?>> sdkInputs() {
        Map<String, Class<?>> inputs = new TreeMap<>();
        for (Method m : SqsClient.class.getMethods()) {
            Class<?>[] params = m.getParameterTypes();
            if (params.length == 1 && SqsRequest.class.isAssignableFrom(params[0])) {
                String name = params[0].getSimpleName();
                inputs.put(name.substring(0, name.length() - "Request".length()), params[0]);
            }
        }
        return inputs;
    }
}
