package io.mserve.engine.qsql;

import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Gather;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealVector;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code select aggregates by column from t where ...} in one pass per aggregate: the key column's
 * enumeration ({@link KeyCodes}) gives each row's group, and each aggregate folds its column into
 * per-group accumulators over all rows, the rows the where phrase did not select (its boolean mask)
 * folded into an extra group that is dropped: no column is copied and no index vector built. The aggregates are {@code count sum avg min max first last} of a column and
 * {@code wavg} of two; {@code sum avg min max wavg} over long and float columns, nulls skipped as
 * the verbs skip them, in row order so that float sums are the verbs' to the bit.
 */
final class GroupAgg {
    private final Map<String, K> columns;
    private final int rows;
    private final int[] codes;
    // the rows selected (null: all); the others are counted in group n, left out of the answer
    private final byte[] mask;
    private final int n;
    private long[] counts;

    private GroupAgg(Map<String, K> columns, int rows, int[] codes, byte[] mask, int n) {
        this.columns = columns;
        this.rows = rows;
        this.codes = codes;
        this.mask = mask;
        this.n = n;
    }

    private int group(int r) {
        return mask == null ? codes[r] : masked(codes[r], mask[r], n);
    }

    // c when m is set, else n: arithmetic rather than a branch, which the where phrase would make unpredictable
    private static int masked(int c, byte m, int n) {
        int drop = m == 0 ? -1 : 0;
        return c + ((n - c) & drop);
    }

