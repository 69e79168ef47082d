package dev.fakecloud.gateway;

import io.smallrye.mutiny.Uni;

/**
 * One AWS service on the shared port. The gateway picks the handler by SigV4 signing name, {@code X-Amz-Target}
 * prefix or path, then hands it the request; failures are {@link dev.fakecloud.core.AwsException}s, rendered by
 * the gateway in {@link #protocol()}.
 */
public interface AwsServiceHandler {

    /** The SigV4 signing name (credential scope service), e.g. {@code lambda}. */
    String signingName();

    Protocol protocol();

    /**
     * The protocol a given request speaks, for services that answer more than one (SQS: JSON 1.0 and Query); the
     * gateway renders that request's errors in it.
     */
    default Protocol protocolOf(AwsRequest request) {
        return protocol();
    }

    /** {@code X-Amz-Target} prefixes (before the dot) this service answers, for JSON-protocol services. */
    default java.util.Set<String> targetPrefixes() {
        return java.util.Set.of();
    }

    /**
     * The Smithy service shape name under which this service answers the RPC v2 CBOR protocol
     * ({@code /service/<name>/operation/<Operation>}), e.g. {@code GraniteServiceVersion20100801}; null when it does
     * not speak it.
     */
    default String smithyServiceName() {
        return null;
    }

    /** Whether an unsigned request with no target header belongs to this service, judged by its path. */
    boolean claimsPath(String rawPath);

    /**
     * Whether a request sent to {@code host} (as in its {@code Host} header, port included) belongs to this service
     * whatever else it says: virtual-hosted S3 requests name their bucket in the host.
     */
    default boolean claimsHost(String host) {
        return false;
    }

    /**
     * The API version ({@code Version=...}) of this service's Query protocol, by which an unsigned Query request is
     * recognised; null for services that do not speak Query.
     */
    default String queryApiVersion() {
        return null;
    }

    /**
     * The Query {@code Action}s this service answers, by which an unsigned request without a {@code Version} is
     * recognised (e.g. the SubscribeURL of an SNS subscription, opened as a plain GET).
     */
    default java.util.Set<String> queryActions() {
        return java.util.Set.of();
    }

    Uni<AwsResponse> handle(AwsRequest request);

    /**
     * Whether the reply to a request is streamed: written as the service produces it, for as long as it lasts (an
     * event stream such as Kinesis's SubscribeToShard), judged from {@code head}, the request before its body is
     * read ({@link AwsRequest#body()} empty). Such requests are served on the HTTP layer by
     * {@link #handleStreamingReply}, with their bodies in memory as for {@link #handle}.
     */
    default boolean streamsReply(AwsRequest head) {
        return false;
    }

    /** Serves a request for which {@link #streamsReply} holds. */
    default Uni<StreamedResponse> handleStreamingReply(AwsRequest request) {
        return handle(request).map(StreamedResponse::of);
    }
}
