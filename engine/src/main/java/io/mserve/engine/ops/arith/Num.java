package io.mserve.engine.ops.arith;

import io.mserve.engine.QException;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import java.util.function.DoubleBinaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * Dyadic arithmetic kernels over simple arguments (see {@link Atomic}): the result type comes
 * from the reference's promotion table for the verb, both arguments are read into that type's
 * lane and units ({@link Types}), and one loop combines them. Integer nulls propagate, other
 * integer results wrap; floats follow IEEE (so {@code 1%0} is {@code 0w}). Also {@code xbar}.
 */
public final class Num {
    private Num() {}

    private static final long N = QNull.LONG;

    // Result types from docs/ref/add.md, subtract.md, multiply.md and mod.md (rows x, columns y, in order bgxhijefcspmdznuvt).
    private static final int[][] ADD = Types.table(
            "i.iiijef..pmdznuvt", "..................", "i.iiijef..pmdznuvt", "i.iiijef..pmdznuvt",
            "i.iiijef..pmdznuvt", "j.jjjjef..pmdznuvt", "e.eeeeef..pmdznuvt", "f.fffffff.ffzzffff",
            ".......f..pmdznuvt", "..................", "p.pppppfp.n...pppp",
            "m.mmmmmfm..i..pppp", "d.dddddzd...i.pppp", "z.zzzzzzz....fpzzz", "n.nnnnnfn.ppppnnnn",
            "u.uuuuufu.pppznuvt", "v.vvvvvfv.pppznvvt", "t.tttttft.pppznttt");
    private static final int[][] SUB = Types.table(
            "i.iiijefi.pmdznuvt", "..................", "i.iiijefi.pmdznuvt", "i.iiijefi.pmdznuvt",
            "i.iiijefi.pmdznuvt", "j.jjjjefj.pmdznuvt", "e.eeeeefe.pmdznuvt", "f.fffffff.ffzzffff",
            ".......f..pmdznuvt", "..................", "p.pppppfp.n...pppp",
            "m.mmmmmfm..i..pppp", "d.dddddzd...i.pppp", "z.zzzzzzz....fpzzz", "n.nnnnnfn.ppppnnnn",
            "u.uuuuufu.pppznuvt", "v.vvvvvfv.pppznvvt", "t.tttttft.pppznttt");
    private static final int[][] MUL = Types.table(
            "i.iiijef..pmdznuvt", "..................", "i.iiijef..pmdznuvt", "i.iiijef..pmdznuvt",
            "i.iiijef..pmdznuvt", "j.jjjjef..pmdznuvt", "e.eeeeef..pmdznuvt", "f.fffffff.ffzzffff",
            ".......f..pmdznuvt", "..................", "p.pppppfp.........",
            "m.mmmmmfm.........", "d.dddddzd.........", "z.zzzzzzz.........", "n.nnnnnfn.........",
            "u.uuuuufu.........", "v.vvvvvfv.........", "t.tttttft.........");
    private static final int[][] MOD = Types.table(
            "i.iiijef..pmdznuvt", "..................", "i.iiijef..pmdznuvt", "i.iiijef..pmdznuvt",
            "i.iiijef..pmdznuvt", "j.jjjjef..pmdznuvt", "f.fffffff.ffzzffff", "f.fffffff.ffzzffff",
            ".......f..pmdznuvt", "..................", "n.nnnnnfn.........",
            "i.iiiiifi.........", "i.iiiii.i.........", "f.fffffff.........", "n.nnnnnfn.........",
            "u.uuuuufu.........", "v.vvvvvfv.........", "t.tttttft.........");

    private static final int NI = QNull.INT;

    public static K add(K x, K y) {
        if (bothFloats(x, y)) {
            return floats(((FloatVector) x).items(), ((FloatVector) y).items(), '+');
        }
        if (bothInts(x, y)) {
            return ints(x, y, (a, b) -> a == NI || b == NI ? NI : a + b);
        }
        return arith(x, y, Types.lookup(ADD, Math.abs(x.type()), Math.abs(y.type())),
                (a, b) -> a == N || b == N ? N : a + b, Double::sum);
    }

    public static K subtract(K x, K y) {
        if (bothFloats(x, y)) {
            return floats(((FloatVector) x).items(), ((FloatVector) y).items(), '-');
        }
        if (bothInts(x, y)) {
            return ints(x, y, (a, b) -> a == NI || b == NI ? NI : a - b);
        }
        return arith(x, y, Types.lookup(SUB, Math.abs(x.type()), Math.abs(y.type())),
                (a, b) -> a == N || b == N ? N : a - b, (a, b) -> a - b);
    }

