package dev.fakecloud.runtime;

import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Functions, queues and what the functions received, for the tests of SQS event source mappings. */
final class SqsMappingSupport {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";

    /** Reports records whose body contains 'fail' as item failures, and raises on 'crash'. */
    static final String HANDLER = """
            import json
            def handler(event, context):
                failures = []
                for record in event['Records']:
                    if 'fail' in record['body']:
                        failures.append({'itemIdentifier': record['messageId']})
                    if 'crash' in record['body']:
                        raise RuntimeError('crash')
                return {'batchItemFailures': failures}
            """;

    final LambdaClient lambda = Clients.lambda();
    final SqsClient sqs = Clients.sqs();

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A python function with {@code code} as handler.py, and its timeout. */
    String function(String name, String code, int timeoutSeconds) {
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").role(ROLE).handler("handler.handler")
                .timeout(timeoutSeconds)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(Zips.of(Map.of("handler.py", code))))));
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(name));
        return name;
    }

    String function(int timeoutSeconds) {
        return function(unique("sqsfn"), HANDLER, timeoutSeconds);
    }

    /**
     * Invokes the function once with an empty batch, so that the mapping's first batch finds a warm environment and
     * is not still starting when the queue's visibility timeout ends.
     */
    String warm(String function) {
        lambda.invoke(b -> b.functionName(function).payload(SdkBytes.fromUtf8String("{\"Records\": []}")));
        return function;
    }

    String queue(String prefix, Map<QueueAttributeName, String> attributes) {
        return sqs.createQueue(b -> b.queueName(unique(prefix)).attributes(attributes)).queueUrl();
    }

    String queueArn(String url) {
        return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    /** The payloads of the function's invocations by SQS, oldest first. */
    static List<String> sqsPayloads(String function) {
        return RestAssured.get("/_fakecloud/lambda/invocations?functionName=" + function).then().extract().jsonPath()
                .getList("invocations.findAll { it.source == 'aws:sqs' }.payload");
    }

    /** Visible plus in-flight messages. */
    int messagesLeft(String url) {
        Map<QueueAttributeName, String> a = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    String lastProcessingResult(String uuid) {
        return lambda.getEventSourceMapping(b -> b.uuid(uuid)).lastProcessingResult();
    }
}
