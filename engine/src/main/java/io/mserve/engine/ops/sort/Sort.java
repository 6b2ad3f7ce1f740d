package io.mserve.engine.ops.sort;

import io.mserve.engine.QException;
import io.mserve.engine.ops.search.Groups;
import io.mserve.engine.value.Domain;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.GuidAtom;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;

/**
 * Stable grading ({@code iasc}, {@code idesc}) in q's order: nulls first, symbols by text,
 * bytes and chars unsigned, floats with NaN first. Fixed-width and symbol lists become long
 * keys sorted by an LSD radix sort; general lists use a merge sort by {@link #compare}.
 */
public final class Sort {
    private static final int BITS = 11;
    private static final int SMALL = 48;

    private Sort() {}

    /** The permutation that sorts {@code v} (a list, a table's rows, a dictionary's values), stably. */
    public static int[] grade(K v, boolean desc) {
        if (v instanceof Dict d) {
            return grade(d.values(), desc);
        }
        if (v instanceof Table t) {
            return gradeColumns(t.data(), t.count(), desc);
        }
        if (!Lists.isList(v)) {
            throw QException.type();
        }
        return by(v, Gather.iota(v.count()), desc);
    }

    /** The permutation that sorts rows by several columns, the first the major key. */
    public static int[] gradeColumns(K[] columns, int rows, boolean desc) {
        int[] idx = Gather.iota(rows);
        for (int c = columns.length - 1; c >= 0; c--) {
            idx = by(columns[c], idx, desc);
        }
        return idx;
    }

    /** {@code idx} stably reordered by the items of {@code v} at those indices. */
    static int[] by(K v, int[] idx, boolean desc) {
        long[] keys = rankKeys(v);
        if (keys != null) {
            return byKeys(keys, idx, desc);
        }
        K[] items = Lists.items(v);
        Integer[] boxed = new Integer[idx.length];
        for (int i = 0; i < idx.length; i++) {
            boxed[i] = idx[i];
        }
        // general lists only: Arrays.sort on objects is a stable merge sort
        Arrays.sort(boxed, (a, b) -> desc ? compare(items[b], items[a]) : compare(items[a], items[b]));
        int[] r = new int[idx.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = boxed[i];
        }
        return r;
    }

    /** SortKeys in q's order for any list but a general one (null then). */
    public static long[] rankKeys(K v) {
        if (v instanceof Enumeration e) {
            return enumerationKeys(e);
        }
        long[] keys = SortKeys.of(v);
        if (keys != null) {
            return keys;
        }
        if (v instanceof SymbolVector s) {
            String[] items = s.items();
            Groups g = Groups.of(v);
            String[] distinct = new String[g.count()];
            for (int i = 0; i < distinct.length; i++) {
                distinct[i] = items[g.firsts[i]];
            }
            return ranked(g, order(distinct, null));
        }
        if (v instanceof GuidVector gv) {
            UUID[] items = gv.items();
            Groups g = Groups.of(v);
            UUID[] distinct = new UUID[g.count()];
            for (int i = 0; i < distinct.length; i++) {
                distinct[i] = items[g.firsts[i]];
            }
            return ranked(g, order(distinct, Sort::compareGuid));
        }
        return null;
    }

    // An enumeration sorts by its values: each index by its item's rank in the domain (out of range first, as nulls).
    private static long[] enumerationKeys(Enumeration e) {
        Domain d = e.domain();
        if (!d.isSymbols()) {
            return rankKeys(e.values());
        }
        int[] ranks = d.ranks();
        long[] index = e.index();
        long[] keys = new long[index.length];
        for (int i = 0; i < keys.length; i++) {
            long p = index[i];
            keys[i] = p >= 0 && p < ranks.length ? ranks[(int) p] : -1;
        }
        return keys;
    }

