package dev.fakecloud.lambda.invoke;

import dev.fakecloud.lambda.model.FunctionRequests.AliasConfiguration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Picks the version an alias invocation runs, honouring the alias's weighted {@code RoutingConfig}. */
public final class AliasRouter {

    private AliasRouter() {
    }

    public static String pickVersion(AliasConfiguration alias) {
        if (alias.routingConfig() == null || alias.routingConfig().additionalVersionWeights() == null) {
            return alias.functionVersion();
        }
        double roll = ThreadLocalRandom.current().nextDouble();
        double cumulative = 0;
        for (Map.Entry<String, Double> extra : alias.routingConfig().additionalVersionWeights().entrySet()) {
            cumulative += extra.getValue();
            if (roll < cumulative) {
                return extra.getKey();
            }
        }
        return alias.functionVersion();
    }
}
