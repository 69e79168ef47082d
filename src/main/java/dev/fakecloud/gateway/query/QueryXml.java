package dev.fakecloud.gateway.query;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes an operation's result (as its JSON tree) as the Query protocol's XML reply:
 * {@code <ActionResponse xmlns=...><ActionResult>...</ActionResult><ResponseMetadata>...}. How lists and maps are
 * spelled is the service's {@link Dialect}: wrapped ({@code <Topics><member>..}, {@code <Attributes><entry><key>..})
 * or flattened ({@code <QueueUrl>..</QueueUrl><QueueUrl>..}, {@code <Attribute><Name>..}).
 */
public final class QueryXml {

    /** How one service writes its lists and maps. */
    public interface Dialect {

        /** The XML namespace of the service's API version. */
        String namespace();

        /** How the list member {@code name} of {@code action}'s result is written. */
        ListStyle list(String action, String name);

        /** How the member {@code name} is written when it is a map, or null when it is a structure. */
        MapStyle map(String name);
    }

    /** Items as {@code <name><element>..</element></name>} when wrapped, else as repeated {@code <element>}. */
    public record ListStyle(boolean wrapped, String element) {

        public static final ListStyle MEMBER = new ListStyle(true, "member");
    }

    /** Entries as {@code <name><entry><key/><value/></entry></name>} when wrapped, else repeated {@code <entry>}. */
    public record MapStyle(boolean wrapped, String entry, String key, String value) {

        public static final MapStyle ENTRY = new MapStyle(true, "entry", "key", "value");
    }

    private QueryXml() {
    }

    public static String render(String action, JsonNode result, String requestId, Dialect dialect) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><").append(action).append("Response xmlns=\"")
                .append(dialect.namespace()).append("\">");
        StringBuilder members = new StringBuilder();
        if (result != null) {
            members(members, result, action, dialect);
        }
        if (!members.isEmpty()) {
            xml.append('<').append(action).append("Result>").append(members).append("</").append(action)
                    .append("Result>");
        } else if (result != null) {
            xml.append('<').append(action).append("Result/>");
        }
        xml.append("<ResponseMetadata><RequestId>").append(requestId).append("</RequestId></ResponseMetadata></")
                .append(action).append("Response>");
        return xml.toString();
    }

    private static void members(StringBuilder xml, JsonNode node, String action, Dialect dialect) {
        node.fields().forEachRemaining(e -> {
            String name = e.getKey();
            JsonNode value = e.getValue();
            MapStyle map = value.isObject() ? dialect.map(name) : null;
            if (value.isArray()) {
                ListStyle style = dialect.list(action, name);
                open(xml, name, style.wrapped());
                value.forEach(v -> element(xml, style.element(), v, action, dialect));
                close(xml, name, style.wrapped());
            } else if (map != null) {
                open(xml, name, map.wrapped());
                value.fields().forEachRemaining(entry -> {
                    xml.append('<').append(map.entry()).append("><").append(map.key()).append('>')
                            .append(Xml.escape(entry.getKey())).append("</").append(map.key()).append('>');
                    element(xml, map.value(), entry.getValue(), action, dialect);
                    xml.append("</").append(map.entry()).append('>');
                });
                close(xml, name, map.wrapped());
            } else {
                element(xml, name, value, action, dialect);
            }
        });
    }

    private static void open(StringBuilder xml, String name, boolean wrapped) {
        if (wrapped) {
            xml.append('<').append(name).append('>');
        }
    }

    private static void close(StringBuilder xml, String name, boolean wrapped) {
        if (wrapped) {
            xml.append("</").append(name).append('>');
        }
    }

    private static void element(StringBuilder xml, String name, JsonNode value, String action, Dialect dialect) {
        xml.append('<').append(name).append('>');
        if (value.isObject()) {
            members(xml, value, action, dialect);
        } else {
            xml.append(Xml.escape(value.asText()));
        }
        xml.append("</").append(name).append('>');
    }
}
