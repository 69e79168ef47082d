package dev.fakecloud.s3.xml;

import dev.fakecloud.gateway.query.Xml;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Writes an S3 REST-XML reply, element by element: {@code XmlOut.document("ListBucketResult").text("Name", b)...}. */
public final class XmlOut {

    public static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

    private final StringBuilder xml = new StringBuilder(256);
    private final java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();

    private XmlOut() {
    }

    /** A document whose root element is {@code root}, in S3's namespace. */
    public static XmlOut document(String root) {
        XmlOut out = new XmlOut();
        out.xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(root).append(" xmlns=\"")
                .append(NAMESPACE).append("\">");
        out.open.push(root);
        return out;
    }

    public XmlOut start(String name) {
        xml.append('<').append(name).append('>');
        open.push(name);
        return this;
    }

    public XmlOut end() {
        xml.append("</").append(open.pop()).append('>');
        return this;
    }

    /** {@code <name>value</name>}, or nothing when the value is null. */
    public XmlOut text(String name, Object value) {
        if (value != null) {
            xml.append('<').append(name).append('>').append(Xml.escape(value.toString())).append("</").append(name)
                    .append('>');
        }
        return this;
    }

    /** A timestamp as S3 writes it in XML ({@code 2024-01-01T00:00:00.000Z}). */
    public XmlOut time(String name, Instant value) {
        return value == null ? this : text(name, iso(value));
    }

    /** Raw, already well-formed XML (a stored configuration's elements). */
    public XmlOut raw(String fragment) {
        if (fragment != null) {
            xml.append(fragment);
        }
        return this;
    }

    public static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString().replaceFirst("(\\d{2}:\\d{2}:\\d{2})Z$", "$1.000Z");
    }

    public byte[] bytes() {
        while (!open.isEmpty()) {
            end();
        }
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }
}
