package io.mserve.engine.ops.aggregate;

import io.mserve.engine.QException;
import io.mserve.engine.ops.arith.Atomic;
import io.mserve.engine.ops.arith.Num;
import io.mserve.engine.ops.arith.Types;
import io.mserve.engine.ops.compare.Cmp;
import io.mserve.engine.ops.sort.Order;
import io.mserve.engine.ops.sort.SortKeys;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.Table;
import java.util.Arrays;

/**
 * Aggregates: {@code sum prod max min avg med var dev svar sdev} and the weighted and paired
 * ones. A simple vector folds in one loop, skipping nulls; a general list combines its items
 * with the atomic verb ({@code sum} of equal-length vectors adds them item-wise); a dictionary
 * aggregates its values; a table (or keyed table) aggregates each column into a dictionary.
 * {@code all} and {@code any} are the boolean aggregates.
 */
public final class Agg {
    private Agg() {}

    private static final long N = QNull.LONG;

    public static K sum(K x) {
        return over(x, Agg::sumSimple, Num::add, Q.j(0));
    }

    public static K prod(K x) {
        return over(x, Agg::prodSimple, Num::multiply, Q.j(1));
    }

    public static K max(K x) {
        return over(x, v -> extreme(v, true), Num::max, Q.j(-Long.MAX_VALUE));
    }

    public static K min(K x) {
        return over(x, v -> extreme(v, false), Num::min, Q.j(Long.MAX_VALUE));
    }

    /**
     * The mean, a float, nulls ignored; for a general list, the item-wise sum over the count
     * (a list of atoms sums without its nulls but counts them, as q does for {@code avg (1;0n;2;3)}).
     */
    public static K avg(K x) {
        if (x instanceof KList && allAtoms((KList) x)) {
            K[] items = ((KList) x).items();
            double s = 0;
            for (K item : items) {
                checkArith(Math.abs(item.type()));
                double v = Types.doubles(item, QType.FLOAT)[0];
                s += v == v ? v : 0;
            }
            return new FloatAtom(-QType.FLOAT, s / items.length);
        }
        if (x instanceof KList) {
            return x.count() == 0 ? nullFloat() : Atomic.dyad(sum(x), Q.j(x.count()), Num::divide);
        }
        if (x instanceof Dict) {
            return avg(((Dict) x).values());
        }
        if (x instanceof Table) {
            return perColumn((Table) x, Agg::avg);
        }
        return moments(x, 0);
    }

    /**
     * The median. Of a table (a keyed table: its values) the rows are what is ordered, as ref/med.md
     * defines med, {@code avg x (iasc x)@floor .5*-1 0+count x}: the mean of the middle row or two.
     */
    public static K med(K x) {
        K rows = x instanceof Dict d && d.isKeyedTable() ? d.values() : x;
        if (rows instanceof Table t) {
            int[] order = Ints.toInts(Ints.vector(Order.iasc(t)));
            int n = order.length;
            return avg(Gather.at(t, n == 0 ? order : new int[] {order[(n - 1) / 2], order[n / 2]}));
        }
        return flipped(x, Agg::medSimple);
    }

    public static K var(K x) {
        return flipped(x, v -> moments(v, 1));
    }

    public static K dev(K x) {
        return flipped(x, v -> moments(v, 2));
    }

    public static K svar(K x) {
        return flipped(x, v -> moments(v, 3));
    }

    public static K sdev(K x) {
        return flipped(x, v -> moments(v, 4));
    }

    /** {@code x wsum y}: the sum of the products. */
    public static K wsum(K x, K y) {
        // Two vectors give a float, as the reference shows (1 2 3 wsum 1 2 3 is 14f); an atom weight
        // keeps the type (2 wsum 1 2 4 is 14).
        K s = sum(Atomic.dyad(x, y, Num::multiply));
        boolean vectors = x.type() >= 0 && y.type() >= 0;
        return vectors && s.type() < 0 && Types.isNumeric(-s.type()) && !Types.isFloating(-s.type())
                ? Q.f(Types.doubles(s, QType.FLOAT)[0]) : s;
    }

