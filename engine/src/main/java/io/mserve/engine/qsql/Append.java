package io.mserve.engine.qsql;

import io.mserve.engine.QException;
import io.mserve.engine.ops.dict.Tables;
import io.mserve.engine.ops.list.Attrs;
import io.mserve.engine.ops.list.Join;
import io.mserve.engine.ops.search.Groups;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;

/**
 * Append, {@code x,:y} (docs/ref/join.md), which {@code upsert} also is (docs/ref/upsert.md).
 * Unlike Join it keeps the type of {@code x}: a simple list takes only atoms or lists of its
 * type, a dictionary of simple values only values of their type, a table only columns of its
 * columns' types ({@code 'type} otherwise). A table takes a record (a list of cells, a
 * dictionary), a list of records, or a table with some of its columns (the rest null); a
 * keyed table updates the rows whose keys it has, only in the columns given, and appends the
 * others. A general list whose first item is one level deeper than {@code y} takes {@code y}
 * as one item.
 */
public final class Append {
    private Append() {}

    /** {@code x,:y}: the new value of x. */
    public static K append(K x, K y) {
        if (x instanceof Table t) {
            return keepAttributes(t, (Table) Join.join(t, records(t, y)));
        }
        if (Cols.keyed(x)) {
            return upsert((Dict) x, keyedRecords((Dict) x, y));
        }
        if (x instanceof Enumeration) {
            // enumerations append as their symbols
            return Join.join(Enumeration.plain(x), Enumeration.plain(y));
        }
        K v = Enumeration.plain(y);
        if (x instanceof Dict d) {
            return toDict(d, v);
        }
        if (x.type() > 0 && x.type() <= QType.TIME) {
            if (v.type() != x.type() && v.type() != -x.type() && !(v instanceof KList && v.count() == 0)) {
                throw QException.type();
            }
            return Attrs.afterAppend(x, Join.join(x, v));
        }
        if (x instanceof KList l && l.count() > 0 && depth(l) == depth(v) + 1) {
            return Join.join(l, new KList(v));
        }
        return Join.join(x, v);
    }

    /** Table {@code after}, {@code before} with rows appended: each column keeps the attribute it can (set-attribute.md). */
    static Table keepAttributes(Table before, Table after) {
        if (before.data().length != after.data().length) {
            return after;
        }
        K[] data = after.data().clone();
        for (int c = 0; c < data.length; c++) {
            data[c] = Attrs.afterAppend(before.data()[c], data[c]);
        }
        return new Table(after.columns(), data);
    }

    private static K toDict(Dict d, K y) {
        if (!(y instanceof Dict dy) || dy.isKeyedTable()) {
            throw QException.type();
        }
        int t = d.values().type();
        if (t > 0 && t <= QType.TIME && dy.values().type() != t && dy.count() > 0) {
            throw QException.type();
        }
        return Join.join(d, dy);
    }

    // the recursive depth of a list's first item, plus one: 0 for an atom
    private static int depth(K v) {
        if (v instanceof KList l) {
            return 1 + (l.count() == 0 ? 0 : depth(l.items()[0]));
        }
        return v.type() >= 0 && v.type() < QType.DICT ? 1 : 0;
    }

    /** y as rows of table t: its columns in t's order, those y lacks null, each of its column's type. */
    static Table records(Table t, K y) {
        Table r;
        if (y instanceof Table ty) {
            r = ty;
        } else if (y instanceof Dict d && d.keys() instanceof SymbolVector && !d.isKeyedTable()) {
            r = (Table) Join.enlist(d);
        } else if (y instanceof Dict) {
            throw QException.type();
        } else {
            r = rows(t, y);
        }
        return typed(t, TableOps.align(t, r));
    }

    // A record (one cell per column) or a list of records, as a table with t's columns.
    private static Table rows(Table t, K y) {
        String[] names = t.columns().items();
        K[] one = cells(t, y);
        K[][] records;
        if (one != null) {
            records = new K[][] {one};
        } else {
            K[] items = Lists.items(y);
            records = new K[items.length][];
            for (int r = 0; r < items.length; r++) {
                records[r] = cells(t, items[r]);
                if (records[r] == null) {
                    throw QException.length();
                }
            }
        }
        K[] data = new K[names.length];
        K[] column = new K[records.length];
        for (int c = 0; c < names.length; c++) {
            for (int r = 0; r < records.length; r++) {
                column[r] = records[r][c];
            }
            data[c] = records.length == 0 ? Lists.empty(0) : t.data()[c].type() == 0 ? new KList(column.clone())
                    : Lists.collapse(column.clone());
        }
        return Cols.table(names, data);
    }