    private static <T> int[] order(T[] distinct, Comparator<T> cmp) {
        Integer[] p = new Integer[distinct.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = i;
        }
        if (cmp == null) {
            Arrays.sort(p, (a, b) -> ((String) distinct[a]).compareTo((String) distinct[b]));
        } else {
            Arrays.sort(p, (a, b) -> cmp.compare(distinct[a], distinct[b]));
        }
        int[] rank = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            rank[p[i]] = i;
        }
        return rank;
    }

    private static long[] ranked(Groups g, int[] rank) {
        long[] keys = new long[g.ids.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = rank[g.ids[i]];
        }
        return keys;
    }

    static int compareGuid(UUID a, UUID b) {
        int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** {@code idx} stably sorted by {@code keys[idx[i]]}. */
    static int[] byKeys(long[] keys, int[] idx, boolean desc) {
        int n = idx.length;
        long[] k = new long[n];
        long min = -1L;
        long max = 0L;
        for (int i = 0; i < n; i++) {
            long v = keys[idx[i]];
            long u = (desc ? ~v : v) ^ Long.MIN_VALUE;
            k[i] = u;
            if (Long.compareUnsigned(u, min) < 0) {
                min = u;
            }
            if (Long.compareUnsigned(u, max) > 0) {
                max = u;
            }
        }
        int[] ix = idx.clone();
        if (n < SMALL) {
            insertion(k, ix);
            return ix;
        }
        int bits = 64 - Long.numberOfLeadingZeros(max - min);
        for (int i = 0; i < n; i++) {
            k[i] -= min;
        }
        long[] k2 = new long[n];
        int[] ix2 = new int[n];
        int[] count = new int[1 << BITS];
        for (int shift = 0; shift < bits; shift += BITS) {
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (k[i] >>> shift) & ((1 << BITS) - 1)]++;
            }
            int sum = 0;
            for (int d = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int d = (int) (k[i] >>> shift) & ((1 << BITS) - 1);
                int p = count[d]++;
                k2[p] = k[i];
                ix2[p] = ix[i];
            }
            long[] tk = k;
            k = k2;
            k2 = tk;
            int[] ti = ix;
            ix = ix2;
            ix2 = ti;
        }
        return ix;
    }

    private static void insertion(long[] k, int[] ix) {
        for (int i = 1; i < k.length; i++) {
            long kv = k[i];
            int iv = ix[i];
            int j = i - 1;
            while (j >= 0 && Long.compareUnsigned(k[j], kv) > 0) {
                k[j + 1] = k[j];
                ix[j + 1] = ix[j];
                j--;
            }
            k[j + 1] = kv;
            ix[j + 1] = iv;
        }
    }

    /** q's order between any two values: atoms of one type by value, lists item by item then by length; else by type. */
    public static int compare(K a, K b) {
        boolean la = a instanceof KVector;
        boolean lb = b instanceof KVector;
        if (!la && !lb) {
            if (a.type() != b.type() || a.type() >= 0) {
                return Integer.compare(Math.abs(a.type()), Math.abs(b.type()));
            }
            return compareAtoms(a, b);
        }
        if (la != lb) {
            return la ? 1 : -1;
        }
        int na = a.count();
        int nb = b.count();
        for (int i = 0; i < Math.min(na, nb); i++) {
            int c = compare(Lists.at(a, i), Lists.at(b, i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(na, nb);
    }

    private static int compareAtoms(K a, K b) {
        if (a instanceof Enumeration.EnumAtom) {
            return compare(Enumeration.plain(a), Enumeration.plain(b));
        }
        if (a instanceof SymbolAtom x) {
            return x.value().compareTo(((SymbolAtom) b).value());
        }
        if (a instanceof GuidAtom x) {
            return compareGuid(x.value(), ((GuidAtom) b).value());
        }
        long ka = SortKeys.of(Gather.at(a, new int[] {0}))[0];
        long kb = SortKeys.of(Gather.at(b, new int[] {0}))[0];
        return Long.compare(ka, kb);
    }
}
