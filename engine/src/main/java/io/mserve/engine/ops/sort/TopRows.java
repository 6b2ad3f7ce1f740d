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
            heap.offerAll(f.items());
        } else {
            long[] keys = Sort.rankKeys(col);
            if (keys == null) {
                return null;
            }
            heap.offerAll(keys);
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

        // Once the heap is full a row gets in only with a key above its root's: for most rows that one test is all.
        void offerAll(long[] keys) {
            int r = 0;
            for (; r < keys.length && size < this.keys.length; r++) {
                offer(keys[r], r);
            }
            for (long least = least(); r < keys.length; r++) {
                if (keys[r] > least) {
                    offer(keys[r], r);
                    least = least();
                }
            }
        }

        // Floats tested as floats against the root's (its sort key turned back into the float; a null root lets in any
        // float but null): a row's sort key is made only when it gets in, as making it costs three times the test.
        void offerAll(double[] floats) {
            int r = 0;
            for (; r < floats.length && size < keys.length; r++) {
                offer(SortKeys.floatKey(floats[r]), r);
            }
            long root = least();
            double least = asFloat(root);
            boolean nullRoot = root == Long.MIN_VALUE;
            for (; r < floats.length; r++) {
                double d = floats[r];
                if (d > least || nullRoot && d == d) {
                    offer(SortKeys.floatKey(d), r);
                    root = least();
                    least = asFloat(root);
                    nullRoot = root == Long.MIN_VALUE;
                }
            }
        }

        // The float whose sort key this is (floatKey flips a negative float's bits but its sign: flipping them again
        // undoes it); NaN for the null's key, which no float is above; +infinity above every key (no rows taken).
        private static double asFloat(long key) {
            return key == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
        }

        // The key a row must pass to get in (a heap of no rows takes none).
        private long least() {
            return size == 0 ? Long.MAX_VALUE : keys[0];
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
