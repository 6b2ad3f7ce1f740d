package io.mserve.engine.ops.search;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Context;
import io.mserve.engine.ops.arith.Atomic;
import io.mserve.engine.ops.compare.Cmp;
import io.mserve.engine.ops.dict.Dicts;
import io.mserve.engine.ops.dict.Tables;
import io.mserve.engine.ops.enumeration.Enumerations;
import io.mserve.engine.ops.list.Join;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.Table;

/** Find ({@code ?}), {@code distinct group in union inter except}: exact item equality, as q has it (no tolerance). */
public final class Find {
    private Find() {}

    /** {@code x?y}. */
    /**
     * {@code x?y}: with a domain's name on the left and symbols on the right, an enumeration
     * that extends the domain; with an int atom on the left, roll or deal; else find.
     */
    public static K find(Context ctx, K x, K y) {
        if (x instanceof SymbolAtom s && (y.type() == -QType.SYMBOL || y.type() == QType.SYMBOL)) {
            return Enumerations.enumerate(ctx, s.value(), y, true);
        }
        K a = Enumeration.plain(x);
        K b = Enumeration.plain(y);
        return Ints.isAtom(a) ? new Rand(ctx.random()).roll(a, b) : find(a, b);
    }

    public static K find(K x, K y) {
        if (x instanceof Dict d && !d.isKeyedTable()) {
            boolean atom = y.type() < 0 || QType.isFunction(y.type());
            K r = Gather.atOrNull(d.keys(), indices(d.values(), atom ? Join.enlist(y) : y));
            return atom ? Lists.at(r, 0) : r;
        }
        if (x instanceof Table t) {
            return findRows(t, y);
        }
        if (!Lists.isList(x)) {
            throw QException.type();
        }
        if (x instanceof KList xl) {
            if (depth(y) <= itemDepth(xl) || !Lists.isList(y)) {
                return Q.j(indices(x, new KList(y))[0]);
            }
            if (!(y instanceof KList)) {
                return new LongVector(QType.LONG, indices(x, new KList(Lists.items(y))));
            }
            K[] items = ((KList) y).items();
            K[] r = new K[items.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = find(x, items[i]);
            }
            return Lists.collapse(r);
        }
        if (y.type() == -x.type()) {
            return Q.j(indices(x, Join.enlist(y))[0]);
        }
        if (y.type() == x.type()) {
            return new LongVector(QType.LONG, indices(x, y));
        }
        if (y instanceof KList yl && yl.count() == 0) {
            return new LongVector(QType.LONG, new long[0]);
        }
        if (y instanceof KList yl && yl.items()[0].type() >= 0) {
            // right-atomic from a first item that is a list; a later atom is not found: w?(10 5 -1;-8;3 17) (ref/find.md)
            K[] items = yl.items();
            K[] r = new K[items.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = items[i].type() < 0 ? Q.j(x.count()) : find(x, items[i]);
            }
            return Lists.collapse(r);
        }
        throw QException.type();
    }

