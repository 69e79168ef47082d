package dev.fakecloud.events.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/**
 * Request and response shapes of Amazon EventBridge (2015-10-07): connections and API destinations.
 * Named as the JSON protocol names their members; timestamps are epoch seconds.
 */
public final class ConnectionShapes {

    private ConnectionShapes() {
    }

    @RegisterForReflection
    public record ApiDestination(String apiDestinationArn, String name, String apiDestinationState,
            String connectionArn, String invocationEndpoint, String httpMethod, Integer invocationRateLimitPerSecond,
            BigDecimal creationTime, BigDecimal lastModifiedTime) {
    }

    @RegisterForReflection
    public record Connection(String connectionArn, String name, String connectionState, String stateReason,
            String authorizationType, BigDecimal creationTime, BigDecimal lastModifiedTime,
            BigDecimal lastAuthorizedTime) {
    }

    @RegisterForReflection
    public record ConnectionApiKeyAuthResponseParameters(String apiKeyName) {
    }

    @RegisterForReflection
    public record ConnectionAuthResponseParameters(ConnectionBasicAuthResponseParameters basicAuthParameters,
            ConnectionOAuthResponseParameters oAuthParameters,
            ConnectionApiKeyAuthResponseParameters apiKeyAuthParameters,
            ConnectionHttpParameters invocationHttpParameters,
            DescribeConnectionConnectivityParameters connectivityParameters) {
    }

    @RegisterForReflection
    public record ConnectionBasicAuthResponseParameters(String username) {
    }

    @RegisterForReflection
    public record ConnectionBodyParameter(String key, String value, Boolean isValueSecret) {
    }

    @RegisterForReflection
    public record ConnectionHeaderParameter(String key, String value, Boolean isValueSecret) {
    }

    @RegisterForReflection
    public record ConnectionHttpParameters(List<ConnectionHeaderParameter> headerParameters,
            List<ConnectionQueryStringParameter> queryStringParameters, List<ConnectionBodyParameter> bodyParameters) {
    }

    @RegisterForReflection
    public record ConnectionOAuthClientResponseParameters(String clientID) {
    }

    @RegisterForReflection
    public record ConnectionOAuthResponseParameters(ConnectionOAuthClientResponseParameters clientParameters,
            String authorizationEndpoint, String httpMethod, ConnectionHttpParameters oAuthHttpParameters) {
    }

    @RegisterForReflection
    public record ConnectionQueryStringParameter(String key, String value, Boolean isValueSecret) {
    }

    @RegisterForReflection
    public record ConnectivityResourceConfigurationArn(String resourceConfigurationArn) {
    }

    @RegisterForReflection
    public record ConnectivityResourceParameters(ConnectivityResourceConfigurationArn resourceParameters) {
    }

    @RegisterForReflection
    public record CreateApiDestinationRequest(String name, String description, String connectionArn,
            String invocationEndpoint, String httpMethod, Integer invocationRateLimitPerSecond) {
    }

    @RegisterForReflection
    public record CreateApiDestinationResponse(String apiDestinationArn, String apiDestinationState,
            BigDecimal creationTime, BigDecimal lastModifiedTime) {
    }

    @RegisterForReflection
    public record CreateConnectionApiKeyAuthRequestParameters(String apiKeyName, String apiKeyValue) {
    }

    @RegisterForReflection
    public record CreateConnectionAuthRequestParameters(
            CreateConnectionBasicAuthRequestParameters basicAuthParameters,
            CreateConnectionOAuthRequestParameters oAuthParameters,
            CreateConnectionApiKeyAuthRequestParameters apiKeyAuthParameters,
            ConnectionHttpParameters invocationHttpParameters, ConnectivityResourceParameters connectivityParameters) {
    }

    @RegisterForReflection
    public record CreateConnectionBasicAuthRequestParameters(String username, String password) {
    }

    @RegisterForReflection
    public record CreateConnectionOAuthClientRequestParameters(String clientID, String clientSecret) {
    }

    @RegisterForReflection
    public record CreateConnectionOAuthRequestParameters(
            CreateConnectionOAuthClientRequestParameters clientParameters, String authorizationEndpoint,
            String httpMethod, ConnectionHttpParameters oAuthHttpParameters) {
    }

    @RegisterForReflection
    public record CreateConnectionRequest(String name, String description, String authorizationType,
            CreateConnectionAuthRequestParameters authParameters,
            ConnectivityResourceParameters invocationConnectivityParameters, String kmsKeyIdentifier) {
    }

