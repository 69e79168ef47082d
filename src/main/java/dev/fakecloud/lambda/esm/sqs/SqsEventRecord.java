package dev.fakecloud.lambda.esm.sqs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/** One SQS message as Lambda hands it to a function ({@code Records[]} of an SQS event). */
@RegisterForReflection
public record SqsEventRecord(
        @JsonProperty("messageId") String messageId,
        @JsonProperty("receiptHandle") String receiptHandle,
        @JsonProperty("body") String body,
        @JsonProperty("attributes") Map<String, String> attributes,
        @JsonProperty("messageAttributes") Map<String, Attribute> messageAttributes,
        @JsonProperty("md5OfBody") String md5OfBody,
        @JsonProperty("eventSource") String eventSource,
        @JsonProperty("eventSourceARN") String eventSourceArn,
        @JsonProperty("awsRegion") String awsRegion) {

    /** A message attribute in the record's casing. */
    @RegisterForReflection
    public record Attribute(
            @JsonProperty("stringValue") String stringValue,
            @JsonProperty("binaryValue") byte[] binaryValue,
            @JsonProperty("stringListValues") List<String> stringListValues,
            @JsonProperty("binaryListValues") List<byte[]> binaryListValues,
            @JsonProperty("dataType") String dataType) {
    }

    /** The event a batch makes: {@code {"Records": [...]}}. */
    @RegisterForReflection
    public record Event(@JsonProperty("Records") List<SqsEventRecord> records) {
    }
}