    /** {@code x wavg y}: the average of y weighted by x, pairs with a null ignored. */
    public static K wavg(K x, K y) {
        if (Atomic.isSimple(x) && Atomic.isSimple(y) && !(x.type() < 0 && y.type() < 0)) {
            if (x.type() > 0 && y.type() > 0 && x.count() != y.count()) {
                throw QException.length();
            }
            double[] w = Types.doubles(x, QType.FLOAT);
            double[] v = Types.doubles(y, QType.FLOAT);
            int n = Types.count(x, y);
            double sw = 0;
            double swv = 0;
            for (int i = 0; i < n; i++) {
                double a = w[w.length == 1 ? 0 : i];
                double b = v[v.length == 1 ? 0 : i];
                if (a == a && b == b) {
                    sw += a;
                    swv += a * b;
                }
            }
            return new FloatAtom(-QType.FLOAT, swv / sw);
        }
        return Atomic.dyad(wsum(x, y), sum(x), Num::divide);
    }

    /** {@code x cov y}: population covariance. */
    public static K cov(K x, K y) {
        return new FloatAtom(-QType.FLOAT, paired(x, y)[0]);
    }

    /** {@code x scov y}: sample covariance. */
    public static K scov(K x, K y) {
        double[] p = paired(x, y);
        return new FloatAtom(-QType.FLOAT, p[0] * p[3] / (p[3] - 1));
    }

    /** {@code x cor y}: correlation. */
    public static K cor(K x, K y) {
        double[] p = paired(x, y);
        return new FloatAtom(-QType.FLOAT, p[0] / Math.sqrt(p[1] * p[2]));
    }

