package dev.fakecloud.lambda;

import static dev.fakecloud.lambda.EsmFixtures.dynamoStreamArn;
import static dev.fakecloud.lambda.EsmFixtures.fifoQueueArn;
import static dev.fakecloud.lambda.EsmFixtures.kinesisArn;
import static dev.fakecloud.lambda.EsmFixtures.queueArn;
import static dev.fakecloud.lambda.EsmFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingRequest;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;
import software.amazon.awssdk.services.lambda.model.Filter;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.SourceAccessType;

/** The errors of the event source mapping operations: codes, statuses and AWS's messages. */
@QuarkusTest
class EventSourceMappingValidationTest {

    final LambdaClient lambda = Clients.lambda();
    final EsmFixtures fx = new EsmFixtures(lambda);

    @Test
    void unknownUuidIsNotFoundForGetUpdateAndDelete() {
        String uuid = UUID.randomUUID().toString();
        for (Runnable call : List.<Runnable>of(
                () -> lambda.getEventSourceMapping(b -> b.uuid(uuid)),
                () -> lambda.updateEventSourceMapping(b -> b.uuid(uuid).enabled(false)),
                () -> lambda.deleteEventSourceMapping(b -> b.uuid(uuid)))) {
            assertThatThrownBy(call::run).isInstanceOf(ResourceNotFoundException.class)
                    .hasMessageStartingWith("The resource you requested does not exist.")
                    .satisfies(e -> assertThat(((LambdaException) e).statusCode()).isEqualTo(404));
        }
    }

    @Test
    void sourceAndFunctionMustBeKnown() {
        invalid(b -> b.functionName("doesnotexist"), "Unrecognized event source.");
        invalid(b -> b.functionName("doesnotexist").eventSourceArn("arn:aws:s3:::bucket:x"),
                "Unrecognized event source.");
        invalid(b -> b.functionName("doesnotexist").eventSourceArn(queueArn()), "Function does not exist");
        String fn = fx.function();
        invalid(b -> b.functionName(fn + ":nosuchalias").eventSourceArn(queueArn()), "Function does not exist");
        invalid(b -> b.functionName(fn + ":42").eventSourceArn(queueArn()), "Function does not exist");
    }

    @Test
    void modelConstraintsAreValidationErrors() {
        String fn = fx.function();
        validation(b -> b.functionName(fn).eventSourceArn(kinesisArn()).startingPosition("invalid"),
                "1 validation error detected: Value 'invalid' at 'startingPosition' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]");
        validation(b -> b.functionName(fn).eventSourceArn(queueArn()).batchSize(10001),
                "1 validation error detected: Value '10001' at 'batchSize' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 10000");
        validation(b -> b.functionName(fn).eventSourceArn(queueArn()).maximumBatchingWindowInSeconds(301),
                "1 validation error detected: Value '301' at 'maximumBatchingWindowInSeconds' failed to satisfy "
                        + "constraint: Member must have value less than or equal to 300");
        validation(b -> b.functionName(fn).eventSourceArn(queueArn()).scalingConfig(s -> s.maximumConcurrency(1)),
                "1 validation error detected: Value '1' at 'scalingConfig.maximumConcurrency' failed to satisfy "
                        + "constraint: Member must have value greater than or equal to 2");
        validation(b -> b.functionName(fn).eventSourceArn(queueArn()).functionResponseTypesWithStrings("Bogus"),
                "1 validation error detected: Value '[Bogus]' at 'functionResponseTypes' failed to satisfy "
                        + "constraint: Member must satisfy constraint: [Member must satisfy enum value set: "
                        + "[ReportBatchItemFailures], Member must not be null]");
        validation(b -> b.functionName(fn).eventSourceArn("not-an-arn"),
                "1 validation error detected: Value 'not-an-arn' at 'eventSourceArn' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:"
                        + "([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)");
        validation(b -> b.functionName(fn).eventSourceArn(kinesisArn()).startingPosition(EventSourcePosition.LATEST)
                        .parallelizationFactor(11).maximumRetryAttempts(-2),
                "2 validation errors detected: Value '11' at 'parallelizationFactor' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 10; Value '-2' at 'maximumRetryAttempts' "
                        + "failed to satisfy constraint: Member must have value greater than or equal to -1");
    }

