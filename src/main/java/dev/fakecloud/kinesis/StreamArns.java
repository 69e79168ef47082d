package dev.fakecloud.kinesis;

import dev.fakecloud.kinesis.model.KinesisStream;
import dev.fakecloud.kinesis.model.StreamShapes.StreamRef;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stream and consumer ARNs, and how a request's StreamName or StreamARN finds its stream. */
final class StreamArns {

    static final Pattern STREAM_ARN = Pattern.compile("arn:aws[^:]*:kinesis:([^:]*):(\\d{12}):stream/([a-zA-Z0-9_.-]+)");
    static final Pattern CONSUMER_ARN = Pattern.compile(
            "arn:aws[^:]*:kinesis:([^:]*):(\\d{12}):stream/([a-zA-Z0-9_.-]+)/consumer/([a-zA-Z0-9_.-]+):(\\d+)");

    private StreamArns() {
    }

    static String stream(String region, String accountId, String name) {
        return "arn:aws:kinesis:" + region + ":" + accountId + ":stream/" + name;
    }

    static String consumer(String streamArn, String consumerName, long createdMillis) {
        return streamArn + "/consumer/" + consumerName + ":" + createdMillis / 1000;
    }

    /** The stream ARN of a consumer ARN, or null when it is not one. */
    static String streamOfConsumer(String consumerArn) {
        Matcher m = consumerArn == null ? null : CONSUMER_ARN.matcher(consumerArn);
        return m != null && m.matches() ? stream(m.group(1), m.group(2), m.group(3)) : null;
    }

    static String name(String streamArn) {
        return streamArn.substring(streamArn.indexOf(":stream/") + 8);
    }

    /** The ARN a request names its stream by; InvalidArgumentException when it names none. */
    static String of(KinesisCall call, StreamRef ref) {
        if (ref.streamARN() != null) {
            Matcher m = STREAM_ARN.matcher(ref.streamARN());
            if (!m.matches()) {
                throw KinesisErrors.invalidArgument("StreamARN " + ref.streamARN() + " is invalid.");
            }
            return ref.streamARN();
        }
        if (ref.streamName() == null) {
            throw KinesisErrors.missingStream();
        }
        return stream(call.region(), call.accountId(), ref.streamName());
    }

    /** The stream a request names; ResourceNotFoundException when there is none. */
    static KinesisStream require(StreamStore store, KinesisCall call, StreamRef ref) {
        String arn = of(call, ref);
        KinesisStream stream = store.get(arn);
        if (stream == null) {
            throw KinesisErrors.streamNotFound(name(arn), accountOf(arn));
        }
        return stream;
    }

    static String accountOf(String arn) {
        String[] parts = arn.split(":");
        return parts.length > 4 ? parts[4] : "";
    }
}
