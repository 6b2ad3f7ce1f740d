package io.mserve.engine.value;

import io.mserve.engine.QException;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.GuidAtom;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;
import java.util.UUID;

/**
 * Lists in general: counting, indexing, building. A q list is a vector of one simple type or a
 * general list; these helpers let code treat both alike where speed does not matter, and build
 * the right representation ({@link #collapse}) where it does.
 */
public final class Lists {
    private Lists() {}

    /** Whether {@code v} is a list: a vector or a general list (types 0..19, and enumerations). */
    public static boolean isList(K v) {
        int t = v.type();
        return t >= 0 && t <= 76;
    }

    /** Item {@code i} of a list (an atom for a vector); a table's row as a dictionary; a dictionary's value. */
    public static K at(K v, int i) {
        if (v instanceof KVector) {
            return ((KVector) v).at(i);
        }
        if (v instanceof Table) {
            Table t = (Table) v;
            K[] row = new K[t.data().length];
            for (int c = 0; c < row.length; c++) {
                row[c] = at(t.data()[c], i);
            }
            return new Dict(t.columns(), collapse(row));
        }
        if (v instanceof Dict) {
            return at(((Dict) v).values(), i);
        }
        if (v.type() < 0 && i == 0) {
            return v;
        }
        throw QException.type();
    }

    /** The items of a list as values (atoms for a vector), a table's rows, a dictionary's values; an atom alone. */
    public static K[] items(K v) {
        if (v instanceof KList) {
            return ((KList) v).items();
        }
        if (!(v instanceof KVector || v instanceof Table || v instanceof Dict)) {
            return new K[] {v};
        }
        K[] out = new K[v.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = at(v, i);
        }
        return out;
    }

