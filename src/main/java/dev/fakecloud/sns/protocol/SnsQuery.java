package dev.fakecloud.sns.protocol;

import dev.fakecloud.gateway.query.QueryXml.Dialect;
import dev.fakecloud.gateway.query.QueryXml.ListStyle;
import dev.fakecloud.gateway.query.QueryXml.MapStyle;
import java.util.Set;

/**
 * SNS's Query replies: every list wrapped in {@code <member>} elements, every map ({@code Attributes},
 * {@code attributes}) in {@code <entry><key/><value/></entry>} elements. Its requests need no table: SNS sends only
 * wrapped lists and maps, which the gateway's codec reads unaided.
 */
public final class SnsQuery {

    public static final String VERSION = "2010-03-31";

    private static final Set<String> MAPS = Set.of("Attributes", "attributes");

    public static final Dialect DIALECT = new Dialect() {
        @Override
        public String namespace() {
            return "http://sns.amazonaws.com/doc/2010-03-31/";
        }

        @Override
        public ListStyle list(String action, String name) {
            return ListStyle.MEMBER;
        }

        @Override
        public MapStyle map(String name) {
            return MAPS.contains(name) ? MapStyle.ENTRY : null;
        }
    };

    private SnsQuery() {
    }
}
