package dev.fakecloud.lambda.api;

import dev.fakecloud.gateway.AwsRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A REST path template of the Lambda API model, e.g. {@code /2015-03-31/functions/{FunctionName}/aliases/{Name}},
 * optionally with fixed query members ({@code ?find=LayerVersion}) that tell two operations on one path apart.
 */
public final class UriTemplate {

    private final String text;
    private final String[] segments;
    private final Map<String, String> requiredQuery;

    public UriTemplate(String template) {
        this.text = template;
        int q = template.indexOf('?');
        String path = q < 0 ? template : template.substring(0, q);
        this.segments = path.substring(1).split("/", -1);
        Map<String, String> query = new HashMap<>();
        if (q >= 0) {
            for (String pair : template.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        this.requiredQuery = Map.copyOf(query);
    }

    /** Fixed query members make a template more specific than the same path without them. */
    public int specificity() {
        return requiredQuery.size();
    }

    /** The decoded path labels when {@code rawPath} and the query fit this template, else {@code null}. */
    public Map<String, String> match(String rawPath, Map<String, List<String>> query) {
        String path = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        String[] parts = path.substring(1).split("/", -1);
        if (parts.length != segments.length) {
            return null;
        }
        Map<String, String> labels = null;
        for (int i = 0; i < parts.length; i++) {
            String seg = segments[i];
            if (seg.startsWith("{")) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                if (labels == null) {
                    labels = new HashMap<>(4);
                }
                labels.put(seg.substring(1, seg.length() - 1), AwsRequest.decode(parts[i]));
            } else if (!seg.equals(parts[i])) {
                return null;
            }
        }
        for (Map.Entry<String, String> required : requiredQuery.entrySet()) {
            List<String> values = query.get(required.getKey());
            if (values == null || !values.contains(required.getValue())) {
                return null;
            }
        }
        return labels == null ? Map.of() : labels;
    }

    @Override
    public String toString() {
        return text;
    }
}
