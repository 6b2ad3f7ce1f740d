package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.ops.search.Bin;
import io.mserve.engine.value.Fn;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.Primitive;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;

/** Indexing at depth: {@code x[i]}, {@code x[i;j]}, with lists, dictionaries and tables, q's nulls for out-of-range. */
final class Indexing {
    private Indexing() {}

    static K index(Interp interp, K x, K[] path) {
        K result = at(interp, x, path[0]);
        if (path.length == 1) {
            return result;
        }
        K[] rest = Arrays.copyOfRange(path, 1, path.length);
        boolean keyRows = x instanceof Dict d && d.isKeyedTable() && path[0] instanceof Table;
        if (path[0] == Q.NIL || (isIndexList(path[0]) && !(x instanceof Dict)) || keyRows) {
            // x[i;j] with a list of i: j applies within each item picked.
            K[] items = Lists.items(result);
            K[] out = new K[items.length];
            for (int k = 0; k < items.length; k++) {
                out[k] = index(interp, items[k], rest);
            }
            return Lists.collapse(out);
        }
        return index(interp, result, rest);
    }

    private static boolean isIndexList(K i) {
        return i.type() >= 0 && i.type() < QType.TABLE;
    }

    static K at(Interp interp, K x, K i) {
        if (i == Q.NIL || i instanceof Primitive && i.equals(Q.NIL)) {
            if (x.type() < 0 && !(x instanceof Fn)) {
                throw QException.type(); // an atom is not applicable
            }
            return x;
        }
        if (x instanceof Fn) {
            return interp.apply(x, new K[] {i});
        }
        if (x instanceof Primitive && x.equals(Q.NIL)) {
            return i; // :: is identity: a dictionary of functions misses a key as (::), upd[`none;t] is t
        }
        if (x instanceof Dict) {
            return dict(interp, (Dict) x, i);
        }
        if (x instanceof Table) {
            return table(interp, (Table) x, i);
        }
        if (x.type() < 0) {
            throw QException.type();
        }
        if (i.type() < 0) {
            return Lists.index(x, Ints.toLong(i));
        }
        if (i instanceof Dict) {
            Dict d = (Dict) i;
            return new Dict(d.keys(), at(interp, x, d.values()));
        }
        if (i instanceof LongVector || i instanceof IntVector || i instanceof ShortVector || (i instanceof ByteVector && i.type() != QType.CHAR)) {
            return pick(x, i);
        }
        if (i instanceof KList) {
            K[] items = ((KList) i).items();
            K[] out = new K[items.length];
            for (int k = 0; k < items.length; k++) {
                out[k] = at(interp, x, items[k]);
            }
            return Lists.collapse(out);
        }
        throw QException.type();
    }

    // x at each of the integer indices in i, keeping x's type.
    private static K pick(K x, K i) {
        int n = i.count();
        if (x instanceof Enumeration && !(i instanceof ByteVector)) {
            return Gather.atOrNull(x, Ints.vector(i));
        }
        if (x instanceof KVector && !(x instanceof KList) && (i.type() == QType.LONG || i.type() == QType.INT)) {
            return Gather.atOrNull(x, Ints.vector(i)); // a simple vector: gathered whole, nulls where out of range
        }
        K[] out = new K[n];
        for (int k = 0; k < n; k++) {
            out[k] = Lists.index(x, Ints.toLong(Lists.at(i, k)));
        }
        if (n == 0) {
            return x instanceof KVector && !(x instanceof KList) ? Lists.empty(x.type()) : new KList();
        }
        return Lists.collapse(out);
    }

    private static K dict(Interp interp, Dict d, K key) {
        if (d.keys() instanceof Table) {
            return keyedRow(interp, d, key);
        }
        // A key that is itself one of the keys (an atom, or a list among general-list keys) finds one value.
        if (key.type() < 0 || (d.keys().type() == QType.LIST && find(d.keys(), key) >= 0)) {
            int k = find(d.keys(), key);
            if (k < 0 && isStep(d) && key.type() < 0) {
                k = stepIndex(d.keys(), key);
            }
            return k < 0 ? nullValue(d.values()) : Lists.at(d.values(), k);
        }
        return mapKeys(interp, d, key);
    }

