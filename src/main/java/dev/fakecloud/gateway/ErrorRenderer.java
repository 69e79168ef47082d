package dev.fakecloud.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.AwsException;
import dev.fakecloud.gateway.cbor.AwsCbor;
import dev.fakecloud.gateway.cbor.Cbor;
import dev.fakecloud.gateway.query.Xml;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Renders an {@link AwsException} the way AWS does in each wire protocol. The only place errors are written. */
@ApplicationScoped
public class ErrorRenderer {

    private final ObjectMapper mapper;
    private final ObjectMapper cbor = Cbor.mapper();

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
            case RPC_V2_CBOR -> rpcV2Cbor(e);
            case CBOR_1_1 -> awsCbor(e);
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
        ObjectNode body = errorMembers(e);
        String type = protocol == Protocol.JSON_1_0 ? "application/x-amz-json-1.0" : "application/x-amz-json-1.1";
        return new AwsResponse(e.status(), Map.of("x-amzn-query-error", e.queryErrorCode() + ";" + fault(e)), bytes(body), type);
    }

    /**
     * Smithy RPC v2 CBOR: a CBOR map of {@code __type} and the error's members, with the protocol header and, as
     * query-compatible services send it, the Query error code in {@code x-amzn-query-error}.
     */
    private AwsResponse rpcV2Cbor(AwsException e) {
        byte[] body;
        try {
            body = cbor.writeValueAsBytes(errorMembers(e));
        } catch (JsonProcessingException impossible) {
            body = new byte[0];
        }
        return new AwsResponse(e.status(), Map.of(Cbor.PROTOCOL_HEADER, Cbor.PROTOCOL, "x-amzn-query-error",
                e.queryErrorCode() + ";" + fault(e)), body, Cbor.CONTENT_TYPE);
    }

    /**
     * AWS JSON 1.1 over CBOR: the JSON protocol's error members ({@code __type}, {@code message}) as a CBOR map, with
     * the error code also in {@code x-amzn-ErrorType}, as the SDKs that speak it read either.
     */
    private AwsResponse awsCbor(AwsException e) {
        byte[] body;
        try {
            body = cbor.writeValueAsBytes(errorMembers(e));
        } catch (JsonProcessingException impossible) {
            body = new byte[0];
        }
        return new AwsResponse(e.status(), Map.of("x-amzn-ErrorType", e.code(), "x-amzn-query-error",
                e.queryErrorCode() + ";" + fault(e)), body, AwsCbor.CONTENT_TYPE);
    }

    /** {@code __type}, the message (when the error has one) and the members its shape adds. */
    private ObjectNode errorMembers(AwsException e) {
        ObjectNode body = mapper.createObjectNode();
        body.put("__type", e.code());
        if (e.getMessage() != null) {
            body.put("message", e.getMessage());
        }
        e.extraMembers().forEach(body::put);
        e.structuredMembers().forEach((k, v) -> body.set(k, mapper.valueToTree(v)));
        return body;
    }

    private AwsResponse query(AwsException e, String requestId) {
        String message = e.getMessage() == null ? "" : "<Message>" + Xml.escape(e.getMessage()) + "</Message>";
        String xml = "<?xml version=\"1.0\"?><ErrorResponse><Error><Type>" + fault(e) + "</Type><Code>"
                + Xml.escape(e.queryErrorCode()) + "</Code>" + message + "<Detail/>"
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
