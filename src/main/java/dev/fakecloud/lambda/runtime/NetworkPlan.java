package dev.fakecloud.lambda.runtime;

/**
 * How function containers reach fakecloud.
 *
 * @param networkMode Docker's network mode for function containers ({@code host}, {@code bridge} or a network name)
 * @param bindHost where each Runtime API server listens
 * @param advertisedHost the address containers use for the Runtime API and {@code AWS_ENDPOINT_URL}
 * @param extraHost an {@code /etc/hosts} entry the containers need, or null
 */
record NetworkPlan(String networkMode, String bindHost, String advertisedHost, String extraHost) {

    static NetworkPlan of(String configured, boolean localEngine, String advertisedOverride) {
        String mode = automatic(configured) ? (localEngine ? "host" : "bridge") : configured;
        return switch (mode) {
            case "host" -> new NetworkPlan("host", "127.0.0.1", orElse(advertisedOverride, "127.0.0.1"), null);
            case "bridge" -> new NetworkPlan("bridge", "0.0.0.0", orElse(advertisedOverride, "host.docker.internal"),
                    "host.docker.internal:host-gateway");
            default -> new NetworkPlan(mode, "0.0.0.0", orElse(advertisedOverride, hostname()), null);
        };
    }

    /** Whether {@code configured} leaves the choice to fakecloud. */
    static boolean automatic(String configured) {
        return configured == null || configured.isBlank() || configured.equals("auto");
    }

    /**
     * fakecloud runs in a container (a sidecar) with network mode {@code mode}: function containers join the same
     * network as siblings and reach fakecloud at its address there ({@code ip}); with host networking, on 127.0.0.1.
     */
    static NetworkPlan sidecar(String mode, String network, String ip, String advertisedOverride) {
        if ("host".equals(mode)) {
            return new NetworkPlan("host", "127.0.0.1", orElse(advertisedOverride, "127.0.0.1"), null);
        }
        return new NetworkPlan(network, "0.0.0.0", orElse(advertisedOverride, ip), null);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String hostname() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
