package io.mserve.engine.ops.sort;

import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Ints;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;

/**
 * {@code n#`c xdesc t} without sorting t: the n rows that come first in xdesc's order (c's
 * sort keys descending, equal keys in row order, as the stable sort has them) are found by one
 * pass keeping the n best in a heap, then put in that order. The same rows as sorting all and
 * taking n.
 */
public final class TopRows {
    // Larger n gain little over the sort.
    private static final int MOST = 4096;

    private TopRows() {}

    /** The first n rows of {@code `c xdesc t}, or null when this is not such a case (then sort and take). */
    public static K ofDescending(K n, K by, K t) {
        if (!(t instanceof Table table) || !Ints.isAtom(n)) {
            return null;
        }
        long count = Ints.atom(n);
        String name = by instanceof SymbolAtom s ? s.value()
                : by instanceof SymbolVector v && v.count() == 1 ? v.items()[0] : null;
        int c = name == null ? -1 : indexOf(table, name);
        if (c < 0 || count < 0 || count > MOST || count > table.count()) {
            return null;
        }
        long[] keys = Sort.rankKeys(table.data()[c]);
        return keys == null ? null : Gather.at(table, best(keys, (int) count));
    }

    private static int indexOf(Table t, String name) {
        String[] names = t.columns().items();
        for (int k = 0; k < names.length; k++) {
            if (names[k].equals(name)) {
                return k;
            }
        }
        return -1;
    }

    // The n rows first in (key descending, row ascending) order, in that order.
    private static int[] best(long[] keys, int n) {
        int[] heap = new int[n];
        int size = 0;
        for (int r = 0; r < keys.length; r++) {
            if (size < n) {
                heap[size] = r;
                up(heap, keys, size++);
            } else if (n > 0 && keys[r] > keys[heap[0]]) {
                heap[0] = r;
                down(heap, keys, n);
            }
        }
        int[] out = new int[size];
        for (int k = size - 1; k >= 0; k--) {
            out[k] = heap[0];
            heap[0] = heap[k];
            down(heap, keys, k);
        }
        return out;
    }

    // Whether row a comes after row b in the order: the heap's root is the row that comes last.
    private static boolean after(long[] keys, int a, int b) {
        return keys[a] < keys[b] || keys[a] == keys[b] && a > b;
    }

    private static void up(int[] heap, long[] keys, int k) {
        while (k > 0) {
            int p = (k - 1) >>> 1;
            if (!after(keys, heap[k], heap[p])) {
                return;
            }
            int t = heap[k];
            heap[k] = heap[p];
            heap[p] = t;
            k = p;
        }
    }

    private static void down(int[] heap, long[] keys, int size) {
        int k = 0;
        while (true) {
            int l = 2 * k + 1;
            if (l >= size) {
                return;
            }
            int w = l + 1 < size && after(keys, heap[l + 1], heap[l]) ? l + 1 : l;
            if (!after(keys, heap[w], heap[k])) {
                return;
            }
            int t = heap[k];
            heap[k] = heap[w];
            heap[w] = t;
            k = w;
        }
    }
}
