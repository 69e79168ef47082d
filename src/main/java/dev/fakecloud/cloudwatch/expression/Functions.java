package dev.fakecloud.cloudwatch.expression;

import dev.fakecloud.cloudwatch.expression.Value.Scalar;
import dev.fakecloud.cloudwatch.expression.Value.Series;
import dev.fakecloud.cloudwatch.expression.Value.SeriesArray;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The metric math functions: {@code SUM AVG MIN MAX STDDEV} (an array to a series, a series to a number),
 * {@code ABS CEIL FLOOR}, {@code FILL} (a value, {@code REPEAT} or {@code LINEAR}), {@code RATE DIFF DIFF_TIME
 * RUNNING_SUM}, {@code PERIOD DATAPOINT_COUNT}, {@code METRICS} (every metric of the request, optionally those whose
 * label contains a string), {@code IF} and {@code TIME_SERIES}.
 */
final class Functions {

    private Functions() {
    }

    /** How an aggregate function combines numbers. */
    private enum Aggregate {
        SUM, AVG, MIN, MAX, STDDEV;

        double of(List<Double> xs) {
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double x : xs) {
                sum += x;
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            double mean = sum / xs.size();
            return switch (this) {
                case SUM -> sum;
                case AVG -> mean;
                case MIN -> min;
                case MAX -> max;
                case STDDEV -> {
                    double squares = 0;
                    for (double x : xs) {
                        squares += (x - mean) * (x - mean);
                    }
                    yield Math.sqrt(squares / xs.size());
                }
            };
        }
    }

    static Value call(Evaluator ev, String name, List<Expr> args) {
        return switch (name) {
            case "SUM", "AVG", "MIN", "MAX", "STDDEV" -> aggregate(Aggregate.valueOf(name), one(ev, name, args));
            case "ABS" -> Evaluator.map(one(ev, name, args), Math::abs);
            case "CEIL" -> Evaluator.map(one(ev, name, args), Math::ceil);
            case "FLOOR" -> Evaluator.map(one(ev, name, args), Math::floor);
            case "FILL" -> fill(ev, args);
            case "RATE" -> perSeries(one(ev, name, args), Functions::rate);
            case "DIFF" -> perSeries(one(ev, name, args), s -> differences(s, false));
            case "DIFF_TIME" -> perSeries(one(ev, name, args), s -> differences(s, true));
            case "RUNNING_SUM" -> perSeries(one(ev, name, args), Functions::runningSum);
            case "PERIOD" -> new Scalar(seriesOf(one(ev, name, args), name).period());
            case "DATAPOINT_COUNT" -> new Scalar(seriesOf(one(ev, name, args), name).size());
            case "METRICS" -> metrics(ev, args);
            case "IF" -> conditional(ev, args);
            case "TIME_SERIES" -> timeSeries(ev, one(ev, name, args));
            default -> throw new ExpressionException("Unrecognized function " + name);
        };
    }

    private static Value one(Evaluator ev, String name, List<Expr> args) {
        if (args.size() != 1) {
            throw new ExpressionException(name + " takes 1 argument, " + args.size() + " given");
        }
        return ev.evaluate(args.get(0));
    }

    private static Series seriesOf(Value v, String function) {
        if (v instanceof Series s) {
            return s;
        }
        throw new ExpressionException(function + " expects a time series");
    }

    private static Value aggregate(Aggregate how, Value v) {
        return switch (v) {
            case Scalar s -> s;
            case Series s -> {
                if (s.size() == 0) {
                    yield new Scalar(Double.NaN);
                }
                List<Double> xs = new ArrayList<>(s.size());
                for (double x : s.values()) {
                    xs.add(x);
                }
                yield new Scalar(how.of(xs));
            }
            case SeriesArray a -> {
                TreeMap<Long, List<Double>> byTime = new TreeMap<>();
                int period = 0;
                for (Series s : a.series()) {
                    period = Math.max(period, s.period());
                    for (int i = 0; i < s.size(); i++) {
                        byTime.computeIfAbsent(s.timestamps()[i], t -> new ArrayList<>()).add(s.values()[i]);
                    }
                }
                List<Long> ts = new ArrayList<>(byTime.keySet());
                List<Double> vs = byTime.values().stream().map(how::of).toList();
                yield Evaluator.series(null, ts, vs, period);
            }
            case Value.Text t -> throw new ExpressionException(how + " expects a time series or an array");
        };
    }

    private static Value perSeries(Value v, java.util.function.Function<Series, Series> f) {
        return switch (v) {
            case Series s -> f.apply(s);
            case SeriesArray a -> new SeriesArray(a.series().stream().map(f).toList());
            default -> throw new ExpressionException("The function expects a time series");
        };
    }

    private static Series rate(Series s) {
        List<Long> ts = new ArrayList<>();
        List<Double> vs = new ArrayList<>();
        for (int i = 1; i < s.size(); i++) {
            double seconds = (s.timestamps()[i] - s.timestamps()[i - 1]) / 1000.0;
            ts.add(s.timestamps()[i]);
            vs.add((s.values()[i] - s.values()[i - 1]) / seconds);
        }
        return Evaluator.series(s.label(), ts, vs, s.period());
    }

    private static Series differences(Series s, boolean time) {
        List<Long> ts = new ArrayList<>();
        List<Double> vs = new ArrayList<>();
        for (int i = 1; i < s.size(); i++) {
            ts.add(s.timestamps()[i]);
            vs.add(time ? (s.timestamps()[i] - s.timestamps()[i - 1]) / 1000.0 : s.values()[i] - s.values()[i - 1]);
        }
        return Evaluator.series(s.label(), ts, vs, s.period());
    }