    @RegisterForReflection
    public record CreateConnectionResponse(String connectionArn, String connectionState, BigDecimal creationTime,
            BigDecimal lastModifiedTime) {
    }

    @RegisterForReflection
    public record DeauthorizeConnectionRequest(String name) {
    }

    @RegisterForReflection
    public record DeauthorizeConnectionResponse(String connectionArn, String connectionState,
            BigDecimal creationTime, BigDecimal lastModifiedTime, BigDecimal lastAuthorizedTime) {
    }

    @RegisterForReflection
    public record DeleteApiDestinationRequest(String name) {
    }

    @RegisterForReflection
    public record DeleteApiDestinationResponse() {
    }

    @RegisterForReflection
    public record DeleteConnectionRequest(String name) {
    }

    @RegisterForReflection
    public record DeleteConnectionResponse(String connectionArn, String connectionState, BigDecimal creationTime,
            BigDecimal lastModifiedTime, BigDecimal lastAuthorizedTime) {
    }

    @RegisterForReflection
    public record DescribeApiDestinationRequest(String name) {
    }

    @RegisterForReflection
    public record DescribeApiDestinationResponse(String apiDestinationArn, String name, String description,
            String apiDestinationState, String connectionArn, String invocationEndpoint, String httpMethod,
            Integer invocationRateLimitPerSecond, BigDecimal creationTime, BigDecimal lastModifiedTime) {
    }

    @RegisterForReflection
    public record DescribeConnectionConnectivityParameters(DescribeConnectionResourceParameters resourceParameters) {
    }

    @RegisterForReflection
    public record DescribeConnectionRequest(String name) {
    }

    @RegisterForReflection
    public record DescribeConnectionResourceParameters(String resourceConfigurationArn, String resourceAssociationArn) {
    }

    @RegisterForReflection
    public record DescribeConnectionResponse(String connectionArn, String name, String description,
            DescribeConnectionConnectivityParameters invocationConnectivityParameters, String connectionState,
            String stateReason, String authorizationType, String secretArn, String kmsKeyIdentifier,
            ConnectionAuthResponseParameters authParameters, BigDecimal creationTime, BigDecimal lastModifiedTime,
            BigDecimal lastAuthorizedTime) {
    }

    @RegisterForReflection
    public record ListApiDestinationsRequest(String namePrefix, String connectionArn, String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record ListApiDestinationsResponse(List<ApiDestination> apiDestinations, String nextToken) {
    }

    @RegisterForReflection
    public record ListConnectionsRequest(String namePrefix, String connectionState, String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record ListConnectionsResponse(List<Connection> connections, String nextToken) {
    }

    @RegisterForReflection
    public record UpdateApiDestinationRequest(String name, String description, String connectionArn,
            String invocationEndpoint, String httpMethod, Integer invocationRateLimitPerSecond) {
    }

    @RegisterForReflection
    public record UpdateApiDestinationResponse(String apiDestinationArn, String apiDestinationState,
            BigDecimal creationTime, BigDecimal lastModifiedTime) {
    }

    @RegisterForReflection
    public record UpdateConnectionApiKeyAuthRequestParameters(String apiKeyName, String apiKeyValue) {
    }

    @RegisterForReflection
    public record UpdateConnectionAuthRequestParameters(
            UpdateConnectionBasicAuthRequestParameters basicAuthParameters,
            UpdateConnectionOAuthRequestParameters oAuthParameters,
            UpdateConnectionApiKeyAuthRequestParameters apiKeyAuthParameters,
            ConnectionHttpParameters invocationHttpParameters, ConnectivityResourceParameters connectivityParameters) {
    }

    @RegisterForReflection
    public record UpdateConnectionBasicAuthRequestParameters(String username, String password) {
    }

    @RegisterForReflection
    public record UpdateConnectionOAuthClientRequestParameters(String clientID, String clientSecret) {
    }

    @RegisterForReflection
    public record UpdateConnectionOAuthRequestParameters(
            UpdateConnectionOAuthClientRequestParameters clientParameters, String authorizationEndpoint,
            String httpMethod, ConnectionHttpParameters oAuthHttpParameters) {
    }

    @RegisterForReflection
    public record UpdateConnectionRequest(String name, String description, String authorizationType,
            UpdateConnectionAuthRequestParameters authParameters,
            ConnectivityResourceParameters invocationConnectivityParameters, String kmsKeyIdentifier) {
    }

    @RegisterForReflection
    public record UpdateConnectionResponse(String connectionArn, String connectionState, BigDecimal creationTime,
            BigDecimal lastModifiedTime, BigDecimal lastAuthorizedTime) {
    }
}
