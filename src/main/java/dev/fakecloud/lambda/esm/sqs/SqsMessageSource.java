package dev.fakecloud.lambda.esm.sqs;

import dev.fakecloud.sqs.SqsService;
import dev.fakecloud.sqs.model.SqsShapes.Message;
import java.util.List;

/** A queue of fakecloud's own SQS, read in process by ARN. */
final class SqsMessageSource implements MessageSource {

    private final SqsService sqs;
    private final String queueArn;

    SqsMessageSource(SqsService sqs, String queueArn) {
        this.sqs = sqs;
        this.queueArn = queueArn;
    }

    @Override
    public List<Message> receive(int max) {
        return sqs.receive(queueArn, max);
    }

    @Override
    public void delete(String receiptHandle) {
        sqs.delete(queueArn, receiptHandle);
    }

    @Override
    public boolean giveBack(String receiptHandle) {
        return sqs.changeVisibility(queueArn, receiptHandle, 0);
    }

    @Override
    public AutoCloseable subscribe(Runnable listener) {
        return sqs.onMessageAvailable(queueArn, listener);
    }
}
