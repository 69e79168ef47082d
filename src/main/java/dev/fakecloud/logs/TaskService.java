package dev.fakecloud.logs;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.logs.model.TaskShapes.CancelExportTaskRequest;
import dev.fakecloud.logs.model.TaskShapes.CancelImportTaskRequest;
import dev.fakecloud.logs.model.TaskShapes.CancelImportTaskResponse;
import dev.fakecloud.logs.model.TaskShapes.CreateExportTaskRequest;
import dev.fakecloud.logs.model.TaskShapes.CreateExportTaskResponse;
import dev.fakecloud.logs.model.TaskShapes.CreateImportTaskRequest;
import dev.fakecloud.logs.model.TaskShapes.CreateImportTaskResponse;
import dev.fakecloud.logs.model.TaskShapes.DescribeExportTasksRequest;
import dev.fakecloud.logs.model.TaskShapes.DescribeExportTasksResponse;
import dev.fakecloud.logs.model.TaskShapes.DescribeImportTaskBatchesRequest;
import dev.fakecloud.logs.model.TaskShapes.DescribeImportTaskBatchesResponse;
import dev.fakecloud.logs.model.TaskShapes.DescribeImportTasksRequest;
import dev.fakecloud.logs.model.TaskShapes.DescribeImportTasksResponse;
import dev.fakecloud.logs.model.TaskShapes.ExportTask;
import dev.fakecloud.logs.model.TaskShapes.ExportTaskExecutionInfo;
import dev.fakecloud.logs.model.TaskShapes.ExportTaskStatus;
import dev.fakecloud.logs.model.TaskShapes.Import;
import dev.fakecloud.logs.model.TaskShapes.ImportStatistics;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Export tasks (recorded as COMPLETED at once; the events are not written to S3) and import tasks (recorded as
 * COMPLETED with nothing imported), with their ids, times and cancellation rules.
 */
@Startup
@ApplicationScoped
public class TaskService {

    private final LogGroupService groups;
    private final ScopedTable<ExportTask> exports;
    private final ScopedTable<Import> imports;

    public TaskService(StateStore store, LogGroupService groups) {
        this.groups = groups;
        this.exports = new ScopedTable<>(store, "logs.export-tasks", ExportTask.class);
        this.imports = new ScopedTable<>(store, "logs.import-tasks", Import.class);
    }

    public CreateExportTaskResponse createExport(LogsCall call, CreateExportTaskRequest r) {
        LogsErrors.require(new String[] {"logGroupName", "from", "to", "destination"}, r.logGroupName(), r.from(),
                r.to(), r.destination());
        groups.require(call, r.logGroupName());
        if (r.from() > r.to()) {
            throw LogsErrors.invalidParameter("Specified time range of " + r.from() + " and " + r.to()
                    + " is not valid. Please make sure the values are within the retention period of the log group "
                    + "and from value is less than the to value");
        }
        String id = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        exports.put(call, id, new ExportTask(id, r.taskName(), r.logGroupName(), r.from(), r.to(), r.destination(),
                r.destinationPrefix() == null ? "exportedlogs" : r.destinationPrefix(),
                new ExportTaskStatus("COMPLETED", "Completed successfully"), new ExportTaskExecutionInfo(now, now)));
        return new CreateExportTaskResponse(id);
    }

    public DescribeExportTasksResponse describeExports(LogsCall call, DescribeExportTasksRequest r) {
        List<ExportTask> matching = exports.list(call, "").stream()
                .filter(t -> r.taskId() == null || r.taskId().equals(t.taskId()))
                .filter(t -> r.statusCode() == null || r.statusCode().equals(t.status().code()))
                .toList();
        Page<ExportTask> page = Page.of(matching, ExportTask::taskId, r.nextToken(),
                LogGroupService.limit(r.limit(), 50), LogsErrors::invalidToken);
        return new DescribeExportTasksResponse(page.items(), page.nextMarker());
    }

    public void cancelExport(LogsCall call, CancelExportTaskRequest r) {
        LogsErrors.require("taskId", r.taskId());
        ExportTask t = exports.get(call, r.taskId());
        if (t == null) {
            throw LogsErrors.resourceNotFound("The specified export task does not exist.");
        }
        throw new LogsException("InvalidOperationException", "The export task can not be cancelled in its "
                + "current state: " + t.status().code(), 400);
    }

    public CreateImportTaskResponse createImport(LogsCall call, CreateImportTaskRequest r) {
        LogsErrors.require(new String[] {"importSourceArn", "importRoleArn"}, r.importSourceArn(),
                r.importRoleArn());
        String id = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        String destination = "arn:aws:logs:" + call.region() + ":" + call.accountId() + ":log-group:/aws/import/"
                + id;
        imports.put(call, id, new Import(id, r.importSourceArn(), "COMPLETED", destination, new ImportStatistics(0L),
                r.importFilter(), now, now, null));
        return new CreateImportTaskResponse(id, destination, now);
    }

    public DescribeImportTasksResponse describeImports(LogsCall call, DescribeImportTasksRequest r) {
        List<Import> matching = imports.list(call, "").stream()
                .filter(i -> r.importId() == null || r.importId().equals(i.importId()))
                .filter(i -> r.importStatus() == null || r.importStatus().equals(i.importStatus()))
                .filter(i -> r.importSourceArn() == null || r.importSourceArn().equals(i.importSourceArn()))
                .toList();
        Page<Import> page = Page.of(matching, Import::importId, r.nextToken(), LogGroupService.limit(r.limit(), 50),
                LogsErrors::invalidToken);
        return new DescribeImportTasksResponse(page.items(), page.nextMarker());
    }

    public DescribeImportTaskBatchesResponse describeImportBatches(LogsCall call,
            DescribeImportTaskBatchesRequest r) {
        Import i = requireImport(call, r.importId());
        return new DescribeImportTaskBatchesResponse(i.importSourceArn(), i.importId(), List.of(), null);
    }

    public CancelImportTaskResponse cancelImport(LogsCall call, CancelImportTaskRequest r) {
        Import i = requireImport(call, r.importId());
        throw new LogsException("InvalidOperationException", "The import task can not be cancelled in its current "
                + "state: " + i.importStatus(), 400);
    }

    private Import requireImport(LogsCall call, String id) {
        LogsErrors.require("importId", id);
        Import i = imports.get(call, id);
        if (i == null) {
            throw LogsErrors.resourceNotFound("The specified import task does not exist.");
        }
        return i;
    }
}