    public static K multiply(K x, K y) {
        if (bothFloats(x, y)) {
            return floats(((FloatVector) x).items(), ((FloatVector) y).items(), '*');
        }
        if (bothInts(x, y)) {
            return ints(x, y, (a, b) -> a == NI || b == NI ? NI : a * b);
        }
        return arith(x, y, Types.lookup(MUL, Math.abs(x.type()), Math.abs(y.type())),
                (a, b) -> a == N || b == N ? N : a * b, (a, b) -> a * b);
    }

    // float list op float list of one count: a loop per operation, as a loop shared by all of them calls its operation uninlined.
    private static boolean bothFloats(K x, K y) {
        return x instanceof FloatVector a && y instanceof FloatVector b && a.type() == QType.FLOAT && b.type() == QType.FLOAT
                && a.count() == b.count();
    }

    private static K floats(double[] a, double[] b, char op) {
        double[] r = new double[a.length];
        switch (op) {
            case '+':
                for (int i = 0; i < r.length; i++) {
                    r[i] = a[i] + b[i];
                }
                break;
            case '-':
                for (int i = 0; i < r.length; i++) {
                    r[i] = a[i] - b[i];
                }
                break;
            default:
                for (int i = 0; i < r.length; i++) {
                    r[i] = a[i] * b[i];
                }
        }
        return new FloatVector(QType.FLOAT, r);
    }

    // int op int stays int: an int lane avoids widening both sides.
    private static boolean bothInts(K x, K y) {
        return Math.abs(x.type()) == QType.INT && Math.abs(y.type()) == QType.INT;
    }

    private static K ints(K x, K y, IntBinaryOperator f) {
        int[] a = Types.ints(x);
        int[] b = Types.ints(y);
        int n = Types.count(x, y);
        int[] r = new int[n];
        if (a.length == b.length) {
            for (int i = 0; i < n; i++) {
                r[i] = f.applyAsInt(a[i], b[i]);
            }
        } else if (b.length == 1) {
            int s = b[0];
            for (int i = 0; i < n; i++) {
                r[i] = f.applyAsInt(a[i], s);
            }
        } else {
            int s = a[0];
            for (int i = 0; i < n; i++) {
                r[i] = f.applyAsInt(s, b[i]);
            }
        }
        return Types.atoms(x, y) ? new IntAtom(-QType.INT, r[0]) : new IntVector(QType.INT, r);
    }

    /** {@code %}: always a float. */
    public static K divide(K x, K y) {
        checkNumeric(x.type());
        checkNumeric(y.type());
        return floating(x, y, (a, b) -> a / b);
    }

    public static K mod(K x, K y) {
        return arith(x, y, Types.lookup(MOD, Math.abs(x.type()), Math.abs(y.type())),
                (a, b) -> a == N || b == N ? N : b == 0 ? a : Math.floorMod(a, b),
                (a, b) -> a - b * Math.floor(a / b));
    }

    /** {@code div}: the floor of the quotient, typed as x (small types and reals as int). */
    public static K div(K x, K y) {
        int tx = Math.abs(x.type());
        checkNumeric(tx);
        checkNumeric(y.type());
        int rt = tx == QType.BOOLEAN || tx == QType.BYTE || tx == QType.SHORT || tx == QType.CHAR || tx == QType.REAL ? QType.INT : tx;
        int n = Types.count(x, y);
        boolean atom = Types.atoms(x, y);
        if (Types.isFloating(tx) || Types.isFloating(y.type())) {
            double[] r = mapD(Types.doubles(x, QType.FLOAT), Types.doubles(y, QType.FLOAT), n, (a, b) -> Math.floor(a / b));
            if (Types.isFloating(rt)) {
                return Types.fromDoubles(r, rt, atom);
            }
            long[] l = new long[n];
            for (int i = 0; i < n; i++) {
                l[i] = toLong(r[i]);
            }
            return Types.fromLongs(l, rt, atom);
        }
        return Types.fromLongs(mapL(Types.longs(x, rt), Types.longs(y, rt), n,
                (a, b) -> a == N || b == N ? N : b == 0 ? (a == 0 ? N : a > 0 ? Long.MAX_VALUE : -Long.MAX_VALUE) : Math.floorDiv(a, b)),
                rt, atom);
    }

    public static K xexp(K x, K y) {
        checkNumeric(x.type());
        checkNumeric(y.type());
        // computed as exp y*log x, as q does: 2 xexp 3 is 7.9999999999999982 and a negative x gives 0n (ref/exp.md);
        // a non-negative x to the power 0 is 1, 0 and 0w too, where y*log x would be 0*-0w
        return floating(x, y, (a, b) -> b == 0 && a >= 0 ? 1 : Math.exp(b * Math.log(a)));
    }

