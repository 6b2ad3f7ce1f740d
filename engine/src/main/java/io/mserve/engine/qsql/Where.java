package io.mserve.engine.qsql;

import io.mserve.engine.ops.compare.Tolerance;
import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.SymbolCodes;
import io.mserve.engine.value.Enumeration;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolEnumeration;
import io.mserve.ipc.value.SymbolVector;
import java.util.Map;

/**
 * The common where phrases {@code column op constant} ({@code < > <= >= = <>}) over a long, float,
 * symbol or enumerated column and {@code column within constants}, straight from the column's array into a boolean mask, without binding the
 * column or evaluating the comparison verb; the same answers as the verbs, tolerance and nulls
 * included.
 */
final class Where {
    private Where() {}

    /** The mask over the selected rows ({@code idx}, all when null), or null when the phrase is not of that form. */
    static byte[] mask(Node w, Map<String, K> columns, int[] idx, int m) {
        Node.Dyadic within = within(w, columns);
        if (within != null) {
            return within(columns.get(((Node.Var) within.left()).name()), ((Node.Const) within.right()).value(), idx, m);
        }
        if (!(w instanceof Node.Dyadic d && d.fn() instanceof Node.Op op && d.left() instanceof Node.Var v
                && d.right() instanceof Node.Const c)) {
            return null;
        }
        K col = columns.get(v.name());
        K a = c.value();
        String g = op.glyph();
        if (col instanceof LongVector lv && col.type() == QType.LONG && a instanceof LongAtom la && a.type() == -QType.LONG
                && la.value() != QNull.LONG) {
            return longs(lv.items(), idx, m, g, la.value());
        }
        if (col instanceof FloatVector fv && col.type() == QType.FLOAT && finite(a)) {
            return floats(fv.items(), idx, m, g, a instanceof FloatAtom fa ? fa.value() : ((LongAtom) a).value());
        }
        if (col instanceof Enumeration e && (g.equals("=") || g.equals("<>")) && e.positionOf(a) != Enumeration.UNKNOWN) {
            // an enumerated column against a symbol: its indices against the symbol's one position
            return equal(e.index(), idx, m, e.positionOf(a), g.equals("<>"));
        }
        if (col instanceof SymbolVector sv && a instanceof SymbolAtom sa && (g.equals("=") || g.equals("<>"))) {
            SymbolEnumeration e = sv.enumeration();
            return e == null ? symbols(sv.items(), idx, m, sa.value(), g.equals("<>"))
                    : codes(e.codes(), idx, m, SymbolCodes.indexOf(e.domain(), sa.value()), g.equals("<>"));
        }
        return null;
    }

    // The phrase when it is name within constant (within not a column's name); else null.
    private static Node.Dyadic within(Node w, Map<String, K> columns) {
        return w instanceof Node.Dyadic d && d.fn() instanceof Node.Var f && f.name().equals("within") && d.left() instanceof Node.Var
                && d.right() instanceof Node.Const && !columns.containsKey(f.name()) ? d : null;
    }

    /*
     * column within (lo;hi), lo and hi not null: lo<=x and x<=hi as within compares, nulls being below every bound. A
     * long column with long bounds, a column of 4-byte items (int, date, time...) with bounds of its type, or a float
     * column with long or float bounds, whose tolerant bounds are thresholds (below) compared exactly.
     */
    private static byte[] within(K col, K bounds, int[] idx, int m) {
        if (bounds.count() != 2 || col == null) {
            return null;
        }
        long[] whole = longBounds(col, bounds);
        if (whole != null) {
            long[] a = ((LongVector) col).items();
            long lo = whole[0];
            long hi = whole[1];
            byte[] r = new byte[m];
            for (int i = 0; i < m; i++) {
                long x = a[idx == null ? i : idx[i]];
                r[i] = (byte) (lo <= x && x <= hi ? 1 : 0);
            }
            return r;
        }
        if (col instanceof IntVector iv && bounds instanceof IntVector b && b.type() == col.type()
                && b.items()[0] != QNull.INT && b.items()[1] != QNull.INT) {
            int[] a = iv.items();
            int lo = b.items()[0];
            int hi = b.items()[1];
            byte[] r = new byte[m];
            for (int i = 0; i < m; i++) {
                int x = a[idx == null ? i : idx[i]];
                r[i] = (byte) (lo <= x && x <= hi ? 1 : 0);
            }
            return r;
        }
        double[] range = floatBounds(col, bounds);
        if (range != null) {
            double[] a = ((FloatVector) col).items();
            double least = range[0];
            double above = range[1];
            byte[] r = new byte[m];
            for (int i = 0; i < m; i++) {
                double x = a[idx == null ? i : idx[i]];
                r[i] = (byte) (x >= least && x < above ? 1 : 0);
            }
            return r;
        }
        return null;
    }

