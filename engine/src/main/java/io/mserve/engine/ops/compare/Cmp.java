package io.mserve.engine.ops.compare;

import io.mserve.engine.QException;
import io.mserve.engine.ops.arith.Atomic;
import io.mserve.engine.ops.arith.Types;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Q;
import io.mserve.engine.value.SymbolCodes;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.GuidAtom;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolEnumeration;
import io.mserve.ipc.value.SymbolVector;
import java.util.UUID;

/**
 * Comparison kernels over simple arguments (see {@link Atomic}): booleans out. Numbers compare
 * by value across types, floats with q's {@link Tolerance}; nulls are equal to each other and less than
 * every other value; temporals of different kinds compare in the type basics/comparison.md's
 * matrix gives them (a date as its midnight timestamp, a timestamp against a minute as its
 * minute of the day); symbols compare lexicographically.
 */
public final class Cmp {
    private Cmp() {}

    /** {@code x=y}: atomic; an enumeration against a symbol (or its own domain) compares indices. */
    public static K equality(K x, K y) {
        byte[] r = indexEqual(x, y);
        return r != null ? new ByteVector(QType.BOOLEAN, r) : Atomic.dyad(x, y, Cmp::eq);
    }

    /** {@code x<>y}. */
    public static K inequality(K x, K y) {
        byte[] r = indexEqual(x, y);
        return r != null ? bools(r, false, true) : Atomic.dyad(x, y, Cmp::ne);
    }

    // x=y of an enumeration and an atom it can place (a symbol, an item of its domain): its indices against
    // that one position; null for anything else
    private static byte[] indexEqual(K x, K y) {
        Enumeration e = x instanceof Enumeration a ? a : y instanceof Enumeration b ? b : null;
        K atom = e == x ? y : x;
        long p = e != null && atom.isAtom() ? e.positionOf(atom) : Enumeration.UNKNOWN;
        if (p == Enumeration.UNKNOWN) {
            return null;
        }
        long[] index = e.index();
        byte[] r = new byte[index.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = (byte) (index[i] == p ? 1 : 0);
        }
        return r;
    }

    public static K eq(K x, K y) {
        return bools(equal(x, y), Types.atoms(x, y), false);
    }

    public static K ne(K x, K y) {
        return bools(equal(x, y), Types.atoms(x, y), true);
    }

    public static K lt(K x, K y) {
        return bools(less(x, y), Types.atoms(x, y), false);
    }

    public static K gt(K x, K y) {
        return bools(less(y, x), Types.atoms(x, y), false);
    }

    public static K le(K x, K y) {
        return bools(less(y, x), Types.atoms(x, y), true);
    }

    public static K ge(K x, K y) {
        return bools(less(x, y), Types.atoms(x, y), true);
    }

    private static K bools(byte[] r, boolean atom, boolean negate) {
        if (negate) {
            for (int i = 0; i < r.length; i++) {
                r[i] ^= 1;
            }
        }
        return atom ? Q.b(r[0] == 1) : new ByteVector(QType.BOOLEAN, r);
    }

