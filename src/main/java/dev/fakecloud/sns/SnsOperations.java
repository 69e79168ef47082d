package dev.fakecloud.sns;

import static dev.fakecloud.gateway.RpcOperation.empty;
import static dev.fakecloud.gateway.RpcOperation.result;

import dev.fakecloud.sns.model.MobileShapes.CreatePlatformApplicationRequest;
import dev.fakecloud.sns.model.MobileShapes.CreatePlatformEndpointRequest;
import dev.fakecloud.sns.model.MobileShapes.CreateSandboxNumberRequest;
import dev.fakecloud.sns.model.MobileShapes.EndpointRequest;
import dev.fakecloud.sns.model.MobileShapes.GetSmsAttributesRequest;
import dev.fakecloud.sns.model.MobileShapes.ListOptedOutRequest;
import dev.fakecloud.sns.model.MobileShapes.ListPageRequest;
import dev.fakecloud.sns.model.MobileShapes.PhoneNumberRequest;
import dev.fakecloud.sns.model.MobileShapes.PlatformApplicationRequest;
import dev.fakecloud.sns.model.MobileShapes.SandboxNumberRequest;
import dev.fakecloud.sns.model.MobileShapes.SetEndpointAttributesRequest;
import dev.fakecloud.sns.model.MobileShapes.SetPlatformApplicationAttributesRequest;
import dev.fakecloud.sns.model.MobileShapes.SetSmsAttributesRequest;
import dev.fakecloud.sns.model.MobileShapes.VerifySandboxNumberRequest;
import dev.fakecloud.sns.model.SnsShapes.AddPermissionRequest;
import dev.fakecloud.sns.model.SnsShapes.ConfirmSubscriptionRequest;
import dev.fakecloud.sns.model.SnsShapes.CreateTopicRequest;
import dev.fakecloud.sns.model.SnsShapes.Empty;
import dev.fakecloud.sns.model.SnsShapes.ListSubscriptionsByTopicRequest;
import dev.fakecloud.sns.model.SnsShapes.NextTokenRequest;
import dev.fakecloud.sns.model.SnsShapes.PublishBatchRequest;
import dev.fakecloud.sns.model.SnsShapes.PublishRequest;
import dev.fakecloud.sns.model.SnsShapes.PutDataProtectionPolicyRequest;
import dev.fakecloud.sns.model.SnsShapes.RemovePermissionRequest;
import dev.fakecloud.sns.model.SnsShapes.ResourceRequest;
import dev.fakecloud.sns.model.SnsShapes.SetSubscriptionAttributesRequest;
import dev.fakecloud.sns.model.SnsShapes.SetTopicAttributesRequest;
import dev.fakecloud.sns.model.SnsShapes.SubscribeRequest;
import dev.fakecloud.sns.model.SnsShapes.SubscriptionRequest;
import dev.fakecloud.sns.model.SnsShapes.TagResourceRequest;
import dev.fakecloud.sns.model.SnsShapes.TopicRequest;
import dev.fakecloud.sns.model.SnsShapes.UntagResourceRequest;
import dev.fakecloud.gateway.RpcOperation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SNS operation table: all 42 operations of the 2010-03-31 API, by name, to request record and handler. Each row
 * says what its operation answers: a result shape ({@code result}; {@link Empty} for the operations whose result
 * element is present but empty) or no result element at all ({@code empty}).
 */
@ApplicationScoped
public class SnsOperations {

    private static final Empty EMPTY = new Empty();

    private final Map<String, RpcOperation<SnsCall, ?, ?>> byName;

