package io.mserve.engine.qsql;

import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import java.util.Arrays;

/**
 * {@code var dev svar sdev} of a long or float argument in each group, as the verbs compute them: each group's mean
 * of its non-null items, then the sum of their squared deviations from it, both in row order. The two passes are
 * made over a range of rows at a time, so that several arguments of one query fold each range while its groups are
 * in cache.
 */
final class Moments {
    private static final long SMALL = 1L << 51;
    private final long[] longs;
    private final double[] floats;
    private final long[] rows;
    private final double[] count;
    private final double[] sum;
    private final double[] squares;
    private double[] mean;
    // longs: each group's exact sum, and the greatest magnitude of an item (the least long, null, left out)
    private final long[] whole;
    private long big;
    private long nulls;

    /** Accumulators for the groups of a long or float argument, given each group's rows. */
    Moments(K arg, long[] rows) {
        longs = arg instanceof LongVector lv ? lv.items() : null;
        floats = longs == null ? ((FloatVector) arg).items() : null;
        this.rows = rows;
        count = new double[rows.length];
        sum = new double[rows.length];
        squares = new double[rows.length];
        whole = longs != null ? new long[rows.length] : null;
    }

    // Each row is one store (its group's sum), a null adding nothing: the groups' counts are their rows' unless a
    // null was met, and only then are they counted (a second store a row made this pass a third slower).
    /** The first pass over rows lo to hi: each group's sum. */
    void sums(int[] group, int lo, int hi) {
        long k = nulls;
        if (longs != null) {
            long m = big;
            long[] w = whole;
            for (int r = lo; r < hi; r++) {
                long v = longs[r];
                boolean item = v != QNull.LONG;
                k += item ? 0 : 1;
                w[group[r]] += item ? v : 0;
                m = Math.max(m, Math.abs(v));
            }
            big = m;
        } else {
            double[] s = sum;
            for (int r = lo; r < hi; r++) {
                double v = floats[r];
                boolean item = v == v;
                k += item ? 0 : 1;
                s[group[r]] += item ? v : 0;
            }
        }
        nulls = k;
    }

    /** The second pass over rows lo to hi (all rows through {@link #sums} first): the squared deviations. */
    void squares(int[] group, int lo, int hi) {
        if (mean == null) {
            means(group);
        }
        if (longs != null && big < SMALL) {
            for (int r = lo; r < hi; r++) {
                long v = longs[r];
                if (v != QNull.LONG) {
                    int g = group[r];
                    double d = small(v) - mean[g];
                    squares[g] += d * d;
                }
            }
        } else if (longs != null) {
            for (int r = lo; r < hi; r++) {
                long v = longs[r];
                if (v != QNull.LONG) {
                    int g = group[r];
                    double d = v - mean[g];
                    squares[g] += d * d;
                }
            }
        } else {
            for (int r = lo; r < hi; r++) {
                double v = floats[r];
                if (v == v) {
                    int g = group[r];
                    double d = v - mean[g];
                    squares[g] += d * d;
                }
            }
        }
    }

    // A long of magnitude under 2^51 as a float, exactly: added to the bits of 2^52+2^51 it makes a float that, less
    // 2^52+2^51, is the long; a conversion without the instruction whose false dependency serialises a loop.
    private static double small(long v) {
        return Double.longBitsToDouble(v + 0x4338000000000000L) - 0x1.8p52;
    }

    // Long sums equal the verbs' float sums in row order while no partial sum passes 2^53; past that, the float sums.
    private void means(int[] group) {
        if (nulls == 0) {
            for (int g = 0; g < count.length; g++) {
                count[g] = rows[g];
            }
        } else {
            for (int r = 0; r < group.length; r++) {
                count[group[r]] += longs != null ? (longs[r] != QNull.LONG ? 1 : 0) : (floats[r] == floats[r] ? 1 : 0);
            }
        }
        if (longs != null && big > (1L << 53) / Math.max(longs.length, 1)) {
            Arrays.fill(sum, 0);
            for (int r = 0; r < longs.length; r++) {
                if (longs[r] != QNull.LONG) {
                    sum[group[r]] += longs[r];
                }
            }
        } else if (longs != null) {
            for (int g = 0; g < sum.length; g++) {
                sum[g] = whole[g];
            }
        }
        mean = new double[sum.length];
        for (int g = 0; g < sum.length; g++) {
            mean[g] = sum[g] / count[g];
        }
    }

    /** Each group's var, dev, svar or sdev (f). */
    K of(String f) {
        boolean sample = f.startsWith("s");
        boolean root = f.endsWith("dev");
        double[] out = new double[sum.length];
        for (int g = 0; g < out.length; g++) {
            double var = sample ? squares[g] / (count[g] - 1) : squares[g] / count[g];
            out[g] = root ? Math.sqrt(var) : var;
        }
        return new FloatVector(QType.FLOAT, out);
    }
}
