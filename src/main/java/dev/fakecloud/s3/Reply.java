package dev.fakecloud.s3;

import dev.fakecloud.gateway.AwsResponse;
import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.s3.xml.XmlOut;
import io.smallrye.mutiny.Uni;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds an S3 reply: status, headers (null values left out), and an XML document, bytes or a file region. */
public final class Reply {

    private int status = 200;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private String contentType;

    public static Reply status(int status) {
        Reply r = new Reply();
        r.status = status;
        return r;
    }

    public static Reply ok() {
        return status(200);
    }

    public Reply header(String name, Object value) {
        if (value != null) {
            headers.put(name, value.toString());
        }
        return this;
    }

    public Reply headers(Map<String, String> more) {
        more.forEach(this::header);
        return this;
    }

    public Reply xml(XmlOut document) {
        this.body = document.bytes();
        this.contentType = "application/xml";
        return this;
    }

    public Reply bytes(byte[] bytes, String type) {
        this.body = bytes;
        this.contentType = type;
        return this;
    }

    public AwsResponse head() {
        return new AwsResponse(status, Map.copyOf(headers), body, contentType);
    }

    public StreamedResponse build() {
        return StreamedResponse.of(head());
    }

    public Uni<StreamedResponse> uni() {
        return Uni.createFrom().item(build());
    }

    /** The headers, and {@code length} bytes of {@code file} from {@code offset} as the body. */
    public StreamedResponse file(Path file, long offset, long length) {
        return StreamedResponse.file(head(), file, offset, length);
    }
}
