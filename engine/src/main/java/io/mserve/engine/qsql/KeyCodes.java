package io.mserve.engine.qsql;

import io.mserve.engine.ops.search.Groups;
import io.mserve.engine.ops.sort.Sort;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.SymbolCodes;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.SymbolEnumeration;
import io.mserve.ipc.value.SymbolVector;
import java.util.Arrays;

/**
 * A column used as a {@code by} key, enumerated: each row's group as a small int, with the groups'
 * ascending order of their keys (the order q-SQL returns groups in). Made for each query and not
 * kept: a query's first run costs what its later runs cost.
 */
final class KeyCodes {
    /** Each row's group; for a key in runs, made when first asked for ({@link #codes()}). */
    private int[] codes;
    /** For a key whose rows lie in ascending runs: group g is rows starts[g] to starts[g + 1] (the last: to the end); else null. */
    final int[] starts;
    /** Each group's key. */
    final K keys;
    /** Each group's rows; for an enumerated key, counted when first asked for ({@link #counts()}). */
    private long[] counts;
    /** The groups in ascending order of their keys; null when that is the groups' own order. */
    final int[] order;
    /** Each group's place in that order; null when it is the group itself. */
    final int[] rank;
    /** Whether {@link #codes} belong to the column's value (read, never write) rather than to this query. */
    final boolean shared;

    private KeyCodes(int[] codes, int[] starts, K keys, long[] counts, int[] order, boolean shared) {
        this.codes = codes;
        this.starts = starts;
        this.shared = shared;
        this.keys = keys;
        this.counts = counts;
        this.order = order;
        this.rank = order == null ? null : new int[order.length];
        for (int k = 0; order != null && k < order.length; k++) {
            rank[order[k]] = k;
        }
    }

    private KeyCodes(int[] codes, K keys, long[] counts, int[] order) {
        this(codes, null, keys, counts, order, false);
    }

    private KeyCodes(int[] codes, K keys, long[] counts) {
        this(codes, null, keys, counts, null, false);
    }

    int count() {
        return keys.count();
    }

    /** Each group's rows (a query with a where phrase counts its selected rows instead: it never asks). */
    long[] counts() {
        if (counts == null) {
            counts = new long[keys.count()];
            for (int c : codes()) {
                counts[c]++;
            }
        }
        return counts;
    }

    /** Each row's group. */
    int[] codes() {
        if (codes == null) {
            codes = new int[end(starts.length - 1)];
            for (int g = 0; g < starts.length; g++) {
                Arrays.fill(codes, starts[g], end(g), g);
            }
        }
        return codes;
    }

    /** For a key in runs, the row after group g's last. */
    int end(int g) {
        return starts[g] + (int) counts[g];
    }

