package dev.fakecloud.cloudwatch.expression;

import dev.fakecloud.cloudwatch.expression.Value.Scalar;
import dev.fakecloud.cloudwatch.expression.Value.Series;
import dev.fakecloud.cloudwatch.expression.Value.SeriesArray;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Evaluates metric math as CloudWatch does: arithmetic and comparisons apply point by point (between two series, at
 * the timestamps both have; to an array, to each of its series), functions of an array combine its series per
 * timestamp into one series, and the same functions of one series reduce it to a number.
 */
public final class Evaluator {

    private final Context context;

    public Evaluator(Context context) {
        this.context = context;
    }

    public Value evaluate(Expr e) {
        return switch (e) {
            case Expr.Number n -> new Scalar(n.value());
            case Expr.Text t -> new Value.Text(t.value());
            case Expr.Ref r -> context.resolve(r.id());
            case Expr.Keyword k -> new Value.Text(k.name());
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> binary(b.op(), evaluate(b.left()), evaluate(b.right()));
            case Expr.Call c -> Functions.call(this, c.function(), c.args());
            case Expr.Array a -> array(a.items());
        };
    }

    Context context() {
        return context;
    }

    private Value unary(Expr.Unary u) {
        Value v = evaluate(u.operand());
        DoubleUnaryOperator op = u.op().equals("-") ? x -> -x : x -> x == 0 ? 1 : 0;
        return map(v, op);
    }

    private Value array(List<Expr> items) {
        List<Series> series = new ArrayList<>();
        for (Expr item : items) {
            switch (evaluate(item)) {
                case Series s -> series.add(s);
                case SeriesArray a -> series.addAll(a.series());
                default -> throw new ExpressionException("Arrays can only contain time series");
            }
        }
        return new SeriesArray(series);
    }

    /** Applies {@code op} to every value of a number, series or array. */
    static Value map(Value v, DoubleUnaryOperator op) {
        return switch (v) {
            case Scalar s -> new Scalar(op.applyAsDouble(s.value()));
            case Series s -> mapSeries(s, op);
            case SeriesArray a -> new SeriesArray(a.series().stream().map(s -> mapSeries(s, op)).toList());
            case Value.Text t -> throw new ExpressionException("A string cannot be used in arithmetic: " + t.value());
        };
    }

    static Series mapSeries(Series s, DoubleUnaryOperator op) {
        List<Long> ts = new ArrayList<>(s.size());
        List<Double> vs = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            double r = op.applyAsDouble(s.values()[i]);
            if (Double.isFinite(r)) {
                ts.add(s.timestamps()[i]);
                vs.add(r);
            }
        }
        return series(s.label(), ts, vs, s.period());
    }

    static Value binary(String op, Value left, Value right) {
        DoubleBinaryOperator f = operator(op);
        if (left instanceof SeriesArray a) {
            return new SeriesArray(a.series().stream().map(s -> (Series) binary(op, s, right)).toList());
        }
        if (right instanceof SeriesArray a) {
            return new SeriesArray(a.series().stream().map(s -> (Series) binary(op, left, s)).toList());
        }
        if (left instanceof Scalar l && right instanceof Scalar r) {
            return new Scalar(f.applyAsDouble(l.value(), r.value()));
        }
        if (left instanceof Series l && right instanceof Scalar r) {
            return mapSeries(l, x -> f.applyAsDouble(x, r.value()));
        }
        if (left instanceof Scalar l && right instanceof Series r) {
            return mapSeries(r, x -> f.applyAsDouble(l.value(), x)).withLabel(r.label());
        }
        if (left instanceof Series l && right instanceof Series r) {
            return zip(l, r, f);
        }
        throw new ExpressionException("The operator " + op + " cannot be applied to a string");
    }

    /** Two series combined at the timestamps both have. */
    private static Series zip(Series l, Series r, DoubleBinaryOperator f) {
        List<Long> ts = new ArrayList<>();
        List<Double> vs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < l.size() && j < r.size()) {
            long a = l.timestamps()[i];
            long b = r.timestamps()[j];
            if (a == b) {
                double v = f.applyAsDouble(l.values()[i], r.values()[j]);
                if (Double.isFinite(v)) {
                    ts.add(a);
                    vs.add(v);
                }
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return series(l.label(), ts, vs, Math.max(l.period(), r.period()));
    }

    private static DoubleBinaryOperator operator(String op) {
        return switch (op) {
            case "+" -> Double::sum;
            case "-" -> (a, b) -> a - b;
            case "*" -> (a, b) -> a * b;
            case "/" -> (a, b) -> a / b;
            case "^" -> Math::pow;
            case "==" -> (a, b) -> a == b ? 1 : 0;
            case "!=" -> (a, b) -> a != b ? 1 : 0;
            case "<" -> (a, b) -> a < b ? 1 : 0;
            case "<=" -> (a, b) -> a <= b ? 1 : 0;
            case ">" -> (a, b) -> a > b ? 1 : 0;
            case ">=" -> (a, b) -> a >= b ? 1 : 0;
            case "AND" -> (a, b) -> a != 0 && b != 0 ? 1 : 0;
            case "OR" -> (a, b) -> a != 0 || b != 0 ? 1 : 0;
            default -> throw new ExpressionException("Unknown operator " + op);
        };
    }

    static Series series(String label, List<Long> ts, List<Double> vs, int period) {
        long[] t = new long[ts.size()];
        double[] v = new double[vs.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = ts.get(i);
            v[i] = vs.get(i);
        }
        return new Series(label, t, v, period);
    }
}