    @Test
    void startingPositionRules() {
        String fn = fx.function();
        String missing = "1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: "
                + "Member must not be null.";
        invalid(b -> b.functionName(fn).eventSourceArn(kinesisArn()), missing);
        invalid(b -> b.functionName(fn).eventSourceArn(dynamoStreamArn()), missing);
        invalid(b -> b.functionName(fn).selfManagedEventSource(s -> s.endpointsWithStrings(
                Map.of("KAFKA_BOOTSTRAP_SERVERS", List.of("kafka:1000")))).topics("topic")
                .sourceAccessConfigurations(a -> a.type(SourceAccessType.BASIC_AUTH).uri("arn:aws:secret")), missing);
        String stream = dynamoStreamArn();
        invalid(b -> b.functionName(fn).eventSourceArn(stream).startingPosition(EventSourcePosition.AT_TIMESTAMP)
                .startingPositionTimestamp(java.time.Instant.now()),
                "Unsupported starting position for arn type: " + stream);
        invalid(b -> b.functionName(fn).eventSourceArn(queueArn()).startingPosition(EventSourcePosition.LATEST),
                "StartingPosition is not valid for SQS event sources.");
        invalid(b -> b.functionName(fn).eventSourceArn(kinesisArn())
                .startingPosition(EventSourcePosition.AT_TIMESTAMP),
                "StartingPositionTimestamp must be provided when StartingPosition is AT_TIMESTAMP.");
    }

