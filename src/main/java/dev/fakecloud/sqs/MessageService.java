package dev.fakecloud.sqs;

import dev.fakecloud.sqs.model.SqsShapes.BatchIdEntry;
import dev.fakecloud.sqs.model.SqsShapes.BatchResultErrorEntry;
import dev.fakecloud.sqs.model.SqsShapes.ChangeMessageVisibilityBatchRequest;
import dev.fakecloud.sqs.model.SqsShapes.ChangeMessageVisibilityBatchRequestEntry;
import dev.fakecloud.sqs.model.SqsShapes.ChangeMessageVisibilityRequest;
import dev.fakecloud.sqs.model.SqsShapes.DeleteMessageBatchRequest;
import dev.fakecloud.sqs.model.SqsShapes.DeleteMessageBatchRequestEntry;
import dev.fakecloud.sqs.model.SqsShapes.DeleteMessageRequest;
import dev.fakecloud.sqs.model.SqsShapes.IdBatchResult;
import dev.fakecloud.sqs.model.SqsShapes.SendMessageBatchRequest;
import dev.fakecloud.sqs.model.SqsShapes.SendMessageBatchRequestEntry;
import dev.fakecloud.sqs.model.SqsShapes.SendMessageBatchResult;
import dev.fakecloud.sqs.model.SqsShapes.SendMessageBatchResultEntry;
import dev.fakecloud.sqs.model.SqsShapes.SendMessageRequest;
import dev.fakecloud.sqs.model.SqsShapes.SendMessageResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Sending, deleting and re-timing messages, single and in batches. Receiving lives in {@link ReceiveService}. */
@ApplicationScoped
public class MessageService {

    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private final QueueService queues;
    private final MessageValidator validator;
    private final Deliveries deliveries;

    public MessageService(QueueService queues, MessageValidator validator, Deliveries deliveries) {
        this.queues = queues;
        this.validator = validator;
        this.deliveries = deliveries;
    }

    public SendMessageResult send(SqsCall call, SendMessageRequest req) {
        SqsQueue queue = queues.resolve(call, req.queueUrl());
        MessageDraft draft = validator.draft(queue, call, req.messageBody(), req.messageAttributes(),
                req.messageSystemAttributes(), req.delaySeconds(), req.messageGroupId(),
                req.messageDeduplicationId());
        long now = System.currentTimeMillis();
        MessageDraft.Accepted m = queue.add(draft, now);
        deliveries.arrived(queue);
        if (m.visibleAt() > now) {
            deliveries.visibleAt(queue, m.visibleAt());
        }
        return new SendMessageResult(m.md5OfBody(), m.md5OfAttributes(), m.md5OfSystemAttributes(), m.messageId(),
                m.sequenceNumber());
    }

    public SendMessageBatchResult sendBatch(SqsCall call, SendMessageBatchRequest req) {
        SqsQueue queue = queues.resolve(call, req.queueUrl());
        List<SendMessageBatchRequestEntry> entries = checkBatch(req.entries(), SendMessageBatchRequestEntry::id,
                "SendMessageBatchRequestEntry");
        long total = 0;
        for (SendMessageBatchRequestEntry e : entries) {
            total += e.messageBody() == null ? 0 : MessageValidator.size(e.messageBody(), e.messageAttributes());
        }
        if (total > QueueAttributes.MAX_MESSAGE_SIZE) {
            throw SqsErrors.batchRequestTooLong(total, QueueAttributes.MAX_MESSAGE_SIZE);
        }
        List<SendMessageBatchResultEntry> ok = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (SendMessageBatchRequestEntry e : entries) {
            try {
                MessageDraft draft = validator.draft(queue, call, e.messageBody(), e.messageAttributes(),
                        e.messageSystemAttributes(), e.delaySeconds(), e.messageGroupId(),
                        e.messageDeduplicationId());
                long now = System.currentTimeMillis();
                MessageDraft.Accepted m = queue.add(draft, now);
                if (m.visibleAt() > now) {
                    deliveries.visibleAt(queue, m.visibleAt());
                }
                ok.add(new SendMessageBatchResultEntry(e.id(), m.messageId(), m.md5OfBody(), m.md5OfAttributes(),
                        m.md5OfSystemAttributes(), m.sequenceNumber()));
            } catch (SqsException ex) {
                failed.add(failure(e.id(), ex));
            }
        }
        if (!ok.isEmpty()) {
            deliveries.arrived(queue);
        }
        return new SendMessageBatchResult(ok, failed);
    }

