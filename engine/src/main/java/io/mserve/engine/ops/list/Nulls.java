package io.mserve.engine.ops.list;

import io.mserve.engine.QException;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.UUID;

/** {@code null} and {@code fills}: which items are null, and nulls filled from the item before. */
public final class Nulls {
    private static final UUID NULL_GUID = new UUID(0, 0);

    private Nulls() {}

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
        if (x instanceof Enumeration || x instanceof Enumeration.EnumAtom) {
            // an enumeration is null only where its index is (out of range), even over the null symbol (null.md)
            K positions = x instanceof Enumeration e ? new LongVector(QType.LONG, e.index())
                    : new LongAtom(-QType.LONG, ((Enumeration.EnumAtom) x).index());
            return isNull(positions);
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
    public static byte[] nulls(K x) {
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
}
