package dev.fakecloud.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** CloudWatch Logs' filter pattern syntax. */
class LogsFilterPatternTest {

    static boolean matches(String pattern, String message) {
        Predicate<String> p = FilterPattern.parse(pattern);
        return p.test(message);
    }

    @Test
    void termsPhrasesOrAndExclusion() {
        assertThat(matches("", "anything")).isTrue();
        assertThat(matches("ERROR", "an ERROR here")).isTrue();
        assertThat(matches("ERROR", "an error here")).as("case sensitive").isFalse();
        assertThat(matches("ERROR Exception", "ERROR: Exception")).isTrue();
        assertThat(matches("ERROR Exception", "ERROR only")).isFalse();
        assertThat(matches("\"timed out\"", "Task timed out after 3 s")).isTrue();
        assertThat(matches("\"timed out\"", "out timed")).isFalse();
        assertThat(matches("?ERROR ?WARN", "WARN low disk")).isTrue();
        assertThat(matches("?ERROR ?WARN", "INFO fine")).isFalse();
        assertThat(matches("ERROR -Retrying", "ERROR Retrying")).isFalse();
        assertThat(matches("ERROR -Retrying", "ERROR fatal")).isTrue();
        assertThat(matches("%user-[0-9]+%", "login user-42")).isTrue();
    }

    @Test
    void jsonPatterns() {
        String line = "{\"level\":\"ERROR\",\"latency\":250,\"user\":{\"id\":\"u-1\"},\"ok\":false,\"gone\":null,"
                + "\"tags\":[\"a\",\"b\"]}";
        assertThat(matches("{ $.level = \"ERROR\" }", line)).isTrue();
        assertThat(matches("{ $.level = ERR* }", line)).isTrue();
        assertThat(matches("{ $.level != \"ERROR\" }", line)).isFalse();
        assertThat(matches("{ $.latency > 100 && $.user.id = \"u-1\" }", line)).isTrue();
        assertThat(matches("{ $.latency < 100 || $.ok IS FALSE }", line)).isTrue();
        assertThat(matches("{ ($.latency < 100) || ($.level = \"INFO\") }", line)).isFalse();
        assertThat(matches("{ $.gone IS NULL }", line)).isTrue();
        assertThat(matches("{ $.missing NOT EXISTS }", line)).isTrue();
        assertThat(matches("{ $.tags[1] = \"b\" }", line)).isTrue();
        assertThat(matches("{ $.level = \"ERROR\" }", "not json")).isFalse();
        assertThatThrownBy(() -> FilterPattern.parse("{ $.level = }")).isInstanceOf(LogsException.class)
                .hasMessage("Invalid filter pattern");
    }

    @Test
    void spaceDelimitedPatterns() {
        String line = "127.0.0.1 frank [10/Oct/2000:13:25:15 -0700] \"GET /index.html HTTP/1.0\" 404 1534";
        assertThat(matches("[ip, user, timestamp, request, status_code = 404, bytes > 1000]", line)).isTrue();
        assertThat(matches("[ip, user, timestamp, request, status_code = 4*, bytes]", line)).isTrue();
        assertThat(matches("[ip, user, timestamp, request, status_code = 200, bytes]", line)).isFalse();
        assertThat(matches("[..., status_code = 404, bytes]", line)).isTrue();
        assertThat(matches("[ip = 127.0.0.1, ...]", line)).isTrue();
        assertThat(matches("[ip, user]", line)).as("every field must be named").isFalse();
    }
}
