package dev.fakecloud.cloudwatch.expression;

import java.util.List;

/** A parsed metric math expression. */
public sealed interface Expr {

    /** A number literal. */
    record Number(double value) implements Expr {
    }

    /** A string literal (the filter of {@code METRICS('...')}). */
    record Text(String value) implements Expr {
    }

    /** The result of another query, by its id ({@code m1}). */
    record Ref(String id) implements Expr {
    }

    /** A bare keyword argument such as {@code REPEAT} or {@code LINEAR} in {@code FILL}. */
    record Keyword(String name) implements Expr {
    }

    /** {@code -x} or {@code NOT x}. */
    record Unary(String op, Expr operand) implements Expr {
    }

    /** {@code a op b}: arithmetic, comparison or logic. */
    record Binary(String op, Expr left, Expr right) implements Expr {
    }

    /** {@code FUNCTION(args)}. */
    record Call(String function, List<Expr> args) implements Expr {
    }

    /** {@code [a, b, ...]}: an array of time series. */
    record Array(List<Expr> items) implements Expr {
    }
}
