package dev.fakecloud.events.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/**
 * Request and response shapes of Amazon EventBridge (2015-10-07): global endpoints and partner event sources.
 * Named as the JSON protocol names their members; timestamps are epoch seconds.
 */
public final class EndpointShapes {

    private EndpointShapes() {
    }

    @RegisterForReflection
    public record ActivateEventSourceRequest(String name) {
    }

    @RegisterForReflection
    public record CreateEndpointRequest(String name, String description, RoutingConfig routingConfig,
            ReplicationConfig replicationConfig, List<EndpointEventBus> eventBuses, String roleArn) {
    }

    @RegisterForReflection
    public record CreateEndpointResponse(String name, String arn, RoutingConfig routingConfig,
            ReplicationConfig replicationConfig, List<EndpointEventBus> eventBuses, String roleArn, String state) {
    }

    @RegisterForReflection
    public record CreatePartnerEventSourceRequest(String name, String account) {
    }

    @RegisterForReflection
    public record CreatePartnerEventSourceResponse(String eventSourceArn) {
    }

    @RegisterForReflection
    public record DeactivateEventSourceRequest(String name) {
    }

    @RegisterForReflection
    public record DeleteEndpointRequest(String name) {
    }

    @RegisterForReflection
    public record DeleteEndpointResponse() {
    }

    @RegisterForReflection
    public record DeletePartnerEventSourceRequest(String name, String account) {
    }

    @RegisterForReflection
    public record DescribeEndpointRequest(String name, String homeRegion) {
    }

    @RegisterForReflection
    public record DescribeEndpointResponse(String name, String description, String arn, RoutingConfig routingConfig,
            ReplicationConfig replicationConfig, List<EndpointEventBus> eventBuses, String roleArn,
            String endpointId, String endpointUrl, String state, String stateReason, BigDecimal creationTime,
            BigDecimal lastModifiedTime) {
    }

    @RegisterForReflection
    public record DescribeEventSourceRequest(String name) {
    }

    @RegisterForReflection
    public record DescribeEventSourceResponse(String arn, String createdBy, BigDecimal creationTime,
            BigDecimal expirationTime, String name, String state) {
    }

    @RegisterForReflection
    public record DescribePartnerEventSourceRequest(String name) {
    }

    @RegisterForReflection
    public record DescribePartnerEventSourceResponse(String arn, String name) {
    }

    @RegisterForReflection
    public record Endpoint(String name, String description, String arn, RoutingConfig routingConfig,
            ReplicationConfig replicationConfig, List<EndpointEventBus> eventBuses, String roleArn,
            String endpointId, String endpointUrl, String state, String stateReason, BigDecimal creationTime,
            BigDecimal lastModifiedTime) {
    }

    @RegisterForReflection
    public record EndpointEventBus(String eventBusArn) {
    }

    @RegisterForReflection
    public record EventSource(String arn, String createdBy, BigDecimal creationTime, BigDecimal expirationTime,
            String name, String state) {
    }

    @RegisterForReflection
    public record FailoverConfig(Primary primary, Secondary secondary) {
    }

    @RegisterForReflection
    public record ListEndpointsRequest(String namePrefix, String homeRegion, String nextToken, Integer maxResults) {
    }

    @RegisterForReflection
    public record ListEndpointsResponse(List<Endpoint> endpoints, String nextToken) {
    }

    @RegisterForReflection
    public record ListEventSourcesRequest(String namePrefix, String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record ListEventSourcesResponse(List<EventSource> eventSources, String nextToken) {
    }

    @RegisterForReflection
    public record ListPartnerEventSourceAccountsRequest(String eventSourceName, String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record ListPartnerEventSourceAccountsResponse(List<PartnerEventSourceAccount> partnerEventSourceAccounts,
            String nextToken) {
    }

    @RegisterForReflection
    public record ListPartnerEventSourcesRequest(String namePrefix, String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record ListPartnerEventSourcesResponse(List<PartnerEventSource> partnerEventSources, String nextToken) {
    }

    @RegisterForReflection
    public record PartnerEventSource(String arn, String name) {
    }

    @RegisterForReflection
    public record PartnerEventSourceAccount(String account, BigDecimal creationTime, BigDecimal expirationTime,
            String state) {
    }

    @RegisterForReflection
    public record Primary(String healthCheck) {
    }

    @RegisterForReflection
    public record PutPartnerEventsRequest(List<PutPartnerEventsRequestEntry> entries) {
    }

    @RegisterForReflection
    public record PutPartnerEventsRequestEntry(BigDecimal time, String source, List<String> resources,
            String detailType, String detail) {
    }

    @RegisterForReflection
    public record PutPartnerEventsResponse(Integer failedEntryCount, List<PutPartnerEventsResultEntry> entries) {
    }

    @RegisterForReflection
    public record PutPartnerEventsResultEntry(String eventId, String errorCode, String errorMessage) {
    }

    @RegisterForReflection
    public record ReplicationConfig(String state) {
    }

    @RegisterForReflection
    public record RoutingConfig(FailoverConfig failoverConfig) {
    }

    @RegisterForReflection
    public record Secondary(String route) {
    }

    @RegisterForReflection
    public record UpdateEndpointRequest(String name, String description, RoutingConfig routingConfig,
            ReplicationConfig replicationConfig, List<EndpointEventBus> eventBuses, String roleArn) {
    }

    @RegisterForReflection
    public record UpdateEndpointResponse(String name, String arn, RoutingConfig routingConfig,
            ReplicationConfig replicationConfig, List<EndpointEventBus> eventBuses, String roleArn,
            String endpointId, String endpointUrl, String state) {
    }
}
