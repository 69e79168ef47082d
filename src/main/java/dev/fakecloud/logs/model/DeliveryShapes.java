package dev.fakecloud.logs.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch Logs (2014-03-28) shapes of deliveries, delivery sources and destinations, configuration templates and integrations, named and typed as the service model names them (AWS JSON 1.1,
 * lower camel case; timestamps in epoch milliseconds unless the model says seconds).
 */
public final class DeliveryShapes {

    private DeliveryShapes() {
    }

    @RegisterForReflection
    public record AssociateSourceToS3TableIntegrationRequest(String integrationArn, DataSource dataSource) {
    }

    @RegisterForReflection
    public record DataSource(String name, String type) {
    }

    @RegisterForReflection
    public record AssociateSourceToS3TableIntegrationResponse(String identifier) {
    }

    @RegisterForReflection
    public record CreateDeliveryRequest(String deliverySourceName, String deliveryDestinationArn,
            List<String> recordFields, String fieldDelimiter, S3DeliveryConfiguration s3DeliveryConfiguration,
            Map<String, String> tags) {
    }

    @RegisterForReflection
    public record S3DeliveryConfiguration(String suffixPath, Boolean enableHiveCompatiblePath) {
    }

    @RegisterForReflection
    public record CreateDeliveryResponse(Delivery delivery) {
    }

    @RegisterForReflection
    public record Delivery(String id, String arn, String deliverySourceName, String deliveryDestinationArn,
            String deliveryDestinationType, List<String> recordFields, String fieldDelimiter,
            S3DeliveryConfiguration s3DeliveryConfiguration, Map<String, String> tags) {
    }

    @RegisterForReflection
    public record DeleteDeliveryRequest(String id) {
    }

    @RegisterForReflection
    public record DeleteDeliveryDestinationRequest(String name) {
    }

    @RegisterForReflection
    public record DeleteDeliveryDestinationPolicyRequest(String deliveryDestinationName) {
    }

    @RegisterForReflection
    public record DeleteDeliverySourceRequest(String name) {
    }

    @RegisterForReflection
    public record DeleteIntegrationRequest(String integrationName, Boolean force) {
    }

    @RegisterForReflection
    public record DeleteIntegrationResponse() {
    }

