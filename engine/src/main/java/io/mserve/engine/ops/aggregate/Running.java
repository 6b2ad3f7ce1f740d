package io.mserve.engine.ops.aggregate;

import io.mserve.engine.QException;
import io.mserve.engine.ops.arith.Atomic;
import io.mserve.engine.ops.arith.Num;
import io.mserve.engine.ops.arith.Types;
import io.mserve.engine.ops.dict.Dicts;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.Table;

/**
 * Uniform (running and moving) functions: {@code sums prds maxs mins avgs deltas ratios}, the
 * moving {@code msum mavg mcount mmax mmin mdev} and {@code ema}. A vector runs in
 * one loop; a general list runs item by item with the atomic verb, or for the moving ones as
 * columns of its rows; a dictionary maps its values and a table its columns.
 */
public final class Running {
    private Running() {}

    private static final long N = QNull.LONG;

    public static K sums(K x) {
        return running(x, v -> runSum(v, false), Num::add);
    }

    public static K prds(K x) {
        return running(x, v -> runSum(v, true), Num::multiply);
    }

    public static K maxs(K x) {
        return running(x, v -> runExtreme(v, true), Num::max);
    }

    public static K mins(K x) {
        return running(x, v -> runExtreme(v, false), Num::min);
    }

    /** Running mean of the non-null items so far. */
    public static K avgs(K x) {
        return uniform(x, v -> {
            double[] a = floats(v);
            double[] r = new double[a.length];
            double s = 0;
            long n = 0;
            for (int i = 0; i < a.length; i++) {
                if (a[i] == a[i]) {
                    s += a[i];
                    n++;
                }
                r[i] = n == 0 ? QNull.FLOAT : s / n;
            }
            return Types.fromDoubles(r, QType.FLOAT, false);
        });
    }

    /** Each item less the one before it (the first less zero). */
    public static K deltas(K x) {
        return uniform(x, v -> Num.subtract(v, shifted(v, 0)), v -> prior(v, Num::subtract));
    }

    /** Each item over the one before it (the first as it is), as floats. */
    public static K ratios(K x) {
        return uniform(x, v -> Num.divide(v, shifted(v, 1)), v -> prior(v, Num::divide));
    }

    // Each item of a general list against the one before it; the first as it is.
    private static K prior(K x, Atomic.Kernel f) {
        K[] items = ((KList) x).items();
        K[] out = new K[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = i == 0 ? items[0] : Atomic.dyad(items[i], items[i - 1], f);
        }
        return Lists.collapse(out);
    }

    public static K msum(K w, K y) {
        int m = window(w);
        return uniform(y, v -> {
            int t = Math.abs(v.type());
            if (Types.isFloating(t)) {
                double[] a = Types.doubles(v, t);
                double[] r = new double[a.length];
                double s = 0;
                for (int i = 0; i < a.length; i++) {
                    s += a[i] == a[i] ? a[i] : 0;
                    if (i >= m && a[i - m] == a[i - m]) {
                        s -= a[i - m];
                    }
                    r[i] = s;
                }
                return Types.fromDoubles(r, t, false);
            }
            long[] a = Types.longs(v, t);
            long[] r = new long[a.length];
            long s = 0;
            for (int i = 0; i < a.length; i++) {
                s += a[i] == N ? 0 : a[i];
                if (i >= m && a[i - m] != N) {
                    s -= a[i - m];
                }
                r[i] = s;
            }
            return Types.fromLongs(r, sumType(t), false);
        });
    }

    public static K mcount(K w, K y) {
        int m = window(w);
        return uniform(y, v -> {
            double[] a = floats(v);
            long[] r = new long[a.length];
            long c = 0;
            for (int i = 0; i < a.length; i++) {
                c += a[i] == a[i] ? 1 : 0;
                if (i >= m && a[i - m] == a[i - m]) {
                    c--;
                }
                r[i] = c;
            }
            return Types.fromLongs(r, QType.LONG, false);
        });
    }

    public static K mavg(K w, K y) {
        return moving(w, y, false);
    }

    public static K mdev(K w, K y) {
        return moving(w, y, true);
    }

    /** Moving maximum, nulls ignored (a window of nulls gives the type's negative infinity). */
    public static K mmax(K w, K y) {
        return movingExtreme(window(w), y, true);
    }

    /** Moving minimum, nulls being least. */
    public static K mmin(K w, K y) {
        return movingExtreme(window(w), y, false);
    }

