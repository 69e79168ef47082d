package dev.fakecloud.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** InvokeWithResponseStream answers with an AWS event stream: PayloadChunk, then InvokeComplete. */
@QuarkusTest
class ResponseStreamTest {

    record Message(Map<String, String> headers, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    final LambdaClient lambda = Clients.lambda();

    @Test
    void payloadAndCompletionArriveAsEvents() {
        String name = "stream-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role("arn:aws:iam::000000000000:role/r")
                .handler("handler.handler").code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py",
                        "def handler(event, context):\n    if event.get('fail'):\n        raise KeyError('k')\n"
                                + "    return {'echo': event}\n"))))));
        Response ok = RestAssured.given().body("{\"n\":1}")
                .post("/2021-11-15/functions/" + name + "/response-streaming-invocations");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.contentType()).isEqualTo("application/vnd.amazon.eventstream");
        assertThat(ok.header("X-Amz-Executed-Version")).isEqualTo("$LATEST");
        List<Message> events = decode(ok.asByteArray());
        assertThat(events).hasSize(2);
        assertThat(events.get(0).headers()).containsEntry(":event-type", "PayloadChunk")
                .containsEntry(":message-type", "event");
        assertThat(events.get(0).text()).isEqualTo("{\"echo\": {\"n\": 1}}");
        assertThat(events.get(1).headers()).containsEntry(":event-type", "InvokeComplete");
        assertThat(events.get(1).text()).isEqualTo("{}");

        List<Message> failed = decode(RestAssured.given().body("{\"fail\":1}")
                .post("/2021-11-15/functions/" + name + "/response-streaming-invocations").asByteArray());
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).text()).contains("\"ErrorCode\":\"Unhandled\"").contains("KeyError");
    }

    /** Reads event-stream messages, checking both CRCs. */
    static List<Message> decode(byte[] bytes) {
        List<Message> messages = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        while (in.hasRemaining()) {
            int start = in.position();
            int total = in.getInt();
            int headersLength = in.getInt();
            int preludeCrc = in.getInt();
            assertThat(preludeCrc).isEqualTo((int) crc(bytes, start, 8));
            Map<String, String> headers = new LinkedHashMap<>();
            int headersEnd = in.position() + headersLength;
            while (in.position() < headersEnd) {
                byte[] name = new byte[in.get() & 0xff];
                in.get(name);
                assertThat(in.get()).isEqualTo((byte) 7);
                byte[] value = new byte[in.getShort() & 0xffff];
                in.get(value);
                headers.put(new String(name, StandardCharsets.UTF_8), new String(value, StandardCharsets.UTF_8));
            }
            byte[] payload = new byte[total - 12 - headersLength - 4];
            in.get(payload);
            assertThat(in.getInt()).isEqualTo((int) crc(bytes, start, total - 4));
            messages.add(new Message(headers, payload));
        }
        return messages;
    }

    static long crc(byte[] data, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, offset, length);
        return crc.getValue();
    }
}
