package dev.fakecloud.gateway;

import dev.fakecloud.gateway.query.FormBody;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Recognises an unsigned Query request (no credential scope, target header or claimed path) by its {@code Version}
 * and {@code Action} parameters, read from the query string or a form-encoded body: the service whose API version
 * it names, else the only service that answers that action.
 */
final class QueryServices {

    private final List<AwsServiceHandler> services;

    QueryServices(List<AwsServiceHandler> services) {
        this.services = services;
    }

    AwsServiceHandler resolve(Map<String, List<String>> query, Map<String, List<String>> headers, byte[] body) {
        String action = first(query, "Action");
        String version = first(query, "Version");
        List<String> contentType = headers.get("content-type");
        if ((action == null || version == null) && contentType != null && !contentType.isEmpty()
                && contentType.get(0).startsWith("application/x-www-form-urlencoded") && body.length > 0) {
            Map<String, List<String>> form = FormBody.parse(new String(body, StandardCharsets.UTF_8));
            action = action != null ? action : first(form, "Action");
            version = version != null ? version : first(form, "Version");
        }
        if (action == null) {
            return null;
        }
        if (version != null) {
            for (AwsServiceHandler s : services) {
                if (version.equals(s.queryApiVersion())) {
                    return s;
                }
            }
        }
        AwsServiceHandler only = null;
        for (AwsServiceHandler s : services) {
            if (s.queryActions().contains(action)) {
                if (only != null) {
                    return null;
                }
                only = s;
            }
        }
        return only;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
