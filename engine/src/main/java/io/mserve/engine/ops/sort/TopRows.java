package io.mserve.engine.ops.sort;

import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Ints;
import io.mserve.ipc.value.FloatVector;
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
        K col = table.data()[c];
        Heap heap = new Heap((int) count);
        if (col instanceof FloatVector f) {
            // the floats' sort keys made as they are read, not as a whole column first
            double[] items = f.items();
            for (int r = 0; r < items.length; r++) {
                heap.offer(SortKeys.floatKey(items[r]), r);
            }
        } else {
            long[] keys = Sort.rankKeys(col);
            if (keys == null) {
                return null;
            }
            for (int r = 0; r < keys.length; r++) {
                heap.offer(keys[r], r);
            }
        }
        return Gather.at(table, heap.rows());
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

    /** The n rows first in (key descending, row ascending) order, offered in row order; its root is the one that comes last. */
    private static final class Heap {
        private final long[] keys;
        private final int[] rows;
        private int size;

        Heap(int n) {
            keys = new long[n];
            rows = new int[n];
        }

        void offer(long key, int row) {
            if (size < keys.length) {
                keys[size] = key;
                rows[size] = row;
                up(size++);
            } else if (size > 0 && key > keys[0]) {
                // rows come in ascending order: an equal key comes after every row held
                keys[0] = key;
                rows[0] = row;
                down(size);
            }
        }

        // The rows held, first in the order first.
        int[] rows() {
            int[] out = new int[size];
            for (int k = size - 1; k >= 0; k--) {
                out[k] = rows[0];
                swap(0, k);
                down(k);
            }
            return out;
        }

        private boolean after(int a, int b) {
            return keys[a] < keys[b] || keys[a] == keys[b] && rows[a] > rows[b];
        }

        private void up(int k) {
            while (k > 0) {
                int p = (k - 1) >>> 1;
                if (!after(k, p)) {
                    return;
                }
                swap(k, p);
                k = p;
            }
        }

        private void down(int n) {
            int k = 0;
            while (true) {
                int l = 2 * k + 1;
                if (l >= n) {
                    return;
                }
                int w = l + 1 < n && after(l + 1, l) ? l + 1 : l;
                if (!after(w, k)) {
                    return;
                }
                swap(k, w);
                k = w;
            }
        }

        private void swap(int a, int b) {
            long key = keys[a];
            keys[a] = keys[b];
            keys[b] = key;
            int row = rows[a];
            rows[a] = rows[b];
            rows[b] = row;
        }
    }
}
