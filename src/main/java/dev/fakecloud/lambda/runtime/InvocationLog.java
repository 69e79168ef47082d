package dev.fakecloud.lambda.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * The log of one invocation as Lambda writes it: what the function printed between AWS's {@code START} and
 * {@code END}/{@code REPORT} lines ({@code Init Duration} on cold starts).
 */
final class InvocationLog {

    static final int TAIL_BYTES = 4096;

    private final StringBuilder text = new StringBuilder(256);

    InvocationLog(String requestId, String version, String initOutput) {
        if (initOutput != null && !initOutput.isEmpty()) {
            text.append(initOutput);
        }
        text.append("START RequestId: ").append(requestId).append(" Version: ").append(version).append('\n');
    }

    void append(String output) {
        text.append(output);
    }

    /** @param maxMemoryUsedMb the container's peak memory, or null when it cannot be read */
    void finish(String requestId, double durationMs, int memoryMb, Long maxMemoryUsedMb, Double initDurationMs) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        text.append("END RequestId: ").append(requestId).append('\n');
        text.append("REPORT RequestId: ").append(requestId)
                .append("\tDuration: ").append(String.format(Locale.ROOT, "%.2f", durationMs)).append(" ms")
                .append("\tBilled Duration: ").append((long) Math.ceil(durationMs)).append(" ms")
                .append("\tMemory Size: ").append(memoryMb).append(" MB");
        if (maxMemoryUsedMb != null) {
            text.append("\tMax Memory Used: ").append(maxMemoryUsedMb).append(" MB");
        }
        if (initDurationMs != null) {
            text.append("\tInit Duration: ").append(String.format(Locale.ROOT, "%.2f", initDurationMs)).append(" ms");
        }
        text.append("\t\n");
    }

    String text() {
        return text.toString();
    }

    /** Base64 of the last 4 KB, as {@code X-Amz-Log-Result}. */
    String tail() {
        byte[] all = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] last = all.length <= TAIL_BYTES ? all : Arrays.copyOfRange(all, all.length - TAIL_BYTES, all.length);
        return Base64.getEncoder().encodeToString(last);
    }
}