    @RegisterForReflection
    public record DescribeConfigurationTemplatesRequest(String service, List<String> logTypes,
            List<String> resourceTypes, List<String> deliveryDestinationTypes, String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record DescribeConfigurationTemplatesResponse(List<ConfigurationTemplate> configurationTemplates,
            String nextToken) {
    }

    @RegisterForReflection
    public record ConfigurationTemplate(String service, String logType, String resourceType,
            String deliveryDestinationType, ConfigurationTemplateDeliveryConfigValues defaultDeliveryConfigValues,
            List<RecordField> allowedFields, List<String> allowedOutputFormats,
            String allowedActionForAllowVendedLogsDeliveryForResource, List<String> allowedFieldDelimiters,
            List<String> allowedSuffixPathFields, List<DeliverySourceConfigurationSchema> deliverySourceConfiguration,
            S3TablesIntegration s3TablesIntegration) {
    }

    @RegisterForReflection
    public record ConfigurationTemplateDeliveryConfigValues(List<String> recordFields, String fieldDelimiter,
            S3DeliveryConfiguration s3DeliveryConfiguration) {
    }

    @RegisterForReflection
    public record RecordField(String name, Boolean mandatory) {
    }

    @RegisterForReflection
    public record DeliverySourceConfigurationSchema(String keyName, String valueType, String defaultValue,
            List<String> supportedValues, Double minValue, Double maxValue) {
    }

    @RegisterForReflection
    public record S3TablesIntegration(String datasourceName, String datasourceType) {
    }

    @RegisterForReflection
    public record DescribeDeliveriesRequest(String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record DescribeDeliveriesResponse(List<Delivery> deliveries, String nextToken) {
    }

    @RegisterForReflection
    public record DescribeDeliveryDestinationsRequest(String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record DescribeDeliveryDestinationsResponse(List<DeliveryDestination> deliveryDestinations,
            String nextToken) {
    }

    @RegisterForReflection
    public record DeliveryDestination(String name, String arn, String deliveryDestinationType, String outputFormat,
            DeliveryDestinationConfiguration deliveryDestinationConfiguration, Map<String, String> tags) {
    }

    @RegisterForReflection
    public record DeliveryDestinationConfiguration(String destinationResourceArn) {
    }

    @RegisterForReflection
    public record DescribeDeliverySourcesRequest(String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record DescribeDeliverySourcesResponse(List<DeliverySource> deliverySources, String nextToken) {
    }

    @RegisterForReflection
    public record DeliverySource(String name, String arn, List<String> resourceArns, String service, String logType,
            Map<String, String> tags, Map<String, String> deliverySourceConfiguration, String status,
            String statusReason) {
    }

    @RegisterForReflection
    public record DisassociateSourceFromS3TableIntegrationRequest(String identifier) {
    }

    @RegisterForReflection
    public record DisassociateSourceFromS3TableIntegrationResponse(String identifier) {
    }

    @RegisterForReflection
    public record GetDeliveryRequest(String id) {
    }

    @RegisterForReflection
    public record GetDeliveryResponse(Delivery delivery) {
    }

    @RegisterForReflection
    public record GetDeliveryDestinationRequest(String name) {
    }

    @RegisterForReflection
    public record GetDeliveryDestinationResponse(DeliveryDestination deliveryDestination) {
    }

    @RegisterForReflection
    public record GetDeliveryDestinationPolicyRequest(String deliveryDestinationName) {
    }

    @RegisterForReflection
    public record GetDeliveryDestinationPolicyResponse(Policy policy) {
    }

    @RegisterForReflection
    public record Policy(String deliveryDestinationPolicy) {
    }

    @RegisterForReflection
    public record GetDeliverySourceRequest(String name) {
    }

    @RegisterForReflection
    public record GetDeliverySourceResponse(DeliverySource deliverySource) {
    }

    @RegisterForReflection
    public record GetIntegrationRequest(String integrationName) {
    }

    @RegisterForReflection
    public record GetIntegrationResponse(String integrationName, String integrationType, String integrationStatus,
            IntegrationDetails integrationDetails) {
    }

    @RegisterForReflection
    public record IntegrationDetails(OpenSearchIntegrationDetails openSearchIntegrationDetails) {
    }

    @RegisterForReflection
    public record OpenSearchIntegrationDetails(OpenSearchDataSource dataSource, OpenSearchApplication application,
            OpenSearchCollection collection, OpenSearchWorkspace workspace,
            OpenSearchEncryptionPolicy encryptionPolicy, OpenSearchNetworkPolicy networkPolicy,
            OpenSearchDataAccessPolicy accessPolicy, OpenSearchLifecyclePolicy lifecyclePolicy) {
    }

    @RegisterForReflection
    public record OpenSearchDataSource(String dataSourceName, OpenSearchResourceStatus status) {
    }

    @RegisterForReflection
    public record OpenSearchResourceStatus(String status, String statusMessage) {
    }

    @RegisterForReflection
    public record OpenSearchApplication(String applicationEndpoint, String applicationArn, String applicationId,
            OpenSearchResourceStatus status) {
    }

    @RegisterForReflection
    public record OpenSearchCollection(String collectionEndpoint, String collectionArn,
            OpenSearchResourceStatus status) {
    }

    @RegisterForReflection
    public record OpenSearchWorkspace(String workspaceId, OpenSearchResourceStatus status) {
    }

    @RegisterForReflection
    public record OpenSearchEncryptionPolicy(String policyName, OpenSearchResourceStatus status) {
    }

    @RegisterForReflection
    public record OpenSearchNetworkPolicy(String policyName, OpenSearchResourceStatus status) {
    }

    @RegisterForReflection
    public record OpenSearchDataAccessPolicy(String policyName, OpenSearchResourceStatus status) {
    }

    @RegisterForReflection
    public record OpenSearchLifecyclePolicy(String policyName, OpenSearchResourceStatus status) {
    }

    @RegisterForReflection
    public record ListIntegrationsRequest(String integrationNamePrefix, String integrationType,
            String integrationStatus) {
    }

    @RegisterForReflection
    public record ListIntegrationsResponse(List<IntegrationSummary> integrationSummaries) {
    }

    @RegisterForReflection
    public record IntegrationSummary(String integrationName, String integrationType, String integrationStatus) {
    }

    @RegisterForReflection
    public record ListSourcesForS3TableIntegrationRequest(String integrationArn, Integer maxResults, String nextToken) {
    }

    @RegisterForReflection
    public record ListSourcesForS3TableIntegrationResponse(List<S3TableIntegrationSource> sources, String nextToken) {
    }

    @RegisterForReflection
    public record S3TableIntegrationSource(String identifier, DataSource dataSource, String status,
            String statusReason, Long createdTimeStamp, String parentSourceIdentifier) {
    }

    @RegisterForReflection
    public record PutDeliveryDestinationRequest(String name, String outputFormat,
            DeliveryDestinationConfiguration deliveryDestinationConfiguration, String deliveryDestinationType,
            Map<String, String> tags) {
    }

    @RegisterForReflection
    public record PutDeliveryDestinationResponse(DeliveryDestination deliveryDestination) {
    }

    @RegisterForReflection
    public record PutDeliveryDestinationPolicyRequest(String deliveryDestinationName, String deliveryDestinationPolicy) {
    }

    @RegisterForReflection
    public record PutDeliveryDestinationPolicyResponse(Policy policy) {
    }

    @RegisterForReflection
    public record PutDeliverySourceRequest(String name, String resourceArn, String logType, Map<String, String> tags,
            Map<String, String> deliverySourceConfiguration) {
    }

    @RegisterForReflection
    public record PutDeliverySourceResponse(DeliverySource deliverySource) {
    }

    @RegisterForReflection
    public record PutIntegrationRequest(String integrationName, ResourceConfig resourceConfig, String integrationType) {
    }

    @RegisterForReflection
    public record ResourceConfig(OpenSearchResourceConfig openSearchResourceConfig) {
    }

    @RegisterForReflection
    public record OpenSearchResourceConfig(String kmsKeyArn, String dataSourceRoleArn,
            List<String> dashboardViewerPrincipals, String applicationArn, Integer retentionDays) {
    }

    @RegisterForReflection
    public record PutIntegrationResponse(String integrationName, String integrationStatus) {
    }

    @RegisterForReflection
    public record UpdateDeliveryConfigurationRequest(String id, List<String> recordFields, String fieldDelimiter,
            S3DeliveryConfiguration s3DeliveryConfiguration) {
    }

    @RegisterForReflection
    public record UpdateDeliveryConfigurationResponse() {
    }
}
