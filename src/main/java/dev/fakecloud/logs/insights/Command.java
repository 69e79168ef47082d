package dev.fakecloud.logs.insights;

import java.util.List;
import java.util.regex.Pattern;

/** One command of a query's pipeline. */
sealed interface Command {

    /** An expression and the name its value is shown under. */
    record Named(String name, Expr expr) {
    }

    /** An aggregate of {@code stats}: {@code count(*)}, {@code count(x)}, {@code count_distinct}, sum, avg, min, max. */
    record Aggregate(String name, String function, Expr arg) {
    }

    record Sort(String field, boolean descending) {
    }

    /** {@code fields a, b as c}: computes fields and shows them. */
    record Fields(List<Named> fields) implements Command {
    }

    /** {@code display a, b}: shows only these fields. */
    record Display(List<String> fields) implements Command {
    }

    record Filter(Expr condition) implements Command {
    }

    record SortBy(List<Sort> keys) implements Command {
    }

    record Limit(int count) implements Command {
    }

    record Dedup(List<String> fields) implements Command {
    }

    /** {@code parse field "glob * pattern" as a, b} or {@code parse field /(?<a>re)/}. */
    record Parse(Expr source, Pattern pattern, List<String> names) implements Command {
    }

    record Stats(List<Aggregate> aggregates, List<Named> groups) implements Command {
    }
}
