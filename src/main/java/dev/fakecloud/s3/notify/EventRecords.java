package dev.fakecloud.s3.notify;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The JSON shapes S3 sends: the {@code Records} event (version 2.1), the test event, and EventBridge's detail. */
final class EventRecords {

    private EventRecords() {
    }

    record Envelope(@JsonProperty("Records") List<EventRecord> records) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventRecord(String eventVersion, String eventSource, String awsRegion, String eventTime, String eventName,
            Principal userIdentity, RequestParameters requestParameters, ResponseElements responseElements,
            Entity s3) {
    }

    record Principal(String principalId) {
    }

    record RequestParameters(@JsonProperty("sourceIPAddress") String sourceIPAddress) {
    }

    record ResponseElements(@JsonProperty("x-amz-request-id") String requestId,
            @JsonProperty("x-amz-id-2") String hostId) {
    }

    record Entity(String s3SchemaVersion, String configurationId, Bucket bucket, S3Object object) {
    }

    record Bucket(String name, Principal ownerIdentity, String arn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record S3Object(String key, Long size, String eTag, String versionId, String sequencer) {
    }

    /** What S3 sends a queue or topic when a configuration naming it is saved. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TestEvent(@JsonProperty("Service") String service, @JsonProperty("Event") String event,
            @JsonProperty("Time") String time, @JsonProperty("Bucket") String bucket,
            @JsonProperty("RequestId") String requestId, @JsonProperty("HostId") String hostId) {
    }

    /** The detail of EventBridge's "Object Created" and "Object Deleted" events. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Detail(String version, DetailBucket bucket, DetailObject object,
            @JsonProperty("request-id") String requestId, String requester,
            @JsonProperty("source-ip-address") String sourceIpAddress, String reason,
            @JsonProperty("deletion-type") String deletionType) {
    }

    record DetailBucket(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DetailObject(String key, Long size, String etag, @JsonProperty("version-id") String versionId,
            String sequencer) {
    }
}
