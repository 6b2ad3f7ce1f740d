package io.mserve.engine.ops.dict;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Context;
import io.mserve.engine.ops.cast.Datatypes;
import io.mserve.engine.ops.enumeration.Enumerations;
import io.mserve.engine.ops.list.Items;
import io.mserve.engine.ops.list.Join;
import io.mserve.engine.ops.list.Take;
import io.mserve.engine.ops.search.Groups;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;

/** Dictionaries: {@code x!y} (the home of binary {@code !}), a dictionary's {@code key}, {@code flip}, entries by key. */
public final class Dicts {
    private Dicts() {}

    /**
     * {@code x!y} when x is not a negative integer (an internal function, {@code Internal}):
     * {@code n!`t} keying the global table t in place; {@code `d!i}, an enumeration from indices
     * into domain d, uniform, d perhaps not defined yet (releases/ChangesIn3.6.md); else {@link #bang(K, K)}.
     */
    public static K bang(Context ctx, K x, K y) {
        if ((x.type() == -QType.LONG || x.type() == -QType.INT) && y instanceof SymbolAtom s) {
            K table = ctx.global(s.value());
            if (table == null) {
                throw QException.undefined(s.value());
            }
            ctx.setGlobal(s.value(), bang(x, table));
            return y;
        }
        if (x instanceof SymbolAtom s && y.type() != QType.SYMBOL
                && (Enumerations.isDomain(ctx, s.value()) || ctx.global(s.value()) == null)
                && (y.type() == -QType.LONG || y.type() == QType.LONG || y.type() == -QType.INT || y.type() == QType.INT)) {
            return Enumerations.fromIndices(ctx, s.value(), y);
        }
        return bang(x, y);
    }

    /** {@code x!y}: a dictionary; {@code n!t} keys a table on its first n columns, {@code 0!kt} unkeys. */
    public static K bang(K x, K y) {
        if (Ints.isAtom(x) && (y instanceof Table || y instanceof Dict d && d.isKeyedTable())) {
            return Tables.enkey(Ints.atom(x), y);
        }
        boolean xl = Lists.isList(x) || x instanceof Table;
        boolean yl = Lists.isList(y) || y instanceof Table;
        if (xl && yl) {
            if (x.count() != y.count()) {
                throw QException.length();
            }
            return new Dict(x, y, x instanceof KVector v && v.attribute() == Attribute.SORTED);
        }
        if (x.isAtom() && y.isAtom()) {
            return new Dict(Join.enlist(x), Join.enlist(y));
        }
        throw x.isAtom() != y.isAtom() && (xl || yl) ? QException.length() : QException.type();
    }

    /** {@code key x}: a dictionary's keys, a keyed table's key table, {@code til} of a count, a vector's type name. */
    public static K key(K x) {
        if (x instanceof Dict d) {
            return d.keys();
        }
        if (Ints.isAtom(x)) {
            return Items.til(x);
        }
        if (x.type() > 0 && x.type() <= QType.TIME) {
            return Q.s(Datatypes.name(x.type()));
        }
        throw QException.type();
    }

    /** The entries of {@code d} for {@code keys}, null where absent; rows of a keyed table for a key table. */
    public static K entries(Dict d, K keys) {
        long[] at = Groups.find(d.keys(), keys);
        return new Dict(keys, Gather.atOrNull(d.values(), at));
    }

    /** {@code d} without the entries for {@code keys}. */
    public static K without(Dict d, K keys) {
        long[] found = Groups.find(keys, d.keys());
        int nk = keys.count();
        int keep = 0;
        for (long f : found) {
            if (f == nk) {
                keep++;
            }
        }
        int[] idx = new int[keep];
        int p = 0;
        for (int i = 0; i < found.length; i++) {
            if (found[i] == nk) {
                idx[p++] = i;
            }
        }
        return Gather.at(d, idx);
    }

    /** {@code flip x}: dictionary to table and back; a list of lists transposed (atoms extended). */
    public static K flip(K x) {
        if (x instanceof Table t) {
            return new Dict(t.columns(), new KList(t.data().clone()));
        }
        if (x instanceof Dict d) {
            if (!(d.keys() instanceof SymbolVector s) || d.isKeyedTable()) {
                throw QException.type();
            }
            K[] cols = Lists.items(d.values());
            int n = rows(cols);
            K[] data = new K[cols.length];
            for (int c = 0; c < cols.length; c++) {
                data[c] = cols[c].type() < 0 ? Take.first(n, cols[c]) : cols[c];
            }
            return new Table(s, data);
        }
        if (x instanceof KList l) {
            K[] items = l.items();
            int n = rows(items);
            K[] out = new K[n];
            for (int i = 0; i < n; i++) {
                K[] row = new K[items.length];
                for (int c = 0; c < items.length; c++) {
                    row[c] = items[c].type() < 0 ? items[c] : Lists.at(items[c], i);
                }
                out[i] = Lists.collapse(row);
            }
            return new KList(out);
        }
        throw QException.rank();
    }

    // the common count of the lists among items; atoms extend to it
    private static int rows(K[] items) {
        int n = -1;
        for (K item : items) {
            if (item.type() >= 0) {
                if (n >= 0 && n != item.count()) {
                    throw QException.length();
                }
                n = item.count();
            }
        }
        if (n < 0) {
            throw QException.rank();
        }
        return n;
    }
}