    private static Series runningSum(Series s) {
        double[] out = new double[s.size()];
        double sum = 0;
        for (int i = 0; i < s.size(); i++) {
            sum += s.values()[i];
            out[i] = sum;
        }
        return new Series(s.label(), s.timestamps(), out, s.period());
    }

    /** {@code FILL(series, value | REPEAT | LINEAR)}: every period of the range gets a value. */
    private static Value fill(Evaluator ev, List<Expr> args) {
        if (args.size() != 2) {
            throw new ExpressionException("FILL takes 2 arguments, " + args.size() + " given");
        }
        Value target = ev.evaluate(args.get(0));
        Value with = ev.evaluate(args.get(1));
        return perSeries(target, s -> fillSeries(ev.context(), s, with));
    }

    private static Series fillSeries(Context context, Series s, Value with) {
        int period = s.period() > 0 ? s.period() : context.defaultPeriod();
        long[] grid = context.grid(period);
        double[] out = new double[grid.length];
        int j = 0;
        double last = Double.NaN;
        for (int i = 0; i < grid.length; i++) {
            while (j < s.size() && s.timestamps()[j] < grid[i]) {
                j++;
            }
            if (j < s.size() && s.timestamps()[j] == grid[i]) {
                out[i] = s.values()[j];
                last = out[i];
                continue;
            }
            out[i] = switch (with) {
                case Scalar v -> v.value();
                case Value.Text t when t.value().equals("REPEAT") -> last;
                case Value.Text t when t.value().equals("LINEAR") -> linear(s, grid[i], last, j);
                case Series v -> valueAt(v, grid[i]);
                default -> throw new ExpressionException("FILL expects a number, REPEAT or LINEAR");
            };
        }
        List<Long> ts = new ArrayList<>();
        List<Double> vs = new ArrayList<>();
        for (int i = 0; i < grid.length; i++) {
            if (!Double.isNaN(out[i])) {
                ts.add(grid[i]);
                vs.add(out[i]);
            }
        }
        return Evaluator.series(s.label(), ts, vs, period);
    }

    private static double linear(Series s, long t, double previous, int next) {
        if (Double.isNaN(previous) || next >= s.size() || next == 0) {
            return Double.NaN;
        }
        long t0 = s.timestamps()[next - 1];
        long t1 = s.timestamps()[next];
        double v1 = s.values()[next];
        return previous + (v1 - previous) * (t - t0) / (double) (t1 - t0);
    }

    private static double valueAt(Series s, long t) {
        for (int i = 0; i < s.size(); i++) {
            if (s.timestamps()[i] == t) {
                return s.values()[i];
            }
        }
        return Double.NaN;
    }

    private static Value metrics(Evaluator ev, List<Expr> args) {
        String filter = null;
        if (args.size() == 1 && ev.evaluate(args.get(0)) instanceof Value.Text t) {
            filter = t.value();
        } else if (!args.isEmpty()) {
            throw new ExpressionException("METRICS takes an optional string");
        }
        List<Series> out = new ArrayList<>();
        for (Series s : ev.context().metrics()) {
            if (filter == null || (s.label() != null && s.label().contains(filter))) {
                out.add(s);
            }
        }
        return new SeriesArray(out);
    }

    /** {@code IF(condition, trueValue[, falseValue])}, point by point; without a false value the point is dropped. */
    private static Value conditional(Evaluator ev, List<Expr> args) {
        if (args.size() != 2 && args.size() != 3) {
            throw new ExpressionException("IF takes 2 or 3 arguments, " + args.size() + " given");
        }
        Value condition = ev.evaluate(args.get(0));
        Value yes = ev.evaluate(args.get(1));
        Value no = args.size() == 3 ? ev.evaluate(args.get(2)) : new Scalar(Double.NaN);
        if (condition instanceof Scalar c) {
            return c.value() != 0 ? yes : no;
        }
        Value chosenYes = Evaluator.binary("*", Evaluator.map(condition, c -> c != 0 ? 1 : Double.NaN), yes);
        Value chosenNo = Evaluator.binary("*", Evaluator.map(condition, c -> c != 0 ? Double.NaN : 1), no);
        return merge(chosenYes, chosenNo);
    }

    private static Value merge(Value a, Value b) {
        if (a instanceof Series x && b instanceof Series y) {
            TreeMap<Long, Double> all = new TreeMap<>();
            for (int i = 0; i < x.size(); i++) {
                all.put(x.timestamps()[i], x.values()[i]);
            }
            for (int i = 0; i < y.size(); i++) {
                all.putIfAbsent(y.timestamps()[i], y.values()[i]);
            }
            return Evaluator.series(x.label(), new ArrayList<>(all.keySet()), new ArrayList<>(all.values()),
                    Math.max(x.period(), y.period()));
        }
        return a instanceof Series ? a : b;
    }

    private static Value timeSeries(Evaluator ev, Value v) {
        if (!(v instanceof Scalar s)) {
            throw new ExpressionException("TIME_SERIES expects a number");
        }
        int period = ev.context().defaultPeriod();
        long[] grid = ev.context().grid(period);
        double[] values = new double[grid.length];
        java.util.Arrays.fill(values, s.value());
        return new Series(null, grid, values, period);
    }
}