    @Test
    void sqsBatchSizeAndWindowRules() {
        String fn = fx.function();
        String needsWindow = "Maximum batch window in seconds must be greater than 0 if maximum batch size is greater "
                + "than 10";
        invalid(b -> b.functionName(fn).eventSourceArn(queueArn()).batchSize(11), needsWindow);
        var big = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(queueArn()).batchSize(10000)
                .maximumBatchingWindowInSeconds(1));
        assertThat(big.batchSize()).isEqualTo(10000);
        invalid(b -> b.functionName(fn).eventSourceArn(fifoQueueArn()).batchSize(11),
                "Maximum batch size must be between 1 and 10 inclusive");
        invalid(b -> b.functionName(fn).eventSourceArn(fifoQueueArn()).maximumBatchingWindowInSeconds(5),
                "Batching window is not supported for FIFO queues");
        assertThat(lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(fifoQueueArn())
                .batchSize(10)).batchSize()).isEqualTo(10);

        var small = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(queueArn()));
        fx.awaitState(small.uuid(), "Enabled");
        assertThatThrownBy(() -> lambda.updateEventSourceMapping(b -> b.uuid(small.uuid()).batchSize(11)))
                .isInstanceOf(InvalidParameterValueException.class).hasMessageStartingWith(needsWindow);
        assertThat(lambda.updateEventSourceMapping(b -> b.uuid(small.uuid()).batchSize(11)
                .maximumBatchingWindowInSeconds(1)).batchSize()).isEqualTo(11);
    }

    @Test
    void filterPatternsMustBeEventPatterns() {
        String fn = fx.function();
        for (String pattern : List.of("simple string", "null", "{\"eventSource\": \"aws:sqs\"}",
                "{\"eventSource\": []}", "[{\"eventName\": [\"INSERT\"=123}]", "{}",
                "{\"body\": {\"a\": [{\"numeric\": [\">\", \"x\"]}]}}", "{\"a\": [{\"bogus\": 1}]}")) {
            invalid(b -> b.functionName(fn).eventSourceArn(queueArn())
                    .filterCriteria(f -> f.filters(Filter.builder().pattern(pattern).build())),
                    "Invalid filter pattern definition.");
        }
        invalid(b -> b.functionName(fn).eventSourceArn(queueArn())
                .filterCriteria(f -> f.filters(Filter.builder().build())), "Invalid filter pattern definition.");
        List<Filter> six = Collections.nCopies(6, Filter.builder().pattern("{\"a\": [\"b\"]}").build());
        invalid(b -> b.functionName(fn).eventSourceArn(queueArn()).filterCriteria(f -> f.filters(six)),
                "The number of filters exceeds the limit of 5.");

        String valid = "{\"body\": {\"n\": [{\"numeric\": [\">=\", 100, \"<\", 200]}], \"e\": [{\"exists\": true}],"
                + " \"p\": [{\"prefix\": \"us-\"}], \"x\": [{\"anything-but\": [\"a\", \"b\"]}], \"s\": [\"v\", 1, null]}}";
        var created = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(queueArn())
                .filterCriteria(f -> f.filters(Filter.builder().pattern(valid).build(),
                        Filter.builder().pattern("{\"$or\": [{\"a\": [\"1\"]}, {\"b\": [\"2\"]}]}").build())));
        assertThat(created.filterCriteria().filters()).extracting(Filter::pattern).first().isEqualTo(valid);

        var empty = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(dynamoStreamArn())
                .startingPosition(EventSourcePosition.LATEST).filterCriteria(f -> f.filters(List.of())));
        assertThat(empty.filterCriteria()).isNull();

        fx.awaitState(created.uuid(), "Enabled");
        var cleared = lambda.updateEventSourceMapping(b -> b.uuid(created.uuid())
                .filterCriteria(f -> f.filters(List.of())));
        assertThat(cleared.filterCriteria()).isNull();
    }

    @Test
    void parametersThatDoNotApplyToTheSource() {
        String fn = fx.function();
        String unsupportedDestination = "Unsupported DestinationConfig parameter for given event source mapping type.";
        invalid(b -> b.functionName("doesnotexist").eventSourceArn(kinesisArn())
                .startingPosition(EventSourcePosition.LATEST)
                .destinationConfig(d -> d.onSuccess(o -> o.destination(queueArn()))), unsupportedDestination);
        invalid(b -> b.functionName(fn).eventSourceArn(queueArn())
                .destinationConfig(d -> d.onFailure(o -> o.destination(queueArn()))), unsupportedDestination);
        invalid(b -> b.functionName(fn).eventSourceArn(kinesisArn()).startingPosition(EventSourcePosition.LATEST)
                .scalingConfig(s -> s.maximumConcurrency(5)),
                "Unsupported ScalingConfig parameter for given event source mapping type.");
        var scaled = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(queueArn())
                .scalingConfig(s -> s.maximumConcurrency(2)));
        assertThat(scaled.scalingConfig().maximumConcurrency()).isEqualTo(2);
    }

    @Test
    void aStreamOrQueueThatDoesNotExistIsRefused() {
        String fn = fx.function();
        String kinesis = EsmFixtures.missingKinesisArn(unique("nostream"));
        invalid(b -> b.functionName(fn).eventSourceArn(kinesis).startingPosition(EventSourcePosition.LATEST),
                "Stream not found: " + kinesis)
                .satisfies(e -> assertThat(((LambdaException) e).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidParameterValueException"));
        String dynamo = "arn:aws:dynamodb:us-east-1:000000000000:table/" + unique("notable")
                + "/stream/2025-02-22T03:03:25.490";
        invalid(b -> b.functionName(fn).eventSourceArn(dynamo).startingPosition(EventSourcePosition.TRIM_HORIZON),
                "Stream not found: " + dynamo);
        String queue = "arn:aws:sqs:us-east-1:000000000000:" + unique("noqueue");
        invalid(b -> b.functionName(fn).eventSourceArn(queue), "Error occurred while ReceiveMessage. SQS Error Code: "
                + "AWS.SimpleQueueService.NonExistentQueue. SQS Error Message: The specified queue does not exist.");
        assertThat(lambda.listEventSourceMappings(b -> b.functionName(fn)).eventSourceMappings()).isEmpty();
    }

    @Test
    void requiredParametersPerSource() {
        String fn = fx.function();
        invalid(b -> b.functionName(fn).selfManagedEventSource(s -> s.endpointsWithStrings(
                Map.of("KAFKA_BOOTSTRAP_SERVERS", List.of("kafka:1000")))).topics("topic")
                .startingPosition(EventSourcePosition.TRIM_HORIZON),
                "Required 'sourceAccessConfigurations' parameter is missing.");
        invalid(b -> b.functionName(fn).eventSourceArn("arn:aws:kafka:us-east-1:000000000000:cluster/c/1")
                .startingPosition(EventSourcePosition.LATEST), "Required 'topics' parameter is missing.");
        invalid(b -> b.functionName(fn).eventSourceArn("arn:aws:mq:us-east-1:000000000000:broker:b:b-1")
                .sourceAccessConfigurations(a -> a.type(SourceAccessType.BASIC_AUTH).uri("arn:aws:secret")),
                "Required 'queues' parameter is missing.");
    }

    @Test
    void duplicateMappingsConflictWithAwsWording() {
        String fn = fx.function();
        String queue = queueArn();
        String sqsUuid = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(queue)).uuid();
        conflict(b -> b.functionName(fn).eventSourceArn(queue), "An event source mapping with SQS arn (\" " + queue
                + " \") and function (\" " + fn + " \") already exists. Please update or delete the existing mapping "
                + "with UUID " + sqsUuid);

        String stream = kinesisArn();
        String kinesisUuid = lambda.createEventSourceMapping(b -> b.functionName(fn).eventSourceArn(stream)
                .startingPosition(EventSourcePosition.LATEST)).uuid();
        conflict(b -> b.functionName(fn).eventSourceArn(stream).startingPosition(EventSourcePosition.TRIM_HORIZON),
                "The event source arn (\" " + stream + " \") and function (\" " + fn + " \") provided mapping already "
                        + "exists. Please update or delete the existing mapping with UUID " + kinesisUuid);

        String server = unique("kafka") + ":1000";
        Consumer<CreateEventSourceMappingRequest.Builder> kafka = b -> b.functionName(fn).topics("topic")
                .startingPosition(EventSourcePosition.TRIM_HORIZON)
                .sourceAccessConfigurations(a -> a.type(SourceAccessType.BASIC_AUTH).uri("arn:aws:secret"));
        String kafkaUuid = lambda.createEventSourceMapping(b -> kafka.accept(b.selfManagedEventSource(s ->
                s.endpointsWithStrings(Map.of("KAFKA_BOOTSTRAP_SERVERS", List.of(server)))))).uuid();
        String fnArn = EsmFixtures.PREFIX + "function:" + fn;
        conflict(b -> kafka.accept(b.selfManagedEventSource(s -> s.endpointsWithStrings(
                Map.of("KAFKA_BOOTSTRAP_SERVERS", List.of(server, "kafka:2000"))))),
                "An event source mapping with event source (\"" + server + ",kafka:2000\"), function (\"" + fnArn
                        + "\"), topics (\"topic\") already exists. Please update or delete the existing mapping with "
                        + "UUID " + kafkaUuid);

        String otherFn = fx.function();
        assertThat(lambda.createEventSourceMapping(b -> b.functionName(otherFn).eventSourceArn(queue)).uuid())
                .isNotEqualTo(sqsUuid);
    }

    @Test
    void listValidatesItsFilters() {
        assertThatThrownBy(() -> lambda.listEventSourceMappings(b -> b.maxItems(0)))
                .isInstanceOf(LambdaException.class)
                .satisfies(e -> assertThat(((LambdaException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"))
                .hasMessageStartingWith("1 validation error detected: Value '0' at 'maxItems' failed to satisfy "
                        + "constraint: Member must have value greater than or equal to 1");
        assertThatThrownBy(() -> lambda.listEventSourceMappings(b -> b.eventSourceArn("nope")))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("1 validation error detected: Value 'nope' at 'eventSourceArn'");
    }

    @Test
    void tooManyTagsOnCreate() {
        String fn = fx.function();
        Map<String, String> tags = new java.util.HashMap<>();
        for (int i = 0; i < 51; i++) {
            tags.put("k" + i, "v");
        }
        invalid(b -> b.functionName(fn).eventSourceArn(queueArn()).tags(tags),
                "Number of tags exceeds resource tag limit.");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> invalid(
            Consumer<CreateEventSourceMappingRequest.Builder> request, String message) {
        return assertThatThrownBy(() -> lambda.createEventSourceMapping(request))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith(message + " (Service: Lambda, Status Code: 400")
                .satisfies(e -> assertThat(((LambdaException) e).statusCode()).isEqualTo(400));
    }

    private void validation(Consumer<CreateEventSourceMappingRequest.Builder> request, String message) {
        assertThatThrownBy(() -> lambda.createEventSourceMapping(request))
                .isInstanceOf(LambdaException.class)
                .satisfies(e -> assertThat(((LambdaException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"))
                .satisfies(e -> assertThat(((LambdaException) e).statusCode()).isEqualTo(400))
                .hasMessageStartingWith(message + " (Service: Lambda");
    }

    private void conflict(Consumer<CreateEventSourceMappingRequest.Builder> request, String message) {
        assertThatThrownBy(() -> lambda.createEventSourceMapping(request))
                .isInstanceOf(ResourceConflictException.class)
                .hasMessageStartingWith(message + " (Service: Lambda, Status Code: 409");
    }
}
