package dev.fakecloud.sqs;

import dev.fakecloud.sqs.model.SqsShapes.AddPermissionRequest;
import dev.fakecloud.sqs.model.SqsShapes.AttributesResult;
import dev.fakecloud.sqs.model.SqsShapes.CreateQueueRequest;
import dev.fakecloud.sqs.model.SqsShapes.GetQueueAttributesRequest;
import dev.fakecloud.sqs.model.SqsShapes.GetQueueUrlRequest;
import dev.fakecloud.sqs.model.SqsShapes.ListDeadLetterSourceQueuesRequest;
import dev.fakecloud.sqs.model.SqsShapes.ListDeadLetterSourceQueuesResult;
import dev.fakecloud.sqs.model.SqsShapes.ListQueueTagsResult;
import dev.fakecloud.sqs.model.SqsShapes.ListQueuesRequest;
import dev.fakecloud.sqs.model.SqsShapes.ListQueuesResult;
import dev.fakecloud.sqs.model.SqsShapes.QueueUrlResult;
import dev.fakecloud.sqs.model.SqsShapes.SetQueueAttributesRequest;
import dev.fakecloud.sqs.model.SqsShapes.TagQueueRequest;
import dev.fakecloud.sqs.model.SqsShapes.UntagQueueRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Queue lifecycle, attributes and tags. */
@ApplicationScoped
public class QueueService {

    private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern FIFO_NAME = Pattern.compile("[A-Za-z0-9_-]{1,75}\\.fifo");

    private final QueueStore store;
    private final Event<QueueLifecycle> lifecycle;

    public QueueService(QueueStore store, Event<QueueLifecycle> lifecycle) {
        this.store = store;
        this.lifecycle = lifecycle;
    }

    /** The queue a QueueUrl names (or the request path, for path-style Query calls). */
    SqsQueue resolve(SqsCall call, String queueUrl) {
        String url = queueUrl != null ? queueUrl : call.pathQueueUrl();
        if (url == null || url.isEmpty()) {
            throw SqsErrors.missingParameter("QueueUrl");
        }
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        SqsQueue queue = store.get(call.region(), name);
        if (queue == null) {
            throw SqsErrors.queueDoesNotExist();
        }
        return queue;
    }

    public QueueUrlResult create(SqsCall call, CreateQueueRequest req) {
        String name = req.queueName();
        if (name == null) {
            throw SqsErrors.missingParameter("QueueName");
        }
        Map<String, String> attrs = req.attributes() == null ? Map.of() : req.attributes();
        boolean fifoName = name.endsWith(".fifo");
        boolean fifoAttr = "true".equalsIgnoreCase(attrs.get("FifoQueue"));
        if (!(fifoName ? FIFO_NAME : QUEUE_NAME).matcher(name).matches()) {
            throw SqsErrors.invalidParameterValue("Can only include alphanumeric characters, hyphens, or underscores. "
                    + "1 to 80 in length");
        }
        if (fifoAttr && !fifoName) {
            throw SqsErrors.invalidParameterValue(
                    "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must"
                            + " end with .fifo suffix and be 1 to 80 in length.");
        }
        if (fifoName && !fifoAttr) {
            throw SqsErrors.invalidParameterValue("Can only include alphanumeric characters, hyphens, or underscores. "
                    + "1 to 80 in length");
        }
        QueueAttributes.validate(attrs, fifoName, true);
        long now = System.currentTimeMillis();
        QueueStore.Created created = store.create(name, call.accountId(), call.region(), normalized(attrs),
                req.tags(), now);
        SqsQueue stored = created.queue();
        if (!created.isNew()) {
            String conflict = stored.conflictingAttribute(normalized(attrs));
            if (conflict != null) {
                throw SqsErrors.queueAlreadyExists(conflict);
            }
        } else {
            lifecycle.fire(new QueueLifecycle(stored.arn, true));
        }
        return new QueueUrlResult(stored.url(call.baseUrl()));
    }

    private static Map<String, String> normalized(Map<String, String> attrs) {
        Map<String, String> out = new LinkedHashMap<>();
        attrs.forEach((k, v) -> out.put(k, k.equals("FifoQueue") || k.equals("ContentBasedDeduplication")
                || k.equals("SqsManagedSseEnabled") ? v.toLowerCase(java.util.Locale.ROOT) : v));
        return out;
    }

    public QueueUrlResult getUrl(SqsCall call, GetQueueUrlRequest req) {
        if (req.queueName() == null) {
            throw SqsErrors.missingParameter("QueueName");
        }
        SqsQueue queue = store.get(call.region(), req.queueName());
        if (queue == null) {
            throw SqsErrors.queueDoesNotExist();
        }
        return new QueueUrlResult(queue.url(call.baseUrl()));
    }

