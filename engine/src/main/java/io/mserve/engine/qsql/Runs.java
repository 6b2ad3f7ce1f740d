package io.mserve.engine.qsql;

import io.mserve.engine.ops.sort.Sort;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The runs of a key column whose equal keys are adjacent, as a partition's rows by {@code sym}
 * usually are (written sorted, or {@code p#}): the groups of {@code by} that column, found by
 * comparing neighbours, each a contiguous slice of the rows, so no index of each group's rows
 * is built and no column is gathered.
 */
final class Runs {
    // More runs than rows / MIN_RUN: per-group evaluation over slices would cost more than it saves.
    private static final int MIN_RUN = 256;

    /** Where each run starts, then the row count; null when some key appears in two runs or the runs are short. */
    static int[] starts(K keys) {
        long[] v = longs(keys);
        int n = v == null ? 0 : v.length;
        if (n == 0) {
            return null;
        }
        int[] starts = new int[Math.max(2, n / MIN_RUN + 1)];
        int runs = 0;
        Set<Long> seen = new HashSet<>();
        for (int r = 0; r < n; r++) {
            if (r == 0 || v[r] != v[r - 1]) {
                if (runs == starts.length - 1 || !seen.add(v[r])) {
                    return null;
                }
                starts[runs++] = r;
            }
        }
        starts[runs] = n;
        return Arrays.copyOf(starts, runs + 1);
    }

    private static long[] longs(K keys) {
        if (keys instanceof Enumeration e) {
            return e.index();
        }
        if (keys instanceof LongVector l) {
            return l.items();
        }
        if (keys instanceof IntVector i) {
            return Arrays.stream(i.items()).asLongStream().toArray();
        }
        return null;
    }

    /** The order of the runs by ascending key, as q-SQL orders groups. */
    static int[] order(K keys, int[] starts) {
        K firsts = Gather.at(keys, Arrays.copyOf(starts, starts.length - 1));
        return Sort.gradeColumns(new K[] {firsts}, starts.length - 1, false);
    }

    private Runs() {}
}
