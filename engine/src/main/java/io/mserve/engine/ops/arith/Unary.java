package io.mserve.engine.ops.arith;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongUnaryOperator;

/** Monadic arithmetic kernels over a simple argument (see {@link Atomic#monad}). */
public final class Unary {
    private Unary() {}

    private static final long N = QNull.LONG;

    public static K neg(K x) {
        return integral(x, a -> a == N ? N : -a, a -> -a);
    }

    public static K abs(K x) {
        return integral(x, a -> a == N ? N : Math.abs(a), Math::abs);
    }

    public static K sqrt(K x) {
        return floating(x, Math::sqrt);
    }

    public static K exp(K x) {
        return floating(x, Math::exp);
    }

    public static K log(K x) {
        return floating(x, Math::log);
    }

    public static K reciprocal(K x) {
        return floating(x, a -> 1 / a);
    }

    public static K floor(K x) {
        return rounding(x, true);
    }

    public static K ceiling(K x) {
        return rounding(x, false);
    }

    /** -1, 0 or 1 as ints; nulls give -1. */
    public static K signum(K x) {
        int t = check(x);
        int n = x.type() < 0 ? 1 : x.count();
        long[] r = new long[n];
        if (Types.isFloating(t)) {
            double[] a = Types.doubles(x, t);
            for (int i = 0; i < n; i++) {
                r[i] = a[i] != a[i] ? -1 : (long) Math.signum(a[i]);
            }
        } else {
            long[] a = Types.longs(x, t);
            for (int i = 0; i < n; i++) {
                r[i] = Long.signum(a[i]);
            }
        }
        return Types.fromLongs(r, QType.INT, x.type() < 0);
    }

    /** {@code not}: whether each item is zero (so a null is not). */
    public static K not(K x) {
        int n = x.type() < 0 ? 1 : x.count();
        byte[] r = new byte[n];
        if (Math.abs(x.type()) == QType.CHAR) {
            // not of a char is whether it is the NUL char, as for any other number
            byte[] a = x.type() < 0 ? new byte[] {((ByteAtom) x).value()} : ((ByteVector) x).items();
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i] == 0 ? 1 : 0);
            }
            return x.type() < 0 ? (r[0] == 1 ? Q.TRUE : Q.FALSE) : new ByteVector(QType.BOOLEAN, r);
        }
        int t = check(x);
        if (Types.isFloating(t)) {
            double[] a = Types.doubles(x, t);
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i] == 0 ? 1 : 0);
            }
        } else {
            long[] a = Types.longs(x, t);
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i] == 0 ? 1 : 0);
            }
        }
        return x.type() < 0 ? (r[0] == 1 ? Q.TRUE : Q.FALSE) : new ByteVector(QType.BOOLEAN, r);
    }

    /** The absolute type of numeric or temporal {@code x}; {@code 'type} for symbols, guids, chars. */
    private static int check(K x) {
        int t = Math.abs(x.type());
        if (!Types.isNumeric(t) && !Types.isTemporal(t) && t != QType.DATETIME) {
            throw QException.type();
        }
        return t;
    }

    // Type-preserving (booleans and bytes become ints).
    private static K integral(K x, LongUnaryOperator lf, DoubleUnaryOperator df) {
        int t = check(x);
        int rt = t == QType.BOOLEAN || t == QType.BYTE ? QType.INT : t;
        boolean atom = x.type() < 0;
        if (Types.isFloating(t)) {
            double[] a = Types.doubles(x, t);
            double[] r = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                r[i] = df.applyAsDouble(a[i]);
            }
            return Types.fromDoubles(r, rt, atom);
        }
        long[] a = Types.longs(x, t);
        long[] r = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = lf.applyAsLong(a[i]);
        }
        return Types.fromLongs(r, rt, atom);
    }

    private static K floating(K x, DoubleUnaryOperator f) {
        check(x);
        double[] a = Types.doubles(x, QType.FLOAT);
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = f.applyAsDouble(a[i]);
        }
        return Types.fromDoubles(r, QType.FLOAT, x.type() < 0);
    }

    private static K rounding(K x, boolean down) {
        int t = check(x);
        if (Types.isTemporal(t) || t == QType.DATETIME) {
            throw QException.type();
        }
        if (!Types.isFloating(t)) {
            return Types.fromLongs(Types.longs(x, t), t == QType.BOOLEAN || t == QType.BYTE ? QType.INT : t, x.type() < 0);
        }
        double[] a = Types.doubles(x, t);
        long[] r = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            // exact since V3.0: no comparison tolerance (basics/precision.md)
            r[i] = Num.toLong(down ? Math.floor(a[i]) : Math.ceil(a[i]));
        }
        int rt = t == QType.REAL ? QType.INT : QType.LONG;
        if (rt == QType.INT) {
            for (int i = 0; i < r.length; i++) {
                r[i] = r[i] == Long.MAX_VALUE ? QNull.INT_INF : r[i] == -Long.MAX_VALUE ? -QNull.INT_INF : r[i];
            }
        }
        return Types.fromLongs(r, rt, x.type() < 0);
    }
}