    // How many rows of the whole column lie within the bounds, without a mask; -1 when not a long or float column with
    // bounds counted so.
    private static int withinCount(K col, K bounds) {
        if (bounds.count() != 2 || col == null) {
            return -1;
        }
        long[] whole = longBounds(col, bounds);
        if (whole != null) {
            long lo = whole[0];
            long hi = whole[1];
            int c = 0;
            for (long x : ((LongVector) col).items()) {
                c += lo <= x && x <= hi ? 1 : 0;
            }
            return c;
        }
        double[] range = floatBounds(col, bounds);
        if (range != null) {
            double least = range[0];
            double above = range[1];
            int c = 0;
            for (double x : ((FloatVector) col).items()) {
                c += x >= least && x < above ? 1 : 0;
            }
            return c;
        }
        return -1;
    }

    // A long column's long bounds (lo;hi), neither null; else null.
    private static long[] longBounds(K col, K bounds) {
        return col instanceof LongVector && col.type() == QType.LONG && bounds instanceof LongVector b && b.type() == QType.LONG
                && b.items()[0] != QNull.LONG && b.items()[1] != QNull.LONG ? b.items() : null;
    }

    // A float column's long or float bounds as (the least float not below lo; the least float above hi), compared
    // exactly; null when the column is not a float one, a bound is null or infinite, or its thresholds are not found.
    private static double[] floatBounds(K col, K bounds) {
        if (!(col instanceof FloatVector && col.type() == QType.FLOAT && finite(Lists.at(bounds, 0)) && finite(Lists.at(bounds, 1)))) {
            return null;
        }
        double[] from = thresholds(number(Lists.at(bounds, 0)));
        double[] to = thresholds(number(Lists.at(bounds, 1)));
        return from == null || to == null ? null : new double[] {from[1], to[0]};
    }

    private static double number(K a) {
        return a instanceof FloatAtom fa ? fa.value() : ((LongAtom) a).value();
    }

    /** How many rows of the whole column the phrase selects, without a mask; -1 when it is not of a form counted so. */
    static int count(Node w, Map<String, K> columns) {
        Node.Dyadic within = within(w, columns);
        if (within != null) {
            return withinCount(columns.get(((Node.Var) within.left()).name()), ((Node.Const) within.right()).value());
        }
        if (!(w instanceof Node.Dyadic d && d.fn() instanceof Node.Op op && d.left() instanceof Node.Var v
                && d.right() instanceof Node.Const c)) {
            return -1;
        }
        K col = columns.get(v.name());
        K a = c.value();
        String g = op.glyph();
        boolean up = g.equals(">") || g.equals(">=");
        if (!up && !g.equals("<") && !g.equals("<=") || col == null) {
            return -1;
        }
        int n = col.count();
        boolean strict = g.equals(">") || g.equals("<=");
        int above;
        if (col instanceof LongVector lv && col.type() == QType.LONG && a instanceof LongAtom la && a.type() == -QType.LONG
                && la.value() != QNull.LONG) {
            // x>s is x>s; x>=s is x>s-1; x<s and x<=s are their complements
            above = countGreater(lv.items(), strict ? la.value() : la.value() - 1);
        } else if (col instanceof FloatVector fv && col.type() == QType.FLOAT && finite(a)) {
            double[] t = thresholds(a instanceof FloatAtom fa ? fa.value() : ((LongAtom) a).value());
            if (t == null) {
                return -1;
            }
            above = countAtLeast(fv.items(), strict ? t[0] : t[1]);
        } else {
            return -1;
        }
        return up ? above : n - above;
    }

