package dev.fakecloud.lambda.runtime;

import dev.fakecloud.core.telemetry.LogEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The log of one invocation as Lambda writes it: what the function printed between AWS's {@code START} and
 * {@code END}/{@code REPORT} lines ({@code Init Duration} on cold starts), each line stamped when written. With the
 * function's log format {@code JSON} the system lines are AWS's JSON events instead: {@code platform.initStart} on a
 * cold start, {@code platform.start} and {@code platform.report} (with the invocation's status).
 */
final class InvocationLog {

    static final int TAIL_BYTES = 4096;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final TimedLines lines = new TimedLines();
    private final boolean json;

    /** @param initOutput what the runtime printed while it initialised, on a cold start (else null) */
    InvocationLog(String requestId, String functionName, String version, String initOutput, boolean json) {
        this.json = json;
        if (json && initOutput != null) {
            append(event("platform.initStart", "{\"initializationType\":\"on-demand\",\"phase\":\"init\","
                    + "\"functionName\":\"" + functionName + "\",\"functionVersion\":\"" + version + "\"}"));
        }
        if (initOutput != null && !initOutput.isEmpty()) {
            append(initOutput.endsWith("\n") ? initOutput : initOutput + "\n");
        }
        append(json ? event("platform.start", "{\"requestId\":\"" + requestId + "\",\"version\":\"" + version + "\"}")
                : "START RequestId: " + requestId + " Version: " + version + "\n");
    }

    void append(String output) {
        lines.add(output, System.currentTimeMillis());
    }

    /**
     * @param maxMemoryUsedMb the container's peak memory, or null when it cannot be read
     * @param status how the invocation ended: {@code success}, {@code error} or {@code timeout}
     */
    void finish(String requestId, double durationMs, int memoryMb, Long maxMemoryUsedMb, Double initDurationMs,
            String status) {
        if (!lines.endsLine()) {
            append("\n");
        }
        if (json) {
            StringBuilder metrics = new StringBuilder("{\"durationMs\":")
                    .append(String.format(Locale.ROOT, "%.3f", durationMs))
                    .append(",\"billedDurationMs\":").append((long) Math.ceil(durationMs))
                    .append(",\"memorySizeMB\":").append(memoryMb);
            if (maxMemoryUsedMb != null) {
                metrics.append(",\"maxMemoryUsedMB\":").append(maxMemoryUsedMb);
            }
            if (initDurationMs != null) {
                metrics.append(",\"initDurationMs\":").append(String.format(Locale.ROOT, "%.3f", initDurationMs));
            }
            append(event("platform.report", "{\"requestId\":\"" + requestId + "\",\"metrics\":" + metrics
                    + "},\"status\":\"" + status + "\"}"));
            return;
        }
        append("END RequestId: " + requestId + "\n");
        StringBuilder report = new StringBuilder(160);
        report.append("REPORT RequestId: ").append(requestId)
                .append("\tDuration: ").append(String.format(Locale.ROOT, "%.2f", durationMs)).append(" ms")
                .append("\tBilled Duration: ").append((long) Math.ceil(durationMs)).append(" ms")
                .append("\tMemory Size: ").append(memoryMb).append(" MB");
        if (maxMemoryUsedMb != null) {
            report.append("\tMax Memory Used: ").append(maxMemoryUsedMb).append(" MB");
        }
        if (initDurationMs != null) {
            report.append("\tInit Duration: ").append(String.format(Locale.ROOT, "%.2f", initDurationMs)).append(" ms");
        }
        append(report.append("\t\n").toString());
    }

    /** One system event as a JSON log line. */
    private static String event(String type, String record) {
        return "{\"time\":\"" + TIME.format(Instant.now()) + "\",\"type\":\"" + type + "\",\"record\":" + record
                + "}\n";
    }

    /** The log as lines, each with the time it was written (for CloudWatch Logs). */
    List<LogEntry> entries() {
        return lines.entries();
    }

    String text() {
        return lines.text();
    }

    /** Base64 of the last 4 KB, as {@code X-Amz-Log-Result}. */
    String tail() {
        byte[] all = lines.text().getBytes(StandardCharsets.UTF_8);
        byte[] last = all.length <= TAIL_BYTES ? all : Arrays.copyOfRange(all, all.length - TAIL_BYTES, all.length);
        return Base64.getEncoder().encodeToString(last);
    }
}
