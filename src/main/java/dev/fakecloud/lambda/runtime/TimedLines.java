package dev.fakecloud.lambda.runtime;

import dev.fakecloud.core.telemetry.LogEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Output as it was written, with the time each piece arrived: read back whole, or as lines each stamped with the
 * time its first character arrived, as CloudWatch Logs stamps the lines a function prints. Empty lines are left out
 * of the lines, as Lambda leaves them out of its log events.
 */
final class TimedLines {

    private final StringBuilder text = new StringBuilder(256);
    /** Where each piece starts in {@link #text}, and when it arrived, in order. */
    private final List<long[]> pieces = new ArrayList<>();

    void add(String output, long now) {
        if (!output.isEmpty()) {
            pieces.add(new long[] {text.length(), now});
            text.append(output);
        }
    }

    boolean endsLine() {
        return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
    }

    String text() {
        return text.toString();
    }

    List<LogEntry> entries() {
        List<LogEntry> lines = new ArrayList<>();
        int piece = 0;
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf("\n", from);
            int end = nl < 0 ? text.length() : nl;
            if (end > from) {
                while (piece + 1 < pieces.size() && pieces.get(piece + 1)[0] <= from) {
                    piece++;
                }
                lines.add(new LogEntry(pieces.get(piece)[1], text.substring(from, end)));
            }
            from = end + 1;
        }
        return lines;
    }
}