    /**
     * The list of {@code items}: a vector when all are atoms of one simple type (as q makes
     * {@code (1;2;3)} into {@code 1 2 3}), a table when all are dictionaries with the same
     * symbol keys, else a general list.
     */
    public static K collapse(K[] items) {
        if (items.length == 0) {
            return new KList(items);
        }
        int t = items[0].type();
        if (t == -Enumeration.TYPE) {
            return enumerations(items);
        }
        if (t == QType.DICT || t == QType.SORTED_DICT) {
            return isRows(items) ? rows(items) : new KList(items);
        }
        if (t >= 0 || t < -QType.TIME) {
            return new KList(items);
        }
        for (K item : items) {
            if (item.type() != t) {
                return new KList(items);
            }
        }
        int n = items.length;
        switch (-t) {
            case QType.BOOLEAN: case QType.BYTE: case QType.CHAR: {
                byte[] a = new byte[n];
                for (int i = 0; i < n; i++) {
                    a[i] = ((ByteAtom) items[i]).value();
                }
                return new ByteVector(-t, a);
            }
            case QType.GUID: {
                UUID[] a = new UUID[n];
                for (int i = 0; i < n; i++) {
                    a[i] = ((GuidAtom) items[i]).value();
                }
                return new GuidVector(a);
            }
            case QType.SHORT: {
                short[] a = new short[n];
                for (int i = 0; i < n; i++) {
                    a[i] = ((ShortAtom) items[i]).value();
                }
                return new ShortVector(a);
            }
            case QType.REAL: {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) {
                    a[i] = ((RealAtom) items[i]).value();
                }
                return new RealVector(a);
            }
            case QType.FLOAT: case QType.DATETIME: {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i] = ((FloatAtom) items[i]).value();
                }
                return new FloatVector(-t, a);
            }
            case QType.LONG: case QType.TIMESTAMP: case QType.TIMESPAN: {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) {
                    a[i] = ((LongAtom) items[i]).value();
                }
                return new LongVector(-t, a);
            }
            case QType.SYMBOL: {
                String[] a = new String[n];
                for (int i = 0; i < n; i++) {
                    a[i] = ((SymbolAtom) items[i]).value();
                }
                return new SymbolVector(a);
            }
            default: {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) {
                    a[i] = ((IntAtom) items[i]).value();
                }
                return new IntVector(-t, a);
            }
        }
    }

    /** An empty list of type {@code type} (0 for a general list). */
    public static K empty(int type) {
        switch (type) {
            case QType.LIST: return new KList();
            case QType.BOOLEAN: case QType.BYTE: case QType.CHAR: return new ByteVector(type, new byte[0]);
            case QType.GUID: return new GuidVector(new UUID[0]);
            case QType.SHORT: return new ShortVector(new short[0]);
            case QType.REAL: return new RealVector(new float[0]);
            case QType.FLOAT: case QType.DATETIME: return new FloatVector(type, new double[0]);
            case QType.LONG: case QType.TIMESTAMP: case QType.TIMESPAN: return new LongVector(type, new long[0]);
            case QType.SYMBOL: return new SymbolVector(new String[0]);
            case QType.INT: case QType.MONTH: case QType.DATE: case QType.MINUTE: case QType.SECOND: case QType.TIME:
                return new IntVector(type, new int[0]);
            default: throw QException.type();
        }
    }

    /** The null atom of a vector type (positive {@code type}); {@code ::} for a general list. */
    public static K nullOf(int type) {
        switch (type) {
            case QType.BOOLEAN: return Q.FALSE;
            case QType.BYTE: return Q.x(0);
            case QType.CHAR: return Q.c(' ');
            case QType.GUID: return Q.g(new UUID(0, 0));
            case QType.SHORT: return Q.h(QNull.SHORT);
            case QType.REAL: return Q.e(QNull.REAL);
            case QType.FLOAT: case QType.DATETIME: return new FloatAtom(-type, QNull.FLOAT);
            case QType.LONG: case QType.TIMESTAMP: case QType.TIMESPAN: return new LongAtom(-type, QNull.LONG);
            case QType.SYMBOL: return Q.s("");
            case QType.INT: case QType.MONTH: case QType.DATE: case QType.MINUTE: case QType.SECOND: case QType.TIME:
                return new IntAtom(-type, QNull.INT);
            default: return Q.NIL;
        }
    }

    /** Item {@code i} of list {@code v} as q indexes: out of range gives the list's null. */
    public static K index(K v, long i) {
        if (i < 0 || i >= v.count()) {
            if (v instanceof Table) {
                Table t = (Table) v;
                K[] row = new K[t.data().length];
                for (int c = 0; c < row.length; c++) {
                    row[c] = nullOf(t.data()[c].type());
                }
                return new Dict(t.columns(), collapse(row));
            }
            if (v instanceof Enumeration e) {
                return new Enumeration.EnumAtom(e.domain(), QNull.LONG);
            }
            return v instanceof KList ? (v.count() == 0 ? Q.NIL : nullLike(((KList) v).items()[0])) : nullOf(v.type());
        }
        return at(v, (int) i);
    }

    // A general list's null item: the null of its first item's kind, as q does for (1;`a)[5].
    private static K nullLike(K first) {
        if (first.type() < 0 && first.type() >= -QType.TIME) {
            return nullOf(-first.type());
        }
        if (first.type() > 0 && first.type() <= QType.TIME) {
            return empty(first.type());
        }
        if (first instanceof Dict d && !d.isKeyedTable()) {
            // an empty dictionary of the first's kind, which an amend at depth fills: d[`new;`k]:v
            return new Dict(Gather.at(d.keys(), new int[0]), Gather.at(d.values(), new int[0]));
        }
        return Q.NIL;
    }

    /** A list of {@code n} copies of atom {@code a}. */
    public static K repeat(K a, int n) {
        if (a instanceof Enumeration.EnumAtom) {
            return Gather.at(a, new int[n]);
        }
        K[] items = new K[n];
        Arrays.fill(items, a);
        return n == 0 ? empty(-a.type()) : collapse(items);
    }

    // Dictionaries with the same symbol keys, in the same order: the rows of a table.
    private static boolean isRows(K[] items) {
        if (!(items[0] instanceof Dict d0) || !(d0.keys() instanceof SymbolVector) || d0.values().count() != d0.keys().count()) {
            return false;
        }
        for (K item : items) {
            if (!(item instanceof Dict d) || !d.keys().equals(d0.keys()) || d.values().count() != d0.keys().count()) {
                return false;
            }
        }
        return true;
    }

    private static Table rows(K[] dicts) {
        SymbolVector names = (SymbolVector) ((Dict) dicts[0]).keys();
        K[] data = new K[names.count()];
        K[] column = new K[dicts.length];
        for (int c = 0; c < data.length; c++) {
            for (int r = 0; r < dicts.length; r++) {
                column[r] = at(((Dict) dicts[r]).values(), c);
            }
            data[c] = collapse(column.clone());
        }
        return new Table(names, data);
    }

    // Items of one domain make an enumeration; else a general list.
    private static K enumerations(K[] items) {
        Domain domain = ((Enumeration.EnumAtom) items[0]).domain();
        long[] index = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof Enumeration.EnumAtom a) || !a.domain().equals(domain)) {
                return new KList(items);
            }
            index[i] = a.index();
        }
        return new Enumeration(domain, index, Attribute.NONE);
    }
}