    /** Whether {@link #select} answers the query. */
    static boolean supports(List<Node.Column> cols, List<Node.Column> by, Map<String, K> columns) {
        if (by.size() != 1 || cols.isEmpty() || !(by.get(0).value() instanceof Node.Var v)) {
            return false;
        }
        K key = columns.get(v.name());
        if (key == null || key.type() <= 0 || key.type() >= QType.TABLE || key instanceof FloatVector || key instanceof RealVector
                || key instanceof KList) {
            return false;
        }
        for (Node.Column c : cols) {
            if (!supported(c.value(), columns)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The keyed table of a query {@link #supports} answers, over the rows {@code idx} (ascending; all when null) of
     * which {@code mask} (when not null) selects some; null when idx is not ascending.
     */
    static K select(List<Node.Column> cols, List<Node.Column> by, Map<String, K> columns, int rows, int[] idx, byte[] mask) {
        K key = columns.get(((Node.Var) by.get(0).value()).name());
        KeyCodes kc = KeyCodes.of(key);
        int n = kc.count();
        long[] counts = idx == null && mask == null ? Arrays.copyOf(kc.counts, n + 1) : new long[n + 1];
        byte[] all = selected(rows, kc.codes, idx, mask, counts);
        if (all == null) {
            return null;
        }
        GroupAgg g = new GroupAgg(columns, rows, kc.codes, all.length == 0 ? null : all, n);
        g.counts = counts;
        int[] kept = g.kept();
        K[] vals = new K[cols.size()];
        for (int c = 0; c < vals.length; c++) {
            vals[c] = g.aggregate(cols.get(c).value(), kept);
        }
        String[] byNames = Names.of(by, List.of());
        return new Dict(Cols.table(byNames, new K[] {Gather.at(kc.keys, kept)}), Cols.table(Names.of(cols, List.of()), vals));
    }

    // The selected rows as a mask over all rows (null: all), counting each group's selected rows; null when idx is not ascending.
    private static byte[] selected(int rows, int[] codes, int[] idx, byte[] mask, long[] counts) {
        if (idx == null && mask == null) {
            return new byte[0];
        }
        byte[] all = mask;
        if (idx != null) {
            all = new byte[rows];
            for (int j = 0, prev = -1; j < idx.length; j++) {
                int r = idx[j];
                if (r <= prev) {
                    return null;
                }
                prev = r;
                all[r] = mask == null ? 1 : mask[j];
            }
        }
        long unselected = rows;
        for (int r = 0; r < rows; r++) {
            int m = all[r] != 0 ? 1 : 0;
            counts[codes[r]] += m;
            unselected -= m;
        }
        counts[counts.length - 1] = unselected;
        return all;
    }

    private static boolean supported(Node e, Map<String, K> columns) {
        if (e instanceof Node.Monadic mo && mo.fn() instanceof Node.Var f && mo.arg() instanceof Node.Var c
                && !columns.containsKey(f.name())) {
            K col = columns.get(c.name());
            switch (f.name()) {
                case "count":
                    return col != null || c.name().equals("i");
                case "first":
                case "last":
                    return col != null && col.type() >= 0 && col.type() < QType.TABLE;
                case "sum":
                case "avg":
                case "min":
                case "max":
                    return numeric(col);
                default:
                    return false;
            }
        }
        return e instanceof Node.Dyadic d && d.fn() instanceof Node.Var f && f.name().equals("wavg")
                && !columns.containsKey("wavg") && d.left() instanceof Node.Var x && d.right() instanceof Node.Var y
                && numeric(columns.get(x.name())) && numeric(columns.get(y.name()));
    }

    private static boolean numeric(K col) {
        return col != null && (col.type() == QType.LONG && col instanceof LongVector || col.type() == QType.FLOAT);
    }

    // The groups with selected rows.
    private int[] kept() {
        int k = 0;
        for (int g = 0; g < n; g++) {
            k += counts[g] > 0 ? 1 : 0;
        }
        int[] out = new int[k];
        for (int g = 0, j = 0; g < n; g++) {
            if (counts[g] > 0) {
                out[j++] = g;
            }
        }
        return out;
    }

    // The aggregate's value in each kept group.
    private K aggregate(Node e, int[] kept) {
        if (e instanceof Node.Monadic mo && (((Node.Var) mo.fn()).name().equals("first") || ((Node.Var) mo.fn()).name().equals("last"))) {
            int[] at = ends(((Node.Var) mo.fn()).name().equals("first"));
            int[] rows = new int[kept.length];
            for (int k = 0; k < kept.length; k++) {
                rows[k] = at[kept[k]];
            }
            return Gather.at(columns.get(((Node.Var) mo.arg()).name()), rows);
        }
        return Gather.at(aggregate(e), kept);
    }

    private K aggregate(Node e) {
        if (e instanceof Node.Dyadic d) {
            return wavg(columns.get(((Node.Var) d.left()).name()), columns.get(((Node.Var) d.right()).name()));
        }
        Node.Monadic mo = (Node.Monadic) e;
        String f = ((Node.Var) mo.fn()).name();
        K col = columns.get(((Node.Var) mo.arg()).name());
        switch (f) {
            case "count":
                return new LongVector(QType.LONG, counts.clone());
            default:
                return col instanceof LongVector lv ? longs(f, lv.items()) : floats(f, ((FloatVector) col).items());
        }
    }

    // Each group's first or last selected row.
    private int[] ends(boolean first) {
        int[] at = new int[n + 1];
        Arrays.fill(at, -1);
        for (int r = 0; r < rows; r++) {
            int g = group(r);
            if (!first || at[g] < 0) {
                at[g] = r;
            }
        }
        return at;
    }

    private K longs(String f, long[] a) {
        switch (f) {
            case "sum": {
                long[] s = new long[n + 1];
                for (int r = 0; r < rows; r++) {
                    long v = a[r];
                    s[group(r)] += v == QNull.LONG ? 0 : v;
                }
                return new LongVector(QType.LONG, s);
            }
            case "avg": {
                K exact = exactMeans(a);
                if (exact != null) {
                    return exact;
                }
                double[] s = new double[n + 1];
                long[] c = new long[n + 1];
                for (int r = 0; r < rows; r++) {
                    long v = a[r];
                    int g = group(r);
                    boolean ok = v != QNull.LONG;
                    s[g] += ok ? (double) v : 0;
                    c[g] += ok ? 1 : 0;
                }
                return means(s, c);
            }
            default: {
                boolean max = f.equals("max");
                long[] x = new long[n + 1];
                Arrays.fill(x, max ? -QNull.LONG_INF : QNull.LONG_INF);
                for (int r = 0; r < rows; r++) {
                    long v = a[r];
                    int g = group(r);
                    // a null (the least long) never wins a max; for min it is skipped
                    x[g] = max ? Math.max(x[g], v) : v == QNull.LONG ? x[g] : Math.min(x[g], v);
                }
                return new LongVector(QType.LONG, x);
            }
        }
    }

    // Means from long sums when there are no nulls and no partial sum can pass 2^53 (so that summing as doubles, as avg does,
    // is exact and gives the same); null otherwise.
    private K exactMeans(long[] a) {
        long[] s = new long[n + 1];
        long big = 0;
        int nulls = 0;
        for (int r = 0; r < rows; r++) {
            long v = a[r];
            s[group(r)] += v;
            big = Math.max(big, Math.abs(v));
            nulls += v == QNull.LONG ? 1 : 0;
        }
        if (nulls > 0 || big > (1L << 53) / Math.max(rows, 1)) {
            return null;
        }
        double[] out = new double[n + 1];
        for (int g = 0; g < n; g++) {
            out[g] = counts[g] == 0 ? QNull.FLOAT : (double) s[g] / counts[g];
        }
        return new FloatVector(QType.FLOAT, out);
    }

    private K floats(String f, double[] a) {
        double[] x = new double[n + 1];
        switch (f) {
            case "sum":
                for (int r = 0; r < rows; r++) {
                    double v = a[r];
                    if (v == v) {
                        x[group(r)] += v;
                    }
                }
                return new FloatVector(QType.FLOAT, x);
            case "avg": {
                long[] c = new long[n + 1];
                for (int r = 0; r < rows; r++) {
                    double v = a[r];
                    if (v == v) {
                        int g = group(r);
                        x[g] += v;
                        c[g]++;
                    }
                }
                return means(x, c);
            }
            case "max":
                Arrays.fill(x, Double.NEGATIVE_INFINITY);
                for (int r = 0; r < rows; r++) {
                    double v = a[r];
                    int g = group(r);
                    // NaN (null) compares false: skipped
                    x[g] = v > x[g] ? v : x[g];
                }
                return new FloatVector(QType.FLOAT, x);
            default:
                Arrays.fill(x, Double.POSITIVE_INFINITY);
                for (int r = 0; r < rows; r++) {
                    double v = a[r];
                    int g = group(r);
                    x[g] = v < x[g] ? v : x[g];
                }
                return new FloatVector(QType.FLOAT, x);
        }
    }

    private K means(double[] s, long[] c) {
        double[] out = new double[n + 1];
        for (int g = 0; g < n; g++) {
            out[g] = c[g] == 0 ? QNull.FLOAT : s[g] / c[g];
        }
        return new FloatVector(QType.FLOAT, out);
    }

    // x wavg y: pairs with a null skipped; sums of weights and of weighted values, as doubles
    private K wavg(K x, K y) {
        double[] w = new double[n + 1];
        double[] wv = new double[n + 1];
        long[] xl = x instanceof LongVector l ? l.items() : null;
        double[] xd = x instanceof FloatVector f ? f.items() : null;
        long[] yl = y instanceof LongVector l ? l.items() : null;
        double[] yd = y instanceof FloatVector f ? f.items() : null;
        for (int r = 0; r < rows; r++) {
            double a = xl != null ? (xl[r] == QNull.LONG ? Double.NaN : xl[r]) : xd[r];
            double b = yl != null ? (yl[r] == QNull.LONG ? Double.NaN : yl[r]) : yd[r];
            if (a == a && b == b) {
                int g = group(r);
                w[g] += a;
                wv[g] += a * b;
            }
        }
        double[] out = new double[n + 1];
        for (int g = 0; g < n; g++) {
            out[g] = wv[g] / w[g];
        }
        return new FloatVector(QType.FLOAT, out);
    }
}