    static KeyCodes of(K column) {
        if (column instanceof SymbolVector s) {
            SymbolEnumeration e = SymbolCodes.usable(s);
            return e != null ? enumerated(e) : symbols(s);
        }
        KeyCodes dense = dense(column);
        if (dense != null) {
            return dense;
        }
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

    // An enumerated symbol column: a group per domain entry (those no row uses stay empty, and a query drops empty
    // groups), the rows' codes as they are, the entries in their symbols' order; no symbol read per row, no hashing.
    private static KeyCodes enumerated(SymbolEnumeration e) {
        SymbolVector keys = new SymbolVector(e.domain());
        return new KeyCodes(e.codes(), null, keys, null, Sort.gradeColumns(new K[] {keys}, keys.count(), false), true);
    }

    // Symbols (interned, so compared by reference first) in one pass: an open-addressing table holding the symbols
    // themselves numbers them in order of appearance; the few distinct symbols are then sorted, the rows left as they are.
    private static KeyCodes symbols(SymbolVector column) {
        String[] items = column.items();
        int rows = items.length;
        int[] codes = new int[rows];
        String[] distinct = new String[16];
        long[] counts = new long[16];
        String[] slotSym = new String[64];
        int[] slotGroup = new int[64];
        int mask = 63;
        int n = 0;
        for (int r = 0; r < rows; r++) {
            String k = items[r];
            int s = mix(k) & mask;
            String o;
            while ((o = slotSym[s]) != k && o != null && !o.equals(k)) {
                s = (s + 1) & mask;
            }
            if (o == null) {
                if (n == distinct.length) {
                    distinct = Arrays.copyOf(distinct, 2 * n);
                    counts = Arrays.copyOf(counts, 2 * n);
                    slotSym = new String[8 * n];
                    slotGroup = new int[8 * n];
                    mask = slotSym.length - 1;
                    for (int g = 0; g < n; g++) {
                        int t = mix(distinct[g]) & mask;
                        while (slotSym[t] != null) {
                            t = (t + 1) & mask;
                        }
                        slotSym[t] = distinct[g];
                        slotGroup[t] = g;
                    }
                    s = mix(k) & mask;
                    while (slotSym[s] != null) {
                        s = (s + 1) & mask;
                    }
                }
                slotSym[s] = k;
                slotGroup[s] = n;
                distinct[n++] = k;
            }
            int g = slotGroup[s];
            codes[r] = g;
            counts[g]++;
        }
        K keys = new SymbolVector(Arrays.copyOf(distinct, n));
        return new KeyCodes(codes, keys, Arrays.copyOf(counts, n), Sort.gradeColumns(new K[] {keys}, n, false));
    }

    private static int mix(String k) {
        long h = k.hashCode() * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    // Ascending whole numbers (null, the least, first): each run of equal ones is a group, in order; null at the first
    // item below the one before it. One compare a row while a run lasts.
    private static KeyCodes runs(K column, int[] ints, long[] longs, int rows) {
        int[] firsts = new int[Math.min(rows, 1024)];
        int n = 1;
        for (int r = 1; r < rows; r++) {
            boolean same = ints != null ? ints[r] == ints[r - 1] : longs[r] == longs[r - 1];
            if (same) {
                continue;
            }
            if (ints != null ? ints[r] < ints[r - 1] : longs[r] < longs[r - 1]) {
                return null;
            }
            if (n == firsts.length) {
                firsts = Arrays.copyOf(firsts, Math.min(rows, 2 * n));
            }
            firsts[n++] = r;
        }
        long[] counts = new long[n];
        for (int g = 0; g < n; g++) {
            counts[g] = (g + 1 < n ? firsts[g + 1] : rows) - firsts[g];
        }
        int[] starts = Arrays.copyOf(firsts, n);
        return new KeyCodes(null, starts, Gather.at(column, starts), counts, null, false);
    }

    // Whole numbers (ints, longs and the temporals held as them) ascending or spanning few values: counted by value,
    // in ascending order, null (the least) first; null when unsorted and the span is too wide.
    private static KeyCodes dense(K column) {
        int[] ints = column instanceof IntVector v ? v.items() : null;
        long[] longs = column instanceof LongVector v ? v.items() : null;
        if (ints == null && longs == null) {
            return null;
        }
        int rows = ints != null ? ints.length : longs.length;
        KeyCodes inRuns = rows > 0 ? runs(column, ints, longs, rows) : null;
        if (inRuns != null) {
            return inRuns;
        }
        long nul = ints != null ? QNull.INT : QNull.LONG;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int r = 0; r < rows; r++) {
            long v = ints != null ? ints[r] : longs[r];
            if (v != nul) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        // slot 0 holds nulls, slot v-min+1 the value v
        if (rows == 0 || min <= max && (max - min < 0 || max - min > 2L * rows + 1024)) {
            return null;
        }
        int slots = min <= max ? (int) (max - min) + 2 : 1;
        int[] slot = new int[rows];
        int[] first = new int[slots];
        Arrays.fill(first, -1);
        for (int r = 0; r < rows; r++) {
            long v = ints != null ? ints[r] : longs[r];
            int s = v == nul ? 0 : (int) (v - min) + 1;
            slot[r] = s;
            if (first[s] < 0) {
                first[s] = r;
            }
        }
        int n = 0;
        for (int s = 0; s < slots; s++) {
            n += first[s] >= 0 ? 1 : 0;
        }
        int[] rank = new int[slots];
        int[] firsts = new int[n];
        for (int s = 0, k = 0; s < slots; s++) {
            if (first[s] >= 0) {
                rank[s] = k;
                firsts[k++] = first[s];
            }
        }
        long[] counts = new long[n];
        for (int r = 0; r < rows; r++) {
            int c = rank[slot[r]];
            slot[r] = c;
            counts[c]++;
        }
        return new KeyCodes(slot, Gather.at(column, firsts), counts);
    }
}
