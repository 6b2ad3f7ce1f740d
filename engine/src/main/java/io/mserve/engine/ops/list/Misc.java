package io.mserve.engine.ops.list;

import io.mserve.engine.QException;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteAtom;
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
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.UUID;

/** {@code til count first last reverse null all any attr fills differ cross}. */
public final class Misc {
    private static final UUID NULL_GUID = new UUID(0, 0);

    private Misc() {}

    /** {@code til n}. */
    public static K til(K x) {
        long n = x.type() == -QType.BOOLEAN ? ((ByteAtom) x).value() : Ints.atom(x);
        if (n < 0) {
            throw QException.domain();
        }
        long[] r = new long[Ints.count(n)];
        for (int i = 0; i < r.length; i++) {
            r[i] = i;
        }
        return new LongVector(QType.LONG, r);
    }

    public static K count(K x) {
        return Q.j(x.count());
    }

    public static K first(K x) {
        return end(x, true);
    }

    public static K last(K x) {
        return end(x, false);
    }

    private static K end(K x, boolean first) {
        if (x instanceof Dict d) {
            return end(d.values(), first);
        }
        if (Lists.isList(x) || x instanceof Table) {
            int n = x.count();
            return Lists.index(x, n == 0 ? 0 : first ? 0 : n - 1);
        }
        return x;
    }

