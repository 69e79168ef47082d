package dev.fakecloud.lambda.invoke.async;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.lambda.invoke.InvocationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The invocation record Lambda sends to a destination (version {@code 1.0}): {@code timestamp},
 * {@code requestContext} (the event's request id, the qualified function ARN, the condition and how many attempts
 * ran), the event it was invoked with, and what the last attempt answered ({@code responseContext} with status,
 * executed version and function error, and the response itself), in AWS's member order.
 */
final class DestinationRecord {

    /** Why a record is sent: {@code Success}, or the reason an event failed for good. */
    enum Condition {
        SUCCESS("Success"), RETRIES_EXHAUSTED("RetriesExhausted"), EVENT_AGE_EXCEEDED("EventAgeExceeded");

        final String wire;

        Condition(String wire) {
            this.wire = wire;
        }
    }

    private static final ObjectMapper JSON = JsonLimits.mapper();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private DestinationRecord() {
    }

    static String of(AsyncEvent event, Condition condition, Instant now) {
        ObjectNode record = JSON.createObjectNode();
        record.put("version", "1.0");
        record.put("timestamp", TIMESTAMP.format(now));
        ObjectNode context = record.putObject("requestContext");
        context.put("requestId", event.requestId());
        context.put("functionArn", event.qualifiedArn());
        context.put("condition", condition.wire);
        context.put("approximateInvokeCount", event.attempts());
        record.set("requestPayload", parsed(event.payload(), true));
        InvocationResult last = event.lastResult();
        if (last != null) {
            ObjectNode response = record.putObject("responseContext");
            response.put("statusCode", last.status());
            response.put("executedVersion", last.executedVersion());
            if (last.functionError() != null) {
                response.put("functionError", last.functionError());
            }
            record.set("responsePayload", parsed(last.payload(), false));
        }
        try {
            return JSON.writeValueAsString(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A payload as the JSON it holds; text that is not JSON stays a string; nothing is {} or null. */
    private static JsonNode parsed(byte[] payload, boolean request) {
        if (payload == null || payload.length == 0) {
            return request ? JSON.createObjectNode() : JSON.nullNode();
        }
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(new String(payload, StandardCharsets.UTF_8));
        }
    }

    /** The {@code errorMessage} of a function's error response, for the dead-letter attributes. */
    static String errorMessage(InvocationResult result) {
        if (result == null || result.payload() == null || result.payload().length == 0) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(result.payload());
            JsonNode message = node == null ? null : node.get("errorMessage");
            return message == null ? null : message.asText();
        } catch (IOException e) {
            return null;
        }
    }
}
