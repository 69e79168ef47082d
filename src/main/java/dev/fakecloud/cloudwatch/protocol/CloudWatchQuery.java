package dev.fakecloud.cloudwatch.protocol;

import dev.fakecloud.gateway.query.QueryXml.Dialect;
import dev.fakecloud.gateway.query.QueryXml.ListStyle;
import dev.fakecloud.gateway.query.QueryXml.MapStyle;
import java.util.Set;

/**
 * CloudWatch's Query replies (API version 2010-08-01): every list wrapped in {@code <member>} elements, the maps
 * ({@code ExtendedStatistics} of a data point, contributor attributes) in {@code <entry><key/><value/></entry>}.
 * Its requests send only wrapped lists and maps, which the gateway's codec reads unaided.
 */
public final class CloudWatchQuery {

    public static final String VERSION = "2010-08-01";

    private static final Set<String> MAPS = Set.of("ExtendedStatistics", "ContributorAttributes",
            "AlarmContributorAttributes", "KeyAttributes", "Attributes");

    public static final Dialect DIALECT = new Dialect() {
        @Override
        public String namespace() {
            return "http://monitoring.amazonaws.com/doc/2010-08-01/";
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

    private CloudWatchQuery() {
    }
}
