package dev.fakecloud.sns;

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
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The SNS operation table: all 42 operations of the 2010-03-31 API, by name, to request record and handler. */
@ApplicationScoped
public class SnsOperations {

    private static final Empty EMPTY = new Empty();

    private final Map<String, SnsOperation<?>> byName;

    public SnsOperations(TopicService topics, SubscriptionService subscriptions, PublishService publisher,
            PlatformService platforms, SmsService sms) {
        List<SnsOperation<?>> table = List.of(
                op("CreateTopic", CreateTopicRequest.class, topics::create),
                done("DeleteTopic", TopicRequest.class, (c, r) -> topics.delete(c, r.topicArn())),
                op("ListTopics", NextTokenRequest.class, (c, r) -> topics.list(c, r.nextToken())),
                op("GetTopicAttributes", TopicRequest.class, (c, r) -> topics.attributes(c, r.topicArn())),
                done("SetTopicAttributes", SetTopicAttributesRequest.class, topics::setAttribute),
                done("AddPermission", AddPermissionRequest.class, topics::addPermission),
                done("RemovePermission", RemovePermissionRequest.class,
                        (c, r) -> topics.removePermission(c, r.topicArn(), r.label())),
                op("TagResource", TagResourceRequest.class, (c, r) -> {
                    topics.tag(c, r);
                    return EMPTY;
                }),
                op("UntagResource", UntagResourceRequest.class, (c, r) -> {
                    topics.untag(c, r);
                    return EMPTY;
                }),
                op("ListTagsForResource", ResourceRequest.class, (c, r) -> topics.listTags(c, r.resourceArn())),
                done("PutDataProtectionPolicy", PutDataProtectionPolicyRequest.class, topics::putDataProtectionPolicy),
                op("GetDataProtectionPolicy", ResourceRequest.class,
                        (c, r) -> topics.dataProtectionPolicy(c, r.resourceArn())),
                op("Subscribe", SubscribeRequest.class, subscriptions::subscribe),
                op("ConfirmSubscription", ConfirmSubscriptionRequest.class, subscriptions::confirm),
                done("Unsubscribe", SubscriptionRequest.class, (c, r) -> subscriptions.unsubscribe(c,
                        r.subscriptionArn())),
                op("GetSubscriptionAttributes", SubscriptionRequest.class,
                        (c, r) -> subscriptions.attributes(c, r.subscriptionArn())),
                done("SetSubscriptionAttributes", SetSubscriptionAttributesRequest.class, subscriptions::setAttribute),
                op("ListSubscriptions", NextTokenRequest.class, (c, r) -> subscriptions.list(c, r.nextToken())),
                op("ListSubscriptionsByTopic", ListSubscriptionsByTopicRequest.class,
                        (c, r) -> subscriptions.listByTopic(c, r.topicArn(), r.nextToken())),
                op("Publish", PublishRequest.class, publisher::publish),
                op("PublishBatch", PublishBatchRequest.class, publisher::publishBatch),
                op("CreatePlatformApplication", CreatePlatformApplicationRequest.class, platforms::createApplication),
                op("GetPlatformApplicationAttributes", PlatformApplicationRequest.class,
                        (c, r) -> platforms.applicationAttributes(c, r.platformApplicationArn())),
                done("SetPlatformApplicationAttributes", SetPlatformApplicationAttributesRequest.class,
                        (c, r) -> platforms.setApplicationAttributes(c, r.platformApplicationArn(), r.attributes())),
                done("DeletePlatformApplication", PlatformApplicationRequest.class,
                        (c, r) -> platforms.deleteApplication(c, r.platformApplicationArn())),
                op("ListPlatformApplications", NextTokenRequest.class,
                        (c, r) -> platforms.listApplications(c, r.nextToken())),
                op("CreatePlatformEndpoint", CreatePlatformEndpointRequest.class, platforms::createEndpoint),
                op("GetEndpointAttributes", EndpointRequest.class,
                        (c, r) -> platforms.endpointAttributes(c, r.endpointArn())),
                done("SetEndpointAttributes", SetEndpointAttributesRequest.class,
                        (c, r) -> platforms.setEndpointAttributes(c, r.endpointArn(), r.attributes())),
                done("DeleteEndpoint", EndpointRequest.class, (c, r) -> platforms.deleteEndpoint(c, r.endpointArn())),
                op("ListEndpointsByPlatformApplication", PlatformApplicationRequest.class,
                        (c, r) -> platforms.listEndpoints(c, r.platformApplicationArn(), r.nextToken())),
                op("SetSMSAttributes", SetSmsAttributesRequest.class, (c, r) -> {
                    sms.setAttributes(c, r.attributes());
                    return EMPTY;
                }),
                op("GetSMSAttributes", GetSmsAttributesRequest.class, (c, r) -> sms.attributes(c, r.attributes())),
                op("CheckIfPhoneNumberIsOptedOut", PhoneNumberRequest.class,
                        (c, r) -> sms.optedOut(c, r.phoneNumber())),
                op("ListPhoneNumbersOptedOut", ListOptedOutRequest.class,
                        (c, r) -> sms.listOptedOut(c, r.nextToken())),
                op("OptInPhoneNumber", PhoneNumberRequest.class, (c, r) -> {
                    sms.optIn(c, r.phoneNumber());
                    return EMPTY;
                }),
                op("GetSMSSandboxAccountStatus", Empty.class, (c, r) -> sms.sandboxStatus(c)),
                op("CreateSMSSandboxPhoneNumber", CreateSandboxNumberRequest.class, (c, r) -> {
                    sms.createSandboxNumber(c, r);
                    return EMPTY;
                }),
                op("VerifySMSSandboxPhoneNumber", VerifySandboxNumberRequest.class, (c, r) -> {
                    sms.verifySandboxNumber(c, r);
                    return EMPTY;
                }),
                op("DeleteSMSSandboxPhoneNumber", SandboxNumberRequest.class, (c, r) -> {
                    sms.deleteSandboxNumber(c, r.phoneNumber());
                    return EMPTY;
                }),
                op("ListSMSSandboxPhoneNumbers", ListPageRequest.class,
                        (c, r) -> sms.listSandboxNumbers(c, r.nextToken(), r.maxResults())),
                op("ListOriginationNumbers", ListPageRequest.class, (c, r) -> sms.originationNumbers(c)));
        this.byName = table.stream().collect(Collectors.toUnmodifiableMap(SnsOperation::name, Function.identity()));
    }

    private static <R> SnsOperation<R> op(String name, Class<R> type, java.util.function.BiFunction<SnsCall, R, Object> h) {
        return new SnsOperation<>(name, type, h);
    }

    /** An operation whose result is empty. */
    private static <R> SnsOperation<R> done(String name, Class<R> type, BiConsumer<SnsCall, R> h) {
        return new SnsOperation<>(name, type, (c, r) -> {
            h.accept(c, r);
            return null;
        });
    }

    SnsOperation<?> get(String name) {
        return byName.get(name);
    }

    Set<String> names() {
        return byName.keySet();
    }
}
