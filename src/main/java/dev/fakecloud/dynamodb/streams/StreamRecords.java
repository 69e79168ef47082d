package dev.fakecloud.dynamodb.streams;

import java.util.LinkedHashMap;
import java.util.Map;

/** A change record in AWS's shape: as GetRecords returns it, and as a Lambda event record carries it. */
public final class StreamRecords {

    private StreamRecords() {
    }

    /**
     * @param forLambda the event record of a function invocation, which also names its {@code eventSourceARN}
     */
    public static Map<String, Object> toWire(ChangeRecord c, String streamArn, boolean forLambda) {
        Map<String, Object> ddb = new LinkedHashMap<>();
        ddb.put("ApproximateCreationDateTime", forLambda ? (Object) (c.createdMillis() / 1000)
                : (Object) dev.fakecloud.dynamodb.model.Times.epochSeconds(c.createdMillis() / 1000 * 1000));
        ddb.put("Keys", c.keys());
        if (c.newImage() != null) {
            ddb.put("NewImage", c.newImage());
        }
        if (c.oldImage() != null) {
            ddb.put("OldImage", c.oldImage());
        }
        ddb.put("SequenceNumber", c.sequenceNumber());
        ddb.put("SizeBytes", c.sizeBytes());
        ddb.put("StreamViewType", c.viewType());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("eventID", c.eventId());
        r.put("eventName", c.eventName());
        r.put("eventVersion", "1.1");
        r.put("eventSource", "aws:dynamodb");
        r.put("awsRegion", c.region());
        r.put("dynamodb", ddb);
        if (c.byTtl()) {
            r.put("userIdentity", forLambda
                    ? Map.of("type", "Service", "principalId", "dynamodb.amazonaws.com")
                    : Map.of("Type", "Service", "PrincipalId", "dynamodb.amazonaws.com"));
        }
        if (forLambda) {
            r.put("eventSourceARN", streamArn);
        }
        return r;
    }
}
