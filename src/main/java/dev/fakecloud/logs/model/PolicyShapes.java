package dev.fakecloud.logs.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch Logs (2014-03-28) shapes of resource, account, data protection, index and destination policies, transformers and log group settings, named and typed as the service model names them (AWS JSON 1.1,
 * lower camel case; timestamps in epoch milliseconds unless the model says seconds).
 */
public final class PolicyShapes {

    private PolicyShapes() {
    }

    @RegisterForReflection
    public record AssociateKmsKeyRequest(String logGroupName, String kmsKeyId, String resourceIdentifier) {
    }

    @RegisterForReflection
    public record DeleteAccountPolicyRequest(String policyName, String policyType) {
    }

    @RegisterForReflection
    public record DeleteDataProtectionPolicyRequest(String logGroupIdentifier) {
    }

    @RegisterForReflection
    public record DeleteDestinationRequest(String destinationName) {
    }

    @RegisterForReflection
    public record DeleteIndexPolicyRequest(String logGroupIdentifier) {
    }

    @RegisterForReflection
    public record DeleteIndexPolicyResponse() {
    }

    @RegisterForReflection
    public record DeleteResourcePolicyRequest(String policyName, String resourceArn, String expectedRevisionId) {
    }

    @RegisterForReflection
    public record DeleteTransformerRequest(String logGroupIdentifier) {
    }

    @RegisterForReflection
    public record DescribeAccountPoliciesRequest(String policyType, String policyName,
            List<String> accountIdentifiers, String nextToken) {
    }

    @RegisterForReflection
    public record DescribeAccountPoliciesResponse(List<AccountPolicy> accountPolicies, String nextToken) {
    }

    @RegisterForReflection
    public record AccountPolicy(String policyName, String policyDocument, Long lastUpdatedTime, String policyType,
            String scope, String selectionCriteria, String accountId) {
    }

    @RegisterForReflection
    public record DescribeDestinationsRequest(@JsonProperty("DestinationNamePrefix") String destinationNamePrefix,
            String nextToken, Integer limit) {
    }

    @RegisterForReflection
    public record DescribeDestinationsResponse(List<Destination> destinations, String nextToken) {
    }

    @RegisterForReflection
    public record Destination(String destinationName, String targetArn, String roleArn, String accessPolicy,
            String arn, Long creationTime) {
    }

    @RegisterForReflection
    public record DescribeFieldIndexesRequest(List<String> logGroupIdentifiers, String nextToken) {
    }

    @RegisterForReflection
    public record DescribeFieldIndexesResponse(List<FieldIndex> fieldIndexes, String nextToken) {
    }

    @RegisterForReflection
    public record FieldIndex(String logGroupIdentifier, String fieldIndexName, Long lastScanTime, Long firstEventTime,
            Long lastEventTime, String type) {
    }

    @RegisterForReflection
    public record DescribeIndexPoliciesRequest(List<String> logGroupIdentifiers, String nextToken) {
    }

    @RegisterForReflection
    public record DescribeIndexPoliciesResponse(List<IndexPolicy> indexPolicies, String nextToken) {
    }

    @RegisterForReflection
    public record IndexPolicy(String logGroupIdentifier, Long lastUpdateTime, String policyDocument,
            String policyName, String source) {
    }

    @RegisterForReflection
    public record DescribeResourcePoliciesRequest(String nextToken, Integer limit, String resourceArn,
            String policyScope) {
    }

    @RegisterForReflection
    public record DescribeResourcePoliciesResponse(List<ResourcePolicy> resourcePolicies, String nextToken) {
    }

    @RegisterForReflection
    public record ResourcePolicy(String policyName, String policyDocument, Long lastUpdatedTime, String policyScope,
            String resourceArn, String revisionId) {
    }

    @RegisterForReflection
    public record DisassociateKmsKeyRequest(String logGroupName, String resourceIdentifier) {
    }

    @RegisterForReflection
    public record GetDataProtectionPolicyRequest(String logGroupIdentifier) {
    }

    @RegisterForReflection
    public record GetDataProtectionPolicyResponse(String logGroupIdentifier, String policyDocument,
            Long lastUpdatedTime) {
    }

    @RegisterForReflection
    public record GetTransformerRequest(String logGroupIdentifier) {
    }

    @RegisterForReflection
    public record GetTransformerResponse(String logGroupIdentifier, Long creationTime, Long lastModifiedTime,
            List<Processor> transformerConfig) {
    }

    @RegisterForReflection
    public record Processor(AddKeys addKeys, CopyValue copyValue, CSV csv, DateTimeConverter dateTimeConverter,
            DeleteKeys deleteKeys, Grok grok, ListToMap listToMap, LowerCaseString lowerCaseString, MoveKeys moveKeys,
            ParseCloudfront parseCloudfront, ParseJSON parseJSON, ParseKeyValue parseKeyValue,
            ParseRoute53 parseRoute53, ParseToOCSF parseToOCSF, ParsePostgres parsePostgres, ParseVPC parseVPC,
            ParseWAF parseWAF, RenameKeys renameKeys, SplitString splitString, SubstituteString substituteString,
            TrimString trimString, TypeConverter typeConverter, UpperCaseString upperCaseString) {
    }

    @RegisterForReflection
    public record AddKeys(List<AddKeyEntry> entries) {
    }

    @RegisterForReflection
    public record AddKeyEntry(String key, String value, Boolean overwriteIfExists) {
    }

