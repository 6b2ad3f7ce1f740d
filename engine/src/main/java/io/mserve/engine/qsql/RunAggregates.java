package io.mserve.engine.qsql;

import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Gather;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code select aggregates by k from t} without a where phrase, when k's rows lie in ascending runs (a time bucket of a
 * table in time order, a sorted column): each group is a slice of the rows, so each aggregate folds its slices one
 * after another, in row order as the verbs do, and no row needs a group code. Folds {@code count}, {@code sum min
 * max} of long and float arguments, {@code avg} of float ones and {@code first last} of any; declines (null) a query
 * with another aggregate, which {@link GroupAgg} answers over codes.
 */
final class RunAggregates {
    private static final Set<String> LONG_FOLDS = Set.of("sum", "min", "max");
    private static final Set<String> FLOAT_FOLDS = Set.of("sum", "avg", "min", "max");

    private RunAggregates() {}

    /** Each aggregate's value in each group, in the key's order; null when one is not folded here. */
    static K[] of(List<Node.Column> cols, Map<Node, K> args, KeyCodes key) {
        K[] out = new K[cols.size()];
        for (int c = 0; c < out.length; c++) {
            if (!(cols.get(c).value() instanceof Node.Monadic mo)) {
                return null;
            }
            String f = ((Node.Var) mo.fn()).name();
            K arg = args.get(mo.arg());
            out[c] = f.equals("count") ? new LongVector(QType.LONG, key.counts().clone())
                    : arg == null ? null : fold(f, arg, key);
            if (out[c] == null) {
                return null;
            }
        }
        return out;
    }

    private static K fold(String f, K arg, KeyCodes key) {
        int[] starts = key.starts;
        int n = starts.length;
        if (f.equals("first") || f.equals("last")) {
            int[] at = new int[n];
            for (int g = 0; g < n; g++) {
                at[g] = f.equals("first") ? starts[g] : key.end(g) - 1;
            }
            return Gather.at(arg, at);
        }
        if (arg instanceof LongVector lv && arg.type() == QType.LONG && LONG_FOLDS.contains(f)) {
            long[] out = new long[n];
            for (int g = 0; g < n; g++) {
                out[g] = longs(f, lv.items(), starts[g], key.end(g));
            }
            return new LongVector(QType.LONG, out);
        }
        if (arg instanceof FloatVector fv && arg.type() == QType.FLOAT && FLOAT_FOLDS.contains(f)) {
            double[] out = new double[n];
            for (int g = 0; g < n; g++) {
                out[g] = floats(f, fv.items(), starts[g], key.end(g));
            }
            return new FloatVector(QType.FLOAT, out);
        }
        return null;
    }

    // sum skips nulls (adds 0), min skips them, and max never picks one (the least long)
    private static long longs(String f, long[] a, int lo, int hi) {
        switch (f) {
            case "sum": {
                long s = 0;
                for (int r = lo; r < hi; r++) {
                    long v = a[r];
                    s += v == QNull.LONG ? 0 : v;
                }
                return s;
            }
            case "max": {
                long x = -QNull.LONG_INF;
                for (int r = lo; r < hi; r++) {
                    x = Math.max(x, a[r]);
                }
                return x;
            }
            case "min": {
                long x = QNull.LONG_INF;
                for (int r = lo; r < hi; r++) {
                    long v = a[r];
                    x = v == QNull.LONG ? x : Math.min(x, v);
                }
                return x;
            }
            default:
                throw new IllegalArgumentException(f);
        }
    }

    // nulls (NaN) are skipped: they compare false and are not added
    private static double floats(String f, double[] a, int lo, int hi) {
        switch (f) {
            case "sum": {
                double s = 0;
                for (int r = lo; r < hi; r++) {
                    double v = a[r];
                    if (v == v) {
                        s += v;
                    }
                }
                return s;
            }
            case "avg": {
                double s = 0;
                long c = 0;
                for (int r = lo; r < hi; r++) {
                    double v = a[r];
                    if (v == v) {
                        s += v;
                        c++;
                    }
                }
                return c == 0 ? QNull.FLOAT : s / c;
            }
            case "max": {
                double x = Double.NEGATIVE_INFINITY;
                for (int r = lo; r < hi; r++) {
                    double v = a[r];
                    x = v > x ? v : x;
                }
                return x;
            }
            case "min": {
                double x = Double.POSITIVE_INFINITY;
                for (int r = lo; r < hi; r++) {
                    double v = a[r];
                    x = v < x ? v : x;
                }
                return x;
            }
            default:
                throw new IllegalArgumentException(f);
        }
    }
}