    /** {@code x ema y}: exponential moving average with smoothing x (an atom or one per item). */
    public static K ema(K x, K y) {
        return uniform(y, v -> {
            double[] a = floats(v);
            double[] alpha = floats(x);
            if (alpha.length != 1 && alpha.length != a.length) {
                throw QException.length();
            }
            double[] r = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                double k = alpha[alpha.length == 1 ? 0 : i];
                r[i] = i == 0 ? a[0] : k * a[i] + (1 - k) * r[i - 1];
            }
            return Types.fromDoubles(r, QType.FLOAT, false);
        });
    }

    /**
     * {@code x y\z} for a float y: the recurrence {@code {z+x*y}\[x;y;z]} that Scan has built in
     * (ref/accumulators.md): r[i] is z[i]+r[i-1]*y[i], starting from x; y and z atoms or lists of one count.
     */
    public static K recurrence(K x, K y, K z) {
        if (x.type() >= 0 || !Types.isNumeric(x.type()) || !Types.isNumeric(z.type())) {
            throw QException.type();
        }
        double[] b = Types.doubles(y);
        double[] c = Types.doubles(z);
        if (y.type() >= 0 && z.type() >= 0 && b.length != c.length) {
            throw QException.length();
        }
        int n = z.type() >= 0 ? c.length : y.type() >= 0 ? b.length : 1;
        double[] r = new double[n];
        double prev = Types.doubles(x)[0];
        for (int i = 0; i < n; i++) {
            prev = c[z.type() < 0 ? 0 : i] + prev * b[y.type() < 0 ? 0 : i];
            r[i] = prev;
        }
        return Types.fromDoubles(r, QType.FLOAT, y.type() < 0 && z.type() < 0);
    }

    private static int window(K w) {
        if (w.type() != -QType.LONG && w.type() != -QType.INT && w.type() != -QType.SHORT) {
            throw QException.type();
        }
        long m = Types.longs(w, QType.LONG)[0];
        if (m < 0 || m == N) {
            throw QException.domain();
        }
        return (int) Math.min(m, Integer.MAX_VALUE);
    }

    private static K moving(K w, K y, boolean dev) {
        int m = window(w);
        return uniform(y, v -> {
            double[] a = floats(v);
            double[] r = new double[a.length];
            double s = 0;
            double ss = 0;
            long c = 0;
            for (int i = 0; i < a.length; i++) {
                if (a[i] == a[i]) {
                    s += a[i];
                    ss += a[i] * a[i];
                    c++;
                }
                if (i >= m && a[i - m] == a[i - m]) {
                    s -= a[i - m];
                    ss -= a[i - m] * a[i - m];
                    c--;
                }
                double mean = s / c;
                r[i] = c == 0 ? QNull.FLOAT : dev ? Math.sqrt(Math.max(0, ss / c - mean * mean)) : mean;
            }
            return Types.fromDoubles(r, QType.FLOAT, false);
        });
    }

    private static K movingExtreme(int m, K y, boolean greatest) {
        return uniform(y, v -> {
            int t = Math.abs(v.type());
            if (Types.isFloating(t)) {
                double[] a = Types.doubles(v, t);
                double[] r = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    double e = greatest ? Double.NEGATIVE_INFINITY : a[i];
                    for (int j = Math.max(0, i - m + 1); j <= i; j++) {
                        e = greatest ? (a[j] > e ? a[j] : e) : (a[j] != a[j] || e != e ? Double.NaN : Math.min(e, a[j]));
                    }
                    r[i] = e;
                }
                return Types.fromDoubles(r, t, false);
            }
            long[] a = Types.longs(v, t);
            long[] r = new long[a.length];
            long floor = t == QType.LONG || t == QType.TIMESTAMP || t == QType.TIMESPAN ? -Long.MAX_VALUE
                    : t == QType.SHORT ? -QNull.SHORT_INF : -QNull.INT_INF;
            for (int i = 0; i < a.length; i++) {
                long e = greatest ? floor : Long.MAX_VALUE;
                for (int j = Math.max(0, i - m + 1); j <= i; j++) {
                    e = greatest ? Math.max(e, a[j]) : Math.min(e, a[j]);
                }
                r[i] = e;
            }
            return Types.fromLongs(r, t, false);
        });
    }

    private static int sumType(int t) {
        return t == QType.BOOLEAN || t == QType.BYTE || t == QType.SHORT ? QType.INT : t;
    }

    private static double[] floats(K v) {
        int t = Math.abs(v.type());
        if (!Types.isNumeric(t) && !Types.isTemporal(t) && t != QType.DATETIME) {
            throw QException.type();
        }
        return Types.doubles(v, QType.FLOAT);
    }

    // v's items moved one place right, `first` (as v's type) in front.
    private static K shifted(K v, long first) {
        int t = Math.abs(v.type());
        if (Types.isFloating(t)) {
            double[] a = Types.doubles(v, t);
            double[] r = new double[a.length];
            if (r.length > 0) {
                r[0] = first;
                System.arraycopy(a, 0, r, 1, a.length - 1);
            }
            return Types.fromDoubles(r, t, false);
        }
        long[] a = Types.longs(v, t);
        long[] r = new long[a.length];
        if (r.length > 0) {
            r[0] = first;
            System.arraycopy(a, 0, r, 1, a.length - 1);
        }
        return Types.fromLongs(r, t, false);
    }

    private static K runSum(K v, boolean product) {
        int t = Math.abs(v.type());
        if (!Types.isNumeric(t) && !Types.isTemporal(t) && t != QType.DATETIME) {
            throw QException.type();
        }
        if (Types.isFloating(t)) {
            double[] a = Types.doubles(v, t);
            double[] r = new double[a.length];
            double s = product ? 1 : 0;
            for (int i = 0; i < a.length; i++) {
                if (a[i] == a[i]) {
                    s = product ? s * a[i] : s + a[i];
                }
                r[i] = s;
            }
            return Types.fromDoubles(r, t, false);
        }
        long[] a = Types.longs(v, t);
        long[] r = new long[a.length];
        long s = product ? 1 : 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != N) {
                s = product ? s * a[i] : s + a[i];
            }
            r[i] = s;
        }
        return Types.fromLongs(r, sumType(t), false);
    }

    private static K runExtreme(K v, boolean greatest) {
        int t = Math.abs(v.type());
        if (t == QType.SYMBOL || t == QType.GUID) {
            throw QException.type();
        }
        if (Types.isFloating(t)) {
            double[] a = Types.doubles(v, t);
            double[] r = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                double p = i == 0 ? (greatest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) : r[i - 1];
                // Nulls are skipped: maxs starts from minus infinity, mins from infinity.
                r[i] = a[i] != a[i] ? p : greatest ? Math.max(p, a[i]) : Math.min(p, a[i]);
            }
            return Types.fromDoubles(r, t, false);
        }
        long[] a = Types.longs(v, t);
        long[] r = new long[a.length];
        long infinity = t == QType.SHORT ? Short.MAX_VALUE : Math.abs(t) == QType.LONG || t == QType.TIMESTAMP
                || t == QType.TIMESPAN ? Long.MAX_VALUE : Integer.MAX_VALUE;
        for (int i = 0; i < a.length; i++) {
            long p = i == 0 ? (greatest ? -infinity : infinity) : r[i - 1];
            r[i] = a[i] == Long.MIN_VALUE ? p : greatest ? Math.max(p, a[i]) : Math.min(p, a[i]);
        }
        return Types.fromLongs(r, t, false);
    }

    /** Runs {@code simple} on a vector; a general list combines each item with the running value by {@code step}. */
    private static K running(K x, Atomic.Kernel1 simple, Atomic.Kernel step) {
        return uniform(x, simple, list -> {
            K[] items = ((KList) list).items();
            K[] out = new K[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = i == 0 ? items[0] : Atomic.dyad(out[i - 1], items[i], step);
            }
            return Lists.collapse(out);
        });
    }

    private static K uniform(K x, Atomic.Kernel1 simple) {
        return uniform(x, simple, null);
    }

    // Rows of one count run column by column, as q's k definitions do item-wise: 2 mmax of rows (ref/max.md).
    private static K byColumns(KList rows, Atomic.Kernel1 simple) {
        for (K row : rows.items()) {
            if (row.type() < 0 || !Atomic.isSimple(row)) {
                throw QException.type();
            }
        }
        if (rows.items()[0].count() == 0) {
            return rows;
        }
        K[] cols = ((KList) Dicts.flip(rows)).items();
        K[] out = new K[cols.length];
        for (int c = 0; c < cols.length; c++) {
            out[c] = uniform(cols[c], simple);
        }
        return Dicts.flip(new KList(out));
    }

    /**
     * {@code simple} on a vector (an atom as a vector of one, giving an atom), mapped over a
     * dictionary's values or a table's columns; a general list goes to {@code onList}, or if
     * there is none must collapse to a vector.
     */
    private static K uniform(K x, Atomic.Kernel1 simple, Atomic.Kernel1 onList) {
        if (x instanceof Dict) {
            Dict d = (Dict) x;
            return new Dict(d.keys(), uniform(d.values(), simple, onList), d.isSorted());
        }
        if (x instanceof Table) {
            Table t = (Table) x;
            K[] cols = new K[t.data().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = uniform(t.data()[c], simple, onList);
            }
            return new Table(t.columns(), cols);
        }
        if (x instanceof KList && onList != null) {
            return onList.apply(x);
        }
        if (x instanceof KList) {
            K v = Lists.collapse(((KList) x).items());
            if (v instanceof KList l) {
                return byColumns(l, simple);
            }
            return uniform(v, simple);
        }
        if (!Atomic.isSimple(x)) {
            throw QException.type();
        }
        if (x.type() < 0) {
            return Lists.at(simple.apply(Lists.collapse(new K[] {x})), 0);
        }
        return simple.apply(x);
    }
}