    public static K reverse(K x) {
        if (x.type() < 0 || !(Lists.isList(x) || x instanceof Table || x instanceof Dict)) {
            return x;
        }
        int n = x.count();
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = n - 1 - i;
        }
        return Gather.at(x, idx);
    }

    /** {@code null x}: whether each item is null, recursively into general lists, dictionaries and tables. */
    public static K isNull(K x) {
        if (x instanceof Dict d) {
            return new Dict(d.keys(), isNull(d.values()));
        }
        if (x instanceof Table t) {
            K[] cols = new K[t.data().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = isNull(t.data()[c]);
            }
            return new Table(t.columns(), cols);
        }
        if (x instanceof KList l) {
            K[] r = new K[l.count()];
            for (int i = 0; i < r.length; i++) {
                r[i] = isNull(l.items()[i]);
            }
            return Lists.collapse(r);
        }
        if (x.type() < 0) {
            if (x.type() < -QType.TIME) {
                return Q.FALSE;
            }
            return new ByteAtom(-QType.BOOLEAN, ((ByteVector) isNull(Gather.at(x, new int[1]))).items()[0]);
        }
        if (x.type() == 0 || x.type() > QType.TIME) {
            return Q.b(x == Q.NIL);
        }
        return new ByteVector(QType.BOOLEAN, nulls(x));
    }

    /** A byte per item: 1 where the item is null. */
    static byte[] nulls(K x) {
        int n = x.count();
        byte[] r = new byte[n];
        if (x instanceof LongVector v) {
            long[] a = v.items();
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i] == QNull.LONG ? 1 : 0);
            }
        } else if (x instanceof IntVector v) {
            int[] a = v.items();
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i] == QNull.INT ? 1 : 0);
            }
        } else if (x instanceof FloatVector v) {
            double[] a = v.items();
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i] != a[i] ? 1 : 0);
            }
        } else if (x instanceof SymbolVector v) {
            String[] a = v.items();
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i].isEmpty() ? 1 : 0);
            }
        } else if (x instanceof ByteVector v) {
            if (v.type() == QType.CHAR) {
                byte[] a = v.items();
                for (int i = 0; i < n; i++) {
                    r[i] = (byte) (a[i] == QNull.CHAR ? 1 : 0);
                }
            }
        } else if (x instanceof ShortVector v) {
            short[] a = v.items();
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i] == QNull.SHORT ? 1 : 0);
            }
        } else if (x instanceof RealVector v) {
            float[] a = v.items();
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (a[i] != a[i] ? 1 : 0);
            }
        } else if (x instanceof GuidVector v) {
            UUID[] a = v.items();
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (NULL_GUID.equals(a[i]) ? 1 : 0);
            }
        }
        return r;
    }

    public static K all(K x) {
        return truth(x, true);
    }

    public static K any(K x) {
        return truth(x, false);
    }

    private static K truth(K x, boolean all) {
        if (x instanceof Dict d) {
            return truth(d.values(), all);
        }
        if (x instanceof Table t) {
            byte[] r = new byte[t.data().length];
            for (int c = 0; c < r.length; c++) {
                r[c] = ((ByteAtom) truth(t.data()[c], all)).value();
            }
            return new Dict(t.columns(), new ByteVector(QType.BOOLEAN, r));
        }
        int t = Math.abs(x.type());
        if (x.type() < 0 && t <= QType.TIME && t != QType.SYMBOL && t != QType.GUID) {
            return truth(Gather.at(x, new int[1]), all);
        }
        if (x instanceof KList l && l.count() == 0) {
            return Q.b(all);
        }
        if (t == QType.SYMBOL || t == QType.GUID || t == 0 || t > QType.TIME || t == QType.CHAR) {
            throw QException.type();
        }
        long[] k = Keys.of(x);
        boolean floats = t == QType.FLOAT || t == QType.REAL || t == QType.DATETIME;
        long zero = floats ? (t == QType.REAL ? Keys.realKey(0f) : Keys.floatKey(0.0)) : 0;
        for (long v : k) {
            if ((v != zero) != all) {
                return Q.b(!all);
            }
        }
        return Q.b(all);
    }

    /** {@code attr x}: {@code `s `u `p `g} or the empty symbol. */
    public static K attr(K x) {
        int a = x instanceof KVector v ? v.attribute() : x instanceof Table t ? t.attribute() : Attribute.NONE;
        return Q.s(a == Attribute.NONE ? "" : Attribute.prefix(a).substring(0, 1));
    }

    /** {@code fills x}: nulls replaced by the last non-null item before them. */
    public static K fills(K x) {
        if (x instanceof Dict d) {
            return new Dict(d.keys(), fills(d.values()));
        }
        if (x instanceof Table t) {
            K[] cols = new K[t.data().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = fills(t.data()[c]);
            }
            return new Table(t.columns(), cols);
        }
        if (x.type() < 0) {
            return x;
        }
        if (x instanceof KList l) {
            K[] a = l.items().clone();
            for (int i = 1; i < a.length; i++) {
                if (a[i].type() < 0 && Q.TRUE.equals(isNull(a[i])) || a[i] == Q.NIL) {
                    a[i] = a[i - 1];
                }
            }
            return new KList(a);
        }
        if (!Lists.isList(x)) {
            throw QException.type();
        }
        byte[] nul = nulls(x);
        int n = nul.length;
        int[] idx = new int[n];
        int last = -1;
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if (nul[i] == 0) {
                last = i;
            } else {
                any = true;
            }
            idx[i] = last < 0 ? i : last;
        }
        return any ? Gather.at(x, idx) : x;
    }

    /** {@code differ x}: whether each item differs from the one before (the first always does). */
    public static K differ(K x) {
        if (x.type() < 0) {
            return Q.TRUE;
        }
        if (!Lists.isList(x)) {
            throw QException.type();
        }
        int n = x.count();
        byte[] r = new byte[n];
        long[] k = Keys.of(x);
        if (k != null) {
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (i == 0 || k[i] != k[i - 1] ? 1 : 0);
            }
        } else if (x instanceof SymbolVector s) {
            String[] a = s.items();
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (i == 0 || !a[i].equals(a[i - 1]) ? 1 : 0);
            }
        } else {
            for (int i = 0; i < n; i++) {
                r[i] = (byte) (i == 0 || !Match.same(Lists.at(x, i), Lists.at(x, i - 1)) ? 1 : 0);
            }
        }
        return new ByteVector(QType.BOOLEAN, r);
    }

    /** {@code x cross y}: every pairing of an item of x with an item of y; tables pair rows. */
    public static K cross(K x, K y) {
        K a = x.type() < 0 ? Join.enlist(x) : x;
        K b = y.type() < 0 ? Join.enlist(y) : y;
        int na = a.count();
        int nb = b.count();
        int[] ia = new int[na * nb];
        int[] ib = new int[na * nb];
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                ia[i * nb + j] = i;
                ib[i * nb + j] = j;
            }
        }
        K ra = Gather.at(a, ia);
        K rb = Gather.at(b, ib);
        if (ra instanceof Table ta && rb instanceof Table tb) {
            String[] names = new String[ta.data().length + tb.data().length];
            K[] data = new K[names.length];
            System.arraycopy(ta.columns().items(), 0, names, 0, ta.data().length);
            System.arraycopy(tb.columns().items(), 0, names, ta.data().length, tb.data().length);
            System.arraycopy(ta.data(), 0, data, 0, ta.data().length);
            System.arraycopy(tb.data(), 0, data, ta.data().length, tb.data().length);
            return new Table(new SymbolVector(names), data);
        }
        if (!Lists.isList(ra) || !Lists.isList(rb)) {
            throw QException.type();
        }
        K[] r = new K[na * nb];
        for (int i = 0; i < r.length; i++) {
            r[i] = Join.join(Lists.at(ra, i), Lists.at(rb, i));
        }
        return new KList(r);
    }

}
