package dev.fakecloud.events;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.events.model.ConnectionShapes.Connection;
import dev.fakecloud.events.model.ConnectionShapes.ConnectionApiKeyAuthResponseParameters;
import dev.fakecloud.events.model.ConnectionShapes.ConnectionAuthResponseParameters;
import dev.fakecloud.events.model.ConnectionShapes.ConnectionBasicAuthResponseParameters;
import dev.fakecloud.events.model.ConnectionShapes.ConnectionHttpParameters;
import dev.fakecloud.events.model.ConnectionShapes.ConnectionOAuthClientResponseParameters;
import dev.fakecloud.events.model.ConnectionShapes.ConnectionOAuthResponseParameters;
import dev.fakecloud.events.model.ConnectionShapes.CreateConnectionApiKeyAuthRequestParameters;
import dev.fakecloud.events.model.ConnectionShapes.CreateConnectionAuthRequestParameters;
import dev.fakecloud.events.model.ConnectionShapes.CreateConnectionBasicAuthRequestParameters;
import dev.fakecloud.events.model.ConnectionShapes.CreateConnectionOAuthClientRequestParameters;
import dev.fakecloud.events.model.ConnectionShapes.CreateConnectionOAuthRequestParameters;
import dev.fakecloud.events.model.ConnectionShapes.CreateConnectionRequest;
import dev.fakecloud.events.model.ConnectionShapes.CreateConnectionResponse;
import dev.fakecloud.events.model.ConnectionShapes.DeauthorizeConnectionRequest;
import dev.fakecloud.events.model.ConnectionShapes.DeauthorizeConnectionResponse;
import dev.fakecloud.events.model.ConnectionShapes.DeleteConnectionRequest;
import dev.fakecloud.events.model.ConnectionShapes.DeleteConnectionResponse;
import dev.fakecloud.events.model.ConnectionShapes.DescribeConnectionRequest;
import dev.fakecloud.events.model.ConnectionShapes.DescribeConnectionResponse;
import dev.fakecloud.events.model.ConnectionShapes.ListConnectionsRequest;
import dev.fakecloud.events.model.ConnectionShapes.ListConnectionsResponse;
import dev.fakecloud.events.model.ConnectionShapes.UpdateConnectionAuthRequestParameters;
import dev.fakecloud.events.model.ConnectionShapes.UpdateConnectionRequest;
import dev.fakecloud.events.model.ConnectionShapes.UpdateConnectionResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Connections (the credentials API destinations call with): BASIC and API_KEY ones are AUTHORIZED at once, OAuth
 * ones stay AUTHORIZING (fakecloud reaches no authorization server). Secrets are kept and never returned.
 */
@ApplicationScoped
public class ConnectionService {

    private static final Pattern NAME = Pattern.compile("[\\.\\-_A-Za-z0-9]+");

    private final ConnectionStore store;

    public ConnectionService(ConnectionStore store) {
        this.store = store;
    }

    private static void validateName(Validation v, String name) {
        v.required(name, "name").pattern(name, "name", NAME).length(name, "name", 1, 64);
    }

    static String initialState(String authorizationType) {
        return "OAUTH_CLIENT_CREDENTIALS".equals(authorizationType) ? "AUTHORIZING" : "AUTHORIZED";
    }

