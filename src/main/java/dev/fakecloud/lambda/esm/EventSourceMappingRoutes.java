package dev.fakecloud.lambda.esm;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.lambda.esm.model.EsmRequests.CreateEventSourceMappingRequest;
import dev.fakecloud.lambda.esm.model.EsmRequests.ListEventSourceMappingsResponse;
import dev.fakecloud.lambda.esm.model.EsmRequests.UpdateEventSourceMappingRequest;
import dev.fakecloud.lambda.esm.model.EventSourceMappingConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** CreateEventSourceMapping, GetEventSourceMapping, ListEventSourceMappings, UpdateEventSourceMapping, Delete. */
@ApplicationScoped
public class EventSourceMappingRoutes implements LambdaRoutes {

    private static final String MAPPINGS = "/2015-03-31/event-source-mappings";
    private static final String MAPPING = MAPPINGS + "/{UUID}";
    private static final int DEFAULT_MAX_ITEMS = 100;

    private final EventSourceMappingService mappings;

    public EventSourceMappingRoutes(EventSourceMappingService mappings) {
        this.mappings = mappings;
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(
                RestRoute.model("CreateEventSourceMapping", "POST", MAPPINGS, 202, call ->
                        mappings.create(call.scope(), call.body(CreateEventSourceMappingRequest.class))),
                RestRoute.model("ListEventSourceMappings", "GET", MAPPINGS, 200, this::list),
                RestRoute.model("GetEventSourceMapping", "GET", MAPPING, 200, call ->
                        mappings.get(call.scope(), call.label("UUID"))),
                RestRoute.model("UpdateEventSourceMapping", "PUT", MAPPING, 202, call ->
                        mappings.update(call.scope(), call.label("UUID"),
                                call.body(UpdateEventSourceMappingRequest.class))),
                RestRoute.model("DeleteEventSourceMapping", "DELETE", MAPPING, 202, call ->
                        mappings.delete(call.scope(), call.label("UUID"))));
    }

    private ListEventSourceMappingsResponse list(LambdaCall call) {
        Integer max = call.queryInt("MaxItems", "maxItems");
        Validation.start().range(max, "maxItems", 1, 10000).throwIfInvalid();
        Page<EventSourceMappingConfiguration> page = mappings.list(call.scope(), call.query("EventSourceArn"),
                call.query("FunctionName"), call.query("Marker"), max == null ? DEFAULT_MAX_ITEMS : max);
        return new ListEventSourceMappingsResponse(page.nextMarker(), page.items());
    }
}
