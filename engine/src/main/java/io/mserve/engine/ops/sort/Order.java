package io.mserve.engine.ops.sort;

import io.mserve.engine.QException;
import io.mserve.engine.ops.dict.Tables;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Ints;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.Table;

/** Sorting: {@code asc desc iasc idesc rank}, and {@code xasc xdesc} of tables by columns. */
public final class Order {
    private Order() {}

    /** {@code iasc x}: the grade of a list; a dictionary's keys in the order of its values. */
    public static K iasc(K x) {
        return grade(x, false);
    }

    public static K idesc(K x) {
        return grade(x, true);
    }

    private static K grade(K x, boolean desc) {
        int[] g = Sort.grade(x, desc);
        return x instanceof Dict d ? Gather.at(d.keys(), g) : longs(g);
    }

    /** {@code rank x}: each item's position in the sorted list. */
    public static K rank(K x) {
        int[] g = Sort.grade(x, false);
        long[] r = new long[g.length];
        for (int i = 0; i < g.length; i++) {
            r[g[i]] = i;
        }
        return new LongVector(QType.LONG, r);
    }

    /** {@code x xrank y}: each item's bucket 0..x-1 by its rank, buckets of equal size give or take one (docs/ref/xrank.md). */
    public static K xrank(K x, K y) {
        if (!Ints.isAtom(x)) {
            throw QException.type();
        }
        if (y.type() < 0) {
            throw QException.rank();
        }
        long n = Ints.atom(x);
        int[] g = Sort.grade(y, false);
        long[] r = new long[g.length];
        for (int i = 0; i < g.length; i++) {
            r[g[i]] = Math.floorDiv(n * i, g.length);
        }
        return new LongVector(QType.LONG, r);
    }

    /**
     * {@code asc x}: sorted, with {@code s#}; a dictionary by its values; a table's rows by
     * their (value) columns, {@code s#} on a single column, else {@code p#} on the first.
     */
    public static K asc(K x) {
        return sorted(x, false);
    }

    public static K desc(K x) {
        return sorted(x, true);
    }

    private static K sorted(K x, boolean desc) {
        if (x.type() < 0) {
            throw QException.type();
        }
        K r = Gather.at(x, Sort.grade(x, desc));
        if (desc) {
            return r;
        }
        if (r instanceof Table t) {
            return marked(t);
        }
        if (r instanceof Dict d) {
            return new Dict(d.keys(), d.values() instanceof Table t ? marked(t) : sortedAttribute(d.values()));
        }
        return sortedAttribute(r);
    }

    private static K sortedAttribute(K v) {
        return v instanceof KVector kv ? kv.withAttribute(Attribute.SORTED) : v;
    }

    private static Table marked(Table t) {
        K[] data = t.data().clone();
        if (data.length == 1) {
            data[0] = sortedAttribute(data[0]);
        } else if (data.length > 1 && data[0] instanceof KVector v) {
            data[0] = v.withAttribute(Attribute.PARTED);
        }
        return new Table(t.columns(), data);
    }

    private static K longs(int[] g) {
        long[] r = new long[g.length];
        for (int i = 0; i < g.length; i++) {
            r[i] = g[i];
        }
        return new LongVector(QType.LONG, r);
    }

    /** {@code x xasc y} and {@code x xdesc y}: rows sorted by columns x; the major column gets {@code s#} ascending. */
    public static K xsort(K x, K y, boolean desc) {
        String[] by = Tables.names(x);
        if (y instanceof Dict d && d.isKeyedTable()) {
            int nk = ((Table) d.keys()).data().length;
            return Tables.enkey(nk, xsort(x, Tables.unkey(y), desc));
        }
        if (!(y instanceof Table t)) {
            throw QException.type();
        }
        if (by.length == 0) {
            return t;
        }
        K[] keys = new K[by.length];
        for (int i = 0; i < by.length; i++) {
            int c = Tables.column(t, by[i]);
            if (c < 0) {
                throw new QException(by[i]);
            }
            keys[i] = t.data()[c];
        }
        Table r = (Table) Gather.at(t, Sort.gradeColumns(keys, t.count(), desc));
        if (desc) {
            return r;
        }
        K[] data = r.data().clone();
        int major = Tables.column(t, by[0]);
        if (data[major] instanceof KVector v && !(v instanceof KList)) {
            data[major] = v.withAttribute(Attribute.SORTED);
        }
        return new Table(r.columns(), data);
    }
}
