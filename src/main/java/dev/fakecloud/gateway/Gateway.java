package dev.fakecloud.gateway;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.core.AwsException;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.gateway.cbor.AwsCbor;
import dev.fakecloud.gateway.cbor.Cbor;
import dev.fakecloud.gateway.cbor.RpcV2Path;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The front door: attributes a request to a caller (account, region, request id), picks the service it is for,
 * runs it and renders whatever it throws in that service's protocol. Every reply carries {@code x-amzn-RequestId}.
 */
@ApplicationScoped
public class Gateway {

    private static final Logger LOG = Logger.getLogger(Gateway.class);
    private static final String OWN_ENDPOINTS = "/_fakecloud/";

    private final List<AwsServiceHandler> services;
    private final Map<String, AwsServiceHandler> bySigningName;
    private final Map<String, AwsServiceHandler> byTargetPrefix;
    private final Map<String, AwsServiceHandler> bySmithyName;
    private final ErrorRenderer errors;
    private final FakecloudConfig config;
    private final StateStore store;
    private final QueryServices queryServices;
    private final long maxBody;

    public Gateway(Instance<AwsServiceHandler> services, ErrorRenderer errors, FakecloudConfig config,
            StateStore store,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBody) {
        this.store = store;
        this.maxBody = maxBody.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.services = services.stream().toList();
        this.queryServices = new QueryServices(this.services);
        this.bySigningName = this.services.stream()
                .collect(Collectors.toUnmodifiableMap(AwsServiceHandler::signingName, s -> s));
        this.byTargetPrefix = this.services.stream()
                .flatMap(s -> s.targetPrefixes().stream().map(p -> Map.entry(p, s)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.bySmithyName = this.services.stream().filter(s -> s.smithyServiceName() != null)
                .collect(Collectors.toUnmodifiableMap(AwsServiceHandler::smithyServiceName, s -> s));
        this.errors = errors;
        this.config = config;
    }

    /** Names of the services served, for the health report. */
    public Set<String> serviceNames() {
        return bySigningName.keySet();
    }

    public Uni<AwsResponse> dispatch(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
            byte[] body, String host) {
        Attributed a = attribute(method, rawPath, rawQuery, headers, body, host);
        Protocol protocol = a.protocol();
        Uni<AwsResponse> reply;
        if (a.service() == null) {
            reply = Uni.createFrom().failure(new UnknownOperationException(
                    "No AWS service found for " + method + " " + rawPath, protocol == Protocol.REST_JSON ? 404 : 400));
        } else {
            reply = Uni.createFrom().deferred(() -> a.service().handle(a.request()));
        }
        return answered(a, reply);
    }

    /** The reply with failures rendered in the caller's protocol, the request id, and sent only once durable. */
    private Uni<AwsResponse> answered(Attributed a, Uni<AwsResponse> reply) {
        String requestId = a.request().requestId();
        Protocol protocol = a.protocol();
        return reply
                .onFailure(AwsException.class).recoverWithItem(e -> errors.render(protocol, (AwsException) e, requestId))
                .onFailure().recoverWithItem(e -> internalError(protocol, e, requestId, a.request().method(),
                        a.request().rawPath()))
                .map(r -> withRequestId(r, requestId))
                .call(this::durable);
    }

    /**
     * The call {@code request} makes when it is to be served on the HTTP layer, attributed to its caller: a request
     * of a {@link StreamingServiceHandler} (its body streamed) or one whose reply streams
     * ({@link AwsServiceHandler#streamsReply}); null when it is for a service whose bodies and replies are held in
     * memory (or for none).
     */
    public StreamedCall streamed(HttpServerRequest request) {
        Map<String, List<String>> headers = headersOf(request);
        Attributed a = attribute(request.method().name(), request.path(), request.query(), headers, new byte[0],
                request.host());
        boolean served = a.service() instanceof StreamingServiceHandler
                || a.service() != null && a.service().streamsReply(a.request());
        return served ? new StreamedCall(a, request.query(), request.host()) : null;
    }

    /** A request served on the HTTP layer, attributed to its caller. */
    public final class StreamedCall {
        private final Attributed attributed;
        private final String rawQuery;
        private final String host;

        private StreamedCall(Attributed attributed, String rawQuery, String host) {
            this.attributed = attributed;
            this.rawQuery = rawQuery;
            this.host = host;
        }

        /**
         * Runs it: a streaming service reads {@code body} itself; any other gets it read into memory first (up to
         * the server's body limit). Errors rendered, the request id added, and answered once durable, as every
         * reply.
         */
        public Uni<StreamedResponse> run(io.vertx.core.streams.ReadStream<io.vertx.core.buffer.Buffer> body) {
            AwsRequest request = attributed.request();
            String requestId = request.requestId();
            Protocol protocol = attributed.protocol();
            Uni<StreamedResponse> reply = attributed.service() instanceof StreamingServiceHandler s
                    ? Uni.createFrom().deferred(() -> s.handle(request, body))
                    : RequestBodies.read(body, maxBody).flatMap(bytes -> attributed.service()
                            .handleStreamingReply(withBody(request, bytes)));
            return reply
                    .onFailure(AwsException.class).recoverWithItem(e -> StreamedResponse.of(
                            errors.render(protocol, (AwsException) e, requestId)))
                    .onFailure().recoverWithItem(e -> StreamedResponse.of(
                            internalError(protocol, e, requestId, request.method(), request.rawPath())))
                    .map(r -> r.withHead(withRequestId(r.head(), requestId)))
                    .call(r -> durable(r.head()));
        }

        /** The request as attributed, now with its body (inflated when it came compressed). */
        private AwsRequest withBody(AwsRequest head, byte[] body) {
            Attributed full = attribute(head.method(), head.rawPath(), rawQuery, head.headers(), body, host);
            AwsRequest r = full.request();
            return new AwsRequest(head.requestId(), r.method(), r.rawPath(), r.query(), r.headers(), r.body(),
                    r.accountId(), r.region(), r.baseUrl());
        }
    }

    /**
     * With a data directory, a reply is sent only once the changes it acknowledges have reached the operating
     * system (the journal's group commit), and it continues on the request's own event loop.
     */
    private Uni<Void> durable(AwsResponse ignored) {
        java.util.concurrent.CompletableFuture<Void> written = store.written();
        if (written.isDone()) {
            return Uni.createFrom().voidItem();
        }
        Context context = Vertx.currentContext();
        Uni<Void> wait = Uni.createFrom().completionStage(written);
        return context == null ? wait : wait.emitOn(task -> context.runOnContext(v -> task.run()));
    }

    /**
     * Answers a request that cannot be served at all (refused before it reached {@link #dispatch}: its body too
     * large, no endpoint for its path) with {@code error}, in the protocol of the service it was meant for;
     * fakecloud's own endpoints ({@code /_fakecloud/...}) speak REST-JSON.
     */
    public AwsResponse reject(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
            String host, AwsException error) {
        Attributed a = attribute(method, rawPath, rawQuery, headers, new byte[0], host);
        String requestId = a.request().requestId();
        Protocol protocol = rawPath.startsWith(OWN_ENDPOINTS) ? Protocol.REST_JSON : a.protocol();
        return withRequestId(errors.render(protocol, error, requestId), requestId);
    }

    /** {@link #reject} for a request as the HTTP server holds it. */
    public AwsResponse reject(HttpServerRequest request, AwsException error) {
        return reject(request.method().name(), request.path(), request.query(), headersOf(request), request.host(),
                error);
    }

    private static Map<String, List<String>> headersOf(HttpServerRequest request) {
        Map<String, List<String>> headers = new HashMap<>();
        request.headers().forEach(h -> headers.computeIfAbsent(h.getKey().toLowerCase(Locale.ROOT),
                k -> new ArrayList<>()).add(h.getValue()));
        return headers;
    }

    /** A request attributed to a caller and a request id, with the service (null: none) and protocol it speaks. */
    private record Attributed(AwsRequest request, AwsServiceHandler service, Protocol protocol) {
    }

    private Attributed attribute(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
            byte[] body, String host) {
        String requestId = UUID.randomUUID().toString();
        Map<String, List<String>> query = AwsRequest.parseQuery(rawQuery);
        CredentialScope scope = credentialScope(headers, query);
        String target = first(headers, "x-amz-target");
        AwsServiceHandler claimed = resolve(scope, target, rawPath, host);
        String region = scope != null && !scope.region().isBlank() ? scope.region() : config.region();
        String baseUrl = "http://" + (host == null || host.isBlank() ? "localhost:" + config.port() : host);
        if (RequestCompression.gzipped(headers) && (claimed == null || claimed.protocolOf(new AwsRequest(requestId,
                method, rawPath, query, headers, body, config.accountId(), region, baseUrl)) != Protocol.REST_XML)) {
            body = RequestCompression.inflate(body);
        }
        AwsServiceHandler service = claimed != null ? claimed : queryServices.resolve(query, headers, body);
        AwsRequest request = new AwsRequest(requestId, method, rawPath, query, headers, body, config.accountId(),
                region, baseUrl);
        Protocol protocol = service != null ? service.protocolOf(request) : guessProtocol(headers, target);
        return new Attributed(request, service, protocol);
    }

    private static AwsResponse withRequestId(AwsResponse r, String requestId) {
        return r.headers().containsKey("x-amzn-RequestId") ? r : r.withHeader("x-amzn-RequestId", requestId);
    }

    private AwsResponse internalError(Protocol protocol, Throwable e, String requestId, String method, String path) {
        LOG.errorf(e, "Unexpected failure serving %s %s (request %s)", method, path, requestId);
        AwsException wrapped = new AwsException("ServiceException", "An internal error occurred: " + e, 500) {
        };
        return errors.render(protocol, wrapped, requestId);
    }

    private AwsServiceHandler resolve(CredentialScope scope, String target, String rawPath, String host) {
        RpcV2Path rpc = RpcV2Path.parse(rawPath);
        if (rpc != null && bySmithyName.containsKey(rpc.service())) {
            return bySmithyName.get(rpc.service());
        }
        if (target != null) {
            int dot = target.indexOf('.');
            AwsServiceHandler byTarget = byTargetPrefix.get(dot < 0 ? target : target.substring(0, dot));
            if (byTarget != null) {
                return byTarget;
            }
        }
        if (scope != null) {
            AwsServiceHandler bySigning = bySigningName.get(scope.service().toLowerCase(Locale.ROOT));
            if (bySigning != null) {
                return bySigning;
            }
        }
        if (host != null) {
            for (AwsServiceHandler s : services) {
                if (s.claimsHost(host)) {
                    return s;
                }
            }
        }
        for (AwsServiceHandler s : services) {
            if (s.claimsPath(rawPath)) {
                return s;
            }
        }
        return null;
    }

    private static CredentialScope credentialScope(Map<String, List<String>> headers, Map<String, List<String>> query) {
        CredentialScope fromHeader = CredentialScope.fromAuthorization(first(headers, "authorization"));
        if (fromHeader != null) {
            return fromHeader;
        }
        List<String> presigned = query.get("X-Amz-Credential");
        return presigned == null || presigned.isEmpty() ? null : CredentialScope.fromPresigned(presigned.get(0));
    }

    private static Protocol guessProtocol(Map<String, List<String>> headers, String target) {
        String contentType = first(headers, "content-type");
        if (Cbor.declaredBy(first(headers, Cbor.PROTOCOL_HEADER))) {
            return Protocol.RPC_V2_CBOR;
        }
        if (target != null && AwsCbor.declaredBy(contentType)) {
            return Protocol.CBOR_1_1;
        }
        if (target != null) {
            return contentType != null && contentType.contains("1.0") ? Protocol.JSON_1_0 : Protocol.JSON_1_1;
        }
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            return Protocol.QUERY;
        }
        return Protocol.REST_JSON;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
