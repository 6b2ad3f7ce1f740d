package io.mserve.engine.ops.search;

import io.mserve.engine.QException;
import io.mserve.engine.ops.list.Join;
import io.mserve.engine.ops.sort.SortKeys;
import io.mserve.engine.value.Domain;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.SymbolCodes;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.SymbolEnumeration;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;
import java.util.UUID;

/**
 * The items of a list grouped by equality (q's match), in order of first appearance: each
 * item's group and each group's first index. The basis of {@code distinct}, {@code group},
 * {@code ?}, {@code in}, q-SQL's {@code by}. Hashing is open addressing over primitive arrays.
 */
public final class Groups {
    /** The group of each item, 0.. in order of first appearance. */
    public final int[] ids;
    /** The first index of each group. */
    public final int[] firsts;

    private Groups(int[] ids, int[] firsts) {
        this.ids = ids;
        this.firsts = firsts;
    }

    public int count() {
        return firsts.length;
    }

    /** The groups of a list's items, or of a table's rows. */
    public static Groups of(K v) {
        if (v instanceof Table t) {
            return ofRows(t.data(), t.count());
        }
        if (v instanceof Dict) {
            throw QException.type();
        }
        if (!Lists.isList(v)) {
            throw QException.type();
        }
        if (v instanceof Enumeration e) {
            return ofPositions(e.index());
        }
        SymbolEnumeration coded = SymbolCodes.usable(v);
        if (coded != null) {
            return ofCodes(coded.codes(), coded.domain().length);
        }
        long[] keys = SortKeys.of(v);
        if (keys != null) {
            return ofKeys(keys);
        }
        Hash h = hash(v);
        int n = v.count();
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = h.add(i);
        }
        return new Groups(ids, h.firsts());
    }

    /** The groups of rows over several columns of one length. */
    public static Groups ofRows(K[] columns, int rows) {
        if (columns.length == 0) {
            return new Groups(new int[rows], rows == 0 ? new int[0] : new int[] {0});
        }
        Groups g = of(columns[0]);
        for (int c = 1; c < columns.length; c++) {
            Groups h = of(columns[c]);
            long m = h.count();
            long[] pair = new long[rows];
            for (int i = 0; i < rows; i++) {
                pair[i] = g.ids[i] * m + h.ids[i];
            }
            g = ofKeys(pair);
        }
        return g;
    }

    // An enumeration's items grouped by index (one index, one symbol): a table from index to group
    // when the indices are small, as they are in a domain; the null index is a group too.
    private static Groups ofPositions(long[] index) {
        long top = -1;
        for (long p : index) {
            if (p < 0 && p != QNull.LONG || p >= DIRECT) {
                return ofKeys(index);
            }
            top = Math.max(top, p);
        }
        int[] group = new int[(int) top + 2];
        Arrays.fill(group, -1);
        int[] ids = new int[index.length];
        int[] firsts = new int[Math.max(Math.min(index.length, group.length), 1)];
        int n = 0;
        for (int i = 0; i < index.length; i++) {
            int slot = index[i] == QNull.LONG ? group.length - 1 : (int) index[i];
            int g = group[slot];
            if (g < 0) {
                g = n++;
                group[slot] = g;
                firsts[g] = i;
            }
            ids[i] = g;
        }
        return new Groups(ids, Arrays.copyOf(firsts, n));
    }

    // An enumerated symbol vector's items grouped by code (one code, one symbol), through a table from code to group.
    private static Groups ofCodes(int[] codes, int domain) {
        int[] group = new int[domain];
        Arrays.fill(group, -1);
        int[] ids = new int[codes.length];
        int[] firsts = new int[Math.min(codes.length, domain)];
        int n = 0;
        for (int i = 0; i < codes.length; i++) {
            int g = group[codes[i]];
            if (g < 0) {
                g = n++;
                group[codes[i]] = g;
                firsts[g] = i;
            }
            ids[i] = g;
        }
        return new Groups(ids, Arrays.copyOf(firsts, n));
    }

    static Groups ofKeys(long[] keys) {
        Groups dense = ofNarrowKeys(keys);
        if (dense != null) {
            return dense;
        }
        LongHash h = new LongHash(keys.length);
        int n = keys.length;
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = h.add(keys[i], i);
        }
        return new Groups(ids, h.firsts());
    }

    // Keys spanning no more values than twice their count (small whole numbers): an array indexed by key stands in for the hash.
    private static Groups ofNarrowKeys(long[] keys) {
        int n = keys.length;
        if (n == 0) {
            return null;
        }
        long min = keys[0];
        long max = keys[0];
        for (long k : keys) {
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        long span = max - min;
        if (span < 0 || span > 2L * n + 1024) {
            return null;
        }
        int[] group = new int[(int) span + 1];
        Arrays.fill(group, -1);
        int[] ids = new int[n];
        int[] firsts = new int[Math.min(n, group.length)];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int slot = (int) (keys[i] - min);
            int g = group[slot];
            if (g < 0) {
                g = count++;
                group[slot] = g;
                firsts[g] = i;
            }
            ids[i] = g;
        }
        return new Groups(ids, Arrays.copyOf(firsts, count));
    }

    /** For each item of {@code y} (a list like {@code x}), its first index in {@code x}, or {@code count x}. */
    public static long[] find(K x, K y) {
        int nx = x.count();
        int ny = y.count();
        long[] r = new long[ny];
        if (ny == 0) {
            return r;
        }
        if (x instanceof Enumeration || y instanceof Enumeration) {
            long[] codes = x instanceof Enumeration ex ? positions(ex.domain(), y) : null;
            if (codes != null) {
                return find(((Enumeration) x).index(), codes);
            }
            codes = y instanceof Enumeration ey ? positions(ey.domain(), x) : null;
            if (codes != null) {
                return byPosition(codes, ((Enumeration) y).index());
            }
            return find(Enumeration.plain(x), Enumeration.plain(y));
        }
        long[] kx = SortKeys.of(x);
        if (kx != null && x.type() == y.type()) {
            return find(kx, SortKeys.of(y));
        }
        if (x instanceof SymbolVector sx && y instanceof SymbolVector sy) {
            SymHash h = new SymHash(sx.items());
            for (int i = 0; i < nx; i++) {
                h.add(i);
            }
            SymbolEnumeration e = SymbolCodes.usable(sy);
            if (e != null) {
                // each domain entry looked up once, each item answered by its code
                String[] domain = e.domain();
                long[] at = new long[domain.length];
                for (int k = 0; k < domain.length; k++) {
                    int g = h.get(domain[k]);
                    at[k] = g < 0 ? nx : h.first[g];
                }
                int[] codes = e.codes();
                for (int j = 0; j < ny; j++) {
                    r[j] = at[codes[j]];
                }
                return r;
            }
            String[] ys = sy.items();
            for (int j = 0; j < ny; j++) {
                int g = h.get(ys[j]);
                r[j] = g < 0 ? nx : h.first[g];
            }
            return r;
        }
        // every other case: group x,y together; a group first seen inside x is found
        Groups g = x instanceof Table ? of(Join.join(x, y)) : of(Gather.join(asGeneral(x), asGeneral(y)));
        for (int j = 0; j < ny; j++) {
            int f = g.firsts[g.ids[nx + j]];
            r[j] = f < nx ? f : nx;
        }
        return r;
    }

    // For each key of ky, its first index among kx, or the count of kx.
    private static long[] find(long[] kx, long[] ky) {
        int nx = kx.length;
        LongHash h = new LongHash(nx);
        for (int i = 0; i < nx; i++) {
            h.add(kx[i], i);
        }
        long[] r = new long[ky.length];
        for (int j = 0; j < ky.length; j++) {
            int g = h.get(ky[j]);
            r[j] = g < 0 ? nx : h.first[g];
        }
        return r;
    }

    // As find(kx, ky) for positions in a domain (kx, a few, perhaps absent; ky, an enumeration's
    // indices): a table from position to first index, so that each of ky is one array read.
    private static long[] byPosition(long[] kx, long[] ky) {
        int nx = kx.length;
        long top = -1;
        for (long k : kx) {
            top = Math.max(top, k);
        }
        if (top >= DIRECT) {
            return find(kx, ky);
        }
        long[] first = new long[(int) top + 1];
        Arrays.fill(first, nx);
        for (int i = nx - 1; i >= 0; i--) {
            if (kx[i] >= 0) {
                first[(int) kx[i]] = i;
            }
        }
        long[] r = new long[ky.length];
        for (int j = 0; j < r.length; j++) {
            long k = ky[j];
            r[j] = k >= 0 && k < first.length ? first[(int) k] : nx;
        }
        return r;
    }

    // the largest position byPosition makes a table for
    private static final long DIRECT = 1 << 20;

    // The items of y as positions in domain d: its indices when y enumerates d, symbols looked up
    // (one not in d as a position no item has); null when y is neither.
    private static long[] positions(Domain d, K y) {
        if (y instanceof Enumeration e) {
            return e.domain().equals(d) ? e.index() : null;
        }
        if (!(y instanceof SymbolVector s) || !d.isSymbols()) {
            return null;
        }
        String[] items = s.items();
        long[] r = new long[items.length];
        for (int j = 0; j < r.length; j++) {
            long p = d.position(items[j]);
            r[j] = p < 0 ? Enumeration.ABSENT : p;
        }
        return r;
    }

    private static K asGeneral(K v) {
        return v instanceof KList ? v : new KList(Lists.items(v));
    }

    private static Hash hash(K v) {
        if (v instanceof SymbolVector s) {
            return new SymHash(s.items());
        }
        if (v instanceof GuidVector g) {
            return new ObjHash(g.items());
        }
        return new ObjHash(Lists.items(v));
    }

    static int capacity(int n) {
        int c = 16;
        while (c < n + (n >> 1)) {
            c <<= 1;
        }
        return c;
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** Open addressing from long keys to groups. */
    static final class LongHash {
        private final int[] slots;
        private final int mask;
        private final long[] keys;
        final int[] first;
        private int size;

        LongHash(int n) {
            slots = new int[capacity(n)];
            mask = slots.length - 1;
            keys = new long[Math.max(n, 1)];
            first = new int[Math.max(n, 1)];
        }

        int add(long k, int index) {
            int s = mix(k) & mask;
            while (true) {
                int g = slots[s] - 1;
                if (g < 0) {
                    keys[size] = k;
                    first[size] = index;
                    slots[s] = ++size;
                    return size - 1;
                }
                if (keys[g] == k) {
                    return g;
                }
                s = (s + 1) & mask;
            }
        }

        int get(long k) {
            int s = mix(k) & mask;
            while (true) {
                int g = slots[s] - 1;
                if (g < 0 || keys[g] == k) {
                    return g;
                }
                s = (s + 1) & mask;
            }
        }

        int[] firsts() {
            return Arrays.copyOf(first, size);
        }
    }

    private interface Hash {
        int add(int index);

        int[] firsts();
    }

    /**
     * Open addressing over a symbol vector's items (interned, so mostly compared by reference); it starts small and
     * doubles, as a symbol list holds few distinct symbols.
     */
    static final class SymHash implements Hash {
        private final String[] items;
        private int[] slots;
        private int mask;
        int[] first;
        private int size;

        SymHash(String[] items) {
            this.items = items;
            slots = new int[64];
            mask = slots.length - 1;
            first = new int[32];
        }

        @Override
        public int add(int index) {
            String k = items[index];
            int s = mix(k.hashCode()) & mask;
            while (true) {
                int g = slots[s] - 1;
                if (g < 0) {
                    if (size == first.length) {
                        grow();
                        return add(index);
                    }
                    first[size] = index;
                    slots[s] = ++size;
                    return size - 1;
                }
                String o = items[first[g]];
                if (o == k || o.equals(k)) {
                    return g;
                }
                s = (s + 1) & mask;
            }
        }

        int get(String k) {
            int s = mix(k.hashCode()) & mask;
            while (true) {
                int g = slots[s] - 1;
                if (g < 0) {
                    return -1;
                }
                String o = items[first[g]];
                if (o == k || o.equals(k)) {
                    return g;
                }
                s = (s + 1) & mask;
            }
        }

        @Override
        public int[] firsts() {
            return Arrays.copyOf(first, size);
        }

        // Twice the groups, in a table kept at most half full.
        private void grow() {
            first = Arrays.copyOf(first, 2 * first.length);
            slots = new int[4 * first.length];
            mask = slots.length - 1;
            for (int g = 0; g < size; g++) {
                int s = mix(items[first[g]].hashCode()) & mask;
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = g + 1;
            }
        }
    }

    /** Open addressing over GUIDs or general items, by q's match. */
    private static final class ObjHash implements Hash {
        private final Object[] items;
        private final int[] slots;
        private final int mask;
        private final int[] first;
        private int size;

        ObjHash(Object[] items) {
            this.items = items;
            slots = new int[capacity(items.length)];
            mask = slots.length - 1;
            first = new int[Math.max(items.length, 1)];
        }

        @Override
        public int add(int index) {
            Object k = items[index];
            int s = mix(k instanceof UUID ? k.hashCode() : ExactMatch.hash((K) k)) & mask;
            while (true) {
                int g = slots[s] - 1;
                if (g < 0) {
                    first[size] = index;
                    slots[s] = ++size;
                    return size - 1;
                }
                Object o = items[first[g]];
                if (k instanceof UUID ? k.equals(o) : ExactMatch.same((K) o, (K) k)) {
                    return g;
                }
                s = (s + 1) & mask;
            }
        }

        @Override
        public int[] firsts() {
            return Arrays.copyOf(first, size);
        }
    }
}
