package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Hashes;
import dev.fakecloud.core.Scope;

/** ARNs of Lambda resources. */
public final class LambdaArns {

    private LambdaArns() {
    }

    public static String prefix(Scope scope) {
        return "arn:aws:lambda:" + scope.region() + ":" + scope.accountId() + ":";
    }

    /** A function ARN, qualified when {@code qualifier} is not null. */
    public static String function(Scope scope, String name, String qualifier) {
        return prefix(scope) + "function:" + name + (qualifier == null ? "" : ":" + qualifier);
    }

    public static String layer(Scope scope, String layerName) {
        return prefix(scope) + "layer:" + layerName;
    }

    public static String layerVersion(Scope scope, String layerName, long version) {
        return layer(scope, layerName) + ":" + version;
    }

    public static String eventSourceMapping(Scope scope, String uuid) {
        return prefix(scope) + "event-source-mapping:" + uuid;
    }

    public static String runtimeVersion(Scope scope, String runtime) {
        return "arn:aws:lambda:" + scope.region() + "::runtime:" + Hashes.sha256Hex("runtime:" + runtime);
    }
}