    // y's cells when y is one record of t: an atom per simple column, anything in a general column.
    private static K[] cells(Table t, K y) {
        K[] cols = t.data();
        if (y.type() < 0 && cols.length == 1) {
            return new K[] {y};
        }
        if (!Lists.isList(y) || y.count() != cols.length) {
            return null;
        }
        K[] items = Lists.items(y);
        for (int c = 0; c < cols.length; c++) {
            if (items[c].type() >= 0 && cols[c].type() != 0) {
                return null;
            }
        }
        return items;
    }

    // 'type unless each column of add has its column's type (a general column takes anything)
    private static Table typed(Table t, Table add) {
        K[] have = t.data();
        K[] got = add.data();
        for (int c = 0; c < have.length; c++) {
            if (have[c].type() != 0 && have[c].type() != got[c].type() && got[c].count() > 0) {
                throw QException.type();
            }
        }
        return add;
    }

    // y as rows of keyed table kt, flat: all of its key columns and some of its value columns.
    private static Table keyedRecords(Dict kt, K y) {
        Table keys = (Table) kt.keys();
        Table flat = Tables.unkey(kt);
        Table r;
        if (Cols.keyed(y)) {
            r = Tables.unkey(y);
        } else if (y instanceof Table ty) {
            r = ty;
        } else if (y instanceof Dict d && d.keys() instanceof SymbolVector) {
            r = (Table) Join.enlist(d);
        } else {
            r = rows(flat, y);
        }
        for (String k : keys.columns().items()) {
            if (Tables.column(r, k) < 0) {
                throw new QException("mismatch");
            }
        }
        String[] names = r.columns().items();
        K[] data = r.data();
        for (int c = 0; c < names.length; c++) {
            int at = Tables.column(flat, names[c]);
            if (at < 0) {
                throw new QException("mismatch");
            }
            K col = flat.data()[at];
            if (col.type() != 0 && col.type() != data[c].type() && data[c].count() > 0) {
                throw QException.type();
            }
        }
        return r;
    }

    /** Keyed table kt with the rows of r: a key it has updates the columns r gives, a new key is a new row. */
    private static K upsert(Dict kt, Table r) {
        Table keys = (Table) kt.keys();
        Table vals = (Table) kt.values();
        int n = keys.count();
        int m = r.count();
        Table rk = Tables.select(r, keys.columns().items());
        long[] found = Groups.find(keys, rk);
        int[] fresh = new int[m];
        int f = 0;
        for (int j = 0; j < m; j++) {
            if (found[j] == n) {
                fresh[f++] = j;
            }
        }
        fresh = Arrays.copyOf(fresh, f);
        // a key new to kt but given twice is one new row
        long[] firstOf = Groups.find(Gather.at(rk, fresh), Gather.at(rk, fresh));
        int[] slot = new int[m];
        int[] added = new int[f];
        int a = 0;
        for (int j = 0, k = 0; j < m; j++) {
            if (found[j] < n) {
                slot[j] = (int) found[j];
            } else {
                int first = (int) firstOf[k];
                if (first == k) {
                    added[a] = j;
                    slot[j] = n + a++;
                } else {
                    slot[j] = slot[fresh[first]];
                }
                k++;
            }
        }
        added = Arrays.copyOf(added, a);
        int total = n + a;
        // the last row of r that writes each row of the result
        int[] writer = new int[total];
        Arrays.fill(writer, -1);
        for (int j = 0; j < m; j++) {
            writer[slot[j]] = j;
        }
        Table newKeys = (Table) Join.join(keys, Gather.at(rk, added));
        String[] names = vals.columns().items();
        K[] data = new K[names.length];
        for (int c = 0; c < names.length; c++) {
            K old = vals.data()[c];
            K grown = a == 0 ? old : Join.join(old, Cols.nulls(old, a));
            int at = Tables.column(r, names[c]);
            if (at < 0) {
                data[c] = grown;
                continue;
            }
            int[] pick = new int[total];
            for (int i = 0; i < total; i++) {
                pick[i] = writer[i] < 0 ? i : total + writer[i];
            }
            data[c] = Gather.at(Join.join(grown, r.data()[at]), pick);
        }
        return new Dict(newKeys, Cols.table(names, data));
    }
}
