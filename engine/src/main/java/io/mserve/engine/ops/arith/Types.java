package io.mserve.engine.ops.arith;

import io.mserve.engine.QException;
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
import java.time.LocalDate;

/**
 * Numeric lanes for arithmetic: any simple numeric or temporal argument read as a {@code long[]}
 * or {@code double[]} in the units of a result type (nulls mapped to {@link QNull#LONG} or NaN,
 * a date read as nanoseconds when the result is a timestamp), and results built back from a lane.
 * An atom reads as an array of one item.
 */
public final class Types {
    private Types() {}

    /** Type letters in the order of the reference's promotion tables. */
    private static final String ORDER = "bgxhijefcspmdznuvt";

    private static final long DAY_NS = 86_400_000_000_000L;

    /** The row/column of positive type {@code t} in a promotion table; -1 if not there. */
    static int index(int t) {
        return t == QType.BOOLEAN ? 0 : t == QType.GUID ? 1 : t >= QType.BYTE && t <= QType.TIME ? t - 2 : -1;
    }

    /** A promotion table from its 18 rows of letters ({@code .} for a type error). */
    static int[][] table(String... rows) {
        int[][] out = new int[18][18];
        for (int r = 0; r < 18; r++) {
            for (int c = 0; c < 18; c++) {
                char ch = rows[r].charAt(c);
                out[r][c] = ch == '.' ? -1 : typeOf(ch);
            }
        }
        return out;
    }

    /** The type a table gives for {@code x op y} (absolute types); {@code 'type} where none. */
    static int lookup(int[][] table, int tx, int ty) {
        int r = index(tx);
        int c = index(ty);
        int t = r < 0 || c < 0 ? -1 : table[r][c];
        if (t < 0) {
            throw QException.type();
        }
        return t;
    }

    static int typeOf(char letter) {
        return ORDER.indexOf(letter) < 2 ? ORDER.indexOf(letter) + 1 : ORDER.indexOf(letter) + 2;
    }

    /** Whether results of type {@code t} are computed in the double lane. */
    public static boolean isFloating(int t) {
        t = Math.abs(t);
        return t == QType.FLOAT || t == QType.REAL || t == QType.DATETIME;
    }

    public static boolean isTemporal(int t) {
        t = Math.abs(t);
        return t == QType.TIMESTAMP || (t >= QType.MONTH && t <= QType.TIME);
    }

    /** Whether {@code t} is boolean, byte, short, int, long, real or float. */
    public static boolean isNumeric(int t) {
        t = Math.abs(t);
        return t == QType.BOOLEAN || (t >= QType.BYTE && t <= QType.FLOAT);
    }

    /** Nanoseconds per unit of temporal type {@code t} (days for date and datetime); 0 for month. */
    public static long unitNs(int t) {
        switch (Math.abs(t)) {
            case QType.TIMESTAMP: case QType.TIMESPAN: return 1;
            case QType.DATE: case QType.DATETIME: return DAY_NS;
            case QType.MINUTE: return 60_000_000_000L;
            case QType.SECOND: return 1_000_000_000L;
            case QType.TIME: return 1_000_000L;
            default: return 0;
        }
    }

    /** The values of simple {@code v} as longs in the units of result type {@code rt} (possibly the vector's own array: read, never write). */
    public static long[] longs(K v, int rt) {
        int st = Math.abs(v.type());
        long[] out = raw(v);
        if (st == QType.FLOAT || st == QType.REAL || st == QType.DATETIME) {
            double[] d = doubles(v, st);
            long scale = st == QType.DATETIME && isTemporal(rt) && rt != QType.DATETIME ? DAY_NS / unitNs(rt) : 1;
            for (int i = 0; i < out.length; i++) {
                out[i] = d[i] != d[i] ? QNull.LONG : Math.round(d[i] * scale);
            }
            return out;
        }
        if (st == rt || !isTemporal(st) || !isTemporal(rt)) {
            return out;
        }
        if (st == QType.MONTH) {
            long perDay = DAY_NS / unitNs(rt);
            long[] r = new long[out.length];
            for (int i = 0; i < out.length; i++) {
                r[i] = out[i] == QNull.LONG ? QNull.LONG : monthDays(out[i]) * perDay;
            }
            return r;
        }
        long su = unitNs(st);
        long ru = unitNs(rt);
        if (ru == 0 || su <= ru) {
            return out;
        }
        long f = su / ru;
        long[] r = new long[out.length];
        for (int i = 0; i < out.length; i++) {
            r[i] = out[i] == QNull.LONG ? QNull.LONG : out[i] * f;
        }
        return r;
    }

    /** Days from 2000.01.01 to the first day of month {@code m} (months since 2000.01). */
    static long monthDays(long m) {
        long y = 2000 + Math.floorDiv(m, 12);
        int mo = (int) Math.floorMod(m, 12) + 1;
        return LocalDate.of((int) y, mo, 1).toEpochDay() - 10957;
    }