    CreateConnectionResponse create(EventsCall call, CreateConnectionRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name());
        v.length(r.description(), "description", 0, 512).required(r.authorizationType(), "authorizationType")
                .oneOf(r.authorizationType(), "authorizationType", Names.AUTHORIZATION_TYPES)
                .required(r.authParameters(), "authParameters")
                .length(r.kmsKeyIdentifier(), "kmsKeyIdentifier", 0, 2048).throwIfInvalid();
        checkAuth(r.authorizationType(), r.authParameters());
        long now = System.currentTimeMillis();
        String id = UUID.randomUUID().toString();
        EventConnection c = new EventConnection(r.name(), call.arn("connection/" + r.name() + "/" + id),
                call.accountId(), call.region(), r.description(), r.authorizationType(), r.authParameters(),
                r.invocationConnectivityParameters(), r.kmsKeyIdentifier(), initialState(r.authorizationType()),
                "arn:aws:secretsmanager:" + call.region() + ":" + call.accountId() + ":secret:events!connection/"
                        + r.name() + "/" + id + "-" + id.substring(0, 6),
                now, now, now);
        if (store.putIfAbsent(c) != null) {
            throw EventsErrors.alreadyExists("Connection " + r.name() + " already exists.");
        }
        return new CreateConnectionResponse(c.arn(), c.state(), Times.epoch(now), Times.epoch(now));
    }

    /** The parameters the authorization type needs are there. */
    private static void checkAuth(String type, CreateConnectionAuthRequestParameters auth) {
        boolean ok = switch (type) {
            case "BASIC" -> auth.basicAuthParameters() != null;
            case "API_KEY" -> auth.apiKeyAuthParameters() != null;
            default -> auth.oAuthParameters() != null;
        };
        if (!ok) {
            String needed = switch (type) {
                case "BASIC" -> "BasicAuthParameters";
                case "API_KEY" -> "ApiKeyAuthParameters";
                default -> "OAuthParameters";
            };
            throw EventsErrors.validation("The " + needed + " must be specified for authorization type " + type + ".");
        }
    }

    EventConnection find(EventsCall call, String name) {
        return store.connection(call, name).orElseThrow(() -> EventsErrors.notFound(
                "Failed to describe the connection(s). Connection '" + name + "' does not exist."));
    }

    DescribeConnectionResponse describe(EventsCall call, DescribeConnectionRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name());
        v.throwIfInvalid();
        EventConnection c = find(call, r.name());
        return new DescribeConnectionResponse(c.arn(), c.name(), c.description(), null, c.state(), null,
                c.authorizationType(), c.secretArn(), c.kmsKeyIdentifier(), visible(c.auth()),
                Times.epoch(c.createdMillis()), Times.epoch(c.modifiedMillis()), Times.epoch(c.authorizedMillis()));
    }

    /** The auth parameters as AWS shows them: without passwords, keys and client secrets. */
    private static ConnectionAuthResponseParameters visible(CreateConnectionAuthRequestParameters a) {
        return new ConnectionAuthResponseParameters(
                a.basicAuthParameters() == null ? null
                        : new ConnectionBasicAuthResponseParameters(a.basicAuthParameters().username()),
                a.oAuthParameters() == null ? null : new ConnectionOAuthResponseParameters(
                        a.oAuthParameters().clientParameters() == null ? null
                                : new ConnectionOAuthClientResponseParameters(
                                        a.oAuthParameters().clientParameters().clientID()),
                        a.oAuthParameters().authorizationEndpoint(), a.oAuthParameters().httpMethod(),
                        hideSecrets(a.oAuthParameters().oAuthHttpParameters())),
                a.apiKeyAuthParameters() == null ? null
                        : new ConnectionApiKeyAuthResponseParameters(a.apiKeyAuthParameters().apiKeyName()),
                hideSecrets(a.invocationHttpParameters()), null);
    }

    private static ConnectionHttpParameters hideSecrets(ConnectionHttpParameters p) {
        if (p == null) {
            return null;
        }
        return new ConnectionHttpParameters(
                p.headerParameters() == null ? null : p.headerParameters().stream().map(h -> Boolean.TRUE.equals(
                        h.isValueSecret()) ? new dev.fakecloud.events.model.ConnectionShapes.ConnectionHeaderParameter(
                                h.key(), null, true) : h).toList(),
                p.queryStringParameters() == null ? null : p.queryStringParameters().stream().map(q -> Boolean.TRUE
                        .equals(q.isValueSecret()) ? new dev.fakecloud.events.model.ConnectionShapes
                                .ConnectionQueryStringParameter(q.key(), null, true) : q).toList(),
                p.bodyParameters() == null ? null : p.bodyParameters().stream().map(b -> Boolean.TRUE.equals(
                        b.isValueSecret()) ? new dev.fakecloud.events.model.ConnectionShapes.ConnectionBodyParameter(
                                b.key(), null, true) : b).toList());
    }

    UpdateConnectionResponse update(EventsCall call, UpdateConnectionRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name());
        v.length(r.description(), "description", 0, 512)
                .oneOf(r.authorizationType(), "authorizationType", Names.AUTHORIZATION_TYPES).throwIfInvalid();
        find(call, r.name());
        long now = System.currentTimeMillis();
        EventConnection c = store.update(call, r.name(), current -> {
            String type = r.authorizationType() != null ? r.authorizationType() : current.authorizationType();
            CreateConnectionAuthRequestParameters auth = merge(current.auth(), r.authParameters());
            return current.with(r.description() != null ? r.description() : current.description(), type, auth,
                    r.invocationConnectivityParameters() != null ? r.invocationConnectivityParameters()
                            : current.invocationConnectivity(),
                    r.kmsKeyIdentifier() != null ? r.kmsKeyIdentifier() : current.kmsKeyIdentifier(),
                    initialState(type), now);
        }).orElseThrow(() -> EventsErrors.notFound(
                "Failed to describe the connection(s). Connection '" + r.name() + "' does not exist."));
        return new UpdateConnectionResponse(c.arn(), c.state(), Times.epoch(c.createdMillis()),
                Times.epoch(c.modifiedMillis()), Times.epoch(c.authorizedMillis()));
    }

    /** Applies an update's auth parameters over the stored ones, member by member. */
    private static CreateConnectionAuthRequestParameters merge(CreateConnectionAuthRequestParameters a,
            UpdateConnectionAuthRequestParameters u) {
        if (u == null) {
            return a;
        }
        CreateConnectionBasicAuthRequestParameters basic = a.basicAuthParameters();
        if (u.basicAuthParameters() != null) {
            basic = new CreateConnectionBasicAuthRequestParameters(
                    or(u.basicAuthParameters().username(), basic == null ? null : basic.username()),
                    or(u.basicAuthParameters().password(), basic == null ? null : basic.password()));
        }
        CreateConnectionApiKeyAuthRequestParameters key = a.apiKeyAuthParameters();
        if (u.apiKeyAuthParameters() != null) {
            key = new CreateConnectionApiKeyAuthRequestParameters(
                    or(u.apiKeyAuthParameters().apiKeyName(), key == null ? null : key.apiKeyName()),
                    or(u.apiKeyAuthParameters().apiKeyValue(), key == null ? null : key.apiKeyValue()));
        }
        CreateConnectionOAuthRequestParameters oauth = a.oAuthParameters();
        if (u.oAuthParameters() != null) {
            var uc = u.oAuthParameters().clientParameters();
            var oc = oauth == null ? null : oauth.clientParameters();
            oauth = new CreateConnectionOAuthRequestParameters(
                    uc == null ? oc : new CreateConnectionOAuthClientRequestParameters(
                            or(uc.clientID(), oc == null ? null : oc.clientID()),
                            or(uc.clientSecret(), oc == null ? null : oc.clientSecret())),
                    or(u.oAuthParameters().authorizationEndpoint(), oauth == null ? null
                            : oauth.authorizationEndpoint()),
                    or(u.oAuthParameters().httpMethod(), oauth == null ? null : oauth.httpMethod()),
                    u.oAuthParameters().oAuthHttpParameters() != null ? u.oAuthParameters().oAuthHttpParameters()
                            : oauth == null ? null : oauth.oAuthHttpParameters());
        }
        return new CreateConnectionAuthRequestParameters(basic, oauth, key,
                u.invocationHttpParameters() != null ? u.invocationHttpParameters() : a.invocationHttpParameters(),
                u.connectivityParameters() != null ? u.connectivityParameters() : a.connectivityParameters());
    }

    private static String or(String given, String current) {
        return given != null ? given : current;
    }

    DeleteConnectionResponse delete(EventsCall call, DeleteConnectionRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name());
        v.throwIfInvalid();
        EventConnection c = store.removeConnection(call, r.name()).orElseThrow(() -> EventsErrors.notFound(
                "Failed to describe the connection(s). Connection '" + r.name() + "' does not exist."));
        return new DeleteConnectionResponse(c.arn(), "DELETING", Times.epoch(c.createdMillis()),
                Times.epoch(c.modifiedMillis()), Times.epoch(c.authorizedMillis()));
    }

    DeauthorizeConnectionResponse deauthorize(EventsCall call, DeauthorizeConnectionRequest r) {
        Validation v = Validation.start();
        validateName(v, r.name());
        v.throwIfInvalid();
        find(call, r.name());
        long now = System.currentTimeMillis();
        EventConnection c = store.update(call, r.name(), x -> x.with(x.description(), x.authorizationType(),
                x.auth(), x.invocationConnectivity(), x.kmsKeyIdentifier(), "DEAUTHORIZED", now)).orElseThrow();
        return new DeauthorizeConnectionResponse(c.arn(), "DEAUTHORIZING", Times.epoch(c.createdMillis()),
                Times.epoch(c.modifiedMillis()), Times.epoch(c.authorizedMillis()));
    }

    ListConnectionsResponse list(EventsCall call, ListConnectionsRequest r) {
        Validation.start().pattern(r.namePrefix(), "namePrefix", NAME).length(r.namePrefix(), "namePrefix", 1, 64)
                .oneOf(r.connectionState(), "connectionState", Names.CONNECTION_STATES)
                .range(r.limit(), "limit", 1, 100).throwIfInvalid();
        List<EventConnection> matching = store.connections(call).stream()
                .filter(c -> r.namePrefix() == null || c.name().startsWith(r.namePrefix()))
                .filter(c -> r.connectionState() == null || c.state().equals(r.connectionState())).toList();
        Page<EventConnection> page = Paging.page(matching, EventConnection::name, r.nextToken(), r.limit());
        return new ListConnectionsResponse(page.items().stream().map(c -> new Connection(c.arn(), c.name(), c.state(),
                null, c.authorizationType(), Times.epoch(c.createdMillis()), Times.epoch(c.modifiedMillis()),
                Times.epoch(c.authorizedMillis()))).toList(), page.nextMarker());
    }
}