    public SnsOperations(TopicService topics, SubscriptionService subscriptions, PublishService publisher,
            PlatformService platforms, SmsService sms) {
        List<RpcOperation<SnsCall, ?, ?>> table = List.of(
                result("CreateTopic", CreateTopicRequest.class, topics::create),
                empty("DeleteTopic", TopicRequest.class, (c, r) -> topics.delete(c, r.topicArn())),
                result("ListTopics", NextTokenRequest.class, (c, r) -> topics.list(c, r.nextToken())),
                result("GetTopicAttributes", TopicRequest.class, (c, r) -> topics.attributes(c, r.topicArn())),
                empty("SetTopicAttributes", SetTopicAttributesRequest.class, topics::setAttribute),
                empty("AddPermission", AddPermissionRequest.class, topics::addPermission),
                empty("RemovePermission", RemovePermissionRequest.class,
                        (c, r) -> topics.removePermission(c, r.topicArn(), r.label())),
                result("TagResource", TagResourceRequest.class, (c, r) -> {
                    topics.tag(c, r);
                    return EMPTY;
                }),
                result("UntagResource", UntagResourceRequest.class, (c, r) -> {
                    topics.untag(c, r);
                    return EMPTY;
                }),
                result("ListTagsForResource", ResourceRequest.class, (c, r) -> topics.listTags(c, r.resourceArn())),
                empty("PutDataProtectionPolicy", PutDataProtectionPolicyRequest.class, topics::putDataProtectionPolicy),
                result("GetDataProtectionPolicy", ResourceRequest.class,
                        (c, r) -> topics.dataProtectionPolicy(c, r.resourceArn())),
                result("Subscribe", SubscribeRequest.class, subscriptions::subscribe),
                result("ConfirmSubscription", ConfirmSubscriptionRequest.class, subscriptions::confirm),
                empty("Unsubscribe", SubscriptionRequest.class, (c, r) -> subscriptions.unsubscribe(c,
                        r.subscriptionArn())),
                result("GetSubscriptionAttributes", SubscriptionRequest.class,
                        (c, r) -> subscriptions.attributes(c, r.subscriptionArn())),
                empty("SetSubscriptionAttributes", SetSubscriptionAttributesRequest.class, subscriptions::setAttribute),
                result("ListSubscriptions", NextTokenRequest.class, (c, r) -> subscriptions.list(c, r.nextToken())),
                result("ListSubscriptionsByTopic", ListSubscriptionsByTopicRequest.class,
                        (c, r) -> subscriptions.listByTopic(c, r.topicArn(), r.nextToken())),
                result("Publish", PublishRequest.class, publisher::publish),
                result("PublishBatch", PublishBatchRequest.class, publisher::publishBatch),
                result("CreatePlatformApplication", CreatePlatformApplicationRequest.class, platforms::createApplication),
                result("GetPlatformApplicationAttributes", PlatformApplicationRequest.class,
                        (c, r) -> platforms.applicationAttributes(c, r.platformApplicationArn())),
                empty("SetPlatformApplicationAttributes", SetPlatformApplicationAttributesRequest.class,
                        (c, r) -> platforms.setApplicationAttributes(c, r.platformApplicationArn(), r.attributes())),
                empty("DeletePlatformApplication", PlatformApplicationRequest.class,
                        (c, r) -> platforms.deleteApplication(c, r.platformApplicationArn())),
                result("ListPlatformApplications", NextTokenRequest.class,
                        (c, r) -> platforms.listApplications(c, r.nextToken())),
                result("CreatePlatformEndpoint", CreatePlatformEndpointRequest.class, platforms::createEndpoint),
                result("GetEndpointAttributes", EndpointRequest.class,
                        (c, r) -> platforms.endpointAttributes(c, r.endpointArn())),
                empty("SetEndpointAttributes", SetEndpointAttributesRequest.class,
                        (c, r) -> platforms.setEndpointAttributes(c, r.endpointArn(), r.attributes())),
                empty("DeleteEndpoint", EndpointRequest.class, (c, r) -> platforms.deleteEndpoint(c, r.endpointArn())),
                result("ListEndpointsByPlatformApplication", PlatformApplicationRequest.class,
                        (c, r) -> platforms.listEndpoints(c, r.platformApplicationArn(), r.nextToken())),
                result("SetSMSAttributes", SetSmsAttributesRequest.class, (c, r) -> {
                    sms.setAttributes(c, r.attributes());
                    return EMPTY;
                }),
                result("GetSMSAttributes", GetSmsAttributesRequest.class, (c, r) -> sms.attributes(c, r.attributes())),
                result("CheckIfPhoneNumberIsOptedOut", PhoneNumberRequest.class,
                        (c, r) -> sms.optedOut(c, r.phoneNumber())),
                result("ListPhoneNumbersOptedOut", ListOptedOutRequest.class,
                        (c, r) -> sms.listOptedOut(c, r.nextToken())),
                result("OptInPhoneNumber", PhoneNumberRequest.class, (c, r) -> {
                    sms.optIn(c, r.phoneNumber());
                    return EMPTY;
                }),
                result("GetSMSSandboxAccountStatus", Empty.class, (c, r) -> sms.sandboxStatus(c)),
                result("CreateSMSSandboxPhoneNumber", CreateSandboxNumberRequest.class, (c, r) -> {
                    sms.createSandboxNumber(c, r);
                    return EMPTY;
                }),
                result("VerifySMSSandboxPhoneNumber", VerifySandboxNumberRequest.class, (c, r) -> {
                    sms.verifySandboxNumber(c, r);
                    return EMPTY;
                }),
                result("DeleteSMSSandboxPhoneNumber", SandboxNumberRequest.class, (c, r) -> {
                    sms.deleteSandboxNumber(c, r.phoneNumber());
                    return EMPTY;
                }),
                result("ListSMSSandboxPhoneNumbers", ListPageRequest.class,
                        (c, r) -> sms.listSandboxNumbers(c, r.nextToken(), r.maxResults())),
                result("ListOriginationNumbers", ListPageRequest.class, (c, r) -> sms.originationNumbers(c)));
        this.byName = table.stream().collect(Collectors.toUnmodifiableMap(RpcOperation::name, Function.identity()));
    }

    RpcOperation<SnsCall, ?, ?> get(String name) {
        return byName.get(name);
    }

    Set<String> names() {
        return byName.keySet();
    }
}