    // A sorted dictionary (keys s#) is a step function: a missing key finds the greatest key below it (ref/apply.md).
    private static boolean isStep(Dict d) {
        return (d.isSorted() || (d.keys() instanceof KVector && ((KVector) d.keys()).attribute() == Attribute.SORTED))
                && d.keys().type() > 0 && d.keys().type() <= QType.TIME;
    }

    private static int stepIndex(K keys, K key) {
        if (key.type() != -keys.type()) {
            return -1;
        }
        return (int) ((LongAtom) Bin.bin(keys, key, false)).value();
    }

    private static K mapKeys(Interp interp, Dict d, K keys) {
        K[] items = Lists.items(keys);
        K[] out = new K[items.length];
        for (int k = 0; k < items.length; k++) {
            out[k] = dict(interp, d, items[k]);
        }
        return items.length == 0 ? Lists.empty(d.values().type() > 0 && d.values().type() < 20 ? d.values().type() : 0)
                : Lists.collapse(out);
    }

    private static K nullValue(K values) {
        if (values instanceof Table) {
            return Lists.index(values, -1);
        }
        if (values.type() > 0 && values.type() < 20) {
            return Lists.nullOf(values.type());
        }
        return values.count() == 0 ? Q.NIL : Lists.index(values, -1);
    }

    static int find(K list, K item) {
        if (Enumeration.domainOf(list) != null || Enumeration.domainOf(item) != null) {
            // a key is found by value: enumerated keys by the symbols they stand for
            return find(Enumeration.plain(list), Enumeration.plain(item));
        }
        int n = list.count();
        if (list instanceof SymbolVector && item instanceof SymbolAtom) {
            String[] s = ((SymbolVector) list).items();
            String v = ((SymbolAtom) item).value();
            for (int k = 0; k < n; k++) {
                if (s[k].equals(v)) {
                    return k;
                }
            }
            return -1;
        }
        for (int k = 0; k < n; k++) {
            if (Lists.at(list, k).equals(item)) {
                return k;
            }
        }
        return -1;
    }

    // a key row's cells as values (enumerations as what they stand for), to compare keys by value
    private static K values(K row) {
        if (!(row instanceof KList l)) {
            return Enumeration.plain(row);
        }
        K[] cells = l.items().clone();
        for (int c = 0; c < cells.length; c++) {
            cells[c] = Enumeration.plain(cells[c]);
        }
        return Lists.collapse(cells);
    }

    private static K keyedRow(Interp interp, Dict d, K key) {
        Table keys = (Table) d.keys();
        Table values = (Table) d.values();
        if (key instanceof Table rows) {
            // kt[([]k:..)]: the value rows of those keys, a table (nulls for keys not there)
            K[] found = new K[rows.count()];
            for (int r = 0; r < found.length; r++) {
                found[r] = keyedRow(interp, d, Lists.at(rows, r));
            }
            return found.length == 0 ? Gather.at(values, new int[0]) : Lists.collapse(found);
        }
        int rows = keys.count();
        K keyRow = values(key instanceof Dict ? ((Dict) key).values() : key);
        for (int r = 0; r < rows; r++) {
            K row = values(((Dict) Lists.at(keys, r)).values());
            if (row.equals(keyRow) || (keys.data().length == 1 && Enumeration.plain(Lists.at(keys.data()[0], r)).equals(keyRow))) {
                return Lists.at(values, r);
            }
        }
        return Lists.index(values, -1);
    }

    private static K table(Interp interp, Table t, K i) {
        if (i instanceof SymbolAtom) {
            int c = find(t.columns(), i);
            if (c < 0) {
                throw QException.undefined(((SymbolAtom) i).value());
            }
            return t.data()[c];
        }
        if (i instanceof SymbolVector) {
            K[] out = new K[i.count()];
            for (int k = 0; k < out.length; k++) {
                out[k] = table(interp, t, Lists.at(i, k));
            }
            return new KList(out);
        }
        if (i.type() < 0) {
            return Lists.index(t, Ints.toLong(i));
        }
        K[] cols = new K[t.data().length];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = at(interp, t.data()[c], i);
        }
        return new Table(t.columns(), cols);
    }
}
