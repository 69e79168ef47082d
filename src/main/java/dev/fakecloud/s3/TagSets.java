package dev.fakecloud.s3;

import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.xml.XmlIn;
import dev.fakecloud.s3.xml.XmlOut;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;

/** Tag sets as S3 reads them ({@code <Tagging><TagSet>} documents, the {@code x-amz-tagging} header), with S3's rules. */
final class TagSets {

    private TagSets() {
    }

    static Map<String, String> fromXml(byte[] body, int max) {
        Element root = XmlIn.parse(body);
        Element set = XmlIn.child(root, "TagSet");
        if (set == null) {
            throw S3Errors.malformedXml();
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (Element tag : XmlIn.children(set, "Tag")) {
            String key = XmlIn.text(tag, "Key");
            String value = XmlIn.text(tag, "Value");
            if (key == null || value == null) {
                throw S3Errors.malformedXml();
            }
            add(tags, key, value);
        }
        check(tags, max);
        return tags;
    }

    /** The {@code x-amz-tagging} header: {@code k1=v1&k2=v2}, URL-encoded. */
    static Map<String, String> fromHeader(String header) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (header == null || header.isEmpty()) {
            return tags;
        }
        for (String pair : header.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = AwsRequest.decode((eq < 0 ? pair : pair.substring(0, eq)).replace('+', ' '));
            String value = eq < 0 ? "" : AwsRequest.decode(pair.substring(eq + 1).replace('+', ' '));
            add(tags, key, value);
        }
        check(tags, 10);
        return tags;
    }

    private static void add(Map<String, String> tags, String key, String value) {
        if (tags.containsKey(key)) {
            throw S3Errors.invalidTag("Cannot provide multiple Tags with the same key", key);
        }
        tags.put(key, value);
    }

    private static void check(Map<String, String> tags, int max) {
        if (tags.size() > max) {
            throw S3Errors.of("BadRequest", "Object tags cannot be greater than " + max, 400);
        }
        tags.forEach((k, v) -> {
            if (k.isEmpty() || k.length() > 128) {
                throw S3Errors.invalidTag("The TagKey you have provided is invalid", k);
            }
            if (v.length() > 256) {
                throw S3Errors.of("InvalidTag", "The TagValue you have provided is invalid", 400, "TagKey", k,
                        "TagValue", v);
            }
            if (k.startsWith("aws:")) {
                throw S3Errors.invalidTag("Your TagKey cannot be prefixed with aws:", k);
            }
        });
    }

    static XmlOut write(Map<String, String> tags) {
        XmlOut xml = XmlOut.document("Tagging").start("TagSet");
        tags.forEach((k, v) -> xml.start("Tag").text("Key", k).text("Value", v).end());
        return xml.end();
    }
}
