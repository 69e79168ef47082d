package dev.fakecloud.sns.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/** Request and response shapes of SNS's mobile push (platform applications, endpoints) and SMS operations. */
public final class MobileShapes {

    private MobileShapes() {
    }

    @RegisterForReflection
    public record CreatePlatformApplicationRequest(String name, String platform, Map<String, String> attributes) {
    }

    @RegisterForReflection
    public record PlatformApplicationArnResult(String platformApplicationArn) {
    }

    @RegisterForReflection
    public record PlatformApplicationRequest(String platformApplicationArn, String nextToken) {
    }

    @RegisterForReflection
    public record SetPlatformApplicationAttributesRequest(String platformApplicationArn,
            Map<String, String> attributes) {
    }

    @RegisterForReflection
    public record PlatformApplicationEntry(String platformApplicationArn, Map<String, String> attributes) {
    }

    @RegisterForReflection
    public record ListPlatformApplicationsResult(List<PlatformApplicationEntry> platformApplications,
            String nextToken) {
    }

    @RegisterForReflection
    public record CreatePlatformEndpointRequest(String platformApplicationArn, String token, String customUserData,
            Map<String, String> attributes) {
    }

    @RegisterForReflection
    public record EndpointArnResult(String endpointArn) {
    }

    @RegisterForReflection
    public record EndpointRequest(String endpointArn) {
    }

    @RegisterForReflection
    public record SetEndpointAttributesRequest(String endpointArn, Map<String, String> attributes) {
    }

    @RegisterForReflection
    public record EndpointEntry(String endpointArn, Map<String, String> attributes) {
    }

    @RegisterForReflection
    public record ListEndpointsResult(List<EndpointEntry> endpoints, String nextToken) {
    }

    @RegisterForReflection
    public record SetSmsAttributesRequest(@JsonProperty("attributes") Map<String, String> attributes) {
    }

    @RegisterForReflection
    public record GetSmsAttributesRequest(@JsonProperty("attributes") List<String> attributes) {
    }

    @RegisterForReflection
    public record SmsAttributesResult(@JsonProperty("attributes") Map<String, String> attributes) {
    }

    @RegisterForReflection
    public record PhoneNumberRequest(@JsonProperty("phoneNumber") String phoneNumber) {
    }

    @RegisterForReflection
    public record OptedOutResult(@JsonProperty("isOptedOut") boolean isOptedOut) {
    }

    @RegisterForReflection
    public record ListOptedOutRequest(@JsonProperty("nextToken") String nextToken) {
    }

    @RegisterForReflection
    public record ListOptedOutResult(@JsonProperty("phoneNumbers") List<String> phoneNumbers,
            @JsonProperty("nextToken") String nextToken) {
    }

    @RegisterForReflection
    public record SandboxAccountStatusResult(boolean isInSandbox) {
    }

    @RegisterForReflection
    public record CreateSandboxNumberRequest(String phoneNumber, String languageCode) {
    }

    @RegisterForReflection
    public record SandboxNumberRequest(String phoneNumber) {
    }

    @RegisterForReflection
    public record VerifySandboxNumberRequest(String phoneNumber, String oneTimePassword) {
    }

    @RegisterForReflection
    public record ListPageRequest(String nextToken, Integer maxResults) {
    }

    @RegisterForReflection
    public record SandboxNumber(String phoneNumber, String status) {
    }

    @RegisterForReflection
    public record ListSandboxNumbersResult(List<SandboxNumber> phoneNumbers, String nextToken) {
    }

    @RegisterForReflection
    public record PhoneNumberInformation(String phoneNumber, String status, String iso2CountryCode) {
    }

    @RegisterForReflection
    public record ListOriginationNumbersResult(String nextToken, List<PhoneNumberInformation> phoneNumbers) {
    }
}
