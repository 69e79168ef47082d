package dev.fakecloud.gateway;

import dev.fakecloud.gateway.cbor.Cbor;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a service answers: status, headers and body bytes. The gateway adds the request id. */
public record AwsResponse(int status, Map<String, String> headers, byte[] body, String contentType) {

    public static AwsResponse empty(int status) {
        return new AwsResponse(status, Map.of(), new byte[0], null);
    }

    public static AwsResponse json(int status, byte[] body) {
        return new AwsResponse(status, Map.of(), body, "application/json");
    }

    /** A Smithy RPC v2 CBOR reply: the CBOR body with the protocol's header. */
    public static AwsResponse cbor(byte[] body) {
        return new AwsResponse(200, Map.of(Cbor.PROTOCOL_HEADER, Cbor.PROTOCOL), body, Cbor.CONTENT_TYPE);
    }

    public static AwsResponse of(int status, String contentType, String body) {
        return new AwsResponse(status, Map.of(), body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    public AwsResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new AwsResponse(status, Map.copyOf(copy), body, contentType);
    }
}