    public void delete(SqsCall call, DeleteMessageRequest req) {
        SqsQueue queue = queues.resolve(call, req.queueUrl());
        deleteOne(queue, req.receiptHandle());
    }

    private void deleteOne(SqsQueue queue, String handle) {
        if (handle == null) {
            throw SqsErrors.missingParameter("ReceiptHandle");
        }
        if (!ReceiptHandles.wellFormed(handle, queue.arn)) {
            throw SqsErrors.receiptHandleIsInvalid(handle);
        }
        if (!queue.delete(handle, System.currentTimeMillis())) {
            throw SqsErrors.invalidParameter(handle, "ReceiptHandle", "The receipt handle has expired.");
        }
    }

    public IdBatchResult deleteBatch(SqsCall call, DeleteMessageBatchRequest req) {
        SqsQueue queue = queues.resolve(call, req.queueUrl());
        List<DeleteMessageBatchRequestEntry> entries = checkBatch(req.entries(), DeleteMessageBatchRequestEntry::id,
                "DeleteMessageBatchRequestEntry");
        return eachEntry(entries, DeleteMessageBatchRequestEntry::id, e -> deleteOne(queue, e.receiptHandle()));
    }

    public void changeVisibility(SqsCall call, ChangeMessageVisibilityRequest req) {
        SqsQueue queue = queues.resolve(call, req.queueUrl());
        changeOne(queue, req.receiptHandle(), req.visibilityTimeout());
    }

    private void changeOne(SqsQueue queue, String handle, Integer timeout) {
        if (handle == null) {
            throw SqsErrors.missingParameter("ReceiptHandle");
        }
        if (timeout == null) {
            throw SqsErrors.missingParameter("VisibilityTimeout");
        }
        if (timeout < 0 || timeout > 43_200) {
            throw SqsErrors.invalidParameter(timeout, "VisibilityTimeout",
                    "Must be between 0 and 43200, if provided.");
        }
        if (!ReceiptHandles.wellFormed(handle, queue.arn)) {
            throw SqsErrors.receiptHandleIsInvalid(handle);
        }
        if (!queue.changeVisibility(handle, timeout, System.currentTimeMillis())) {
            throw SqsErrors.messageNotInflight(handle);
        }
        if (timeout == 0) {
            deliveries.arrived(queue);
        } else {
            deliveries.visibleAt(queue, System.currentTimeMillis() + timeout * 1000L);
        }
    }

    public IdBatchResult changeVisibilityBatch(SqsCall call, ChangeMessageVisibilityBatchRequest req) {
        SqsQueue queue = queues.resolve(call, req.queueUrl());
        List<ChangeMessageVisibilityBatchRequestEntry> entries = checkBatch(req.entries(),
                ChangeMessageVisibilityBatchRequestEntry::id, "ChangeMessageVisibilityBatchRequestEntry");
        return eachEntry(entries, ChangeMessageVisibilityBatchRequestEntry::id,
                e -> changeOne(queue, e.receiptHandle(), e.visibilityTimeout()));
    }

    public void purge(SqsCall call, String queueUrl) {
        SqsQueue queue = queues.resolve(call, queueUrl);
        if (!queue.purge(System.currentTimeMillis())) {
            throw SqsErrors.purgeInProgress(queue.name);
        }
    }

    private static <E> IdBatchResult eachEntry(List<E> entries, Function<E, String> id, Consumer<E> action) {
        List<BatchIdEntry> ok = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (E e : entries) {
            try {
                action.accept(e);
                ok.add(new BatchIdEntry(id.apply(e)));
            } catch (SqsException ex) {
                failed.add(failure(id.apply(e), ex));
            }
        }
        return new IdBatchResult(ok, failed);
    }

    private static BatchResultErrorEntry failure(String id, SqsException ex) {
        return new BatchResultErrorEntry(id, ex.senderFault(), ex.queryErrorCode(), ex.getMessage());
    }

    private static <E> List<E> checkBatch(List<E> entries, Function<E, String> id, String shape) {
        if (entries == null || entries.isEmpty()) {
            throw SqsErrors.emptyBatch(shape);
        }
        if (entries.size() > 10) {
            throw SqsErrors.tooManyEntries(entries.size());
        }
        Set<String> seen = new HashSet<>();
        for (E e : entries) {
            String entryId = id.apply(e);
            if (entryId == null || !BATCH_ID.matcher(entryId).matches()) {
                throw SqsErrors.invalidBatchEntryId();
            }
            if (!seen.add(entryId)) {
                throw SqsErrors.batchEntryIdsNotDistinct(entryId);
            }
        }
        return entries;
    }
}