    // Covariance, variance of x, variance of y, count, over the pairs where neither is null.
    private static double[] paired(K x, K y) {
        if (!Atomic.isSimple(x) || !Atomic.isSimple(y) || x.type() < 0 || y.type() < 0) {
            throw QException.type();
        }
        if (x.count() != y.count()) {
            throw QException.length();
        }
        double[] a = Types.doubles(x, QType.FLOAT);
        double[] b = Types.doubles(y, QType.FLOAT);
        double n = 0;
        double sa = 0;
        double sb = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == a[i] && b[i] == b[i]) {
                n++;
                sa += a[i];
                sb += b[i];
            }
        }
        double ma = sa / n;
        double mb = sb / n;
        double cab = 0;
        double caa = 0;
        double cbb = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == a[i] && b[i] == b[i]) {
                double da = a[i] - ma;
                double db = b[i] - mb;
                cab += da * db;
                caa += da * da;
                cbb += db * db;
            }
        }
        return new double[] {cab / n, caa / n, cbb / n, n};
    }

    private static boolean allAtoms(KList x) {
        for (K item : x.items()) {
            if (!item.isAtom()) {
                return false;
            }
        }
        return x.count() > 0;
    }

    private static K nullFloat() {
        return new FloatAtom(-QType.FLOAT, QNull.FLOAT);
    }

    /** The aggregate: {@code simple} on an atom or vector, {@code combine} folding a general list ({@code empty} when it has no items). */
    private static K over(K x, Atomic.Kernel1 simple, Atomic.Kernel combine, K empty) {
        if (Atomic.isSimple(x)) {
            return simple.apply(x);
        }
        if (x instanceof Dict) {
            return over(((Dict) x).values(), simple, combine, empty);
        }
        if (x instanceof Table) {
            return perColumn((Table) x, c -> over(c, simple, combine, empty));
        }
        if (x instanceof KList) {
            K[] items = ((KList) x).items();
            if (items.length == 0) {
                return empty;
            }
            K acc = items[0];
            for (int i = 1; i < items.length; i++) {
                acc = Atomic.dyad(acc, items[i], combine);
            }
            return acc;
        }
        throw QException.type();
    }

    // A general list of equal-length lists is aggregated column by column.
    private static K flipped(K x, Atomic.Kernel1 simple) {
        if (x instanceof KList && x.count() > 0 && ((KList) x).items()[0].type() >= 0) {
            K[] items = ((KList) x).items();
            int m = items[0].count();
            K[] out = new K[m];
            for (int j = 0; j < m; j++) {
                K[] col = new K[items.length];
                for (int i = 0; i < items.length; i++) {
                    if (items[i].count() != m) {
                        throw QException.length();
                    }
                    col[i] = Lists.at(items[i], j);
                }
                out[j] = flipped(Lists.collapse(col), simple);
            }
            return Lists.collapse(out);
        }
        if (x instanceof KList) {
            K v = Lists.collapse(((KList) x).items());
            if (v instanceof KList) {
                throw QException.type();
            }
            return simple.apply(v);
        }
        if (x instanceof Dict) {
            return flipped(((Dict) x).values(), simple);
        }
        if (x instanceof Table) {
            return perColumn((Table) x, c -> flipped(c, simple));
        }
        if (!Atomic.isSimple(x)) {
            throw QException.type();
        }
        return simple.apply(x);
    }

    /** A table's aggregate: column name to the column's aggregate. */
    private static K perColumn(Table t, Atomic.Kernel1 f) {
        K[] out = new K[t.data().length];
        for (int c = 0; c < out.length; c++) {
            out[c] = f.apply(t.data()[c]);
        }
        return new Dict(t.columns(), Lists.collapse(out));
    }

    private static void checkArith(int t) {
        if (!Types.isNumeric(t) && !Types.isTemporal(t) && t != QType.DATETIME) {
            throw QException.type();
        }
    }

    private static K sumSimple(K x) {
        int t = Math.abs(x.type());
        checkArith(t);
        if (x.type() < 0) {
            return x;
        }
        if (Types.isFloating(t)) {
            double[] a = Types.doubles(x, t);
            double s = 0;
            for (double v : a) {
                if (v == v) {
                    s += v;
                }
            }
            return Types.fromDoubles(new double[] {s}, t, true);
        }
        if (x instanceof ByteVector b && t == QType.BOOLEAN) {
            // straight from the bytes: a boolean list is often long (the count of a comparison's trues)
            long s = 0;
            for (byte v : b.items()) {
                s += v;
            }
            return Types.fromLongs(new long[] {s}, QType.INT, true);
        }
        long[] a = Types.longs(x, t);
        long s = 0;
        for (long v : a) {
            if (v != N) {
                s += v;
            }
        }
        return Types.fromLongs(new long[] {s}, sumType(t), true);
    }

    private static int sumType(int t) {
        if (t == QType.BOOLEAN || t == QType.BYTE || t == QType.SHORT) {
            return QType.INT;
        }
        if (t == QType.TIMESTAMP || t == QType.MONTH || t == QType.DATE) {
            throw QException.type();
        }
        return t;
    }

    private static K prodSimple(K x) {
        int t = Math.abs(x.type());
        if (!Types.isNumeric(t)) {
            throw QException.type();
        }
        if (x.type() < 0) {
            return x;
        }
        if (Types.isFloating(t)) {
            double p = 1;
            for (double v : Types.doubles(x, t)) {
                if (v == v) {
                    p *= v;
                }
            }
            return Types.fromDoubles(new double[] {p}, t, true);
        }
        long p = 1;
        for (long v : Types.longs(x, t)) {
            if (v != N) {
                p *= v;
            }
        }
        return Types.fromLongs(new long[] {p}, sumType(t), true);
    }

    // max or min of a vector, nulls ignored; the type's infinity (or its least/greatest value) when none.
    private static K extreme(K x, boolean greatest) {
        int t = Math.abs(x.type());
        if (t == QType.SYMBOL || t == QType.GUID) {
            throw QException.type();
        }
        if (x.type() < 0) {
            return x;
        }
        if (Types.isFloating(t)) {
            double r = greatest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (double v : Types.doubles(x, t)) {
                if (greatest ? v > r : v < r) {
                    r = v;
                }
            }
            return Types.fromDoubles(new double[] {r}, t, true);
        }
        long r;
        if (t == QType.BOOLEAN || t == QType.BYTE || t == QType.CHAR) {
            r = greatest ? 0 : t == QType.BOOLEAN ? 1 : 0xFF;
        } else if (t == QType.SHORT) {
            r = greatest ? -QNull.SHORT_INF : QNull.SHORT_INF;
        } else if (t == QType.LONG || t == QType.TIMESTAMP || t == QType.TIMESPAN) {
            r = greatest ? -QNull.LONG_INF : QNull.LONG_INF;
        } else {
            r = greatest ? -QNull.INT_INF : QNull.INT_INF;
        }
        for (long v : Types.longs(x, t)) {
            if (v != N && (greatest ? v > r : v < r)) {
                r = v;
            }
        }
        if (t == QType.SHORT) {
            return new ShortAtom((short) r);
        }
        return Types.fromLongs(new long[] {r}, t, true);
    }

    /** Of the non-null items: 0 mean, 1 variance, 2 deviation, 3 sample variance, 4 sample deviation. */
    private static K moments(K x, int which) {
        checkArith(Math.abs(x.type()));
        double[] a = Types.doubles(x, QType.FLOAT);
        double n = 0;
        double s = 0;
        for (double v : a) {
            if (v == v) {
                n++;
                s += v;
            }
        }
        double mean = s / n;
        if (which == 0) {
            return new FloatAtom(-QType.FLOAT, n == 0 ? QNull.FLOAT : mean);
        }
        double ss = 0;
        for (double v : a) {
            if (v == v) {
                ss += (v - mean) * (v - mean);
            }
        }
        double var = which >= 3 ? ss / (n - 1) : ss / n;
        return new FloatAtom(-QType.FLOAT, which == 2 || which == 4 ? Math.sqrt(var) : var);
    }

    private static K medSimple(K x) {
        checkArith(Math.abs(x.type()));
        double[] a = Types.doubles(x, QType.FLOAT);
        double[] v = new double[a.length];
        int n = 0;
        for (double d : a) {
            if (d == d) {
                v[n++] = d;
            }
        }
        if (n == 0) {
            return nullFloat();
        }
        Arrays.sort(v, 0, n);
        double m = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new FloatAtom(-QType.FLOAT, m);
    }

    public static K all(K x) {
        return truth(x, true);
    }

    public static K any(K x) {
        return truth(x, false);
    }

    private static K truth(K x, boolean all) {
        if (x instanceof Dict d) {
            return truth(d.values(), all);
        }
        if (x instanceof Table t) {
            byte[] r = new byte[t.data().length];
            for (int c = 0; c < r.length; c++) {
                r[c] = ((ByteAtom) truth(t.data()[c], all)).value();
            }
            return new Dict(t.columns(), new ByteVector(QType.BOOLEAN, r));
        }
        int t = Math.abs(x.type());
        if (x.type() < 0 && t <= QType.TIME && t != QType.SYMBOL && t != QType.GUID) {
            return truth(Gather.at(x, new int[1]), all);
        }
        if (x instanceof KList l && l.count() == 0) {
            return Q.b(all);
        }
        if (x instanceof KList l) {
            // min or max of the items as flags ("b"$x), item-wise: any (01b;10b) is 11b
            K acc = Cmp.inequality(l.items()[0], Q.j(0));
            for (int i = 1; i < l.count(); i++) {
                acc = Atomic.dyad(acc, Cmp.inequality(l.items()[i], Q.j(0)), all ? Num::min : Num::max);
            }
            return acc;
        }
        if (t == QType.SYMBOL || t == QType.GUID || t == 0 || t > QType.TIME) {
            throw QException.type();
        }
        long[] k = SortKeys.of(x);
        boolean floats = t == QType.FLOAT || t == QType.REAL || t == QType.DATETIME;
        long zero = floats ? (t == QType.REAL ? SortKeys.realKey(0f) : SortKeys.floatKey(0.0)) : 0;
        for (long v : k) {
            if ((v != zero) != all) {
                return Q.b(!all);
            }
        }
        return Q.b(all);
    }
}
