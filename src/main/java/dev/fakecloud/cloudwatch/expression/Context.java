package dev.fakecloud.cloudwatch.expression;

import java.util.List;

/**
 * What an expression is evaluated against: the results of the other queries by id, every metric query's result (for
 * {@code METRICS()}), and the request's time range, for functions that fill the gaps of a series.
 */
public interface Context {

    /** The value of the query with that id; throws {@link ExpressionException} when there is none. */
    Value resolve(String id);

    /** The results of the request's metric queries (not its expressions), in request order. */
    List<Value.Series> metrics();

    /** The timestamps of every period of the request's range at {@code period} seconds. */
    long[] grid(int period);

    /** The period to use where nothing else gives one (the expression's own, or the first metric query's). */
    int defaultPeriod();
}
