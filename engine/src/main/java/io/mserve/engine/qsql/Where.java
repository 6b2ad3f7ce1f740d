package io.mserve.engine.qsql;

import io.mserve.engine.ops.arith.Cmp;
import io.mserve.engine.parse.Node;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import java.util.Map;

/**
 * The common where phrase {@code column op constant} ({@code < > <= >= = <>}) over a long, float
 * or symbol column, straight from the column's array into a boolean mask, without binding the
 * column or evaluating the comparison verb; the same answers as the verbs, tolerance and nulls
 * included.
 */
final class Where {
    private Where() {}

    // Floats within this relative distance of the constant may be tolerantly equal to it (4× q's 2^-43).
    private static final double BAND = 0x1p-41;

    /** The mask over the selected rows ({@code idx}, all when null), or null when the phrase is not of that form. */
    static byte[] mask(Node w, Map<String, K> columns, int[] idx, int m) {
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
        if (col instanceof FloatVector fv && col.type() == QType.FLOAT && (a instanceof FloatAtom || a instanceof LongAtom)) {
            double x = a instanceof FloatAtom fa ? fa.value() : ((LongAtom) a).value();
            boolean finite = a.type() == -QType.FLOAT || a.type() == -QType.LONG && ((LongAtom) a).value() != QNull.LONG;
            return finite && !Double.isNaN(x) && !Double.isInfinite(x) ? floats(fv.items(), idx, m, g, x) : null;
        }
        if (col instanceof SymbolVector sv && a instanceof SymbolAtom sa && (g.equals("=") || g.equals("<>"))) {
            return symbols(sv.items(), idx, m, sa.value(), g.equals("<>"));
        }
        return null;
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

    // Outside [lo, hi] a float compares with the constant exactly as with no tolerance; inside, by q's tolerant rule.
    private static byte[] floats(double[] a, int[] idx, int m, String op, double x) {
        double lo = x - Math.abs(x) * BAND;
        double hi = x + Math.abs(x) * BAND;
        boolean up = op.equals(">") || op.equals(">=");
        if (!up && !op.equals("<") && !op.equals("<=")) {
            return null;
        }
        byte[] r = new byte[m];
        if (idx == null && up) {
            for (int i = 0; i < m; i++) {
                r[i] = (byte) (a[i] > hi ? 1 : 0);
            }
        } else if (idx == null) {
            for (int i = 0; i < m; i++) {
                double v = a[i];
                // a null is below every constant
                r[i] = (byte) (v < lo || v != v ? 1 : 0);
            }
        } else {
            for (int i = 0; i < m; i++) {
                double v = a[idx[i]];
                r[i] = (byte) ((up ? v > hi : v < lo || v != v) ? 1 : 0);
            }
        }
        for (int i = 0; i < m; i++) {
            double v = a[idx == null ? i : idx[i]];
            if (v >= lo & v <= hi) {
                r[i] = (byte) (exact(op, v, x) ? 1 : 0);
            }
        }
        return r;
    }

    private static boolean exact(String op, double v, double x) {
        switch (op) {
            case ">":
                return Cmp.flt(x, v);
            case ">=":
                return !Cmp.flt(v, x);
            case "<":
                return Cmp.flt(v, x);
            default:
                return !Cmp.flt(x, v);
        }
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
