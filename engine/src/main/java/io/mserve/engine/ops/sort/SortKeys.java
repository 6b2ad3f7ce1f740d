package io.mserve.engine.ops.sort;

import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortVector;

/**
 * VectorArrays of the fixed-width types as {@code long} keys that compare as q orders them (bytes
 * and chars unsigned, float nulls first, -0 equal to 0) and are equal exactly when q's items
 * match: one representation for hashing and for sorting.
 */
public final class SortKeys {
    private SortKeys() {}

    /** The keys of {@code v}, or null when it is not such a vector (symbols, GUIDs, general lists). */
    public static long[] of(K v) {
        if (v instanceof LongVector x) {
            return x.items();
        }
        if (v instanceof IntVector x) {
            int[] s = x.items();
            long[] r = new long[s.length];
            for (int i = 0; i < s.length; i++) {
                r[i] = s[i];
            }
            return r;
        }
        if (v instanceof FloatVector x) {
            double[] s = x.items();
            long[] r = new long[s.length];
            for (int i = 0; i < s.length; i++) {
                r[i] = floatKey(s[i]);
            }
            return r;
        }
        if (v instanceof ByteVector x) {
            byte[] s = x.items();
            long[] r = new long[s.length];
            for (int i = 0; i < s.length; i++) {
                r[i] = s[i] & 0xFF;
            }
            return r;
        }
        if (v instanceof ShortVector x) {
            short[] s = x.items();
            long[] r = new long[s.length];
            for (int i = 0; i < s.length; i++) {
                r[i] = s[i];
            }
            return r;
        }
        if (v instanceof RealVector x) {
            float[] s = x.items();
            long[] r = new long[s.length];
            for (int i = 0; i < s.length; i++) {
                r[i] = realKey(s[i]);
            }
            return r;
        }
        return null;
    }

    public static long floatKey(double d) {
        if (d != d) {
            return Long.MIN_VALUE;
        }
        long b = Double.doubleToLongBits(d == 0 ? 0.0 : d);
        return b ^ ((b >> 63) & Long.MAX_VALUE);
    }

    public static int realKey(float f) {
        if (f != f) {
            return Integer.MIN_VALUE;
        }
        int b = Float.floatToIntBits(f == 0 ? 0f : f);
        return b ^ ((b >> 31) & Integer.MAX_VALUE);
    }
}
