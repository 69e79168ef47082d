package dev.fakecloud.logs;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.logs.model.TaskShapes.AnomalyDetector;
import dev.fakecloud.logs.model.TaskShapes.CreateLogAnomalyDetectorRequest;
import dev.fakecloud.logs.model.TaskShapes.CreateLogAnomalyDetectorResponse;
import dev.fakecloud.logs.model.TaskShapes.DeleteLogAnomalyDetectorRequest;
import dev.fakecloud.logs.model.TaskShapes.GetLogAnomalyDetectorRequest;
import dev.fakecloud.logs.model.TaskShapes.GetLogAnomalyDetectorResponse;
import dev.fakecloud.logs.model.TaskShapes.ListAnomaliesRequest;
import dev.fakecloud.logs.model.TaskShapes.ListAnomaliesResponse;
import dev.fakecloud.logs.model.TaskShapes.ListLogAnomalyDetectorsRequest;
import dev.fakecloud.logs.model.TaskShapes.ListLogAnomalyDetectorsResponse;
import dev.fakecloud.logs.model.TaskShapes.UpdateAnomalyRequest;
import dev.fakecloud.logs.model.TaskShapes.UpdateLogAnomalyDetectorRequest;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Log anomaly detectors, stored as AWS stores them; no anomalies are ever detected (ListAnomalies is empty). */
@Startup
@ApplicationScoped
public class AnomalyService {

    private final ScopedTable<AnomalyDetector> detectors;

    public AnomalyService(StateStore store) {
        this.detectors = new ScopedTable<>(store, "logs.anomaly-detectors", AnomalyDetector.class);
    }

    public CreateLogAnomalyDetectorResponse create(LogsCall call, CreateLogAnomalyDetectorRequest r) {
        LogsErrors.require("logGroupArnList", r.logGroupArnList());
        if (r.filterPattern() != null) {
            FilterPattern.parse(r.filterPattern());
        }
        String arn = "arn:aws:logs:" + call.region() + ":" + call.accountId() + ":anomaly-detector:"
                + UUID.randomUUID();
        long now = System.currentTimeMillis();
        detectors.put(call, arn, new AnomalyDetector(arn, r.detectorName(), r.logGroupArnList(),
                r.evaluationFrequency() == null ? "FIFTEEN_MIN" : r.evaluationFrequency(), r.filterPattern(),
                "INITIALIZING", r.kmsKeyId(), now, now,
                r.anomalyVisibilityTime() == null ? 7L : r.anomalyVisibilityTime()));
        return new CreateLogAnomalyDetectorResponse(arn);
    }

    public GetLogAnomalyDetectorResponse get(LogsCall call, GetLogAnomalyDetectorRequest r) {
        AnomalyDetector d = require(call, r.anomalyDetectorArn());
        return new GetLogAnomalyDetectorResponse(d.detectorName(), d.logGroupArnList(), d.evaluationFrequency(),
                d.filterPattern(), d.anomalyDetectorStatus(), d.kmsKeyId(), d.creationTimeStamp(),
                d.lastModifiedTimeStamp(), d.anomalyVisibilityTime());
    }

    public ListLogAnomalyDetectorsResponse list(LogsCall call, ListLogAnomalyDetectorsRequest r) {
        List<AnomalyDetector> matching = detectors.list(call, "").stream()
                .filter(d -> r.filterLogGroupArn() == null || d.logGroupArnList().contains(r.filterLogGroupArn()))
                .toList();
        Page<AnomalyDetector> page = Page.of(matching, AnomalyDetector::anomalyDetectorArn, r.nextToken(),
                LogGroupService.limit(r.limit(), 50), LogsErrors::invalidToken);
        return new ListLogAnomalyDetectorsResponse(page.items(), page.nextMarker());
    }

    public void update(LogsCall call, UpdateLogAnomalyDetectorRequest r) {
        LogsErrors.require("enabled", r.enabled());
        require(call, r.anomalyDetectorArn());
        detectors.update(call, r.anomalyDetectorArn(), d -> new AnomalyDetector(d.anomalyDetectorArn(),
                d.detectorName(), d.logGroupArnList(),
                r.evaluationFrequency() != null ? r.evaluationFrequency() : d.evaluationFrequency(),
                r.filterPattern() != null ? r.filterPattern() : d.filterPattern(),
                r.enabled() ? "ANALYZING" : "PAUSED", d.kmsKeyId(), d.creationTimeStamp(),
                System.currentTimeMillis(),
                r.anomalyVisibilityTime() != null ? r.anomalyVisibilityTime() : d.anomalyVisibilityTime()));
    }

    public void delete(LogsCall call, DeleteLogAnomalyDetectorRequest r) {
        require(call, r.anomalyDetectorArn());
        detectors.remove(call, r.anomalyDetectorArn());
    }

    public ListAnomaliesResponse anomalies(LogsCall call, ListAnomaliesRequest r) {
        if (r.anomalyDetectorArn() != null) {
            require(call, r.anomalyDetectorArn());
        }
        LogGroupService.limit(r.limit(), 50);
        return new ListAnomaliesResponse(List.of(), null);
    }

    /** No anomaly exists, so there is none to update. */
    public void updateAnomaly(LogsCall call, UpdateAnomalyRequest r) {
        require(call, r.anomalyDetectorArn());
        if (r.anomalyId() == null && r.patternId() == null) {
            throw LogsErrors.invalidParameter("Either anomalyId or patternId must be specified.");
        }
        throw LogsErrors.resourceNotFound("The specified anomaly does not exist.");
    }

    private AnomalyDetector require(LogsCall call, String arn) {
        LogsErrors.require("anomalyDetectorArn", arn);
        AnomalyDetector d = detectors.get(call, arn);
        if (d == null) {
            throw LogsErrors.resourceNotFound("The specified anomaly detector does not exist.");
        }
        return d;
    }
}
