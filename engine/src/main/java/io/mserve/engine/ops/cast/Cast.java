package io.mserve.engine.ops.cast;

import io.mserve.engine.QException;
import io.mserve.engine.ops.time.Civil;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.ShortVector;

/**
 * Cast of simple values between the numeric and temporal types ({@code "i"$x}, {@code `date$x}).
 * Integral values go through a {@code long} with null as {@link Long#MIN_VALUE}, floating ones
 * through a {@code double}; temporal to temporal converts units, anything else keeps the raw
 * number. Nulls stay null; an integral infinity widened stays the same finite number, as in q.
 */
public final class Cast {
    private Cast() {}

    /** {@code y} (an atom or simple vector, not symbol, char-to-symbol or guid) cast to vector type {@code t}. */
    static K simple(int t, K y) {
        int s = Math.abs(y.type());
        if (s == t) {
            return y;
        }
        if (s == QType.GUID || t == QType.GUID || s == QType.SYMBOL || t == QType.SYMBOL || s == 0 || s > QType.TIME) {
            throw QException.type();
        }
        K out;
        if (isTemporal(s) && isTemporal(t)) {
            out = temporal(s, t, y);
        } else if (isFloating(s)) {
            out = fromDoubles(t, doubles(y));
        } else {
            out = fromLongs(t, longs(y));
        }
        return y.isAtom() ? Lists.at(out, 0) : out;
    }

    public static boolean isTemporal(int t) {
        return t >= QType.TIMESTAMP && t <= QType.TIME;
    }

    public static boolean isFloating(int t) {
        return t == QType.REAL || t == QType.FLOAT || t == QType.DATETIME;
    }

    /** The items of an integral atom or vector as longs, null as {@link Long#MIN_VALUE}; bytes and chars unsigned. */
    public static long[] longs(K y) {
        int t = y.type();
        if (y.isAtom()) {
            long v;
            if (y instanceof ByteAtom) {
                v = ((ByteAtom) y).value() & 0xFF;
            } else if (y instanceof ShortAtom) {
                short h = ((ShortAtom) y).value();
                v = h == QNull.SHORT ? QNull.LONG : h;
            } else if (y instanceof IntAtom) {
                int i = ((IntAtom) y).value();
                v = i == QNull.INT ? QNull.LONG : i;
            } else if (y instanceof LongAtom) {
                v = ((LongAtom) y).value();
            } else {
                throw QException.type();
            }
            return new long[] {v};
        }
        int n = y.count();
        long[] out = new long[n];
        if (y instanceof ByteVector) {
            byte[] a = ((ByteVector) y).items();
            for (int i = 0; i < n; i++) {
                out[i] = a[i] & 0xFF;
            }
        } else if (y instanceof ShortVector) {
            short[] a = ((ShortVector) y).items();
            for (int i = 0; i < n; i++) {
                out[i] = a[i] == QNull.SHORT ? QNull.LONG : a[i];
            }
        } else if (y instanceof IntVector) {
            int[] a = ((IntVector) y).items();
            for (int i = 0; i < n; i++) {
                out[i] = a[i] == QNull.INT ? QNull.LONG : a[i];
            }
        } else if (y instanceof LongVector) {
            return ((LongVector) y).items();
        } else {
            throw QException.type();
        }
        return out;
    }

    /** The items of a real, float or datetime atom or vector as doubles. */
    public static double[] doubles(K y) {
        if (y instanceof FloatAtom) {
            return new double[] {((FloatAtom) y).value()};
        }
        if (y instanceof RealAtom) {
            return new double[] {((RealAtom) y).value()};
        }
        if (y instanceof FloatVector) {
            return ((FloatVector) y).items();
        }
        if (y instanceof RealVector) {
            float[] a = ((RealVector) y).items();
            double[] out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
            return out;
        }
        throw QException.type();
    }

