package dev.fakecloud.lambda.api;

import java.util.List;

/**
 * A family of Lambda operations (functions, layers, event source mappings, ...) contributes its rows to the one
 * operation table that {@link LambdaApi} dispatches on.
 */
public interface LambdaRoutes {

    List<RestRoute> routes();
}
