package dev.fakecloud.logs.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Logs Insights parser and engine on their own, over hand-made records. */
class LogsInsightsEngineTest {

    static List<Map<String, String>> records() {
        List<Map<String, String>> out = new ArrayList<>();
        String[][] rows = {
            {"1000", "GET /a 200 | ok", "web", "200", "12"},
            {"2000", "GET /b 500 | boom", "web", "500", "250"},
            {"3000", "POST /a 404", "api", "404", "40"},
        };
        for (String[] r : rows) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("@timestamp", r[0]);
            m.put("@message", r[1]);
            m.put("@logStream", r[2]);
            m.put("status", r[3]);
            m.put("ms", r[4]);
            m.put("@ptr", "p" + r[0]);
            out.add(m);
        }
        return out;
    }

    static List<Map<String, String>> run(String query) {
        return QueryParser.parse(query).run(records(), 1000).rows().stream()
                .map(row -> row.stream().collect(Collectors.toMap(Query.Cell::field, Query.Cell::value, (a, b) -> b,
                        LinkedHashMap::new)))
                .map(m -> (Map<String, String>) m).toList();
    }

    @Test
    void pipesInsideRegexesAndStringsDoNotSplitCommands() {
        assertThat(run("filter @message like /\\| boom/ | fields status")).extracting(r -> r.get("status"))
                .containsExactly("500");
        assertThat(run("filter @message like \"| ok\" # a comment\n | fields status"))
                .extracting(r -> r.get("status")).containsExactly("200");
    }

    @Test
    void defaultFieldsAreTimestampAndMessageNewestFirstWithPointers() {
        List<Map<String, String>> rows = run("filter status != 404");
        assertThat(rows).extracting(r -> r.keySet().stream().toList())
                .containsOnly(List.of("@timestamp", "@message", "@ptr"));
        assertThat(rows).extracting(r -> r.get("@ptr")).containsExactly("p2000", "p1000");
        assertThat(rows.get(0).get("@timestamp")).isEqualTo("1970-01-01 00:00:02.000");
    }

    @Test
    void comparisonsInNotLikeAndFunctions() {
        assertThat(run("filter ms >= 40 and ms < 250 | fields status")).extracting(r -> r.get("status"))
                .containsExactly("404");
        assertThat(run("filter status in [200, 404] | sort status asc | fields status"))
                .extracting(r -> r.get("status")).containsExactly("200", "404");
        assertThat(run("filter @message not like /GET/ | fields @logStream")).extracting(r -> r.get("@logStream"))
                .containsExactly("api");
        assertThat(run("filter not ispresent(nothing) and (status = 500 or status = 404) | fields toupper(@logStream)"
                + " as s | sort s")).extracting(r -> r.get("s")).containsExactly("API", "WEB");
    }

    @Test
    void parseStatsAndDedup() {
        assertThat(run("parse @message /(?<verb>[A-Z]+) (?<path>\\S+)/ | stats count(*) as n, avg(ms) by verb "
                + "| sort verb")).containsExactly(
                        Map.of("verb", "GET", "n", "2", "avg(ms)", "131"),
                        Map.of("verb", "POST", "n", "1", "avg(ms)", "40"));
        assertThat(run("parse @message \"* * *\" as verb, path, rest | dedup path | display path"))
                .extracting(r -> r.get("path")).containsExactly("/a", "/b");
        assertThat(run("stats sum(ms), max(ms), count_distinct(@logStream)")).containsExactly(
                Map.of("sum(ms)", "302", "max(ms)", "250", "count_distinct(@logStream)", "2"));
        assertThat(run("stats count() by bin(1h)")).containsExactly(
                Map.of("bin(1h)", "1970-01-01 00:00:00.000", "count()", "3"));
        assertThat(run("sort ms desc | limit 1 | fields ms")).extracting(r -> r.get("ms")).containsExactly("250");
    }

    @Test
    void unsupportedSyntaxIsExplained() {
        assertThatThrownBy(() -> QueryParser.parse("fields @message | unmask @message"))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("Unsupported command 'unmask'");
        assertThatThrownBy(() -> QueryParser.parse("stats pct(ms, 50)"))
                .hasMessageContaining("Unsupported stats function 'pct'");
        assertThatThrownBy(() -> QueryParser.parse("filter @message like /unclosed"))
                .hasMessageContaining("Unterminated regular expression");
        assertThatThrownBy(() -> QueryParser.parse("limit 0")).hasMessageContaining("positive whole number");
        assertThatThrownBy(() -> QueryParser.parse("fields @message |")).hasMessageContaining("Empty command");
    }
}