    private static K findRows(Table t, K y) {
        if (y instanceof Table yt) {
            return new LongVector(QType.LONG, indices(t, Tables.select(yt, t.columns().items())));
        }
        K row = y instanceof Dict d ? ((Dict) Dicts.entries(d, t.columns())).values() : y;
        if (row.count() != t.columns().count()) {
            throw QException.length();
        }
        K[] cols = new K[t.data().length];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = Join.enlist(Lists.at(row, c));
        }
        return Q.j(indices(t, new Table(t.columns(), cols))[0]);
    }

    /** For each item of list y, its first index in x or {@code count x}; items of unlike types are not found. */
    public static long[] indices(K x, K y) {
        return Groups.find(x, y);
    }

    /** {@code distinct x}. */
    public static K distinct(K x) {
        if (x instanceof Dict d) {
            return distinct(d.values());
        }
        if (!Lists.isList(x) && !(x instanceof Table)) {
            throw QException.type();
        }
        Groups g = Groups.of(x);
        return g.count() == x.count() ? stripped(x) : Gather.at(x, g.firsts);
    }

    private static K stripped(K x) {
        return x instanceof KVector v && v.attribute() != 0 ? v.withAttribute(0) : x;
    }

    /** {@code group x}: distinct items to the indices where each occurs. */
    public static K group(K x) {
        if (x instanceof Dict d) {
            Dict g = (Dict) group(d.values());
            K[] idx = ((KList) g.values()).items();
            K[] keys = new K[idx.length];
            for (int i = 0; i < idx.length; i++) {
                keys[i] = Gather.at(d.keys(), Ints.toInts(((LongVector) idx[i]).items()));
            }
            return new Dict(g.keys(), new KList(keys));
        }
        if (!Lists.isList(x) && !(x instanceof Table)) {
            throw QException.type();
        }
        Groups g = Groups.of(x);
        return new Dict(Gather.at(x, g.firsts), new KList(split(g)));
    }

    /** Each group's indices, ascending, by a counting sort of the group ids. */
    public static K[] split(Groups g) {
        int n = g.count();
        int[] start = new int[n + 1];
        for (int id : g.ids) {
            start[id + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        long[][] out = new long[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new long[start[i + 1] - start[i]];
        }
        int[] fill = new int[n];
        int[] ids = g.ids;
        for (int i = 0; i < ids.length; i++) {
            int id = ids[i];
            out[id][fill[id]++] = i;
        }
        K[] r = new K[n];
        for (int i = 0; i < n; i++) {
            r[i] = new LongVector(QType.LONG, out[i]);
        }
        return r;
    }

    /** {@code x in y}. */
    public static K in(K x, K y) {
        if (x instanceof Dict d) {
            return new Dict(d.keys(), in(d.values(), y));
        }
        K list = y.type() < 0 ? Join.enlist(y) : y;
        int n = list.count();
        if (isSimple(x) && isSimple(list) && Math.abs(x.type()) != list.type()) {
            // unlike simple types: 'type, but for one item, which is compared by value (docs/ref/in.md)
            if (n != 1) {
                throw QException.type();
            }
            return Atomic.dyad(x, Lists.at(list, 0), Cmp::eq);
        }
        if (list instanceof KList l && depth(x) <= itemDepth(l)) {
            // x whole is an item of y only when it nests as deeply as y's first item: 3 in (1 2;3) is 0b (ref/in.md)
            return Q.b(depth(x) == itemDepth(l) && indices(list, new KList(x))[0] < n);
        }
        if (x.type() < 0) {
            return Q.b(indices(list, Join.enlist(x))[0] < n);
        }
        if (x instanceof KList xl) {
            K[] items = xl.items();
            K[] r = new K[items.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = in(items[i], list);
            }
            return items.length == 0 ? new ByteVector(QType.BOOLEAN, new byte[0]) : Lists.collapse(r);
        }
        long[] f = indices(list, list instanceof KList ? new KList(Lists.items(x)) : x);
        byte[] r = new byte[f.length];
        for (int i = 0; i < f.length; i++) {
            r[i] = (byte) (f[i] < n ? 1 : 0);
        }
        return new ByteVector(QType.BOOLEAN, r);
    }

    private static boolean isSimple(K v) {
        return QType.isSimple(Math.abs(v.type())) && v.type() != 0;
    }

    /** How deeply a value nests: 0 for an atom, 1 for a vector, 1 + its first item's for a general list. */
    static int depth(K v) {
        if (v instanceof KList l) {
            return 1 + (l.count() == 0 ? 0 : depth(l.items()[0]));
        }
        return Lists.isList(v) ? 1 : 0;
    }

    // the depth of the objects a general list holds, as Find sees it from its first item
    private static int itemDepth(KList l) {
        return l.count() == 0 ? 0 : depth(l.items()[0]);
    }

    private static int[] select(K x, K y, boolean keep) {
        K list = y.type() < 0 ? Join.enlist(y) : y;
        long[] f = indices(list, x);
        int n = list.count();
        int c = 0;
        for (long v : f) {
            if (v < n == keep) {
                c++;
            }
        }
        int[] idx = new int[c];
        int p = 0;
        for (int i = 0; i < f.length; i++) {
            if (f[i] < n == keep) {
                idx[p++] = i;
            }
        }
        return idx;
    }

    /** {@code x inter y}: items of x also in y. */
    public static K inter(K x, K y) {
        return setOp(x, y, true);
    }

    /** {@code x except y}: items of x not in y. */
    public static K except(K x, K y) {
        return setOp(x, y, false);
    }

    private static K setOp(K x, K y, boolean keep) {
        K xs = x.type() < 0 ? Join.enlist(x) : x;
        if (xs instanceof Dict d) {
            xs = d.values();
        }
        if (y instanceof Dict d) {
            y = d.values();
        }
        return Gather.at(xs, select(xs, y, keep));
    }

    /** {@code x union y}: distinct items of x,y. */
    public static K union(K x, K y) {
        return distinct(Join.join(x.type() < 0 ? Join.enlist(x) : x, y));
    }
}
