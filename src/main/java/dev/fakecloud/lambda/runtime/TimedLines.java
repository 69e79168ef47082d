package dev.fakecloud.lambda.runtime;

import dev.fakecloud.core.telemetry.LogEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Output cut into lines, each stamped with the time its first bytes arrived, as CloudWatch Logs stamps the lines a
 * function prints. A line still open when the output ends is kept as it is.
 */
final class TimedLines {

    private final List<LogEntry> lines = new ArrayList<>();
    private final StringBuilder open = new StringBuilder();
    private long openSince;

    void add(String text, long now) {
        int from = 0;
        while (from < text.length()) {
            if (open.isEmpty()) {
                openSince = now;
            }
            int nl = text.indexOf('\n', from);
            if (nl < 0) {
                open.append(text, from, text.length());
                return;
            }
            open.append(text, from, nl);
            close();
            from = nl + 1;
        }
    }

    /** Every line so far, the open one included. */
    List<LogEntry> entries() {
        close();
        return List.copyOf(lines);
    }

    private void close() {
        if (!open.isEmpty()) {
            lines.add(new LogEntry(openSince, open.toString()));
            open.setLength(0);
        }
    }
}
