package dev.fakecloud.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The ways a request body can be malformed: documents no AWS JSON operation can read whatever its shape, members of
 * the wrong JSON type or with {@code null} inside a list or map (derived from the AWS SDK's model of each
 * operation's input), and zip archives no function can be built from.
 */
final class Malformations {

    /** How deep the deeply nested documents go. */
    static final int DEPTH = 200_000;

    private Malformations() {
    }

    /** Bodies that are not a readable JSON object, by name. */
    static Map<String, byte[]> documents() {
        Map<String, byte[]> docs = new LinkedHashMap<>();
        docs.put("truncated JSON", utf8("{\"A\":"));
        docs.put("not JSON", utf8("{not json}"));
        docs.put("JSON null", utf8("null"));
        docs.put("top-level array", utf8("[]"));
        docs.put("top-level string", utf8("\"text\""));
        docs.put("top-level number", utf8("42"));
        docs.put(DEPTH + " nested arrays", utf8("[".repeat(DEPTH) + "]".repeat(DEPTH)));
        docs.put(DEPTH + " nested objects", utf8("{\"A\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH)));
        docs.put("invalid UTF-8 in a member name", new byte[] {'{', '"', (byte) 0xC3, '(', '"', ':', '1', '}'});
        docs.put("lone UTF-8 continuation byte", new byte[] {(byte) 0x87, 'x'});
        return docs;
    }

    /** A member of an operation's input as the SDK model marshals it into the JSON body. */
    record Member(String name, MarshallingType<?> type) {

        /** A JSON value of another type than the member's, which no lenient reading can turn into it. */
        String wrongValue() {
            if (type == MarshallingType.STRING || type == MarshallingType.SDK_BYTES) {
                return "{\"not\":\"a string\"}";
            }
            if (type == MarshallingType.LIST || type == MarshallingType.SDK_POJO || type == MarshallingType.MAP) {
                return type == MarshallingType.MAP ? "[1]" : "\"not a structure\"";
            }
            if (type == MarshallingType.BOOLEAN) {
                return "\"perhaps\"";
            }
            return "\"not a number\"";
        }

        /** {@code [null]} or {@code {"k":null}} for a list or map member; null for any other. */
        String nullInside() {
            return type == MarshallingType.LIST ? "[null]" : type == MarshallingType.MAP ? "{\"k\":null}" : null;
        }
    }

    /** The members an SDK request class sends in the JSON body. */
    static List<Member> payloadMembers(Class<?> requestClass) {
        try {
            Method builder = requestClass.getMethod("builder");
            SdkPojo request = (SdkPojo) ((SdkBuilder<?, ?>) builder.invoke(null)).build();
            List<Member> members = new ArrayList<>();
            for (SdkField<?> field : request.sdkFields()) {
                if (field.location() == MarshallLocation.PAYLOAD) {
                    members.add(new Member(field.locationName(), field.marshallingType()));
                }
            }
            return members;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Zip archives a function or layer cannot be built from, as base64, by name. */
    static Map<String, String> badZips() {
        Map<String, String> zips = new LinkedHashMap<>();
        zips.put("zip slip entry", base64(zip("../../escaped.py", new byte[] {'x'})));
        zips.put("absolute path entry", base64(zip("/etc/cron.d/evil", new byte[] {'x'})));
        zips.put("windows drive entry", base64(zip("C:\\Windows\\evil.dll", new byte[] {'x'})));
        zips.put("not a zip", base64(utf8("definitely not a zip archive")));
        byte[] valid = zip("index.py", utf8("def handler(e, c):\n    return e\n"));
        byte[] truncated = new byte[valid.length / 2];
        System.arraycopy(valid, 0, truncated, 0, truncated.length);
        zips.put("truncated zip", base64(truncated));
        zips.put("zip inflating past 250 MB", base64(zeros(251L << 20)));
        return zips;
    }

    /** One entry of {@code size} zero bytes, compressed: a quarter of a megabyte that inflates to {@code size}. */
    static byte[] zeros(long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] chunk = new byte[1 << 20];
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] zip(String entryName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String base64(byte[] data) {
        return java.util.Base64.getEncoder().encodeToString(data);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
