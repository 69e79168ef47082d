package dev.fakecloud.gateway;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * AWS's request compression: the SDKs gzip the body of operations marked {@code @requestCompression} (CloudWatch's
 * {@code PutMetricData}, once the body passes 10 KB) and say so with {@code Content-Encoding: gzip}. The gateway
 * inflates such bodies before any service reads them; bodies of services where the encoding belongs to the stored
 * content (S3) are left alone.
 */
final class RequestCompression {

    /** An inflated body larger than this is refused as it stands (nothing AWS compresses comes near it). */
    static final int MAX_INFLATED = 32 << 20;

    private RequestCompression() {
    }

    /** Whether the headers say the body is gzip-compressed. */
    static boolean gzipped(Map<String, List<String>> headers) {
        List<String> encodings = headers.get("content-encoding");
        if (encodings == null) {
            return false;
        }
        for (String value : encodings) {
            for (String token : value.split(",")) {
                if (token.trim().toLowerCase(Locale.ROOT).equals("gzip")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The inflated body, or {@code body} itself when it is not gzip (or inflates past {@link #MAX_INFLATED}); the
     * service then answers it as the malformed body it is.
     */
    static byte[] inflate(byte[] body) {
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length * 4));
            byte[] chunk = new byte[16384];
            int n;
            while ((n = in.read(chunk)) > 0) {
                out.write(chunk, 0, n);
                if (out.size() > MAX_INFLATED) {
                    return body;
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            return body;
        }
    }
}
