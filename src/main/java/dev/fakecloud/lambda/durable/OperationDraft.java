package dev.fakecloud.lambda.durable;

import dev.fakecloud.lambda.model.DurableShapes.CallbackDetails;
import dev.fakecloud.lambda.model.DurableShapes.ChainedInvokeDetails;
import dev.fakecloud.lambda.model.DurableShapes.ContextDetails;
import dev.fakecloud.lambda.model.DurableShapes.ExecutionDetails;
import dev.fakecloud.lambda.model.DurableShapes.Operation;
import dev.fakecloud.lambda.model.DurableShapes.StepDetails;
import dev.fakecloud.lambda.model.DurableShapes.WaitDetails;

/** A mutable copy of an {@link Operation}, to derive its next state member by member. */
final class OperationDraft {

    String id;
    String parentId;
    String name;
    String type;
    String subType;
    Double startTimestamp;
    Double endTimestamp;
    String status;
    ExecutionDetails executionDetails;
    ContextDetails contextDetails;
    StepDetails stepDetails;
    WaitDetails waitDetails;
    CallbackDetails callbackDetails;
    ChainedInvokeDetails chainedInvokeDetails;

    static OperationDraft of(Operation o) {
        OperationDraft d = new OperationDraft();
        d.id = o.id();
        d.parentId = o.parentId();
        d.name = o.name();
        d.type = o.type();
        d.subType = o.subType();
        d.startTimestamp = o.startTimestamp();
        d.endTimestamp = o.endTimestamp();
        d.status = o.status();
        d.executionDetails = o.executionDetails();
        d.contextDetails = o.contextDetails();
        d.stepDetails = o.stepDetails();
        d.waitDetails = o.waitDetails();
        d.callbackDetails = o.callbackDetails();
        d.chainedInvokeDetails = o.chainedInvokeDetails();
        return d;
    }

    Operation build() {
        return new Operation(id, parentId, name, type, subType, startTimestamp, endTimestamp, status,
                executionDetails, contextDetails, stepDetails, waitDetails, callbackDetails, chainedInvokeDetails);
    }
}