    // a long or float constant, not null nor infinite
    private static boolean finite(K a) {
        if (a instanceof LongAtom la && a.type() == -QType.LONG) {
            return la.value() != QNull.LONG;
        }
        return a instanceof FloatAtom fa && a.type() == -QType.FLOAT && !Double.isNaN(fa.value()) && !Double.isInfinite(fa.value());
    }

    private static int countGreater(long[] a, long s) {
        int c = 0;
        for (long x : a) {
            c += x > s ? 1 : 0;
        }
        return c;
    }

    private static int countAtLeast(double[] a, double t) {
        int c = 0;
        for (double x : a) {
            c += x >= t ? 1 : 0;
        }
        return c;
    }

    /**
     * For {@code column op constant} over a whole column with the sorted attribute, the selected rows as the range
     * {@code [from, to)} found by binary search; null when the phrase is not of that form.
     */
    static int[] sortedRange(Node w, Map<String, K> columns) {
        if (!(w instanceof Node.Dyadic d && d.fn() instanceof Node.Op op && d.left() instanceof Node.Var v
                && d.right() instanceof Node.Const c && columns.get(v.name()) instanceof KVector col
                && col.attribute() == Attribute.SORTED)) {
            return null;
        }
        String g = op.glyph();
        K a = c.value();
        int n = col.count();
        if (col instanceof LongVector lv && col.type() == QType.LONG && a instanceof LongAtom la && a.type() == -QType.LONG
                && la.value() != QNull.LONG) {
            long[] x = lv.items();
            long s = la.value();
            int lower = firstAtLeast(x, s);
            int upper = s == Long.MAX_VALUE ? n : firstAtLeast(x, s + 1);
            return range(g, lower, upper, n);
        }
        if (col instanceof FloatVector fv && col.type() == QType.FLOAT && finite(a)) {
            double[] t = thresholds(a instanceof FloatAtom fa ? fa.value() : ((LongAtom) a).value());
            if (t == null) {
                return null;
            }
            return range(g, firstAtLeast(fv.items(), t[1]), firstAtLeast(fv.items(), t[0]), n);
        }
        return null;
    }

    // Rows [lower, upper) equal the constant; those before are below it, those after above.
    private static int[] range(String op, int lower, int upper, int n) {
        switch (op) {
            case ">":
                return new int[] {upper, n};
            case ">=":
                return new int[] {lower, n};
            case "<":
                return new int[] {0, lower};
            case "<=":
                return new int[] {0, upper};
            case "=":
                return new int[] {lower, upper};
            default:
                return null;
        }
    }