    public static K xlog(K x, K y) {
        checkNumeric(x.type());
        checkNumeric(y.type());
        return floating(x, y, (a, b) -> Math.log(b) / Math.log(a));
    }

    /** {@code &} and {@code and}: the lesser, nulls being least; logical AND for booleans. */
    public static K min(K x, K y) {
        if (x.type() == -QType.SYMBOL || x.type() == QType.SYMBOL) {
            return symbols(x, y, true);
        }
        return arith(x, y, lesserGreaterType(Math.abs(x.type()), Math.abs(y.type())), Math::min,
                (a, b) -> a != a || b != b ? Double.NaN : Math.min(a, b));
    }

    /** {@code |} and {@code or}: the greater; logical OR for booleans. */
    public static K max(K x, K y) {
        if (x.type() == -QType.SYMBOL || x.type() == QType.SYMBOL) {
            return symbols(x, y, false);
        }
        return arith(x, y, lesserGreaterType(Math.abs(x.type()), Math.abs(y.type())), Math::max,
                (a, b) -> a != a ? b : b != b ? a : Math.max(a, b));
    }

    private static int lesserGreaterType(int tx, int ty) {
        if (tx == ty && tx != QType.GUID && tx != QType.SYMBOL) {
            return tx;
        }
        if (Types.isNumeric(tx) && Types.isNumeric(ty)) {
            return Math.max(tx, ty);
        }
        // a char meets an integer as the higher type: 98|"a" is "b" (ref/greater.md, mixed types)
        if ((tx == QType.CHAR && isIntegral(ty)) || (ty == QType.CHAR && isIntegral(tx))) {
            return QType.CHAR;
        }
        return Types.lookup(ADD, tx, ty);
    }

    private static boolean isIntegral(int t) {
        return t == QType.BOOLEAN || (t >= QType.BYTE && t <= QType.LONG);
    }