    /** A vector of type {@code t} from longs (null {@link Long#MIN_VALUE}); narrower types saturate at their infinities. */
    public static K fromLongs(int t, long[] v) {
        int n = v.length;
        switch (t) {
            case QType.BOOLEAN: case QType.BYTE: case QType.CHAR: {
                byte[] out = new byte[n];
                for (int i = 0; i < n; i++) {
                    out[i] = t == QType.BOOLEAN ? (byte) (v[i] != 0 ? 1 : 0) : v[i] == QNull.LONG ? 0 : (byte) saturate(v[i], QNull.INT_INF);
                }
                return new ByteVector(t, out);
            }
            case QType.SHORT: {
                short[] out = new short[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] == QNull.LONG ? QNull.SHORT : (short) saturate(v[i], QNull.SHORT_INF);
                }
                return new ShortVector(out);
            }
            case QType.INT: case QType.MONTH: case QType.DATE: case QType.MINUTE: case QType.SECOND: case QType.TIME: {
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] == QNull.LONG ? QNull.INT : (int) saturate(v[i], QNull.INT_INF);
                }
                return new IntVector(t, out);
            }
            case QType.LONG: case QType.TIMESTAMP: case QType.TIMESPAN:
                return new LongVector(t, v);
            case QType.REAL: {
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] == QNull.LONG ? QNull.REAL : (float) v[i];
                }
                return new RealVector(out);
            }
            case QType.FLOAT: case QType.DATETIME: {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] == QNull.LONG ? QNull.FLOAT : (double) v[i];
                }
                return new FloatVector(t, out);
            }
            default:
                throw QException.type();
        }
    }

    /** A vector of type {@code t} from doubles: integral types round half away from zero; NaN is null, infinities are infinities. */
    public static K fromDoubles(int t, double[] v) {
        int n = v.length;
        switch (t) {
            case QType.REAL: {
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] != v[i] ? QNull.REAL : (float) v[i];
                }
                return new RealVector(out);
            }
            case QType.FLOAT: case QType.DATETIME:
                return new FloatVector(t, v);
            case QType.BOOLEAN: {
                byte[] out = new byte[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (byte) (v[i] != 0 ? 1 : 0);
                }
                return new ByteVector(t, out);
            }
            default: {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = round(v[i]);
                }
                if (t == QType.BYTE || t == QType.CHAR) {
                    for (int i = 0; i < n; i++) {
                        out[i] = out[i] == QNull.LONG ? 0 : out[i];
                    }
                }
                return fromLongs(t, out);
            }
        }
    }

    /** A double to long as q casts it: nearest, halves away from zero; NaN null, out of range the infinities. */
    static long round(double d) {
        if (d != d) {
            return QNull.LONG;
        }
        if (d >= 9.223372036854775E18) {
            return QNull.LONG_INF;
        }
        if (d <= -9.223372036854775E18) {
            return -QNull.LONG_INF;
        }
        return d < 0 ? -(long) Math.floor(0.5 - d) : (long) Math.floor(d + 0.5);
    }

    private static long saturate(long v, long inf) {
        return v > inf ? inf : v < -inf ? -inf : v;
    }

    // Temporal to temporal: units change, instants keep their place in time.

    private static K temporal(int s, int t, K y) {
        check(s, t);
        if (s == QType.DATETIME) {
            double[] z = doubles(y);
            long[] out = new long[z.length];
            for (int i = 0; i < z.length; i++) {
                out[i] = fromDatetime(t, z[i]);
            }
            return fromLongs(t, out);
        }
        if (y instanceof IntVector iv && s != QType.TIMESPAN && isTime(s) && t != QType.TIMESPAN && isTime(t)) {
            return times(iv.items(), scale(s), t);
        }
        long[] v = longs(y);
        long inf = s == QType.TIMESTAMP || s == QType.TIMESPAN ? QNull.LONG_INF : QNull.INT_INF;
        if (t == QType.DATETIME) {
            double[] out = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                long x = v[i];
                out[i] = x == QNull.LONG ? QNull.FLOAT : x == inf ? Double.POSITIVE_INFINITY : x == -inf ? Double.NEGATIVE_INFINITY
                        : s == QType.TIMESTAMP ? x / (double) Civil.NS_PER_DAY : s == QType.MONTH ? Civil.daysOfMonth(x) : x;
            }
            return new FloatVector(t, out);
        }
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            long x = v[i];
            out[i] = x == QNull.LONG ? QNull.LONG : x == inf ? QNull.LONG_INF : x == -inf ? -QNull.LONG_INF : convert(s, t, x);
        }
        return fromLongs(t, out);
    }

    // Minutes, seconds and times to one another: as convert does it, one loop with the units fixed.
    private static K times(int[] v, long from, int t) {
        long to = scale(t);
        if (to % from == 0) {
            return new IntVector(t, coarser(v, to / from));
        }
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            int x = v[i];
            // nulls and infinities are the same ints in every int-held type; a count past them becomes the infinity
            out[i] = x == QNull.INT || x == QNull.INT_INF || x == -QNull.INT_INF ? x
                    : (int) saturate(Math.floorDiv(x * from, to), QNull.INT_INF);
        }
        return new IntVector(t, out);
    }

    // Times to a unit d of theirs long (a time to minutes: 60000): floor quotients, nulls and infinities kept; the last
    // quotient's range kept, so that ascending times (of a day) mostly are not divided.
    private static int[] coarser(int[] v, long d) {
        int[] out = new int[v.length];
        long lo = 1;
        long hi = 0;
        int q = 0;
        for (int i = 0; i < v.length; i++) {
            int x = v[i];
            if (x == QNull.INT || x == QNull.INT_INF || x == -QNull.INT_INF) {
                out[i] = x;
                continue;
            }
            if (x < lo || x >= hi) {
                long f = Math.floorDiv(x, d);
                q = (int) f;
                lo = f * d;
                hi = lo + d;
            }
            out[i] = q;
        }
        return out;
    }

    private static void check(int s, int t) {
        boolean sTime = isTime(s);
        boolean tTime = isTime(t);
        if (sTime && !tTime || s != QType.TIMESTAMP && s != QType.DATETIME && !sTime && tTime) {
            throw QException.type();
        }
    }

    private static boolean isTime(int t) {
        return t >= QType.TIMESPAN && t <= QType.TIME;
    }

    /** Nanoseconds per unit of a time type. */
    public static long scale(int t) {
        switch (t) {
            case QType.MINUTE: return 60_000_000_000L;
            case QType.SECOND: return 1_000_000_000L;
            case QType.TIME: return 1_000_000L;
            default: return 1;
        }
    }

    private static long convert(int s, int t, long v) {
        if (isTime(t)) {
            long ns = s == QType.TIMESTAMP ? Math.floorMod(v, Civil.NS_PER_DAY) : v * scale(s);
            return Math.floorDiv(ns, scale(t));
        }
        long days = s == QType.TIMESTAMP ? Math.floorDiv(v, Civil.NS_PER_DAY) : s == QType.MONTH ? Civil.daysOfMonth(v) : v;
        switch (t) {
            case QType.TIMESTAMP: return nanos(days, Civil.NS_PER_DAY);
            case QType.MONTH: return s == QType.MONTH ? v : Civil.monthOfDays(days);
            default: return days;
        }
    }

    // A timestamp from a count of units: out of its range, the infinity on that side (basics/datatypes.md#temporal).
    private static long nanos(long units, long perUnit) {
        long max = (QNull.LONG_INF - 1) / perUnit;
        return units > max ? QNull.LONG_INF : units < -max ? -QNull.LONG_INF : units * perUnit;
    }

    private static long fromDatetime(int t, double z) {
        if (z != z) {
            return QNull.LONG;
        }
        if (Double.isInfinite(z)) {
            return z > 0 ? QNull.LONG_INF : -QNull.LONG_INF;
        }
        long ms = Math.round(z * Civil.MS_PER_DAY);
        if (isTime(t)) {
            return Math.floorDiv(Math.floorMod(ms, Civil.MS_PER_DAY) * 1_000_000L, scale(t));
        }
        long days = Math.floorDiv(ms, Civil.MS_PER_DAY);
        switch (t) {
            case QType.TIMESTAMP: return nanos(ms, 1_000_000L);
            case QType.MONTH: return Civil.monthOfDays(days);
            default: return days;
        }
    }
}
