package dev.fakecloud.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.AwsException;
import dev.fakecloud.gateway.query.Xml;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Renders an {@link AwsException} the way AWS does in each wire protocol. The only place errors are written. */
@ApplicationScoped
public class ErrorRenderer {

    private final ObjectMapper mapper;

    public ErrorRenderer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public AwsResponse render(Protocol protocol, AwsException e, String requestId) {
        AwsResponse response = body(protocol, e, requestId);
        for (Map.Entry<String, String> header : e.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }

    private AwsResponse body(Protocol protocol, AwsException e, String requestId) {
        return switch (protocol) {
            case REST_JSON -> restJson(e);
            case JSON_1_0, JSON_1_1 -> awsJson(e, protocol);
            case QUERY -> query(e, requestId);
            case REST_XML -> restXml(e, requestId);
        };
    }

    private AwsResponse restJson(AwsException e) {
        ObjectNode body = mapper.createObjectNode();
        if (e.typed()) {
            body.put("Type", e.senderFault() ? "User" : "Service");
        }
        body.put(e.messageKey().json, e.getMessage());
        e.extraMembers().forEach(body::put);
        return new AwsResponse(e.status(), Map.of("x-amzn-ErrorType", e.code()), bytes(body), "application/json");
    }

    private AwsResponse awsJson(AwsException e, Protocol protocol) {
        ObjectNode body = mapper.createObjectNode();
        body.put("__type", e.code());
        body.put("message", e.getMessage());
        e.extraMembers().forEach(body::put);
        String type = protocol == Protocol.JSON_1_0 ? "application/x-amz-json-1.0" : "application/x-amz-json-1.1";
        return new AwsResponse(e.status(), Map.of("x-amzn-query-error", e.queryErrorCode() + ";" + fault(e)), bytes(body), type);
    }

    private AwsResponse query(AwsException e, String requestId) {
        String xml = "<?xml version=\"1.0\"?><ErrorResponse><Error><Type>" + fault(e) + "</Type><Code>"
                + Xml.escape(e.queryErrorCode()) + "</Code><Message>" + Xml.escape(e.getMessage()) + "</Message><Detail/>"
                + "</Error><RequestId>" + requestId + "</RequestId></ErrorResponse>";
        return AwsResponse.of(e.status(), "text/xml", xml);
    }

    private AwsResponse restXml(AwsException e, String requestId) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>")
                .append(Xml.escape(e.code())).append("</Code><Message>").append(Xml.escape(e.getMessage()))
                .append("</Message>");
        e.extraMembers().forEach((name, value) -> xml.append('<').append(name).append('>').append(Xml.escape(value))
                .append("</").append(name).append('>'));
        xml.append("<RequestId>").append(requestId).append("</RequestId><HostId>").append(requestId)
                .append("</HostId></Error>");
        AwsResponse response = AwsResponse.of(e.status(), "application/xml", xml.toString());
        return response.withHeader("x-amz-request-id", requestId).withHeader("x-amz-id-2", requestId);
    }

    private static String fault(AwsException e) {
        return e.senderFault() ? "Sender" : "Receiver";
    }

    private byte[] bytes(ObjectNode body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException impossible) {
            return ("{\"message\":\"" + impossible.getMessage() + "\"}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