    private static int firstAtLeast(long[] a, long s) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] >= s) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    // nulls (NaN) sort first and are never at least t
    private static int firstAtLeast(double[] a, double t) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] >= t) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static byte[] longs(long[] a, int[] idx, int m, String op, long s) {
        switch (op) {
            case ">":
                return greater(a, idx, m, s);
            case ">=":
                return greater(a, idx, m, s - 1);
            case "<":
                return less(a, idx, m, s);
            case "<=":
                return s == Long.MAX_VALUE ? null : less(a, idx, m, s + 1);
            case "=":
                return equal(a, idx, m, s, false);
            case "<>":
                return equal(a, idx, m, s, true);
            default:
                return null;
        }
    }

    private static byte[] greater(long[] a, int[] idx, int m, long s) {
        byte[] r = new byte[m];
        if (idx == null) {
            for (int i = 0; i < m; i++) {
                r[i] = (byte) (a[i] > s ? 1 : 0);
            }
        } else {
            for (int i = 0; i < m; i++) {
                r[i] = (byte) (a[idx[i]] > s ? 1 : 0);
            }
        }
        return r;
    }

    private static byte[] less(long[] a, int[] idx, int m, long s) {
        byte[] r = new byte[m];
        if (idx == null) {
            for (int i = 0; i < m; i++) {
                r[i] = (byte) (a[i] < s ? 1 : 0);
            }
        } else {
            for (int i = 0; i < m; i++) {
                r[i] = (byte) (a[idx[i]] < s ? 1 : 0);
            }
        }
        return r;
    }

    private static byte[] equal(long[] a, int[] idx, int m, long s, boolean not) {
        byte[] r = new byte[m];
        int flip = not ? 1 : 0;
        for (int i = 0; i < m; i++) {
            r[i] = (byte) ((a[idx == null ? i : idx[i]] == s ? 1 : 0) ^ flip);
        }
        return r;
    }

    /*
     * Tolerant comparison with a constant is an exact comparison with a nearby threshold: above x are the floats
     * from the least one tolerantly above it; not below x, those from the least one not tolerantly below it.
     * Tolerance spans about 2^11 ulps at any scale, so the thresholds are found by stepping.
     */
    private static byte[] floats(double[] a, int[] idx, int m, String op, double x) {
        double[] t = thresholds(x);
        if (t == null) {
            return null;
        }
        double above = t[0];
        double notBelow = t[1];
        double[] v = idx == null ? a : gather(a, idx);
        switch (op) {
            case ">":
                return atLeast(v, above, 0);
            case "<=":
                return atLeast(v, above, 1);
            case ">=":
                return atLeast(v, notBelow, 0);
            case "<":
                return atLeast(v, notBelow, 1);
            default:
                return null;
        }
    }

    private static final int STEPS = 1 << 14;

    // The least float tolerantly above x, and the least not tolerantly below it; null if not found.
    private static double[] thresholds(double x) {
        double above = x;
        for (int k = 0; !Tolerance.less(x, above); k++) {
            above = Math.nextUp(above);
            if (k > STEPS) {
                return null;
            }
        }
        double notBelow = x;
        for (int k = 0; !Tolerance.less(Math.nextDown(notBelow), x); k++) {
            notBelow = Math.nextDown(notBelow);
            if (k > STEPS) {
                return null;
            }
        }
        return new double[] {above, notBelow};
    }

    private static double[] gather(double[] a, int[] idx) {
        double[] v = new double[idx.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = a[idx[i]];
        }
        return v;
    }

    // v >= t, or with flip 1 its negation (a null is never at least t: it is below every constant)
    private static byte[] atLeast(double[] a, double t, int flip) {
        byte[] r = new byte[a.length];
        if (flip == 0) {
            for (int i = 0; i < a.length; i++) {
                r[i] = (byte) (a[i] >= t ? 1 : 0);
            }
        } else {
            for (int i = 0; i < a.length; i++) {
                r[i] = (byte) (a[i] >= t ? 0 : 1);
            }
        }
        return r;
    }

    private static byte[] codes(int[] a, int[] idx, int m, int code, boolean not) {
        byte[] r = new byte[m];
        int flip = not ? 1 : 0;
        for (int i = 0; i < m; i++) {
            r[i] = (byte) ((a[idx == null ? i : idx[i]] == code ? 1 : 0) ^ flip);
        }
        return r;
    }

    private static byte[] symbols(String[] a, int[] idx, int m, String s, boolean not) {
        byte[] r = new byte[m];
        int flip = not ? 1 : 0;
        for (int i = 0; i < m; i++) {
            String v = a[idx == null ? i : idx[i]];
            r[i] = (byte) ((v == s || v.equals(s) ? 1 : 0) ^ flip);
        }
        return r;
    }
}
