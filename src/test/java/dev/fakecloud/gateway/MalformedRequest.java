package dev.fakecloud.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One malformed request and the protocol its answer must be written in; {@link #problems} lists what is wrong with
 * an answer (nothing, when it is an AWS-shaped client error of that protocol carrying a request id).
 */
record MalformedRequest(String name, String method, String target, Map<String, String> headers, byte[] body,
        Protocol protocol) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REQUEST_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern QUERY_CODE = Pattern.compile("<ErrorResponse>.*?<Error>.*<Code>([^<]+)</Code>.*"
            + "<Message>.*</Message>.*</Error>.*<RequestId>([^<]+)</RequestId>.*</ErrorResponse>", Pattern.DOTALL);

    static MalformedRequest of(String name, String method, String target, Map<String, String> headers, String body,
            Protocol protocol) {
        return new MalformedRequest(name, method, target, headers, body.getBytes(StandardCharsets.UTF_8), protocol);
    }

    /** What makes {@code reply} something other than the protocol's AWS client error; empty when it is one. */
    List<String> problems(RawHttp.Reply reply) {
        List<String> problems = new ArrayList<>();
        if (reply.status() < 400 || reply.status() > 499) {
            problems.add("status " + reply.status());
        }
        String requestId = reply.header("x-amzn-RequestId");
        if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
            problems.add("x-amzn-RequestId " + requestId);
        }
        switch (protocol) {
            case REST_JSON -> {
                if (blank(reply.header("x-amzn-ErrorType"))) {
                    problems.add("no x-amzn-ErrorType");
                }
                JsonNode body = json(reply);
                if (body == null || blank(body.path("message").asText(body.path("Message").asText(null)))) {
                    problems.add("no JSON message");
                }
            }
            case JSON_1_0, JSON_1_1 -> {
                JsonNode body = json(reply);
                if (body == null || blank(body.path("__type").asText(null))) {
                    problems.add("no __type");
                }
            }
            case QUERY -> {
                Matcher m = QUERY_CODE.matcher(reply.text());
                if (!m.find() || blank(m.group(1)) || !m.group(2).equals(requestId)) {
                    problems.add("no <ErrorResponse> with a code and the request id");
                }
            }
            case REST_XML -> problems.add("unexpected protocol");
        }
        if (!problems.isEmpty()) {
            String text = reply.text();
            problems.add("body: " + (text.length() > 300 ? text.substring(0, 300) + "..." : text));
        }
        return problems;
    }

    private static JsonNode json(RawHttp.Reply reply) {
        try {
            JsonNode node = JSON.readTree(reply.body());
            return node != null && node.isObject() ? node : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return name + " (" + method + " " + (target.length() > 120 ? target.substring(0, 120) + "..." : target) + ")";
    }
}
