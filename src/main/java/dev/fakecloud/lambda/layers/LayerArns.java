package dev.fakecloud.lambda.layers;

import dev.fakecloud.core.Scope;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How callers name layers and layer versions: a plain name or a layer ARN, and layer version ARNs. */
public final class LayerArns {

    /** The {@code LayerName} member: a name, or the ARN of the layer (without version). */
    public static final Pattern LAYER_NAME = Pattern.compile(
            "(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+");
    /** A layer version ARN as functions reference it (also the pattern AWS reports for GetLayerVersionByArn). */
    public static final Pattern LAYER_VERSION_ARN = Pattern.compile("(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}"
            + "((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::"
            + "awslayer:[a-zA-Z0-9-_]+)");

    private static final Pattern LAYER_ARN_PARTS = Pattern.compile(
            "arn:[a-zA-Z0-9-]+:lambda:([a-zA-Z0-9-]+):(\\d{12}):layer:([a-zA-Z0-9-_]+)");
    private static final Pattern VERSION_ARN_PARTS = Pattern.compile(
            "arn:[a-zA-Z0-9-]+:lambda:([a-zA-Z0-9-]+):(\\d{12}):layer:([a-zA-Z0-9-_]+):([0-9]+)");

    /** A layer: the account and region it lives in and its name. */
    public record LayerId(Scope scope, String name) {
    }

    /** One version of a layer. */
    public record LayerVersionId(Scope scope, String name, long version) {
    }

    private LayerArns() {
    }

    /**
     * The layer a validated {@code LayerName} designates: a plain name lives in the caller's scope, an ARN in the
     * account and region it names.
     */
    public static LayerId layer(String layerName, Scope caller) {
        Matcher m = LAYER_ARN_PARTS.matcher(layerName);
        if (m.matches()) {
            return new LayerId(new Scope(m.group(2), m.group(1)), m.group(3));
        }
        return new LayerId(caller, layerName);
    }

    /** The version a layer version ARN names, or null for ARNs that name no stored layer (AWS-managed ones). */
    public static LayerVersionId version(String layerVersionArn) {
        Matcher m = VERSION_ARN_PARTS.matcher(layerVersionArn);
        if (!m.matches()) {
            return null;
        }
        try {
            return new LayerVersionId(new Scope(m.group(2), m.group(1)), m.group(3), Long.parseLong(m.group(4)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String layerArn(Scope scope, String name) {
        return "arn:aws:lambda:" + scope.region() + ":" + scope.accountId() + ":layer:" + name;
    }

    public static String versionArn(Scope scope, String name, long version) {
        return layerArn(scope, name) + ":" + version;
    }
}
