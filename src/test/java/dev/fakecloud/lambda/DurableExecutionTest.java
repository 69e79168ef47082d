package dev.fakecloud.lambda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.durable.DurableExecution;
import dev.fakecloud.lambda.durable.DurableExecutionService;
import dev.fakecloud.support.Clients;
import dev.fakecloud.support.Zips;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CallbackTimeoutException;
import software.amazon.awssdk.services.lambda.model.CheckpointDurableExecutionResponse;
import software.amazon.awssdk.services.lambda.model.Event;
import software.amazon.awssdk.services.lambda.model.EventType;
import software.amazon.awssdk.services.lambda.model.ExecutionStatus;
import software.amazon.awssdk.services.lambda.model.GetDurableExecutionHistoryResponse;
import software.amazon.awssdk.services.lambda.model.GetDurableExecutionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.Operation;
import software.amazon.awssdk.services.lambda.model.OperationAction;
import software.amazon.awssdk.services.lambda.model.OperationStatus;
import software.amazon.awssdk.services.lambda.model.OperationType;
import software.amazon.awssdk.services.lambda.model.OperationUpdate;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;

@QuarkusTest
class DurableExecutionTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    static final Scope SCOPE = new Scope("000000000000", "us-east-1");
    static final String FN_PREFIX = "arn:aws:lambda:us-east-1:000000000000:function:";
    final LambdaClient lambda = Clients.lambda();

    @Inject
    DurableExecutionService executions;

    @Test
    void unknownExecutionsAndCallbacks() {
        String fn = function();
        assertThat(lambda.listDurableExecutionsByFunction(b -> b.functionName(fn)).durableExecutions()).isEmpty();
        String missingFn = fn + "-missing";
        assertThatThrownBy(() -> lambda.listDurableExecutionsByFunction(b -> b.functionName(missingFn)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Function not found: " + FN_PREFIX + missingFn);

        String arn = FN_PREFIX + fn + ":$LATEST/durable-execution/run-1/" + UUID.randomUUID();
        assertThatThrownBy(() -> lambda.getDurableExecution(b -> b.durableExecutionArn(arn)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Durable execution not found: " + arn)
                .satisfies(e -> assertThat(((LambdaException) e).statusCode()).isEqualTo(404));
        assertThatThrownBy(() -> lambda.getDurableExecutionHistory(b -> b.durableExecutionArn(arn)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> lambda.stopDurableExecution(b -> b.durableExecutionArn(arn)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> lambda.getDurableExecutionState(b -> b.durableExecutionArn(arn)
                .checkpointToken("dG9rZW4=")))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("Durable execution not found: " + arn);
        assertThatThrownBy(() -> lambda.checkpointDurableExecution(b -> b.durableExecutionArn(arn)
                .checkpointToken("dG9rZW4=")))
                .isInstanceOf(InvalidParameterValueException.class);

        String callback = "Y2FsbGJhY2s+/w==";
        assertThatThrownBy(() -> lambda.sendDurableExecutionCallbackSuccess(b -> b.callbackId(callback)
                .result(SdkBytes.fromUtf8String("{}"))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Callback not found: " + callback);
        assertThatThrownBy(() -> lambda.sendDurableExecutionCallbackFailure(b -> b.callbackId(callback)
                .error(e -> e.errorMessage("boom"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> lambda.sendDurableExecutionCallbackHeartbeat(b -> b.callbackId(callback)))
                .isInstanceOf(ResourceNotFoundException.class);
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    @Test
    void validatesInputs() {
        assertThatThrownBy(() -> lambda.getDurableExecution(b -> b.durableExecutionArn("arn:aws:lambda:us-east-1:"
                + "000000000000:function:f/durable-execution/x/y")))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("1 validation error detected: Value 'arn:aws:lambda:us-east-1:000000000000:"
                        + "function:f/durable-execution/x/y' at 'durableExecutionArn' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: arn:([a-zA-Z0-9-]+):lambda:")
                .satisfies(e -> assertThat(((LambdaException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"));
        assertThatThrownBy(() -> lambda.sendDurableExecutionCallbackHeartbeat(b -> b.callbackId("not-base64!")))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("1 validation error detected: Value 'not-base64!' at 'callbackId' failed to "
                        + "satisfy constraint: Member must satisfy regular expression pattern: [A-Za-z0-9+/]+={0,2}");
        String fn = function();
        assertThatThrownBy(() -> lambda.listDurableExecutionsByFunction(b -> b.functionName(fn)
                .statusesWithStrings("DONE")))
                .isInstanceOf(LambdaException.class)
                .hasMessageContaining("at 'statuses' failed to satisfy constraint");
        assertThatThrownBy(() -> lambda.listDurableExecutionsByFunction(b -> b.functionName(fn).maxItems(1001)))
                .isInstanceOf(LambdaException.class)
                .hasMessageContaining("Value '1001' at 'maxItems' failed to satisfy constraint: Member must have value "
                        + "less than or equal to 1000");
        DurableExecution e = executions.start(SCOPE, fn, "$LATEST", null, "{}", 900, null);
        assertThatThrownBy(() -> lambda.checkpointDurableExecution(b -> b.durableExecutionArn(e.arn())
                .checkpointToken(e.checkpointToken()).updates(OperationUpdate.builder().id("s 1")
                        .type(OperationType.STEP).action("JUMP").build())))
                .isInstanceOf(LambdaException.class)
                .hasMessageStartingWith("2 validation errors detected: Value 's 1' at 'updates.1.member.id' failed to "
                        + "satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+; Value "
                        + "'JUMP' at 'updates.1.member.action' failed to satisfy constraint: Member must satisfy enum "
                        + "value set: [START, SUCCEED, FAIL, RETRY, CANCEL]");
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    @Test
    void executionRunsThroughCheckpointsAndCallbacks() {
        String fn = function();
        DurableExecution started = executions.start(SCOPE, fn, "$LATEST", "order-42", "{\"order\":42}", 900, null);
        String arn = started.arn();
        assertThat(arn).startsWith(FN_PREFIX + fn + ":$LATEST/durable-execution/order-42/");

        GetDurableExecutionResponse running = lambda.getDurableExecution(b -> b.durableExecutionArn(arn));
        assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(running.durableExecutionName()).isEqualTo("order-42");
        assertThat(running.functionArn()).isEqualTo(FN_PREFIX + fn + ":$LATEST");
        assertThat(running.inputPayload()).isEqualTo("{\"order\":42}");
        assertThat(running.version()).isEqualTo("$LATEST");
        assertThat(running.startTimestamp()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(lambda.listDurableExecutionsByFunction(b -> b.functionName(fn)).durableExecutions())
                .singleElement().satisfies(x -> {
                    assertThat(x.durableExecutionArn()).isEqualTo(arn);
                    assertThat(x.status()).isEqualTo(ExecutionStatus.RUNNING);
                });

        String token0 = started.checkpointToken();
        List<Operation> state = lambda.getDurableExecutionState(b -> b.durableExecutionArn(arn)
                .checkpointToken(token0)).operations();
        assertThat(state).singleElement().satisfies(op -> {
            assertThat(op.type()).isEqualTo(OperationType.EXECUTION);
            assertThat(op.status()).isEqualTo(OperationStatus.STARTED);
            assertThat(op.executionDetails().inputPayload()).isEqualTo("{\"order\":42}");
        });

        CheckpointDurableExecutionResponse first = lambda.checkpointDurableExecution(b -> b.durableExecutionArn(arn)
                .checkpointToken(token0).updates(
                        update("step-1", OperationType.STEP, OperationAction.START, null),
                        update("step-1", OperationType.STEP, OperationAction.SUCCEED, "\"charged\""),
                        update("cb-1", OperationType.CALLBACK, OperationAction.START, null)));
        assertThat(first.checkpointToken()).isNotEqualTo(token0).matches("[A-Za-z0-9+/]+={0,2}");
        List<Operation> changed = first.newExecutionState().operations();
        assertThat(changed).extracting(Operation::id).containsExactly("step-1", "cb-1");
        assertThat(changed.get(0).status()).isEqualTo(OperationStatus.SUCCEEDED);
        assertThat(changed.get(0).stepDetails().result()).isEqualTo("\"charged\"");
        String callbackId = changed.get(1).callbackDetails().callbackId();
        assertThat(callbackId).matches("[A-Za-z0-9+/]+={0,2}");

        assertThatThrownBy(() -> lambda.checkpointDurableExecution(b -> b.durableExecutionArn(arn)
                .checkpointToken(token0)))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("Invalid checkpoint token.");

        lambda.sendDurableExecutionCallbackHeartbeat(b -> b.callbackId(callbackId));
        lambda.sendDurableExecutionCallbackSuccess(b -> b.callbackId(callbackId)
                .result(SdkBytes.fromUtf8String("{\"approved\":true}")));
        assertThatThrownBy(() -> lambda.sendDurableExecutionCallbackSuccess(b -> b.callbackId(callbackId)))
                .isInstanceOf(CallbackTimeoutException.class)
                .hasMessageStartingWith("The callback ID token has either expired or the callback associated with "
                        + "the token has already been closed.")
                .satisfies(e -> assertThat(((LambdaException) e).statusCode()).isEqualTo(400));

        String executionOp = state.get(0).id();
        CheckpointDurableExecutionResponse last = lambda.checkpointDurableExecution(b -> b.durableExecutionArn(arn)
                .checkpointToken(first.checkpointToken()).updates(
                        update(executionOp, OperationType.EXECUTION, OperationAction.SUCCEED, "\"done\"")));
        assertThat(last.newExecutionState().operations()).extracting(Operation::id)
                .containsExactly("cb-1", executionOp);
        assertThat(last.newExecutionState().operations().get(0).callbackDetails().result())
                .isEqualTo("{\"approved\":true}");

        GetDurableExecutionResponse done = lambda.getDurableExecution(b -> b.durableExecutionArn(arn));
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.result()).isEqualTo("\"done\"");
        assertThat(done.endTimestamp()).isNotNull();

        List<Event> events = lambda.getDurableExecutionHistory(b -> b.durableExecutionArn(arn)).events();
        assertThat(events).extracting(Event::eventType).containsExactly(EventType.EXECUTION_STARTED,
                EventType.STEP_STARTED, EventType.STEP_SUCCEEDED, EventType.CALLBACK_STARTED,
                EventType.CALLBACK_SUCCEEDED, EventType.EXECUTION_SUCCEEDED);
        assertThat(events).extracting(Event::eventId).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(events.get(0).executionStartedDetails().input().payload()).isEqualTo("{\"order\":42}");
        assertThat(events.get(0).executionStartedDetails().executionTimeout()).isEqualTo(900);
        assertThat(events.get(1).stepStartedDetails()).isNotNull();
        assertThat(events.get(2).stepSucceededDetails().result().payload()).isEqualTo("\"charged\"");
        assertThat(events.get(3).callbackStartedDetails().callbackId()).isEqualTo(callbackId);
        assertThat(events.get(4).callbackSucceededDetails().result().payload()).isEqualTo("{\"approved\":true}");
        assertThat(events.get(5).executionSucceededDetails().result().payload()).isEqualTo("\"done\"");

        assertThatThrownBy(() -> lambda.stopDurableExecution(b -> b.durableExecutionArn(arn)))
                .isInstanceOf(InvalidParameterValueException.class);
        assertThatThrownBy(() -> lambda.sendDurableExecutionCallbackHeartbeat(b -> b.callbackId(callbackId)))
                .isInstanceOf(CallbackTimeoutException.class);
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    @Test
    void historyPagesReversesAndHidesData() {
        String fn = function();
        DurableExecution e = executions.start(SCOPE, fn, "$LATEST", null, "\"secret\"", 60, null);
        lambda.checkpointDurableExecution(b -> b.durableExecutionArn(e.arn()).checkpointToken(e.checkpointToken())
                .updates(update("ctx", OperationType.CONTEXT, OperationAction.START, null),
                        update("wait", OperationType.WAIT, OperationAction.START, null).toBuilder()
                                .parentId("ctx").waitOptions(w -> w.waitSeconds(30)).build()));
        List<Integer> ids = new ArrayList<>();
        String marker = null;
        do {
            String m = marker;
            GetDurableExecutionHistoryResponse page = lambda.getDurableExecutionHistory(b -> b
                    .durableExecutionArn(e.arn()).maxItems(2).reverseOrder(true).marker(m));
            page.events().forEach(ev -> ids.add(ev.eventId()));
            marker = page.nextMarker();
        } while (marker != null);
        assertThat(ids).containsExactly(3, 2, 1);

        List<Event> withoutData = lambda.getDurableExecutionHistory(b -> b.durableExecutionArn(e.arn())
                .includeExecutionData(false)).events();
        assertThat(withoutData.get(0).executionStartedDetails().input().payload()).isNull();
        assertThat(withoutData.get(2).waitStartedDetails().duration()).isEqualTo(30);
        assertThat(withoutData.get(2).parentId()).isEqualTo("ctx");

        String history = "/2025-12-01/durable-executions/" + encode(e.arn()) + "/history";
        String ctxStarted = given().urlEncodingEnabled(false).when().get(history)
                .then().statusCode(200).extract().jsonPath().getString("Events[1].EventType");
        assertThat(ctxStarted).isEqualTo("ContextStarted");
        given().urlEncodingEnabled(false).when().get(history)
                .then().body("Events[1].ContextStartedDetails.size()", equalTo(0));
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    @Test
    void checkpointsApplyAllOrNothingAndReplayByClientToken() {
        String fn = function();
        DurableExecution e = executions.start(SCOPE, fn, "$LATEST", null, "{}", 60, null);
        String token = e.checkpointToken();
        assertThatThrownBy(() -> lambda.checkpointDurableExecution(b -> b.durableExecutionArn(e.arn())
                .checkpointToken(token).updates(update("a", OperationType.STEP, OperationAction.START, null),
                        update("missing", OperationType.STEP, OperationAction.SUCCEED, "1"))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("Operation missing does not exist.");
        assertThat(lambda.getDurableExecutionState(b -> b.durableExecutionArn(e.arn()).checkpointToken(token))
                .operations()).hasSize(1);
        assertThat(lambda.getDurableExecutionHistory(b -> b.durableExecutionArn(e.arn())).events()).hasSize(1);

        CheckpointDurableExecutionResponse once = lambda.checkpointDurableExecution(b -> b
                .durableExecutionArn(e.arn()).checkpointToken(token).clientToken("retry-me")
                .updates(update("a", OperationType.STEP, OperationAction.START, null)));
        CheckpointDurableExecutionResponse again = lambda.checkpointDurableExecution(b -> b
                .durableExecutionArn(e.arn()).checkpointToken(token).clientToken("retry-me")
                .updates(update("a", OperationType.STEP, OperationAction.START, null)));
        assertThat(again.checkpointToken()).isEqualTo(once.checkpointToken());
        assertThat(lambda.getDurableExecutionHistory(b -> b.durableExecutionArn(e.arn())).events()).hasSize(2);

        CheckpointDurableExecutionResponse retried = lambda.checkpointDurableExecution(b -> b
                .durableExecutionArn(e.arn()).checkpointToken(once.checkpointToken()).updates(
                        update("a", OperationType.STEP, OperationAction.RETRY, null).toBuilder()
                                .stepOptions(s -> s.nextAttemptDelaySeconds(5)).build(),
                        update("a", OperationType.STEP, OperationAction.START, null)));
        Operation step = retried.newExecutionState().operations().get(0);
        assertThat(step.status()).isEqualTo(OperationStatus.STARTED);
        assertThat(step.stepDetails().attempt()).isEqualTo(2);
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    @Test
    void stoppingAnExecution() {
        String fn = function();
        DurableExecution e = executions.start(SCOPE, fn, "$LATEST", "to-stop", "{}", 60, null);
        String callbackId = lambda.checkpointDurableExecution(b -> b.durableExecutionArn(e.arn())
                .checkpointToken(e.checkpointToken()).updates(update("cb", OperationType.CALLBACK,
                        OperationAction.START, null))).newExecutionState().operations().get(0).callbackDetails()
                .callbackId();
        Instant stoppedAt = lambda.stopDurableExecution(b -> b.durableExecutionArn(e.arn())
                .error(x -> x.errorType("Cancelled").errorMessage("by operator"))).stopTimestamp();
        assertThat(stoppedAt).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
        GetDurableExecutionResponse stopped = lambda.getDurableExecution(b -> b.durableExecutionArn(e.arn()));
        assertThat(stopped.status()).isEqualTo(ExecutionStatus.STOPPED);
        assertThat(stopped.error().errorMessage()).isEqualTo("by operator");
        List<Event> events = lambda.getDurableExecutionHistory(b -> b.durableExecutionArn(e.arn())).events();
        assertThat(events.get(events.size() - 1).executionStoppedDetails().error().payload().errorType())
                .isEqualTo("Cancelled");
        assertThatThrownBy(() -> lambda.sendDurableExecutionCallbackFailure(b -> b.callbackId(callbackId)))
                .isInstanceOf(CallbackTimeoutException.class);
        assertThat(lambda.listDurableExecutionsByFunction(b -> b.functionName(fn)
                .statusesWithStrings("STOPPED")).durableExecutions()).hasSize(1);
        assertThat(lambda.listDurableExecutionsByFunction(b -> b.functionName(fn)
                .statusesWithStrings("RUNNING")).durableExecutions()).isEmpty();

        lambda.deleteFunction(b -> b.functionName(fn));
        assertThatThrownBy(() -> lambda.getDurableExecution(b -> b.durableExecutionArn(e.arn())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void listsByNameTimeAndPage() {
        String fn = function();
        Instant before = Instant.now().minusSeconds(1);
        List<String> arns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            arns.add(executions.start(SCOPE, fn, "$LATEST", "run-" + i, "{}", 60, null).arn());
        }
        List<String> seen = new ArrayList<>();
        String marker = null;
        do {
            String m = marker;
            var page = lambda.listDurableExecutionsByFunction(b -> b.functionName(fn).maxItems(2).marker(m));
            page.durableExecutions().forEach(x -> seen.add(x.durableExecutionArn()));
            marker = page.nextMarker();
        } while (marker != null);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(arns).doesNotHaveDuplicates();
        assertThat(lambda.listDurableExecutionsByFunction(b -> b.functionName(fn).durableExecutionName("run-1"))
                .durableExecutions()).extracting(x -> x.durableExecutionArn()).containsExactly(arns.get(1));
        assertThat(lambda.listDurableExecutionsByFunction(b -> b.functionName(fn).startedAfter(before))
                .durableExecutions()).hasSize(3);
        assertThat(lambda.listDurableExecutionsByFunction(b -> b.functionName(fn).startedBefore(before))
                .durableExecutions()).isEmpty();
        assertThat(lambda.listDurableExecutionsByFunction(b -> b.functionName(fn).qualifier("1"))
                .durableExecutions()).isEmpty();
        assertThat(lambda.listDurableExecutionsByFunction(b -> b.functionName(fn).reverseOrder(true))
                .durableExecutions()).extracting(x -> x.durableExecutionArn())
                .containsExactlyInAnyOrderElementsOf(arns);
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    private static OperationUpdate update(String id, OperationType type, OperationAction action, String payload) {
        return OperationUpdate.builder().id(id).type(type).action(action).payload(payload).build();
    }

    private static String encode(String arn) {
        return URLEncoder.encode(arn, StandardCharsets.UTF_8);
    }

    private String function() {
        String name = "durable-fn-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12).role(ROLE)
                .handler("handler.handler").code(c -> c.zipFile(Zips.pythonHandler())));
        lambda.publishVersion(b -> b.functionName(name));
        return name;
    }
}
