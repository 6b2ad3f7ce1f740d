package io.mserve.engine.qsql;

import io.mserve.engine.ops.arith.Types;
import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Gather;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealVector;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code select aggregates by keys from t where ...} in one pass per aggregate: each key's
 * enumeration ({@link KeyCodes}) gives each row's group, several keys combined into one code
 * (ascending codes are the groups' ascending key order), and each aggregate folds its argument into
 * per-group accumulators over all rows, the rows the where phrase did not select (its boolean mask)
 * folded into an extra group that is dropped: no column is copied and no index vector built. Keys
 * and arguments are columns or {@link RowWise} expressions, evaluated once over all rows. The
 * aggregates are {@code count sum avg min max first last var dev svar sdev med} of one argument and
 * {@code wavg} of two; all but count, first and last over long and float arguments, nulls skipped
 * as the verbs skip them, in row order so that float results are the verbs' to the bit. One key whose rows lie in
 * ascending runs and no where phrase: {@link RunAggregates} folds each group's slice of rows, with no code a row.
 */
final class GroupAgg {
    // Combined keys beyond this many codes are left to the general path.
    private static final long MAX_CODES = 1 << 22;
    private static final Set<String> AGGREGATES = Set.of("count", "first", "last", "sum", "avg", "min", "max",
            "var", "dev", "svar", "sdev", "med");
    private static final Set<String> VARIANCES = Set.of("var", "dev", "svar", "sdev");
    // Of an int argument (folded as longs), the aggregates whose answer is an int again, as the verbs give it.
    private static final Set<String> INT_RESULTS = Set.of("sum", "min", "max", "first", "last");
    // Rows folded at a time by aggregates that share a pass, small enough that their groups stay in cache.
    private static final int BLOCK = 4096;

    private final Map<Node, K> args;
    private final int rows;
    // each row's group; the rows the where phrase left out are in group n, left out of the answer
    private final int[] groups;
    private final int n;
    private long[] counts;
    private final Map<K, Moments> moments = new IdentityHashMap<>();

    private GroupAgg(Map<Node, K> args, int rows, int[] groups, int n) {
        this.args = args;
        this.rows = rows;
        this.n = n;
        this.groups = groups;
    }

    private int group(int r) {
        return groups[r];
    }

    // c when m is set, else n: arithmetic rather than a branch, which the where phrase would make unpredictable
    private static int masked(int c, byte m, int n) {
        int drop = m == 0 ? -1 : 0;
        return c + ((n - c) & drop);
    }

    /** The keys and arguments of a query this class answers, evaluated; null when it does not answer it. */
    static Plan plan(List<Node.Column> cols, List<Node.Column> by, Map<String, K> columns, int rows, Function<Node, K> whole) {
        if (by.isEmpty() || cols.isEmpty()) {
            return null;
        }
        for (Node.Column c : cols) {
            if (!shaped(c.value(), columns)) {
                return null;
            }
        }
        for (Node.Column b : by) {
            if (!RowWise.is(b.value(), columns)) {
                return null;
            }
        }
        Map<Node, K> values = new HashMap<>();
        Set<Node> ints = new HashSet<>();
        K[] keys = new K[by.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = value(by.get(k).value(), columns, rows, whole, values);
            if (keys[k] == null || keys[k].type() >= QType.TABLE || keys[k] instanceof FloatVector || keys[k] instanceof RealVector
                    || keys[k] instanceof KList) {
                return null;
            }
        }
        for (Node.Column c : cols) {
            if (!typed(c.value(), columns, rows, whole, values, ints)) {
                return null;
            }
        }
        return new Plan(cols, by, keys, values, ints, rows);
    }

    // An aggregate of row-wise arguments, or count i.
    private static boolean shaped(Node e, Map<String, K> columns) {
        if (e instanceof Node.Monadic mo && mo.fn() instanceof Node.Var f && AGGREGATES.contains(f.name())
                && !columns.containsKey(f.name())) {
            return RowWise.is(mo.arg(), columns) || f.name().equals("count") && mo.arg() instanceof Node.Var v && v.name().equals("i");
        }
        return e instanceof Node.Dyadic d && d.fn() instanceof Node.Var f && f.name().equals("wavg") && !columns.containsKey("wavg")
                && RowWise.is(d.left(), columns) && RowWise.is(d.right(), columns);
    }

    // Evaluates the aggregate's arguments; whether their types are ones this class folds. An int argument is folded as
    // longs (into ints: its node), as the verbs fold ints.
    private static boolean typed(Node e, Map<String, K> columns, int rows, Function<Node, K> whole, Map<Node, K> values,
            Set<Node> ints) {
        if (e instanceof Node.Dyadic d) {
            return numeric(widened(d.left(), columns, rows, whole, values, ints))
                    && numeric(widened(d.right(), columns, rows, whole, values, ints));
        }
        Node.Monadic mo = (Node.Monadic) e;
        String f = ((Node.Var) mo.fn()).name();
        if (f.equals("count") && mo.arg() instanceof Node.Var v && v.name().equals("i") && !columns.containsKey("i")) {
            return true;
        }
        if ((f.equals("sum") || f.equals("avg")) && operands(mo.arg(), columns) != null) {
            Node.Dyadic d = (Node.Dyadic) mo.arg();
            value(d.left(), columns, rows, whole, values);
            value(d.right(), columns, rows, whole, values);
            return true;
        }
        // count, first and last take any list as it is
        boolean any = f.equals("count") || f.equals("first") || f.equals("last");
        K arg = any ? value(mo.arg(), columns, rows, whole, values) : widened(mo.arg(), columns, rows, whole, values, ints);
        if (arg == null) {
            return false;
        }
        return any ? arg.type() >= 0 && arg.type() < QType.TABLE : numeric(arg);
    }

    // The argument's value, an int vector as longs (nulls as long nulls).
    private static K widened(Node e, Map<String, K> columns, int rows, Function<Node, K> whole, Map<Node, K> values, Set<Node> ints) {
        K v = value(e, columns, rows, whole, values);
        if (v instanceof IntVector && v.type() == QType.INT) {
            v = new LongVector(QType.LONG, Types.longs(v, QType.INT));
            values.put(e, v);
            ints.add(e);
        }
        return v;
    }

    // Float columns a and b of a + b, a - b or a * b, which sum and avg fold without making the list; null for other arguments.
    private static FloatVector[] operands(Node e, Map<String, K> columns) {
        if (e instanceof Node.Dyadic d && d.fn() instanceof Node.Op op && "+-*".contains(op.glyph()) && op.glyph().length() == 1
                && d.left() instanceof Node.Var x && d.right() instanceof Node.Var y
                && columns.get(x.name()) instanceof FloatVector a && columns.get(y.name()) instanceof FloatVector b
                && a.type() == QType.FLOAT && b.type() == QType.FLOAT) {
            return new FloatVector[] {a, b};
        }
        return null;
    }

    // A column, or a row-wise expression over all rows; null when it is not a list of the table's length.
    private static K value(Node e, Map<String, K> columns, int rows, Function<Node, K> whole, Map<Node, K> values) {
        if (values.containsKey(e)) {
            return values.get(e);
        }
        K v = e instanceof Node.Var c && columns.containsKey(c.name()) ? columns.get(c.name()) : whole.apply(e);
        v = v.type() < 0 || v.type() >= QType.TABLE || v.count() != rows ? null : v;
        values.put(e, v);
        return v;
    }

    /** A query's evaluated keys and arguments. */
    static final class Plan {
        private final List<Node.Column> cols;
        private final List<Node.Column> by;
        private final K[] keys;
        private final Map<Node, K> args;
        private final int rows;

        private final Set<Node> ints;

        private Plan(List<Node.Column> cols, List<Node.Column> by, K[] keys, Map<Node, K> args, Set<Node> ints, int rows) {
            this.ints = ints;
            this.cols = cols;
            this.by = by;
            this.keys = keys;
            this.args = args;
            this.rows = rows;
        }

        /**
         * The keyed table over the rows {@code idx} (ascending; all when null) of which {@code mask} (when not null)
         * selects some; null when idx is not ascending or the keys combine into too many codes.
         */
        K select(int[] idx, byte[] mask) {
            KeyCodes[] kc = new KeyCodes[keys.length];
            long space = 1;
            for (int k = 0; k < keys.length; k++) {
                kc[k] = KeyCodes.of(keys[k]);
                space *= Math.max(1, kc[k].count());
                if (space > MAX_CODES) {
                    return null;
                }
            }
            if (kc.length == 1 && kc[0].starts != null && idx == null && mask == null) {
                K[] sliced = RunAggregates.of(cols, args, kc[0]);
                if (sliced != null) {
                    for (int c = 0; c < sliced.length; c++) {
                        sliced[c] = narrowed(cols.get(c).value(), sliced[c]);
                    }
                    return new Dict(Cols.table(Names.of(by, List.of()), new K[] {kc[0].keys}),
                            Cols.table(Names.of(cols, List.of()), sliced));
                }
            }
            int n = (int) space;
            // one key: its groups; several: their places in key order combined, ascending as the keys
            int[] codes = kc[0].codes();
            // several keys: their combination's rows; one: the key's own, asked for only when every row is selected
            long[] counts = null;
            int[] order = kc[0].order;
            if (kc.length > 1) {
                int[] combined = new int[rows];
                counts = new long[n];
                int[] lead = kc[0].rank;
                for (int k = 1; k < kc.length; k++) {
                    combine(codes, lead, kc[k], combined, k == kc.length - 1 ? counts : null);
                    codes = combined;
                    lead = null;
                }
                order = null;
            }
            // the column's own codes are read, never written: the query's groups then go to an array of its own
            int[] groups = codes == kc[0].codes() && kc[0].shared && (idx != null || mask != null) ? new int[rows] : codes;
            long[] selected = idx == null && mask == null ? Arrays.copyOf(counts != null ? counts : kc[0].counts(), n + 1)
                    : new long[n + 1];
            if (!selected(rows, codes, groups, idx, mask, selected)) {
                return null;
            }
            GroupAgg g = new GroupAgg(args, rows, groups, n);
            g.counts = selected;
            int[] kept = g.kept(order);
            g.moments(cols);
            K[] vals = new K[cols.size()];
            for (int c = 0; c < vals.length; c++) {
                vals[c] = narrowed(cols.get(c).value(), g.aggregate(cols.get(c).value(), kept));
            }
            K[] keyCols = new K[kc.length];
            for (int k = kc.length - 1, stride = 1; k >= 0; k--) {
                int m = kc[k].count();
                int[] at = new int[kept.length];
                for (int j = 0; j < kept.length; j++) {
                    int place = kept[j] / stride % m;
                    at[j] = kc.length == 1 || kc[k].order == null ? place : kc[k].order[place];
                }
                keyCols[k] = Gather.at(kc[k].keys, at);
                stride *= m;
            }
            return new Dict(Cols.table(Names.of(by, List.of()), keyCols), Cols.table(Names.of(cols, List.of()), vals));
        }

        // An aggregate of an int argument folded as longs, as an int when the verb gives one: a null as the int null,
        // the long infinities (the max and min of no items) as the int ones.
        private K narrowed(Node e, K v) {
            if (!(e instanceof Node.Monadic mo && ints.contains(mo.arg()) && INT_RESULTS.contains(((Node.Var) mo.fn()).name()))) {
                return v;
            }
            long[] a = ((LongVector) v).items();
            int[] r = new int[a.length];
            for (int i = 0; i < a.length; i++) {
                long x = a[i];
                r[i] = x == QNull.LONG ? QNull.INT : x == QNull.LONG_INF ? QNull.INT_INF : x == -QNull.LONG_INF ? -QNull.INT_INF : (int) x;
            }
            return new IntVector(QType.INT, r);
        }
    }

    // Each row's code so far (its place in key order through lead, when not null) and its place in the next key into
    // combined, counting each combination's rows when counts is given. A key in runs is read a run at a time: its
    // codes are never made.
    private static void combine(int[] codes, int[] lead, KeyCodes next, int[] combined, long[] counts) {
        int m = next.count();
        int[] starts = next.starts;
        if (starts != null) {
            for (int g = 0; g < starts.length; g++) {
                for (int r = starts[g], to = next.end(g); r < to; r++) {
                    int code = (lead == null ? codes[r] : lead[codes[r]]) * m + g;
                    combined[r] = code;
                    if (counts != null) {
                        counts[code]++;
                    }
                }
            }
            return;
        }
        int[] c = next.codes();
        int[] rank = next.rank;
        for (int r = 0; r < combined.length; r++) {
            int code = (lead == null ? codes[r] : lead[codes[r]]) * m + (rank == null ? c[r] : rank[c[r]]);
            combined[r] = code;
            if (counts != null) {
                counts[code]++;
            }
        }
    }

    // Each row's group in groups (codes itself when they are this query's own), those not selected moved into group n,
    // counting each group's selected rows; false when idx is not ascending.
    private static boolean selected(int rows, int[] codes, int[] groups, int[] idx, byte[] mask, long[] counts) {
        if (idx == null && mask == null) {
            return true;
        }
        byte[] all = mask;
        if (idx != null) {
            all = new byte[rows];
            for (int j = 0, prev = -1; j < idx.length; j++) {
                int r = idx[j];
                if (r <= prev) {
                    return false;
                }
                prev = r;
                all[r] = mask == null ? 1 : mask[j];
            }
        }
        int n = counts.length - 1;
        for (int r = 0; r < rows; r++) {
            int c = masked(codes[r], all[r], n);
            groups[r] = c;
            counts[c]++;
        }
        return true;
    }

    private static boolean numeric(K col) {
        return col != null && (col.type() == QType.LONG && col instanceof LongVector || col.type() == QType.FLOAT);
    }

    // The groups with selected rows, in the given order (null: ascending).
    private int[] kept(int[] order) {
        int k = 0;
        for (int g = 0; g < n; g++) {
            k += counts[g] > 0 ? 1 : 0;
        }
        int[] out = new int[k];
        for (int i = 0, j = 0; i < n; i++) {
            int g = order == null ? i : order[i];
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
            return Gather.at(args.get(mo.arg()), rows);
        }
        if (e instanceof Node.Monadic mo && ((Node.Var) mo.fn()).name().equals("med")) {
            return Medians.of(args.get(mo.arg()), this::group, counts, kept);
        }
        return Gather.at(aggregate(e), kept);
    }

    private K aggregate(Node e) {
        if (e instanceof Node.Dyadic d) {
            return wavg(args.get(d.left()), args.get(d.right()));
        }
        Node.Monadic mo = (Node.Monadic) e;
        String f = ((Node.Var) mo.fn()).name();
        if (f.equals("count")) {
            return new LongVector(QType.LONG, counts.clone());
        }
        K col = args.get(mo.arg());
        if (col == null) {
            Node.Dyadic d = (Node.Dyadic) mo.arg();
            return fused(f.equals("avg"), ((Node.Op) d.fn()).glyph().charAt(0), ((FloatVector) args.get(d.left())).items(),
                    ((FloatVector) args.get(d.right())).items());
        }
        if (VARIANCES.contains(f)) {
            return moments.get(col).of(f);
        }
        return col instanceof LongVector lv ? longs(f, lv.items()) : floats(f, ((FloatVector) col).items());
    }

    // sum or avg of a op b, each item made as it is folded: the same operations in the same order as over the list a op b.
    // A null adds 0 (a sum that starts at +0 is never -0, so adding 0 leaves it as it is) and is counted in a register:
    // the groups' item counts are their rows' unless a null was met, and only then are they counted (one store a row
    // instead of two, as in Moments).
    private K fused(boolean mean, char op, double[] a, double[] b) {
        double[] x = new double[n + 1];
        long nulls = 0;
        for (int r = 0; r < rows; r++) {
            double v = apply(op, a[r], b[r]);
            boolean item = v == v;
            nulls += item ? 0 : 1;
            x[groups[r]] += item ? v : 0;
        }
        if (!mean) {
            return new FloatVector(QType.FLOAT, x);
        }
        if (nulls == 0) {
            return means(x, counts);
        }
        long[] c = new long[n + 1];
        for (int r = 0; r < rows; r++) {
            double v = apply(op, a[r], b[r]);
            c[groups[r]] += v == v ? 1 : 0;
        }
        return means(x, c);
    }

    private static double apply(char op, double x, double y) {
        return op == '+' ? x + y : op == '-' ? x - y : x * y;
    }

    // The arguments of the query's var dev svar sdev, folded together a block of rows at a time.
    private void moments(List<Node.Column> cols) {
        for (Node.Column c : cols) {
            if (c.value() instanceof Node.Monadic mo && VARIANCES.contains(((Node.Var) mo.fn()).name())) {
                moments.computeIfAbsent(args.get(mo.arg()), k -> new Moments(k, counts));
            }
        }
        Moments[] each = moments.values().toArray(new Moments[0]);
        for (int lo = 0; lo < rows && each.length > 0; lo += BLOCK) {
            for (Moments m : each) {
                m.sums(groups, lo, Math.min(rows, lo + BLOCK));
            }
        }
        for (int lo = 0; lo < rows && each.length > 0; lo += BLOCK) {
            for (Moments m : each) {
                m.squares(groups, lo, Math.min(rows, lo + BLOCK));
            }
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
                long nulls = 0;
                for (int r = 0; r < rows; r++) {
                    double v = a[r];
                    boolean item = v == v;
                    nulls += item ? 0 : 1;
                    x[group(r)] += item ? v : 0;
                }
                if (nulls == 0) {
                    return means(x, counts);
                }
                long[] c = new long[n + 1];
                for (int r = 0; r < rows; r++) {
                    c[group(r)] += a[r] == a[r] ? 1 : 0;
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
