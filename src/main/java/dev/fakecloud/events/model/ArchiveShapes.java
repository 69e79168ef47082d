package dev.fakecloud.events.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/**
 * Request and response shapes of Amazon EventBridge (2015-10-07): archives and replays.
 * Named as the JSON protocol names their members; timestamps are epoch seconds.
 */
public final class ArchiveShapes {

    private ArchiveShapes() {
    }

    @RegisterForReflection
    public record Archive(String archiveName, String eventSourceArn, String state, String stateReason,
            Integer retentionDays, Long sizeBytes, Long eventCount, BigDecimal creationTime) {
    }

    @RegisterForReflection
    public record CancelReplayRequest(String replayName) {
    }

    @RegisterForReflection
    public record CancelReplayResponse(String replayArn, String state, String stateReason) {
    }

    @RegisterForReflection
    public record CreateArchiveRequest(String archiveName, String eventSourceArn, String description,
            String eventPattern, Integer retentionDays, String kmsKeyIdentifier) {
    }

    @RegisterForReflection
    public record CreateArchiveResponse(String archiveArn, String state, String stateReason, BigDecimal creationTime) {
    }

    @RegisterForReflection
    public record DeleteArchiveRequest(String archiveName) {
    }

    @RegisterForReflection
    public record DeleteArchiveResponse() {
    }

    @RegisterForReflection
    public record DescribeArchiveRequest(String archiveName) {
    }

    @RegisterForReflection
    public record DescribeArchiveResponse(String archiveArn, String archiveName, String eventSourceArn,
            String description, String eventPattern, String state, String stateReason, String kmsKeyIdentifier,
            Integer retentionDays, Long sizeBytes, Long eventCount, BigDecimal creationTime) {
    }

    @RegisterForReflection
    public record DescribeReplayRequest(String replayName) {
    }

    @RegisterForReflection
    public record DescribeReplayResponse(String replayName, String replayArn, String description, String state,
            String stateReason, String eventSourceArn, ReplayDestination destination, BigDecimal eventStartTime,
            BigDecimal eventEndTime, BigDecimal eventLastReplayedTime, BigDecimal replayStartTime,
            BigDecimal replayEndTime) {
    }

    @RegisterForReflection
    public record ListArchivesRequest(String namePrefix, String eventSourceArn, String state, String nextToken,
            Integer limit) {
    }

    @RegisterForReflection
    public record ListArchivesResponse(List<Archive> archives, String nextToken) {
    }

    @RegisterForReflection
    public record ListReplaysRequest(String namePrefix, String state, String eventSourceArn, String nextToken,
            Integer limit) {
    }

    @RegisterForReflection
    public record ListReplaysResponse(List<Replay> replays, String nextToken) {
    }

    @RegisterForReflection
    public record Replay(String replayName, String eventSourceArn, String state, String stateReason,
            BigDecimal eventStartTime, BigDecimal eventEndTime, BigDecimal eventLastReplayedTime,
            BigDecimal replayStartTime, BigDecimal replayEndTime) {
    }

    @RegisterForReflection
    public record ReplayDestination(String arn, List<String> filterArns) {
    }

    @RegisterForReflection
    public record StartReplayRequest(String replayName, String description, String eventSourceArn,
            BigDecimal eventStartTime, BigDecimal eventEndTime, ReplayDestination destination) {
    }

    @RegisterForReflection
    public record StartReplayResponse(String replayArn, String state, String stateReason, BigDecimal replayStartTime) {
    }

    @RegisterForReflection
    public record UpdateArchiveRequest(String archiveName, String description, String eventPattern,
            Integer retentionDays, String kmsKeyIdentifier) {
    }

    @RegisterForReflection
    public record UpdateArchiveResponse(String archiveArn, String state, String stateReason, BigDecimal creationTime) {
    }
}
