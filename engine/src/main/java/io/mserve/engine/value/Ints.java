package io.mserve.engine.value;

import io.mserve.engine.QException;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.ShortVector;

/** Integer arguments (counts, indices, shapes) of any integral type, read as longs with nulls as {@link Long#MIN_VALUE}. */
public final class Ints {
    private Ints() {}

    /** Whether {@code v} is a short, int or long atom. */
    public static boolean isAtom(K v) {
        int t = v.type();
        return t == -QType.LONG || t == -QType.INT || t == -QType.SHORT;
    }

    public static boolean isVector(K v) {
        int t = v.type();
        return t == QType.LONG || t == QType.INT || t == QType.SHORT;
    }

    public static long atom(K v) {
        if (v instanceof LongAtom a && v.type() == -QType.LONG) {
            return a.value();
        }
        if (v instanceof IntAtom a && v.type() == -QType.INT) {
            return a.value() == QNull.INT ? QNull.LONG : a.value();
        }
        if (v instanceof ShortAtom a) {
            return a.value() == QNull.SHORT ? QNull.LONG : a.value();
        }
        throw QException.type();
    }

    public static long[] vector(K v) {
        if (v instanceof LongVector x && v.type() == QType.LONG) {
            return x.items();
        }
        if (v instanceof IntVector x && v.type() == QType.INT) {
            int[] s = x.items();
            long[] r = new long[s.length];
            for (int i = 0; i < s.length; i++) {
                r[i] = s[i] == QNull.INT ? QNull.LONG : s[i];
            }
            return r;
        }
        if (v instanceof ShortVector x) {
            short[] s = x.items();
            long[] r = new long[s.length];
            for (int i = 0; i < s.length; i++) {
                r[i] = s[i] == QNull.SHORT ? QNull.LONG : s[i];
            }
            return r;
        }
        if (isAtom(v)) {
            return new long[] {atom(v)};
        }
        throw QException.type();
    }

    /** Booleans as 0/1, for {@code where}. */
    public static boolean isBool(K v) {
        return v instanceof ByteVector && v.type() == QType.BOOLEAN;
    }

    public static int count(long n) {
        if (n > Integer.MAX_VALUE - 8) {
            throw new QException("limit");
        }
        return (int) n;
    }

    /** Indices held as longs, as ints. */
    public static int[] toInts(long[] v) {
        int[] r = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = (int) v[i];
        }
        return r;
    }

    /** An integral atom of any width (boolean and byte too) as a long, nulls as they are. */
    public static long toLong(K v) {
        if (v instanceof LongAtom) {
            return ((LongAtom) v).value();
        }
        if (v instanceof IntAtom) {
            return ((IntAtom) v).value();
        }
        if (v instanceof ShortAtom) {
            return ((ShortAtom) v).value();
        }
        if (v instanceof ByteAtom) {
            return ((ByteAtom) v).value();
        }
        throw QException.type();
    }
}
