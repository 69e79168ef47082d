package dev.fakecloud.lambda.esm.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.core.JsonLimits;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.pattern.EventPattern;
import dev.fakecloud.lambda.esm.model.EventSourceMappingConfiguration;
import dev.fakecloud.sqs.model.SqsShapes.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a mapping makes of received messages: the event records Lambda hands the function, and whether a message
 * passes the mapping's FilterCriteria (the body matched as JSON when it is JSON, as Lambda filters it).
 */
final class SqsRecords {

    private static final ObjectMapper JSON = JsonLimits.mapper();

    private final String queueArn;
    private final String region;
    private final List<EventPattern> filters;

    SqsRecords(String queueArn, String region, EventSourceMappingConfiguration config) {
        this.queueArn = queueArn;
        this.region = region;
        this.filters = config.filterCriteria() == null || config.filterCriteria().filters() == null ? List.of()
                : config.filterCriteria().filters().stream().map(f -> EventPattern.parse(f.pattern())).toList();
    }

    /** The function's payload for a batch: {@code {"Records": [...]}}. */
    byte[] payload(List<Message> batch) {
        try {
            return JSON.writeValueAsBytes(new SqsEventRecord.Event(batch.stream().map(this::record).toList()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("SQS event records always serialise", e);
        }
    }

    boolean matches(Message m) {
        if (filters.isEmpty()) {
            return true;
        }
        ObjectNode target = JSON.valueToTree(record(m));
        JsonNode body = parsedBody(m.body());
        if (body != null) {
            target.set("body", body);
        }
        for (EventPattern pattern : filters) {
            if (pattern.matches(target)) {
                return true;
            }
        }
        return false;
    }

    private SqsEventRecord record(Message m) {
        Map<String, SqsEventRecord.Attribute> attributes = new LinkedHashMap<>();
        if (m.messageAttributes() != null) {
            m.messageAttributes().forEach((name, v) -> attributes.put(name, new SqsEventRecord.Attribute(
                    v.stringValue(), v.binaryValue(), v.stringListValues() == null ? List.of() : v.stringListValues(),
                    v.binaryListValues() == null ? List.of() : v.binaryListValues(), v.dataType())));
        }
        return new SqsEventRecord(m.messageId(), m.receiptHandle(), m.body(),
                m.attributes() == null ? Map.of() : m.attributes(), attributes, m.md5OfBody(), "aws:sqs", queueArn,
                region);
    }

    /** The body as JSON when it is a JSON object or array; else null. */
    private static JsonNode parsedBody(String body) {
        if (body == null) {
            return null;
        }
        String trimmed = body.trim();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return null;
        }
        try {
            return JSON.readTree(trimmed);
        } catch (IOException e) {
            return null;
        }
    }
}