    public ListQueuesResult list(SqsCall call, ListQueuesRequest req) {
        if (req.maxResults() != null && (req.maxResults() < 1 || req.maxResults() > 1000)) {
            throw SqsErrors.invalidParameter(req.maxResults(), "MaxResults", "MaxResults must be an integer between 1 and 1000.");
        }
        String prefix = req.queueNamePrefix() == null ? "" : req.queueNamePrefix();
        List<String> urls = store.inRegion(call.region()).stream().filter(q -> q.name.startsWith(prefix))
                .map(q -> q.url(call.baseUrl())).toList();
        return page(urls, req.nextToken(), req.maxResults(), ListQueuesResult::new);
    }

    public ListDeadLetterSourceQueuesResult deadLetterSources(SqsCall call, ListDeadLetterSourceQueuesRequest req) {
        SqsQueue dlq = resolve(call, req.queueUrl());
        List<String> urls = store.inRegion(call.region()).stream()
                .filter(q -> RedrivePolicy.parse(q.attribute("RedrivePolicy")) instanceof RedrivePolicy p
                        && p.deadLetterTargetArn().equals(dlq.arn))
                .map(q -> q.url(call.baseUrl())).toList();
        return page(urls, req.nextToken(), req.maxResults(), ListDeadLetterSourceQueuesResult::new);
    }

    private static <R> R page(List<String> urls, String token, Integer max,
            java.util.function.BiFunction<List<String>, String, R> result) {
        int start = 0;
        if (token != null) {
            String after = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            while (start < urls.size() && urls.get(start).compareTo(after) <= 0) {
                start++;
            }
        }
        int limit = max == null ? 1000 : max;
        int end = Math.min(urls.size(), start + limit);
        List<String> pageUrls = urls.subList(start, end);
        String next = max != null && end < urls.size()
                ? Base64.getEncoder().encodeToString(urls.get(end - 1).getBytes(StandardCharsets.UTF_8)) : null;
        return result.apply(List.copyOf(pageUrls), next);
    }

    public void delete(SqsCall call, String queueUrl) {
        SqsQueue queue = resolve(call, queueUrl);
        store.remove(queue);
        lifecycle.fire(new QueueLifecycle(queue.arn, false));
    }

    public AttributesResult getAttributes(SqsCall call, GetQueueAttributesRequest req) {
        SqsQueue queue = resolve(call, req.queueUrl());
        List<String> names = req.attributeNames() == null ? List.of() : req.attributeNames();
        Map<String, String> all = queue.snapshot(System.currentTimeMillis());
        if (names.contains("All")) {
            return new AttributesResult(all);
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String n : names) {
            if (!QueueAttributes.isReadable(n)) {
                throw SqsErrors.unknownAttribute(n);
            }
            if (all.containsKey(n)) {
                chosen.put(n, all.get(n));
            }
        }
        return new AttributesResult(chosen.isEmpty() ? null : chosen);
    }

    public void setAttributes(SqsCall call, SetQueueAttributesRequest req) {
        SqsQueue queue = resolve(call, req.queueUrl());
        Map<String, String> attrs = req.attributes() == null ? Map.of() : req.attributes();
        QueueAttributes.validate(attrs, queue.fifo, false);
        if (attrs.containsKey("RedrivePolicy") && !attrs.get("RedrivePolicy").isEmpty()) {
            RedrivePolicy policy = RedrivePolicy.parse(attrs.get("RedrivePolicy"));
            if (policy == null || store.byArn(policy.deadLetterTargetArn()) == null) {
                throw SqsErrors.invalidParameterValue("Value " + attrs.get("RedrivePolicy")
                        + " for parameter RedrivePolicy is invalid. Reason: Dead letter target does not exist.");
            }
        }
        queue.setAttributes(normalized(attrs), System.currentTimeMillis());
    }

    public void tag(SqsCall call, TagQueueRequest req) {
        resolve(call, req.queueUrl()).tag(req.tags() == null ? Map.of() : req.tags());
    }

    public void untag(SqsCall call, UntagQueueRequest req) {
        resolve(call, req.queueUrl()).untag(req.tagKeys() == null ? List.of() : req.tagKeys());
    }

    public ListQueueTagsResult tags(SqsCall call, String queueUrl) {
        Map<String, String> tags = resolve(call, queueUrl).tags();
        return new ListQueueTagsResult(tags.isEmpty() ? null : tags);
    }

    public void addPermission(SqsCall call, AddPermissionRequest req) {
        QueuePolicies.add(resolve(call, req.queueUrl()), req);
    }

    public void removePermission(SqsCall call, String queueUrl, String label) {
        QueuePolicies.remove(resolve(call, queueUrl), label);
    }
}
