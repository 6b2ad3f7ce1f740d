package io.mserve.engine.value;

import io.mserve.engine.QException;
import io.mserve.engine.ops.list.Join;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;
import java.util.UUID;

/**
 * Building lists from lists by position: items at indices, slices, concatenation. Every list
 * verb reduces to these; they keep a vector's type and drop its attribute.
 */
public final class Gather {
    private Gather() {}

    /** The items of {@code v} at {@code idx}, all in range; a table's rows; a dictionary's entries. */
    public static K at(K v, int[] idx) {
        if (v instanceof Table t) {
            K[] cols = new K[t.data().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = at(t.data()[c], idx);
            }
            return new Table(t.columns(), cols);
        }
        if (v instanceof Dict d) {
            return new Dict(at(d.keys(), idx), at(d.values(), idx));
        }
        int n = idx.length;
        if (v instanceof Enumeration x) {
            long[] s = x.index();
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                r[i] = s[idx[i]];
            }
            return x.with(r);
        }
        if (v instanceof LongVector x) {
            long[] s = x.items();
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                r[i] = s[idx[i]];
            }
            return new LongVector(x.type(), r);
        }
        if (v instanceof IntVector x) {
            int[] s = x.items();
            int[] r = new int[n];
            for (int i = 0; i < n; i++) {
                r[i] = s[idx[i]];
            }
            return new IntVector(x.type(), r);
        }
        if (v instanceof FloatVector x) {
            double[] s = x.items();
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                r[i] = s[idx[i]];
            }
            return new FloatVector(x.type(), r);
        }
        if (v instanceof SymbolVector x) {
            return SymbolCodes.at(x, idx);
        }
        if (v instanceof ByteVector x) {
            byte[] s = x.items();
            byte[] r = new byte[n];
            for (int i = 0; i < n; i++) {
                r[i] = s[idx[i]];
            }
            return new ByteVector(x.type(), r);
        }
        if (v instanceof ShortVector x) {
            short[] s = x.items();
            short[] r = new short[n];
            for (int i = 0; i < n; i++) {
                r[i] = s[idx[i]];
            }
            return new ShortVector(r);
        }
        if (v instanceof RealVector x) {
            float[] s = x.items();
            float[] r = new float[n];
            for (int i = 0; i < n; i++) {
                r[i] = s[idx[i]];
            }
            return new RealVector(r);
        }
        if (v instanceof GuidVector x) {
            UUID[] s = x.items();
            UUID[] r = new UUID[n];
            for (int i = 0; i < n; i++) {
                r[i] = s[idx[i]];
            }
            return new GuidVector(r);
        }
        if (v instanceof KList x) {
            K[] s = x.items();
            K[] r = new K[n];
            for (int i = 0; i < n; i++) {
                r[i] = s[idx[i]];
            }
            return new KList(r);
        }
        // an atom: repeated
        if (v instanceof Enumeration.EnumAtom a) {
            long[] r = new long[n];
            Arrays.fill(r, a.index());
            return new Enumeration(a.domain(), r, Attribute.NONE);
        }
        if (atomListType(v) != 0) {
            return at(Lists.collapse(new K[] {v}), new int[n]);
        }
        K[] r = new K[n];
        Arrays.fill(r, v);
        return new KList(r);
    }

    /** As {@link #at}, but an index out of range (or negative) gives the list's null, as q's indexing does. */
    public static K atOrNull(K v, long[] idx) {
        if (v instanceof SymbolVector s) {
            return SymbolCodes.atOrNull(s, idx);
        }
        int n = v.count();
        int[] in = new int[idx.length];
        boolean miss = false;
        for (int i = 0; i < idx.length; i++) {
            long j = idx[i];
            if (j < 0 || j >= n) {
                miss = true;
                in[i] = -1;
            } else {
                in[i] = (int) j;
            }
        }
        if (!miss) {
            return at(v, in);
        }
        if (v instanceof Table t) {
            K[] cols = new K[t.data().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = atOrNull(t.data()[c], idx);
            }
            return new Table(t.columns(), cols);
        }
        if (v instanceof Dict d) {
            return new Dict(atOrNull(d.keys(), idx), atOrNull(d.values(), idx));
        }
        if (v instanceof KList) {
            K[] r = new K[idx.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = Lists.index(v, idx[i]);
            }
            return new KList(r);
        }
        if (v instanceof Enumeration e) {
            long[] s = e.index();
            long[] r = new long[idx.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = in[i] < 0 ? QNull.LONG : s[in[i]];
            }
            return e.with(r);
        }
        // a vector: gather from v with a null appended at position n
        K padded = join(v, Lists.nullOf(v.type()));
        for (int i = 0; i < in.length; i++) {
            if (in[i] < 0) {
                in[i] = n;
            }
        }
        return at(padded, in);
    }

    /** Items {@code from} to {@code from+len-1} of a list, table or dictionary (in range). */
    public static K slice(K v, int from, int len) {
        if (v instanceof Table t) {
            K[] cols = new K[t.data().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = slice(t.data()[c], from, len);
            }
            return new Table(t.columns(), cols);
        }
        if (v instanceof Dict d) {
            return new Dict(slice(d.keys(), from, len), slice(d.values(), from, len));
        }
        if (v instanceof KList x) {
            return new KList(Arrays.copyOfRange(x.items(), from, from + len));
        }
        if (v instanceof Enumeration x) {
            return x.with(Arrays.copyOfRange(x.index(), from, from + len));
        }
        if (v instanceof SymbolVector x && x.enumeration() != null) {
            return x.enumeration().vector(Arrays.copyOfRange(x.enumeration().codes(), from, from + len));
        }
        if (!(v instanceof KVector)) {
            throw QException.type();
        }
        Object r = VectorArrays.newArray(v.type(), len);
        System.arraycopy(VectorArrays.array(v), from, r, 0, len);
        return VectorArrays.vector(v.type(), r);
    }

    /**
     * {@code x,y} for atoms and lists: a vector when both are of one simple type, else a
     * general list. Tables and dictionaries are {@link Join}'s business.
     */
    public static K join(K x, K y) {
        int tx = x.type();
        int ty = y.type();
        boolean xs = tx >= 1 && tx <= 19 || tx <= -1 && tx >= -19;
        boolean ys = ty >= 1 && ty <= 19 || ty <= -1 && ty >= -19;
        if (xs && ys && Math.abs(tx) == Math.abs(ty)) {
            return VectorArrays.concat(new K[] {x, y}, Math.abs(tx));
        }
        if (y instanceof KList && y.count() == 0) {
            return asList(x);
        }
        if (x instanceof KList && x.count() == 0) {
            return asList(y);
        }
        K e = Math.abs(tx) == Enumeration.TYPE || Math.abs(ty) == Enumeration.TYPE ? enumerations(x, y) : null;
        if (e != null) {
            return e;
        }
        K[] a = listItems(x);
        K[] b = listItems(y);
        K[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return new KList(r);
    }

    /*
     * x,y where one is an enumeration (join.md): of one domain, an enumeration; where one is a
     * list, of another domain or of symbols, their values joined; null otherwise (two atoms of
     * different kinds, or other types: a general list).
     */
    private static K enumerations(K x, K y) {
        Domain dx = Enumeration.domainOf(x);
        Domain dy = Enumeration.domainOf(y);
        if (dx != null && dx.equals(dy)) {
            long[] a = indices(x);
            long[] b = indices(y);
            long[] r = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return new Enumeration(dx, r, Attribute.NONE);
        }
        if (x.type() < 0 && y.type() < 0) {
            return null;
        }
        K a = Enumeration.plain(x);
        K b = Enumeration.plain(y);
        return Math.abs(a.type()) == Math.abs(b.type()) && a.type() != 0 ? join(a, b) : null;
    }

    private static long[] indices(K v) {
        return v instanceof Enumeration e ? e.index() : new long[] {((Enumeration.EnumAtom) v).index()};
    }

    // (),x: an atom as a 1-item list; a list without its attribute
    private static K asList(K v) {
        if (v instanceof KVector kv) {
            return kv.attribute() != 0 ? kv.withAttribute(0) : kv;
        }
        return v.type() < 0 && v.type() >= -Enumeration.TYPE ? at(v, new int[] {0}) : v instanceof Table || v instanceof Dict ? v : new KList(v);
    }

    private static K[] listItems(K v) {
        if (v instanceof KList l) {
            return l.items();
        }
        if (v.type() > 0 && v.type() <= Enumeration.TYPE) {
            return Lists.items(v);
        }
        return new K[] {v};
    }

    /** The vector type of an atom's lists (0 for anything that is not a simple atom). */
    static int atomListType(K v) {
        int t = v.type();
        return t <= -1 && t >= -19 ? -t : 0;
    }

    /** 0 1 .. n-1. */
    public static int[] iota(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
