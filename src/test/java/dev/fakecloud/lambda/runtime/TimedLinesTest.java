package dev.fakecloud.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.core.telemetry.LogEntry;
import org.junit.jupiter.api.Test;

/** Output pieces become lines stamped with the time their first character arrived. */
class TimedLinesTest {

    @Test
    void eachLineHasTheTimeItsFirstCharacterArrived() {
        TimedLines lines = new TimedLines();
        lines.add("a\nb", 100);
        lines.add("c\n\nd", 200);
        lines.add("", 300);
        lines.add("e\n", 400);
        assertThat(lines.text()).isEqualTo("a\nbc\n\nde\n");
        assertThat(lines.endsLine()).isTrue();
        assertThat(lines.entries()).containsExactly(new LogEntry(100, "a"), new LogEntry(100, "bc"),
                new LogEntry(200, "de"));
    }
}