    private static K symbols(K x, K y, boolean least) {
        if (Math.abs(y.type()) != QType.SYMBOL) {
            throw QException.type();
        }
        String[] a = x.type() < 0 ? new String[] {((SymbolAtom) x).value()} : ((SymbolVector) x).items();
        String[] b = y.type() < 0 ? new String[] {((SymbolAtom) y).value()} : ((SymbolVector) y).items();
        int n = Types.count(x, y);
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            String p = a[a.length == 1 ? 0 : i];
            String q = b[b.length == 1 ? 0 : i];
            r[i] = (p.compareTo(q) <= 0) == least ? p : q;
        }
        return Types.atoms(x, y) ? new SymbolAtom(r[0]) : new SymbolVector(r);
    }

    /** x op y in result type {@code rt}: the long lane for integral and temporal results, the double lane otherwise. */
    static K arith(K x, K y, int rt, LongBinaryOperator lf, DoubleBinaryOperator df) {
        int n = Types.count(x, y);
        boolean atom = Types.atoms(x, y);
        if (Types.isFloating(rt)) {
            return Types.fromDoubles(mapD(Types.doubles(x, rt), Types.doubles(y, rt), n, df), rt, atom);
        }
        return Types.fromLongs(mapL(Types.longs(x, rt), Types.longs(y, rt), n, lf), rt, atom);
    }

    private static K floating(K x, K y, DoubleBinaryOperator f) {
        return Types.fromDoubles(mapD(Types.doubles(x, QType.FLOAT), Types.doubles(y, QType.FLOAT), Types.count(x, y), f),
                QType.FLOAT, Types.atoms(x, y));
    }

    private static void checkNumeric(int t) {
        t = Math.abs(t);
        if (t == QType.SYMBOL || t == QType.GUID || Types.index(t) < 0) {
            throw QException.type();
        }
    }

    /** A double as a long: NaN as null, the infinities as 0W and -0W. */
    static long toLong(double d) {
        if (d != d) {
            return N;
        }
        if (d == Double.POSITIVE_INFINITY) {
            return Long.MAX_VALUE;
        }
        return d == Double.NEGATIVE_INFINITY ? -Long.MAX_VALUE : (long) d;
    }

    /** f over two lanes of n items, either being a single item (an atom) applied to every item of the other. */
    public static long[] mapL(long[] a, long[] b, int n, LongBinaryOperator f) {
        long[] r = new long[n];
        if (a.length == b.length) {
            for (int i = 0; i < n; i++) {
                r[i] = f.applyAsLong(a[i], b[i]);
            }
        } else if (b.length == 1) {
            long s = b[0];
            for (int i = 0; i < n; i++) {
                r[i] = f.applyAsLong(a[i], s);
            }
        } else {
            long s = a[0];
            for (int i = 0; i < n; i++) {
                r[i] = f.applyAsLong(s, b[i]);
            }
        }
        return r;
    }

    public static double[] mapD(double[] a, double[] b, int n, DoubleBinaryOperator f) {
        double[] r = new double[n];
        if (a.length == b.length) {
            for (int i = 0; i < n; i++) {
                r[i] = f.applyAsDouble(a[i], b[i]);
            }
        } else if (b.length == 1) {
            double s = b[0];
            for (int i = 0; i < n; i++) {
                r[i] = f.applyAsDouble(a[i], s);
            }
        } else {
            double s = a[0];
            for (int i = 0; i < n; i++) {
                r[i] = f.applyAsDouble(s, b[i]);
            }
        }
        return r;
    }

    private static K bar(K x, K y) {
        int tx = Math.abs(x.type());
        int ty = Math.abs(y.type());
        if (!(Types.isNumeric(tx) || Types.isTemporal(tx)) || !(Types.isNumeric(ty) || Types.isTemporal(ty) || ty == QType.DATETIME)) {
            throw QException.type();
        }
        int n = Types.count(x, y);
        boolean atom = Types.atoms(x, y);
        if (Types.isFloating(tx) || Types.isFloating(ty)) {
            int rt = Types.isFloating(ty) ? ty : QType.FLOAT;
            return Types.fromDoubles(Num.mapD(Types.doubles(x, QType.FLOAT), Types.doubles(y, QType.FLOAT), n,
                    (a, b) -> a * Math.floor(b / a)), rt, atom);
        }
        long[] a = Types.longs(x, tx);
        if (x.type() < 0 && (tx == QType.SHORT || tx == QType.INT || tx == QType.LONG)) {
            K r = barVector(a[0], y);
            if (r != null) {
                return r;
            }
        }
        if (Types.isTemporal(tx) && Types.isTemporal(ty) && tx != ty && Types.unitNs(tx) > 0 && Types.unitNs(ty) > 0) {
            long[] c = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                c[i] = a[i] == N ? N : a[i] * Types.unitNs(tx) / Types.unitNs(ty);
            }
            a = c;
        }
        int rt = ty == QType.BOOLEAN || ty == QType.BYTE || ty == QType.SHORT ? QType.INT : ty;
        return Types.fromLongs(Num.mapL(a, Types.longs(y, ty), n,
                (p, q) -> p == N || q == N ? N : p == 0 ? q : Math.floorDiv(q, p) * p), rt, atom);
    }

    // A whole-number atom xbar a vector held as ints or longs, in one loop over the vector; null for other vectors.
    private static K barVector(long p, K y) {
        if (y instanceof IntVector v && p > 0 && p <= Integer.MAX_VALUE) {
            return new IntVector(y.type(), bars(v.items(), p));
        }
        if (y instanceof IntVector v) {
            int[] q = v.items();
            int[] r = new int[q.length];
            for (int i = 0; i < q.length; i++) {
                r[i] = q[i] == QNull.INT || p == N ? QNull.INT : p == 0 ? q[i] : (int) (Math.floorDiv(q[i], p) * p);
            }
            return new IntVector(y.type(), r);
        }
        if (y instanceof LongVector v) {
            long[] q = v.items();
            long[] r = new long[q.length];
            for (int i = 0; i < q.length; i++) {
                r[i] = q[i] == N || p == N ? N : p == 0 ? q[i] : Math.floorDiv(q[i], p) * p;
            }
            return new LongVector(y.type(), r);
        }
        return null;
    }

    // Each int but null rounded down to a multiple of p (0 < p < 2^31), the last bar's range kept: ascending
    // items (times of a day) mostly fall in the bar before them and are not divided.
    private static int[] bars(int[] q, long p) {
        int[] r = new int[q.length];
        long lo = 1;
        long hi = 0;
        int bar = 0;
        for (int i = 0; i < q.length; i++) {
            int x = q[i];
            if (x == QNull.INT) {
                r[i] = QNull.INT;
                continue;
            }
            if (x < lo || x >= hi) {
                lo = Math.floorDiv(x, p) * p;
                hi = lo + p;
                bar = (int) lo;
            }
            r[i] = bar;
        }
        return r;
    }

    /** {@code x xbar y}: y rounded down to a multiple of x, in y's type (a duration x in y's units). */
    public static K xbar(K x, K y) {
        return Atomic.dyad(x, y, Num::bar);
    }
}
