package dev.fakecloud.events;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.events.model.EndpointShapes.CreateEndpointRequest;
import dev.fakecloud.events.model.EndpointShapes.CreateEndpointResponse;
import dev.fakecloud.events.model.EndpointShapes.DeleteEndpointRequest;
import dev.fakecloud.events.model.EndpointShapes.DeleteEndpointResponse;
import dev.fakecloud.events.model.EndpointShapes.DescribeEndpointRequest;
import dev.fakecloud.events.model.EndpointShapes.DescribeEndpointResponse;
import dev.fakecloud.events.model.EndpointShapes.Endpoint;
import dev.fakecloud.events.model.EndpointShapes.EndpointEventBus;
import dev.fakecloud.events.model.EndpointShapes.ListEndpointsRequest;
import dev.fakecloud.events.model.EndpointShapes.ListEndpointsResponse;
import dev.fakecloud.events.model.EndpointShapes.ReplicationConfig;
import dev.fakecloud.events.model.EndpointShapes.UpdateEndpointRequest;
import dev.fakecloud.events.model.EndpointShapes.UpdateEndpointResponse;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Global endpoints: stored and answered with AWS's shapes. Create answers CREATING and update UPDATING, as AWS
 * does; the endpoint is ACTIVE from then on (there is no second region to fail over to).
 */
@Startup
@ApplicationScoped
public class EndpointService {

    private static final Pattern NAME = Pattern.compile("[\\.\\-_A-Za-z0-9]+");

    private final Table<String, Endpoint> endpoints;

    public EndpointService(StateStore store) {
        this.endpoints = store.sortedTable("events.endpoints", String.class, Endpoint.class,
                Comparator.naturalOrder());
    }

    private static void validate(Validation v, String name, String description, List<EndpointEventBus> buses,
            String roleArn) {
        v.required(name, "name").length(name, "name", 1, 64).pattern(name, "name", NAME)
                .length(description, "description", 0, 512).pattern(roleArn, "roleArn", Names.IAM_ROLE_ARN);
        if (buses != null) {
            v.minSize(buses, "eventBuses", 2).maxSize(buses, "eventBuses", 2);
            for (int i = 0; i < buses.size(); i++) {
                v.pattern(buses.get(i).eventBusArn(), "eventBuses." + (i + 1) + ".member.eventBusArn",
                        Names.ENDPOINT_BUS_ARN);
            }
        }
    }

    CreateEndpointResponse create(EventsCall call, CreateEndpointRequest r) {
        Validation v = Validation.start();
        validate(v, r.name(), r.description(), r.eventBuses(), r.roleArn());
        v.required(r.routingConfig(), "routingConfig").required(r.eventBuses(), "eventBuses").throwIfInvalid();
        long now = System.currentTimeMillis();
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT) + "."
                + UUID.randomUUID().toString().substring(0, 3);
        ReplicationConfig replication = r.replicationConfig() == null ? new ReplicationConfig("ENABLED")
                : r.replicationConfig();
        Endpoint e = new Endpoint(r.name(), r.description(), call.arn("endpoint/" + r.name()), r.routingConfig(),
                replication, r.eventBuses(), r.roleArn(), id, "https://" + id + ".endpoint.events.amazonaws.com",
                "ACTIVE", null, Times.epoch(now), Times.epoch(now));
        if (endpoints.putIfAbsent(e.arn(), e) != null) {
            throw EventsErrors.alreadyExists("Endpoint " + r.name() + " already exists.");
        }
        return new CreateEndpointResponse(e.name(), e.arn(), e.routingConfig(), e.replicationConfig(),
                e.eventBuses(), e.roleArn(), "CREATING");
    }

    private Endpoint find(EventsCall call, String name) {
        return endpoints.find(call.arn("endpoint/" + name))
                .orElseThrow(() -> EventsErrors.notFound("Endpoint " + name + " does not exist."));
    }

    DescribeEndpointResponse describe(EventsCall call, DescribeEndpointRequest r) {
        Validation v = Validation.start();
        validate(v, r.name(), null, null, null);
        v.throwIfInvalid();
        Endpoint e = find(call, r.name());
        return new DescribeEndpointResponse(e.name(), e.description(), e.arn(), e.routingConfig(),
                e.replicationConfig(), e.eventBuses(), e.roleArn(), e.endpointId(), e.endpointUrl(), e.state(),
                e.stateReason(), e.creationTime(), e.lastModifiedTime());
    }

    UpdateEndpointResponse update(EventsCall call, UpdateEndpointRequest r) {
        Validation v = Validation.start();
        validate(v, r.name(), r.description(), r.eventBuses(), r.roleArn());
        v.throwIfInvalid();
        Endpoint c = find(call, r.name());
        Endpoint e = new Endpoint(c.name(), r.description() != null ? r.description() : c.description(), c.arn(),
                r.routingConfig() != null ? r.routingConfig() : c.routingConfig(),
                r.replicationConfig() != null ? r.replicationConfig() : c.replicationConfig(),
                r.eventBuses() != null ? r.eventBuses() : c.eventBuses(),
                r.roleArn() != null ? r.roleArn() : c.roleArn(), c.endpointId(), c.endpointUrl(), "ACTIVE", null,
                c.creationTime(), Times.epoch(System.currentTimeMillis()));
        endpoints.put(e.arn(), e);
        return new UpdateEndpointResponse(e.name(), e.arn(), e.routingConfig(), e.replicationConfig(),
                e.eventBuses(), e.roleArn(), e.endpointId(), e.endpointUrl(), "UPDATING");
    }

    DeleteEndpointResponse delete(EventsCall call, DeleteEndpointRequest r) {
        Validation v = Validation.start();
        validate(v, r.name(), null, null, null);
        v.throwIfInvalid();
        if (endpoints.remove(call.arn("endpoint/" + r.name())) == null) {
            throw EventsErrors.notFound("Endpoint " + r.name() + " does not exist.");
        }
        return new DeleteEndpointResponse();
    }

    ListEndpointsResponse list(EventsCall call, ListEndpointsRequest r) {
        Validation.start().length(r.namePrefix(), "namePrefix", 1, 64).pattern(r.namePrefix(), "namePrefix", NAME)
                .range(r.maxResults(), "maxResults", 1, 100).throwIfInvalid();
        String prefix = call.arn("endpoint/");
        List<Endpoint> matching = endpoints.tail(prefix, true).stream().takeWhile(e -> e.arn().startsWith(prefix))
                .filter(e -> r.namePrefix() == null || e.name().startsWith(r.namePrefix())).toList();
        Page<Endpoint> page = Paging.page(matching, Endpoint::name, r.nextToken(), r.maxResults());
        return new ListEndpointsResponse(page.items(), page.nextMarker());
    }
}
