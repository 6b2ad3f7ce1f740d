package io.mserve.engine.qsql;

import io.mserve.engine.QException;
import io.mserve.engine.ops.enumeration.Enumerations;
import io.mserve.engine.ops.list.Join;
import io.mserve.engine.ops.search.Groups;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;

/** Column helpers over index vectors: take, scatter, broadcast, group row lists. */
final class Cols {
    private Cols() {}

    /** The items of {@code col} at {@code idx}; all of it when {@code idx} is null. */
    static K take(K col, int[] idx) {
        return idx == null ? col : Gather.at(col, idx);
    }

    /** {@code idx} as q longs; {@code til n} when null. */
    static K longs(int[] idx, int n) {
        long[] r = new long[idx == null ? n : idx.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = idx == null ? k : idx[k];
        }
        return new LongVector(QType.LONG, r);
    }

    /** from, from+1, .. n of them. */
    static int[] range(int from, int n) {
        int[] r = new int[n];
        for (int k = 0; k < n; k++) {
            r[k] = from + k;
        }
        return r;
    }

    static int[] iota(int n) {
        int[] r = new int[n];
        for (int k = 0; k < n; k++) {
            r[k] = k;
        }
        return r;
    }

    /** {@code idx[sub]}: positions within a selection mapped to rows of the table. */
    static int[] compose(int[] idx, int[] sub) {
        if (idx == null) {
            return sub;
        }
        int[] r = new int[sub.length];
        for (int k = 0; k < sub.length; k++) {
            r[k] = idx[sub[k]];
        }
        return r;
    }

    /** Whether v is a column-like list (not an atom, dictionary or table). */
    static boolean isList(K v) {
        return v.type() >= 0 && v.type() < QType.TABLE;
    }

    /** v as a list of n items: an atom repeated; a list of another length is 'length. */
    static K fit(K v, int n) {
        if (!isList(v)) {
            return repeat(v, n);
        }
        if (v.count() != n) {
            throw QException.length();
        }
        return v;
    }

    // n copies of an atom, straight into a primitive array for the common types
    private static K repeat(K a, int n) {
        if (a instanceof LongAtom x) {
            long[] r = new long[n];
            Arrays.fill(r, x.value());
            return new LongVector(-a.type(), r);
        }
        if (a instanceof FloatAtom x) {
            double[] r = new double[n];
            Arrays.fill(r, x.value());
            return new FloatVector(-a.type(), r);
        }
        if (a instanceof IntAtom x) {
            int[] r = new int[n];
            Arrays.fill(r, x.value());
            return new IntVector(-a.type(), r);
        }
        if (a instanceof SymbolAtom x) {
            String[] r = new String[n];
            Arrays.fill(r, x.value());
            return new SymbolVector(r);
        }
        if (a instanceof ByteAtom x) {
            byte[] r = new byte[n];
            Arrays.fill(r, x.value());
            return new ByteVector(-a.type(), r);
        }
        return Lists.repeat(a, n);
    }

    /** Positions selected by a where result over n items: a boolean list, or indices. */
    static int[] positions(K r, int n) {
        if (r instanceof ByteVector b && r.type() == QType.BOOLEAN) {
            if (r.count() != n) {
                throw QException.length();
            }
            return positions(b.items(), ones(b.items()));
        }
        if (r.type() == -QType.BOOLEAN) {
            return ((ByteAtom) r).value() != 0 ? iota(n) : new int[0];
        }
        if (r instanceof LongVector l) {
            long[] a = l.items();
            int[] out = new int[a.length];
            for (int k = 0; k < a.length; k++) {
                if (a[k] < 0 || a[k] >= n) {
                    throw QException.length();
                }
                out[k] = (int) a[k];
            }
            return out;
        }
        if (r instanceof IntVector v && r.type() == QType.INT) {
            int[] a = v.items();
            for (int x : a) {
                if (x < 0 || x >= n) {
                    throw QException.length();
                }
            }
            return a;
        }
        throw QException.type();
    }

    /** How many of a boolean mask's items are set. */
    static int ones(byte[] a) {
        int c = 0;
        for (byte x : a) {
            c += x != 0 ? 1 : 0;
        }
        return c;
    }

    /** The positions of the c set items of a boolean mask; written without a branch per item up to the last one. */
    static int[] positions(byte[] a, int c) {
        int[] out = new int[c];
        if (c == 0) {
            return out;
        }
        int last = a.length - 1;
        while (a[last] == 0) {
            last--;
        }
        int j = 0;
        for (int k = 0; k < last; k++) {
            out[j] = k;
            j += a[k] != 0 ? 1 : 0;
        }
        out[c - 1] = last;
        return out;
    }

    /** col with the items at {@code idx} replaced by {@code v} (a list of idx's length); 'type when the types differ. */
    static K scatter(K col, int[] idx, K v) {
        if (col instanceof Enumeration e) {
            v = Enumerations.into(e.domain(), v);
        }
        if (col.type() != v.type() && col.type() != 0) {
            throw QException.type();
        }
        int n = col.count();
        int[] perm = iota(n);
        for (int k = 0; k < idx.length; k++) {
            perm[idx[k]] = n + k;
        }
        K joined = col.type() == 0 && v.type() != 0 ? Gather.join(col, new KList(Lists.items(v))) : Gather.join(col, v);
        return Gather.at(joined, perm);
    }

    /** A list of n nulls like the items of v. */
    static K nulls(K v, int n) {
        if (v instanceof Enumeration e) {
            long[] none = new long[n];
            Arrays.fill(none, QNull.LONG);
            return e.with(none);
        }
        if (v.type() > 0 && v.type() < QType.TABLE) {
            return Lists.repeat(Lists.nullOf(v.type()), n);
        }
        K[] items = new K[n];
        K fill = v.count() > 0 ? empty(Lists.at(v, 0)) : Lists.empty(0);
        Arrays.fill(items, fill);
        return new KList(items);
    }

    private static K empty(K item) {
        if (item.type() >= 0 && item.type() < QType.TABLE) {
            return Lists.empty(item.type());
        }
        return item.type() < 0 ? Lists.nullOf(-item.type()) : Q.NIL;
    }

    /** Each group's positions, ascending. */
    static int[][] rows(Groups g) {
        int n = g.count();
        int[] size = new int[n];
        for (int id : g.ids) {
            size[id]++;
        }
        int[][] out = new int[n][];
        for (int k = 0; k < n; k++) {
            out[k] = new int[size[k]];
        }
        int[] fill = new int[n];
        for (int r = 0; r < g.ids.length; r++) {
            int id = g.ids[r];
            out[id][fill[id]++] = r;
        }
        return out;
    }

    /** A list of lists joined, one item per row in order. */
    static K raze(K[] parts) {
        return parts.length == 1 ? parts[0] : Join.raze(new KList(parts));
    }

    static Table table(String[] names, K[] data) {
        return new Table(new SymbolVector(names), data);
    }

    static boolean keyed(K v) {
        return v instanceof Dict d && d.isKeyedTable();
    }
}
