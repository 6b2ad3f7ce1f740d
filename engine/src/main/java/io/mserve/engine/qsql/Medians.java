package io.mserve.engine.qsql;

import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Each group's {@code med}: its non-null items gathered group by group, the middle one or two found
 * by selection rather than a sort. Items are ordered as floats sort ({@code -0.0} before {@code 0.0}),
 * so the middle items are those {@code med}'s sort picks, to the bit.
 */
final class Medians {
    // Past this many partitioning rounds a range is sorted instead (keeps the worst case n log n).
    private static final int ROUNDS = 64;

    private Medians() {}

    /**
     * @param col a long or float list, one item a row
     * @param group each row's group, 0..counts.length-1
     * @param counts each group's rows
     * @param kept the groups to answer for
     */
    static K of(K col, IntUnaryOperator group, long[] counts, int[] kept) {
        long[] al = col instanceof LongVector lv ? lv.items() : null;
        double[] ad = col instanceof FloatVector fv ? fv.items() : null;
        int rows = al != null ? al.length : ad.length;
        int[] fill = new int[counts.length];
        for (int g = 1; g < counts.length; g++) {
            fill[g] = fill[g - 1] + (int) counts[g - 1];
        }
        int[] start = fill.clone();
        long[] keys = new long[rows];
        for (int r = 0; r < rows; r++) {
            double v = al != null ? (al[r] == QNull.LONG ? Double.NaN : al[r]) : ad[r];
            if (v == v) {
                keys[fill[group.applyAsInt(r)]++] = key(v);
            }
        }
        double[] out = new double[kept.length];
        for (int j = 0; j < kept.length; j++) {
            int lo = start[kept[j]];
            int m = fill[kept[j]] - lo;
            if (m == 0) {
                out[j] = QNull.FLOAT;
                continue;
            }
            int mid = lo + m / 2;
            double upper = value(select(keys, lo, lo + m, mid));
            if (m % 2 == 1) {
                out[j] = upper;
            } else {
                long below = Long.MIN_VALUE;
                for (int i = lo; i < mid; i++) {
                    below = Math.max(below, keys[i]);
                }
                out[j] = (value(below) + upper) / 2;
            }
        }
        return new FloatVector(QType.FLOAT, out);
    }

    // A long whose order is Double.compare's (an involution on the bits).
    private static long key(double d) {
        long b = Double.doubleToRawLongBits(d);
        return b ^ ((b >> 63) & Long.MAX_VALUE);
    }

    private static double value(long k) {
        return Double.longBitsToDouble(k ^ ((k >> 63) & Long.MAX_VALUE));
    }

    /** The k-th smallest of a[lo..hi), with every item of a[lo..k) at most it. */
    static long select(long[] a, int lo, int hi, int k) {
        int l = lo;
        int r = hi - 1;
        for (int round = 0; r > l; round++) {
            if (round == ROUNDS) {
                Arrays.sort(a, l, r + 1);
                return a[k];
            }
            long x = a[l];
            long y = a[(l + r) >>> 1];
            long z = a[r];
            long p = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
            int i = l;
            int j = r;
            while (i <= j) {
                while (a[i] < p) {
                    i++;
                }
                while (a[j] > p) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k <= j) {
                r = j;
            } else if (k >= i) {
                l = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
