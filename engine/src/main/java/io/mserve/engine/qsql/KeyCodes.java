package io.mserve.engine.qsql;

import io.mserve.engine.ops.search.Groups;
import io.mserve.engine.ops.sort.Sort;
import io.mserve.engine.value.Gather;
import io.mserve.ipc.value.K;
import java.lang.ref.WeakReference;

/**
 * A column used as a {@code by} key, enumerated: each row's group as a small int, groups numbered
 * in ascending order of their keys (the order q-SQL returns groups in). Columns never change, so
 * the enumeration of the last few columns grouped on is kept (by identity, weakly), as kdb+ keeps
 * a symbol column as an enumeration.
 */
final class KeyCodes {
    /** Each row's group. */
    final int[] codes;
    /** The distinct keys, ascending. */
    final K keys;
    /** Each group's rows. */
    final long[] counts;

    private KeyCodes(int[] codes, K keys, long[] counts) {
        this.codes = codes;
        this.keys = keys;
        this.counts = counts;
    }

    int count() {
        return keys.count();
    }

    private static final int SLOTS = 8;
    @SuppressWarnings("unchecked")
    private static final WeakReference<K>[] COLUMNS = new WeakReference[SLOTS];
    private static final KeyCodes[] CODES = new KeyCodes[SLOTS];
    private static int next;

    static KeyCodes of(K column) {
        synchronized (CODES) {
            for (int s = 0; s < SLOTS; s++) {
                if (COLUMNS[s] != null && COLUMNS[s].get() == column) {
                    return CODES[s];
                }
            }
        }
        KeyCodes k = enumerate(column);
        synchronized (CODES) {
            int s = next;
            for (int t = 0; t < SLOTS; t++) {
                if (COLUMNS[t] == null || COLUMNS[t].get() == null) {
                    s = t;
                    break;
                }
            }
            COLUMNS[s] = new WeakReference<>(column);
            CODES[s] = k;
            next = (s + 1) % SLOTS;
        }
        return k;
    }

    private static KeyCodes enumerate(K column) {
        Groups g = Groups.of(column);
        int n = g.count();
        K distinct = Gather.at(column, g.firsts);
        int[] order = Sort.gradeColumns(new K[] {distinct}, n, false);
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) {
            rank[order[k]] = k;
        }
        int[] ids = g.ids;
        int[] codes = new int[ids.length];
        long[] counts = new long[n];
        for (int r = 0; r < ids.length; r++) {
            codes[r] = rank[ids[r]];
            counts[codes[r]]++;
        }
        return new KeyCodes(codes, Gather.at(distinct, order), counts);
    }
}