    private static byte[] equal(K x, K y) {
        int n = Types.count(x, y);
        byte[] r = new byte[n];
        int tx = Math.abs(x.type());
        int ty = Math.abs(y.type());
        SymbolEnumeration coded = y instanceof SymbolAtom ? SymbolCodes.usable(x) : x instanceof SymbolAtom ? SymbolCodes.usable(y) : null;
        if (coded != null) {
            return equalByCode(coded, ((SymbolAtom) (y instanceof SymbolAtom ? y : x)).value());
        }
        if (tx == QType.SYMBOL || ty == QType.SYMBOL || tx == QType.GUID || ty == QType.GUID) {
            Object[] a = objects(x, tx == ty ? ty : -1);
            Object[] b = objects(y, tx);
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[a.length == 1 ? 0 : i].equals(b[b.length == 1 ? 0 : i]) ? 1 : 0);
            }
            return r;
        }
        if (tx == ty && Types.intBacked(x)) {
            int[] a = Types.ints(x);
            int[] b = Types.ints(y);
            int sa = a.length == 1 ? 0 : 1;
            int sb = b.length == 1 ? 0 : 1;
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i * sa] == b[i * sb] ? 1 : 0);
            }
            return r;
        }
        int lane = lane(tx, ty);
        if (Types.isFloating(lane)) {
            double[] a = Types.doubles(x, lane);
            double[] b = Types.doubles(y, lane);
            int sa = a.length == 1 ? 0 : 1;
            int sb = b.length == 1 ? 0 : 1;
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (Tolerance.equal(a[i * sa], b[i * sb]) ? 1 : 0);
            }
            return r;
        }
        long[] a = longs(x, lane);
        long[] b = longs(y, lane);
        if (a.length == b.length) {
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i] == b[i] ? 1 : 0);
            }
        } else if (b.length == 1) {
            long s = b[0];
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i] == s ? 1 : 0);
            }
        } else {
            long s = a[0];
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (s == b[i] ? 1 : 0);
            }
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    private static byte[] less(K x, K y) {
        int n = Types.count(x, y);
        byte[] r = new byte[n];
        int tx = Math.abs(x.type());
        int ty = Math.abs(y.type());
        if (tx == QType.SYMBOL || ty == QType.SYMBOL || tx == QType.GUID || ty == QType.GUID) {
            Object[] a = objects(x, ty);
            Object[] b = objects(y, tx);
            for (int i = 0; i < n; i++) {
                Comparable<Object> p = (Comparable<Object>) a[a.length == 1 ? 0 : i];
                r[i] = (byte) (p.compareTo(b[b.length == 1 ? 0 : i]) < 0 ? 1 : 0);
            }
            return r;
        }
        if (tx == ty && Types.intBacked(x)) {
            int[] a = Types.ints(x);
            int[] b = Types.ints(y);
            int sa = a.length == 1 ? 0 : 1;
            int sb = b.length == 1 ? 0 : 1;
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i * sa] < b[i * sb] ? 1 : 0);
            }
            return r;
        }
        int lane = lane(tx, ty);
        if (Types.isFloating(lane)) {
            double[] a = Types.doubles(x, lane);
            double[] b = Types.doubles(y, lane);
            int sa = a.length == 1 ? 0 : 1;
            int sb = b.length == 1 ? 0 : 1;
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (Tolerance.less(a[i * sa], b[i * sb]) ? 1 : 0);
            }
            return r;
        }
        long[] a = longs(x, lane);
        long[] b = longs(y, lane);
        if (a.length == b.length) {
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i] < b[i] ? 1 : 0);
            }
        } else if (b.length == 1) {
            long s = b[0];
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i] < s ? 1 : 0);
            }
        } else {
            long s = a[0];
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (s < b[i] ? 1 : 0);
            }
        }
        return r;
    }

    // An enumerated vector against a symbol: the symbol placed in the domain once, each item answered by its code.
    private static byte[] equalByCode(SymbolEnumeration e, String symbol) {
        byte[] same = new byte[e.domain().length];
        int k = SymbolCodes.indexOf(e.domain(), symbol);
        if (k >= 0) {
            same[k] = 1;
        }
        return SymbolCodes.byItem(e, same);
    }

    // The symbols or guids of v; 'type unless the other side is of the same kind.
    private static Object[] objects(K v, int otherType) {
        int t = Math.abs(v.type());
        if (t != otherType) {
            throw QException.type();
        }
        if (v instanceof SymbolAtom) {
            return new Object[] {((SymbolAtom) v).value()};
        }
        if (v instanceof SymbolVector) {
            return ((SymbolVector) v).items();
        }
        if (v instanceof GuidAtom) {
            return new UUID[] {((GuidAtom) v).value()};
        }
        return ((GuidVector) v).items();
    }

    /** The type whose lane and units both sides are compared in. */
    private static int lane(int tx, int ty) {
        if (tx == ty) {
            return tx;
        }
        if (isTemporal(tx) && isTemporal(ty)) {
            return temporalLane(Math.min(tx, ty), Math.max(tx, ty));
        }
        return Types.isFloating(tx) || Types.isFloating(ty) ? QType.FLOAT : QType.LONG;
    }

    private static boolean isTemporal(int t) {
        return t >= QType.TIMESTAMP && t <= QType.TIME;
    }

    // Two temporal types a < b meet in the type of basics/comparison.md's matrix: a point in time
    // (timestamp, datetime) against a time of day is that time of day; a month or date against a
    // duration or time of day, and a month against a datetime, is 'type.
    private static int temporalLane(int a, int b) {
        boolean calendar = a == QType.MONTH || a == QType.DATE;
        if (b >= QType.TIMESPAN) {
            if (calendar) {
                throw QException.type();
            }
            return a == QType.TIMESPAN || b == QType.TIMESPAN ? QType.TIMESPAN : b;
        }
        if (a == QType.TIMESTAMP) {
            return QType.TIMESTAMP;
        }
        if (a == QType.MONTH) {
            if (b != QType.DATE) {
                throw QException.type();
            }
            return QType.DATE;
        }
        return QType.DATETIME;
    }

    // The values of v as longs in the units of lane; a timestamp or datetime against a time of day is its time of day.
    private static long[] longs(K v, int lane) {
        int t = Math.abs(v.type());
        if (lane < QType.MINUTE || (t != QType.TIMESTAMP && t != QType.DATETIME)) {
            return Types.longs(v, lane);
        }
        long unit = Types.unitNs(lane);
        long[] ns = t == QType.TIMESTAMP ? Types.longs(v, QType.TIMESTAMP) : millisAsNanos(Types.doubles(v, QType.DATETIME));
        long[] r = new long[ns.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = ns[i] == QNull.LONG ? QNull.LONG : Math.floorDiv(Math.floorMod(ns[i], DAY_NS), unit);
        }
        return r;
    }

    // A datetime's days as nanoseconds, to its millisecond.
    private static long[] millisAsNanos(double[] days) {
        long[] r = new long[days.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = days[i] != days[i] ? QNull.LONG : Math.round(days[i] * (DAY_NS / 1_000_000)) * 1_000_000;
        }
        return r;
    }

    private static final long DAY_NS = 86_400_000_000_000L;
}
