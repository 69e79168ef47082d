package dev.fakecloud.sqs;

import dev.fakecloud.sqs.model.SqsShapes.CancelMessageMoveTaskResult;
import dev.fakecloud.sqs.model.SqsShapes.ListMessageMoveTasksRequest;
import dev.fakecloud.sqs.model.SqsShapes.ListMessageMoveTasksResult;
import dev.fakecloud.sqs.model.SqsShapes.StartMessageMoveTaskRequest;
import dev.fakecloud.sqs.model.SqsShapes.TaskHandleResult;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * StartMessageMoveTask / CancelMessageMoveTask / ListMessageMoveTasks: moving a dead-letter queue's messages back
 * to their source queues (or to a given destination), paced by Vert.x timers at the requested rate. Tasks are kept
 * in the state store ({@code sqs.move-tasks}); one still running at a restart goes on where it stopped.
 */
@Startup
@ApplicationScoped
public class MoveTaskService {

    private static final int DEFAULT_RATE = 500;

    private final QueueStore store;
    private final Deliveries deliveries;
    private final Vertx vertx;
    private final Table<String, MoveTaskRecord> table;
    private final Map<String, List<MoveTask>> bySource = new ConcurrentHashMap<>();

    public MoveTaskService(QueueStore store, Deliveries deliveries, Vertx vertx, StateStore states) {
        this.store = store;
        this.deliveries = deliveries;
        this.vertx = vertx;
        this.table = states.table("sqs.move-tasks", String.class, MoveTaskRecord.class);
        table.values().stream().sorted(Comparator.comparingLong(MoveTaskRecord::startedTimestamp).reversed())
                .forEach(r -> bySource.computeIfAbsent(r.sourceArn(), k -> new CopyOnWriteArrayList<>())
                        .add(new MoveTask(r, table)));
    }

    /** Tasks that were running when fakecloud stopped go on. */
    void onStart(@Observes StartupEvent event) {
        bySource.values().forEach(tasks -> tasks.stream().filter(MoveTask::running).forEach(this::schedule));
    }

    public TaskHandleResult start(SqsCall call, StartMessageMoveTaskRequest req) {
        if (req.sourceArn() == null) {
            throw SqsErrors.missingParameter("SourceArn");
        }
        SqsQueue source = store.byArn(req.sourceArn());
        if (source == null) {
            throw SqsErrors.resourceNotFound("The resource that you specified for the SourceArn parameter doesn't exist.");
        }
        if (req.destinationArn() != null && store.byArn(req.destinationArn()) == null) {
            throw SqsErrors.resourceNotFound(
                    "The resource that you specified for the DestinationArn parameter doesn't exist.");
        }
        Integer rate = req.maxNumberOfMessagesPerSecond();
        if (rate != null && (rate < 1 || rate > 500)) {
            throw SqsErrors.invalidParameter(rate, "MaxNumberOfMessagesPerSecond", "Must be between 1 and 500.");
        }
        boolean isDeadLetterQueue = store.inRegion(source.region).stream().anyMatch(q ->
                RedrivePolicy.parse(q.attribute("RedrivePolicy")) instanceof RedrivePolicy p
                        && p.deadLetterTargetArn().equals(source.arn));
        if (!isDeadLetterQueue) {
            throw SqsErrors.invalidParameterValue("Source queue must be configured as a Dead Letter Queue.");
        }
        List<MoveTask> tasks = bySource.computeIfAbsent(source.arn, k -> new CopyOnWriteArrayList<>());
        synchronized (tasks) {
            if (tasks.stream().anyMatch(MoveTask::running)) {
                throw SqsErrors.invalidParameterValue("There is already a task running. Only one active task is "
                        + "allowed for a source queue arn at a given time.");
            }
            String id = UUID.randomUUID().toString();
            String handle = Base64.getEncoder().encodeToString(("{\"taskId\":\"" + id + "\",\"sourceArn\":\""
                    + source.arn + "\"}").getBytes(StandardCharsets.UTF_8));
            long now = System.currentTimeMillis();
            MoveTaskRecord record = new MoveTaskRecord(id, handle, source.arn, req.destinationArn(), rate,
                    source.visibleCount(now), 0, MoveTaskRecord.RUNNING, null, now);
            table.put(id, record);
            MoveTask task = new MoveTask(record, table);
            tasks.add(0, task);
            schedule(task);
            return new TaskHandleResult(handle);
        }
    }

