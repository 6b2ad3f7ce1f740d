package io.mserve.engine.qsql;

import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;

/** Per-group sums and means of long and float columns in one pass over each group's rows, nulls skipped as q's sum and avg do. */
final class Aggregates {
    private Aggregates() {}

    static K sum(K col, int[][] groups, boolean mean) {
        int n = groups.length;
        if (col instanceof LongVector lv && lv.type() == QType.LONG) {
            long[] a = lv.items();
            long[] sums = new long[n];
            double[] means = mean ? new double[n] : null;
            for (int k = 0; k < n; k++) {
                long s = 0;
                int c = 0;
                for (int r : groups[k]) {
                    long v = a[r];
                    if (v != QNull.LONG) {
                        s += v;
                        c++;
                    }
                }
                sums[k] = s;
                if (mean) {
                    means[k] = c == 0 ? QNull.FLOAT : (double) s / c;
                }
            }
            return mean ? new FloatVector(QType.FLOAT, means) : new LongVector(QType.LONG, sums);
        }
        if (!(col instanceof FloatVector fv) || col.type() != QType.FLOAT) {
            return null;
        }
        double[] a = fv.items();
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            double s = 0;
            int c = 0;
            for (int r : groups[k]) {
                double v = a[r];
                if (v == v) {
                    s += v;
                    c++;
                }
            }
            out[k] = !mean ? s : c == 0 ? QNull.FLOAT : s / c;
        }
        return new FloatVector(QType.FLOAT, out);
    }
}
