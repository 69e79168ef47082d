package dev.fakecloud.events;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.events.model.ConnectionShapes.ApiDestination;
import dev.fakecloud.events.model.ConnectionShapes.CreateApiDestinationRequest;
import dev.fakecloud.events.model.ConnectionShapes.CreateApiDestinationResponse;
import dev.fakecloud.events.model.ConnectionShapes.DeleteApiDestinationRequest;
import dev.fakecloud.events.model.ConnectionShapes.DeleteApiDestinationResponse;
import dev.fakecloud.events.model.ConnectionShapes.DescribeApiDestinationRequest;
import dev.fakecloud.events.model.ConnectionShapes.DescribeApiDestinationResponse;
import dev.fakecloud.events.model.ConnectionShapes.ListApiDestinationsRequest;
import dev.fakecloud.events.model.ConnectionShapes.ListApiDestinationsResponse;
import dev.fakecloud.events.model.ConnectionShapes.UpdateApiDestinationRequest;
import dev.fakecloud.events.model.ConnectionShapes.UpdateApiDestinationResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * API destinations: an HTTPS endpoint, a method and a connection. ACTIVE while their connection is authorized,
 * INACTIVE otherwise, as AWS reports them. Stored and answered; fakecloud calls no endpoint outside the machine.
 */
@ApplicationScoped
public class ApiDestinationService {

    private static final Pattern NAME = Pattern.compile("[\\.\\-_A-Za-z0-9]+");
    static final int DEFAULT_RATE = 300;

    private final ConnectionStore store;

    public ApiDestinationService(ConnectionStore store) {
        this.store = store;
    }

    private static void validateName(Validation v, String name) {
        v.required(name, "name").pattern(name, "name", NAME).length(name, "name", 1, 64);
    }

    private static void validateBody(Validation v, String description, String connectionArn, String endpoint,
            String method, Integer rate) {
        v.length(description, "description", 0, 512).length(connectionArn, "connectionArn", 1, 1600)
                .pattern(connectionArn, "connectionArn", Names.CONNECTION_ARN)
                .length(endpoint, "invocationEndpoint", 1, 2048)
                .pattern(endpoint, "invocationEndpoint", Names.HTTPS_ENDPOINT)
                .oneOf(method, "httpMethod", Names.API_DESTINATION_METHODS).min(rate, "invocationRateLimitPerSecond", 1);
    }

    private String state(String connectionArn) {
        return store.connectionByArn(connectionArn).map(c -> "AUTHORIZED".equals(c.state()) ? "ACTIVE" : "INACTIVE")
                .orElse("INACTIVE");
    }

    private void requireConnection(String connectionArn) {
        if (store.connectionByArn(connectionArn).isEmpty()) {
            String name = connectionArn.split("/")[1];
            throw EventsErrors.notFound("Connection '" + name + "' does not exist.");
        }
    }

    CreateApiDestinationResponse create(EventsCall call, CreateApiDestinationRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name());
        v.required(r.connectionArn(), "connectionArn").required(r.invocationEndpoint(), "invocationEndpoint")
                .required(r.httpMethod(), "httpMethod");
        validateBody(v, r.description(), r.connectionArn(), r.invocationEndpoint(), r.httpMethod(),
                r.invocationRateLimitPerSecond());
        v.throwIfInvalid();
        requireConnection(r.connectionArn());
        long now = System.currentTimeMillis();
        ApiDestinationRecord d = new ApiDestinationRecord(r.name(),
                call.arn("api-destination/" + r.name() + "/" + UUID.randomUUID()), call.accountId(), call.region(),
                r.description(), r.connectionArn(), r.invocationEndpoint(), r.httpMethod(),
                r.invocationRateLimitPerSecond() == null ? DEFAULT_RATE : r.invocationRateLimitPerSecond(), now, now);
        if (store.putIfAbsent(d) != null) {
            throw EventsErrors.alreadyExists("An api-destination '" + r.name() + "' already exists.");
        }
        return new CreateApiDestinationResponse(d.arn(), state(d.connectionArn()), Times.epoch(now),
                Times.epoch(now));
    }

    private ApiDestinationRecord find(EventsCall call, String name) {
        return store.destination(call, name).orElseThrow(() -> EventsErrors.notFound(
                "Failed to describe the api-destination(s). An api-destination '" + name + "' does not exist."));
    }

    DescribeApiDestinationResponse describe(EventsCall call, DescribeApiDestinationRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name());
        v.throwIfInvalid();
        ApiDestinationRecord d = find(call, r.name());
        return new DescribeApiDestinationResponse(d.arn(), d.name(), d.description(), state(d.connectionArn()),
                d.connectionArn(), d.invocationEndpoint(), d.httpMethod(), d.invocationRateLimitPerSecond(),
                Times.epoch(d.createdMillis()), Times.epoch(d.modifiedMillis()));
    }

    UpdateApiDestinationResponse update(EventsCall call, UpdateApiDestinationRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name());
        validateBody(v, r.description(), r.connectionArn(), r.invocationEndpoint(), r.httpMethod(),
                r.invocationRateLimitPerSecond());
        v.throwIfInvalid();
        ApiDestinationRecord c = find(call, r.name());
        if (r.connectionArn() != null) {
            requireConnection(r.connectionArn());
        }
        long now = System.currentTimeMillis();
        ApiDestinationRecord d = new ApiDestinationRecord(c.name(), c.arn(), c.accountId(), c.region(),
                r.description() != null ? r.description() : c.description(),
                r.connectionArn() != null ? r.connectionArn() : c.connectionArn(),
                r.invocationEndpoint() != null ? r.invocationEndpoint() : c.invocationEndpoint(),
                r.httpMethod() != null ? r.httpMethod() : c.httpMethod(),
                r.invocationRateLimitPerSecond() != null ? r.invocationRateLimitPerSecond()
                        : c.invocationRateLimitPerSecond(), c.createdMillis(), now);
        store.put(d);
        return new UpdateApiDestinationResponse(d.arn(), state(d.connectionArn()), Times.epoch(d.createdMillis()),
                Times.epoch(now));
    }

    DeleteApiDestinationResponse delete(EventsCall call, DeleteApiDestinationRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name());
        v.throwIfInvalid();
        if (!store.removeDestination(call, r.name())) {
            throw EventsErrors.notFound("An api-destination '" + r.name() + "' does not exist.");
        }
        return new DeleteApiDestinationResponse();
    }

    ListApiDestinationsResponse list(EventsCall call, ListApiDestinationsRequest r) {
        Validation.start().pattern(r.namePrefix(), "namePrefix", NAME).length(r.namePrefix(), "namePrefix", 1, 64)
                .pattern(r.connectionArn(), "connectionArn", Names.CONNECTION_ARN).range(r.limit(), "limit", 1, 100)
                .throwIfInvalid();
        List<ApiDestinationRecord> matching = store.destinations(call).stream()
                .filter(d -> r.namePrefix() == null || d.name().startsWith(r.namePrefix()))
                .filter(d -> r.connectionArn() == null || d.connectionArn().equals(r.connectionArn())).toList();
        Page<ApiDestinationRecord> page = Paging.page(matching, ApiDestinationRecord::name, r.nextToken(), r.limit());
        return new ListApiDestinationsResponse(page.items().stream().map(d -> new ApiDestination(d.arn(), d.name(),
                state(d.connectionArn()), d.connectionArn(), d.invocationEndpoint(), d.httpMethod(),
                d.invocationRateLimitPerSecond(), Times.epoch(d.createdMillis()), Times.epoch(d.modifiedMillis())))
                .toList(), page.nextMarker());
    }
}
