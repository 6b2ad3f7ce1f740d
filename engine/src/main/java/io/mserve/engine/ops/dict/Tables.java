package io.mserve.engine.ops.dict;

import io.mserve.engine.QException;
import io.mserve.engine.ops.list.Join;
import io.mserve.engine.ops.list.Take;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Partitioned;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Tables and keyed tables: columns by name, keying, {@code cols xkey xcols xcol ungroup}. */
public final class Tables {
    private Tables() {}

    /** The position of column {@code name}, or -1. */
    public static int column(Table t, String name) {
        String[] cols = t.columns().items();
        for (int c = 0; c < cols.length; c++) {
            if (cols[c].equals(name)) {
                return c;
            }
        }
        return -1;
    }

    /** Columns {@code names} of {@code t}, in that order; q signals a missing one by its name. */
    public static Table select(Table t, String[] names) {
        K[] data = new K[names.length];
        for (int i = 0; i < names.length; i++) {
            int c = column(t, names[i]);
            if (c < 0) {
                throw new QException(names[i]);
            }
            data[i] = t.data()[c];
        }
        return new Table(new SymbolVector(names.clone()), data);
    }

    public static Table without(Table t, String[] names) {
        List<String> keep = new ArrayList<>();
        for (String c : t.columns().items()) {
            if (!Arrays.asList(names).contains(c)) {
                keep.add(c);
            }
        }
        return select(t, keep.toArray(new String[0]));
    }

    /** {@code n!t}: a keyed table of the first n columns as key; 0 unkeys. */
    public static K enkey(long n, K y) {
        Table t = unkey(y);
        if (n == 0) {
            return t;
        }
        String[] cols = t.columns().items();
        if (n < 0 || n >= cols.length) {
            throw QException.length();
        }
        return new Dict(select(t, Arrays.copyOf(cols, (int) n)), select(t, Arrays.copyOfRange(cols, (int) n, cols.length)));
    }

    /** A keyed table as a plain one (key columns first); a table as it is. */
    public static Table unkey(K y) {
        if (y instanceof Table t) {
            return t;
        }
        if (y instanceof Dict d && d.isKeyedTable()) {
            Table k = (Table) d.keys();
            Table v = (Table) d.values();
            String[] names = new String[k.data().length + v.data().length];
            K[] data = new K[names.length];
            System.arraycopy(k.columns().items(), 0, names, 0, k.data().length);
            System.arraycopy(v.columns().items(), 0, names, k.data().length, v.data().length);
            System.arraycopy(k.data(), 0, data, 0, k.data().length);
            System.arraycopy(v.data(), 0, data, k.data().length, v.data().length);
            return new Table(new SymbolVector(names), data);
        }
        throw QException.type();
    }

    /** {@code cols x}: the column names of a table or keyed table. */
    public static K cols(K x) {
        if (x instanceof Partitioned p) {
            return p.allColumns();
        }
        if (x instanceof Table || x instanceof Dict d && d.isKeyedTable()) {
            return unkey(x).columns();
        }
        throw QException.type();
    }

    /** Column names: a symbol or symbols, or an empty list. */
    public static String[] names(K x) {
        if (x instanceof SymbolVector s) {
            return s.items();
        }
        if (x instanceof SymbolAtom a) {
            return new String[] {a.value()};
        }
        if (x instanceof KList l && l.count() == 0) {
            return new String[0];
        }
        throw QException.type();
    }

    /** {@code x xkey y}: y keyed by columns x. */
    public static K xkey(K x, K y) {
        Table t = unkey(y);
        String[] keys = names(x);
        if (keys.length == 0) {
            return t;
        }
        return new Dict(select(t, keys), without(t, keys));
    }

    /** {@code x xcols y}: columns x first. */
    public static K xcols(K x, K y) {
        if (!(y instanceof Table t)) {
            throw QException.type();
        }
        String[] first = names(x);
        List<String> order = new ArrayList<>(Arrays.asList(first));
        for (String c : t.columns().items()) {
            if (!order.contains(c)) {
                order.add(c);
            }
        }
        return select(t, order.toArray(new String[0]));
    }

    /** {@code x xcol y}: the first columns renamed x, or renamed by a dictionary old!new. */
    public static K xcol(K x, K y) {
        boolean keyed = y instanceof Dict;
        Table t = unkey(y);
        String[] names = t.columns().items().clone();
        if (x instanceof Dict d) {
            String[] from = names(d.keys());
            String[] to = names(d.values());
            for (int i = 0; i < from.length; i++) {
                int c = column(t, from[i]);
                if (c < 0) {
                    throw QException.length();
                }
                names[c] = to[i];
            }
        } else {
            String[] to = names(x);
            if (to.length > names.length) {
                throw QException.length();
            }
            System.arraycopy(to, 0, names, 0, to.length);
        }
        Table r = new Table(new SymbolVector(names), t.data());
        return keyed ? enkey(((Table) ((Dict) y).keys()).data().length, r) : r;
    }

    /** {@code ungroup x}: each row flipped, so that its list items become rows (atoms repeat), then all joined. */
    public static K ungroup(K x) {
        Table t = unkey(x);
        K[] data = t.data();
        int rows = t.count();
        int[] n = new int[rows];
        Arrays.fill(n, -1);
        for (K col : data) {
            if (col instanceof KList l) {
                for (int i = 0; i < rows; i++) {
                    K item = l.items()[i];
                    if (Lists.isList(item)) {
                        if (n[i] >= 0 && n[i] != item.count()) {
                            throw QException.length();
                        }
                        n[i] = item.count();
                    }
                }
            }
        }
        int total = 0;
        for (int i = 0; i < rows; i++) {
            n[i] = Math.max(n[i], 1);
            total += n[i];
        }
        int[] rep = new int[total];
        int p = 0;
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < n[i]; k++) {
                rep[p++] = i;
            }
        }
        K[] out = new K[data.length];
        for (int c = 0; c < data.length; c++) {
            if (data[c] instanceof KList l) {
                K[] parts = new K[rows];
                for (int i = 0; i < rows; i++) {
                    K item = l.items()[i];
                    parts[i] = Lists.isList(item) ? item : Take.first(n[i], item);
                }
                out[c] = rows == 0 ? data[c] : Join.raze(new KList(parts));
            } else {
                out[c] = Gather.at(data[c], rep);
            }
        }
        return new Table(t.columns(), out);
    }
}