    @RegisterForReflection
    public record CopyValue(List<CopyValueEntry> entries) {
    }

    @RegisterForReflection
    public record CopyValueEntry(String source, String target, Boolean overwriteIfExists) {
    }

    @RegisterForReflection
    public record CSV(String quoteCharacter, String delimiter, List<String> columns, String source, String destination) {
    }

    @RegisterForReflection
    public record DateTimeConverter(String source, String target, String targetFormat, List<String> matchPatterns,
            String sourceTimezone, String targetTimezone, String locale) {
    }

    @RegisterForReflection
    public record DeleteKeys(List<String> withKeys) {
    }

    @RegisterForReflection
    public record Grok(String source, String match) {
    }

    @RegisterForReflection
    public record ListToMap(String source, String key, String valueKey, String target, Boolean flatten,
            String flattenedElement) {
    }

    @RegisterForReflection
    public record LowerCaseString(List<String> withKeys) {
    }

    @RegisterForReflection
    public record MoveKeys(List<MoveKeyEntry> entries) {
    }

    @RegisterForReflection
    public record MoveKeyEntry(String source, String target, Boolean overwriteIfExists) {
    }

    @RegisterForReflection
    public record ParseCloudfront(String source) {
    }

    @RegisterForReflection
    public record ParseJSON(String source, String destination) {
    }

    @RegisterForReflection
    public record ParseKeyValue(String source, String destination, String fieldDelimiter, String keyValueDelimiter,
            String keyPrefix, String nonMatchValue, Boolean overwriteIfExists) {
    }

    @RegisterForReflection
    public record ParseRoute53(String source) {
    }

    @RegisterForReflection
    public record ParseToOCSF(String source, String eventSource, String ocsfVersion, String mappingVersion) {
    }

    @RegisterForReflection
    public record ParsePostgres(String source) {
    }

    @RegisterForReflection
    public record ParseVPC(String source) {
    }

    @RegisterForReflection
    public record ParseWAF(String source) {
    }

    @RegisterForReflection
    public record RenameKeys(List<RenameKeyEntry> entries) {
    }

    @RegisterForReflection
    public record RenameKeyEntry(String key, String renameTo, Boolean overwriteIfExists) {
    }

    @RegisterForReflection
    public record SplitString(List<SplitStringEntry> entries) {
    }

    @RegisterForReflection
    public record SplitStringEntry(String source, String delimiter) {
    }

    @RegisterForReflection
    public record SubstituteString(List<SubstituteStringEntry> entries) {
    }

    @RegisterForReflection
    public record SubstituteStringEntry(String source, String from, String to) {
    }

    @RegisterForReflection
    public record TrimString(List<String> withKeys) {
    }

    @RegisterForReflection
    public record TypeConverter(List<TypeConverterEntry> entries) {
    }

    @RegisterForReflection
    public record TypeConverterEntry(String key, String type) {
    }

    @RegisterForReflection
    public record UpperCaseString(List<String> withKeys) {
    }

    @RegisterForReflection
    public record PutAccountPolicyRequest(String policyName, String policyDocument, String policyType, String scope,
            String selectionCriteria) {
    }

    @RegisterForReflection
    public record PutAccountPolicyResponse(AccountPolicy accountPolicy) {
    }

    @RegisterForReflection
    public record PutBearerTokenAuthenticationRequest(String logGroupIdentifier,
            Boolean bearerTokenAuthenticationEnabled) {
    }

    @RegisterForReflection
    public record PutDataProtectionPolicyRequest(String logGroupIdentifier, String policyDocument) {
    }

    @RegisterForReflection
    public record PutDataProtectionPolicyResponse(String logGroupIdentifier, String policyDocument,
            Long lastUpdatedTime) {
    }

    @RegisterForReflection
    public record PutDestinationRequest(String destinationName, String targetArn, String roleArn,
            Map<String, String> tags) {
    }

    @RegisterForReflection
    public record PutDestinationResponse(Destination destination) {
    }

    @RegisterForReflection
    public record PutDestinationPolicyRequest(String destinationName, String accessPolicy, Boolean forceUpdate) {
    }

    @RegisterForReflection
    public record PutIndexPolicyRequest(String logGroupIdentifier, String policyDocument) {
    }

    @RegisterForReflection
    public record PutIndexPolicyResponse(IndexPolicy indexPolicy) {
    }

    @RegisterForReflection
    public record PutLogGroupDeletionProtectionRequest(String logGroupIdentifier, Boolean deletionProtectionEnabled) {
    }

    @RegisterForReflection
    public record PutResourcePolicyRequest(String policyName, String policyDocument, String resourceArn,
            String expectedRevisionId) {
    }

    @RegisterForReflection
    public record PutResourcePolicyResponse(ResourcePolicy resourcePolicy, String revisionId) {
    }

    @RegisterForReflection
    public record PutTransformerRequest(String logGroupIdentifier, List<Processor> transformerConfig) {
    }

    @RegisterForReflection
    public record TestTransformerRequest(List<Processor> transformerConfig, List<String> logEventMessages) {
    }

    @RegisterForReflection
    public record TestTransformerResponse(List<TransformedLogRecord> transformedLogs) {
    }

    @RegisterForReflection
    public record TransformedLogRecord(Long eventNumber, String eventMessage, String transformedEventMessage) {
    }
}
