package dev.fakecloud.s3;

import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.s3.model.NotificationConfig;
import dev.fakecloud.s3.model.NotificationConfig.Kind;
import dev.fakecloud.s3.notify.NotificationRules;
import dev.fakecloud.s3.notify.S3Notifier;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * PutBucketNotificationConfiguration and GetBucketNotificationConfiguration: destinations checked as S3 checks
 * them (unless {@code x-amz-skip-destination-validation}), and S3's test event sent to each queue and topic.
 */
@ApplicationScoped
public class NotificationService {

    private final Buckets buckets;
    private final RequestBodies bodies;
    private final NotificationRules rules;
    private final S3Notifier notifier;

    public NotificationService(Buckets buckets, RequestBodies bodies, NotificationRules rules, S3Notifier notifier) {
        this.buckets = buckets;
        this.bodies = bodies;
        this.rules = rules;
        this.notifier = notifier;
    }

    Uni<StreamedResponse> put(S3Call call) {
        buckets.require(call.bucket());
        boolean validate = !"true".equalsIgnoreCase(call.header("x-amz-skip-destination-validation"));
        return bodies.optional(call).map(body -> {
            NotificationConfig config = rules.read(body, validate);
            buckets.change(call.bucket(), b -> b.withNotifications(config));
            if (validate) {
                config.destinations().stream().filter(d -> d.kind() != Kind.FUNCTION)
                        .forEach(d -> notifier.sendTestEvent(d.arn(), call.bucket(), call.requestId()));
            }
            return Reply.ok().build();
        });
    }

    Uni<StreamedResponse> get(S3Call call) {
        return Reply.ok().xml(NotificationRules.write(buckets.require(call.bucket()).notifications())).uni();
    }
}