    /** The values of simple {@code v} as doubles in the units of result type {@code rt}: a time as a fraction of a day for a datetime (possibly the vector's own array: read, never write). */
    public static double[] doubles(K v, int rt) {
        int st = Math.abs(v.type());
        double[] out;
        if (v instanceof FloatAtom) {
            out = new double[] {((FloatAtom) v).value()};
        } else if (v instanceof FloatVector) {
            out = ((FloatVector) v).items();
        } else if (v instanceof RealAtom) {
            out = new double[] {((RealAtom) v).value()};
        } else if (v instanceof RealVector) {
            float[] a = ((RealVector) v).items();
            out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
        } else {
            long[] a = raw(v);
            out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i] == QNull.LONG ? Double.NaN : a[i];
            }
            if (rt == QType.DATETIME && isTemporal(st) && st != QType.DATE && st != QType.MONTH) {
                double f = (double) unitNs(st) / DAY_NS;
                for (int i = 0; i < out.length; i++) {
                    out[i] *= f;
                }
            }
        }
        return out;
    }

    /** The raw values of a simple non-floating {@code v}, nulls as {@link QNull#LONG}; a long vector's own array: read, never write. */
    static long[] raw(K v) {
        if (v instanceof LongVector) {
            return ((LongVector) v).items();
        }
        if (v instanceof LongAtom) {
            return new long[] {((LongAtom) v).value()};
        }
        if (v instanceof IntVector) {
            int[] a = ((IntVector) v).items();
            long[] out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i] == QNull.INT ? QNull.LONG : a[i];
            }
            return out;
        }
        if (v instanceof IntAtom) {
            int a = ((IntAtom) v).value();
            return new long[] {a == QNull.INT ? QNull.LONG : a};
        }
        if (v instanceof ShortVector) {
            short[] a = ((ShortVector) v).items();
            long[] out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i] == QNull.SHORT ? QNull.LONG : a[i];
            }
            return out;
        }
        if (v instanceof ShortAtom) {
            short a = ((ShortAtom) v).value();
            return new long[] {a == QNull.SHORT ? QNull.LONG : a};
        }
        if (v instanceof ByteVector) {
            byte[] a = ((ByteVector) v).items();
            long[] out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i] & 0xFF;
            }
            return out;
        }
        if (v instanceof ByteAtom) {
            return new long[] {((ByteAtom) v).value() & 0xFF};
        }
        if (v instanceof FloatVector || v instanceof FloatAtom || v instanceof RealVector || v instanceof RealAtom) {
            return new long[v.type() < 0 ? 1 : v.count()];
        }
        throw QException.type();
    }

    /** A result of type {@code rt} from a long lane (nulls narrowed to the type's null, other values wrapping). */
    public static K fromLongs(long[] r, int rt, boolean atom) {
        switch (rt) {
            case QType.LONG: case QType.TIMESTAMP: case QType.TIMESPAN:
                return atom ? new LongAtom(-rt, r[0]) : new LongVector(rt, r);
            case QType.BOOLEAN: case QType.BYTE: case QType.CHAR: {
                if (atom) {
                    return new ByteAtom(-rt, (byte) r[0]);
                }
                byte[] a = new byte[r.length];
                for (int i = 0; i < a.length; i++) {
                    a[i] = (byte) r[i];
                }
                return new ByteVector(rt, a);
            }
            case QType.SHORT: {
                if (atom) {
                    return new ShortAtom(r[0] == QNull.LONG ? QNull.SHORT : (short) r[0]);
                }
                short[] a = new short[r.length];
                for (int i = 0; i < a.length; i++) {
                    a[i] = r[i] == QNull.LONG ? QNull.SHORT : (short) r[i];
                }
                return new ShortVector(a);
            }
            case QType.INT: case QType.MONTH: case QType.DATE: case QType.MINUTE: case QType.SECOND: case QType.TIME: {
                if (atom) {
                    return new IntAtom(-rt, r[0] == QNull.LONG ? QNull.INT : (int) r[0]);
                }
                int[] a = new int[r.length];
                for (int i = 0; i < a.length; i++) {
                    a[i] = r[i] == QNull.LONG ? QNull.INT : (int) r[i];
                }
                return new IntVector(rt, a);
            }
            default:
                throw QException.type();
        }
    }

    /** A result of type {@code rt} (float, datetime or real) from a double lane. */
    public static K fromDoubles(double[] r, int rt, boolean atom) {
        if (rt == QType.REAL) {
            if (atom) {
                return new RealAtom(r[0] != r[0] ? QNull.REAL : (float) r[0]);
            }
            float[] a = new float[r.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = r[i] != r[i] ? QNull.REAL : (float) r[i];
            }
            return new RealVector(a);
        }
        if (rt != QType.FLOAT && rt != QType.DATETIME) {
            throw QException.type();
        }
        return atom ? new FloatAtom(-rt, r[0]) : new FloatVector(rt, r);
    }

    /** The items of an int-backed simple value (int, month, date, minute, second, time): a vector's own array, read only. */
    public static int[] ints(K v) {
        return v instanceof IntVector ? ((IntVector) v).items() : new int[] {((IntAtom) v).value()};
    }

    /** Whether {@code v} is an int-backed atom or vector. */
    public static boolean intBacked(K v) {
        return v instanceof IntVector || v instanceof IntAtom;
    }

    /** Whether both arguments are atoms (the result is then an atom). */
    public static boolean atoms(K x, K y) {
        return x.type() < 0 && y.type() < 0;
    }

    /** The result's count: the vector's, or 1 for two atoms. */
    public static int count(K x, K y) {
        return x.type() >= 0 ? x.count() : y.type() >= 0 ? y.count() : 1;
    }

    /** A numeric vector's items as doubles, nulls as NaN; {@code 'type} for anything else. */
    public static double[] doubles(K x) {
        if (!Types.isNumeric(x.type())) {
            throw QException.type();
        }
        return Types.doubles(x, QType.FLOAT);
    }
}