    private void schedule(MoveTask task) {
        MoveTaskRecord state = task.state();
        int rate = state.maxPerSecond() == null ? DEFAULT_RATE : state.maxPerSecond();
        if (state.toMove() <= state.moved()) {
            task.finish("COMPLETED", null);
            return;
        }
        task.timerId = vertx.setPeriodic(Math.max(1, 1000 / rate), id -> step(task));
    }

    private void step(MoveTask task) {
        if (!task.running()) {
            vertx.cancelTimer(task.timerId);
            return;
        }
        MoveTaskRecord state = task.state();
        long now = System.currentTimeMillis();
        SqsQueue source = store.byArn(state.sourceArn());
        QueuedMessage.Snapshot m = source == null ? null : source.takeVisible(now);
        if (m == null) {
            task.finish(source == null ? "FAILED" : "COMPLETED",
                    source == null ? "AWS.SimpleQueueService.NonExistentQueue" : null);
            vertx.cancelTimer(task.timerId);
            return;
        }
        String target = state.destinationArn() != null ? state.destinationArn() : m.sent().deadLetterSourceArn();
        SqsQueue destination = target == null ? null : store.byArn(target);
        if (!redrive(m, destination, now)) {
            source.adopt(m.sent(), m.sent().deadLetterSourceArn(), m.delivery().receiveCount(),
                    m.delivery().firstReceiveTimestamp(), now);
            task.finish("FAILED", "AWS.SimpleQueueService.NonExistentQueue");
            vertx.cancelTimer(task.timerId);
            return;
        }
        deliveries.arrived(destination);
        task.movedOne();
        if (!task.running()) {
            vertx.cancelTimer(task.timerId);
        }
    }

    /** Delivers a moved message afresh to its destination; false when the destination does not exist (any more). */
    private static boolean redrive(QueuedMessage.Snapshot m, SqsQueue destination, long now) {
        if (destination == null) {
            return false;
        }
        try {
            destination.adopt(m.sent(), null, 0, 0, now);
            return true;
        } catch (SqsException deleted) {
            return false;
        }
    }

    public CancelMessageMoveTaskResult cancel(SqsCall call, String taskHandle) {
        if (taskHandle == null) {
            throw SqsErrors.missingParameter("TaskHandle");
        }
        String taskId;
        String sourceArn;
        try {
            String raw = new String(Base64.getDecoder().decode(taskHandle), StandardCharsets.UTF_8);
            taskId = field(raw, "taskId");
            sourceArn = field(raw, "sourceArn");
        } catch (IllegalArgumentException e) {
            throw SqsErrors.invalidParameterValue("Value for parameter TaskHandle is invalid.");
        }
        if (store.byArn(sourceArn) == null) {
            throw SqsErrors.resourceNotFound("The resource that you specified for the SourceArn parameter doesn't exist.");
        }
        MoveTask task = bySource.getOrDefault(sourceArn, List.of()).stream().filter(t -> t.state().id().equals(taskId))
                .filter(MoveTask::running).findFirst()
                .orElseThrow(() -> SqsErrors.resourceNotFound("Task does not exist."));
        task.finish("CANCELLED", null);
        vertx.cancelTimer(task.timerId);
        return new CancelMessageMoveTaskResult(task.moved());
    }

    private static String field(String json, String name) {
        String key = "\"" + name + "\":\"";
        int start = json.indexOf(key);
        int end = start < 0 ? -1 : json.indexOf('"', start + key.length());
        if (end < 0) {
            throw new IllegalArgumentException("no " + name);
        }
        return json.substring(start + key.length(), end);
    }

    public ListMessageMoveTasksResult list(SqsCall call, ListMessageMoveTasksRequest req) {
        if (req.sourceArn() == null) {
            throw SqsErrors.missingParameter("SourceArn");
        }
        if (store.byArn(req.sourceArn()) == null) {
            throw SqsErrors.resourceNotFound("The resource that you specified for the SourceArn parameter doesn't exist.");
        }
        int max = req.maxResults() == null ? 1 : req.maxResults();
        if (max < 1 || max > 10) {
            throw SqsErrors.invalidParameter(max, "MaxResults", "Must be between 1 and 10.");
        }
        List<MoveTask> tasks = bySource.getOrDefault(req.sourceArn(), List.of());
        List<dev.fakecloud.sqs.model.SqsShapes.ListMessageMoveTasksResultEntry> out = new ArrayList<>();
        for (MoveTask t : tasks) {
            if (out.size() == max) {
                break;
            }
            out.add(t.view());
        }
        return new ListMessageMoveTasksResult(out);
    }
}
