package io.mserve.engine.qsql;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Context;
import io.mserve.engine.ops.dict.Tables;
import io.mserve.engine.ops.enumeration.Enumerations;
import io.mserve.engine.ops.list.Join;
import io.mserve.engine.ops.search.Groups;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Partitioned;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/** Table keywords: {@code upsert insert meta xgroup keys fby}. */
public final class TableOps {
    private static final String TYPE_CHARS = " bg xhijefcspmdznuvt";

    private TableOps() {}

    /** x as rows shaped like table t: a table, a dictionary (one row), a list of cells (one row), of rows, or of columns. */
    static Table rows(Table t, K x) {
        if (x instanceof Table tx) {
            return align(t, tx);
        }
        String[] names = t.columns().items();
        if (x instanceof Dict d && d.keys() instanceof SymbolVector s) {
            return align(t, Cols.table(s.items(), cells(Lists.items(d.values()))));
        }
        K[] items = Lists.items(x);
        if (x instanceof KList && items.length > 0 && allRows(items, names.length)) {
            Table out = Cols.table(names, cells(Lists.items(items[0])));
            for (int r = 1; r < items.length; r++) {
                out = (Table) Join.join(out, Cols.table(names, cells(Lists.items(items[r]))));
            }
            return out;
        }
        if (items.length != names.length) {
            throw QException.length();
        }
        // one row when each item is a cell: an atom, or a list where the column holds lists
        boolean row = true;
        int n = -1;
        for (int c = 0; c < items.length; c++) {
            K col = t.data()[c];
            boolean nested = col.type() == 0 && col.count() > 0 && Cols.isList(Lists.at(col, 0));
            row &= !Cols.isList(items[c]) || nested;
            n = Cols.isList(items[c]) ? items[c].count() : n;
        }
        if (row) {
            return Cols.table(names, cells(items));
        }
        K[] data = new K[items.length];
        for (int c = 0; c < items.length; c++) {
            data[c] = Cols.fit(items[c], n);
        }
        return Cols.table(names, data);
    }

    private static boolean allRows(K[] items, int width) {
        for (K item : items) {
            if (!(item instanceof KList) || item.count() != width) {
                return false;
            }
        }
        return true;
    }

    private static K[] cells(K[] row) {
        K[] out = new K[row.length];
        for (int c = 0; c < row.length; c++) {
            out[c] = enlist(row[c]);
        }
        return out;
    }

    // x's columns in t's order; those x lacks are nulls; 'mismatch for a column t lacks
    static Table align(Table t, Table x) {
        String[] names = t.columns().items();
        if (Arrays.equals(names, x.columns().items())) {
            return x;
        }
        List<String> xs = Arrays.asList(x.columns().items());
        for (String name : xs) {
            if (!Arrays.asList(names).contains(name)) {
                throw new QException("mismatch");
            }
        }
        K[] data = new K[names.length];
        for (int c = 0; c < names.length; c++) {
            int at = xs.indexOf(names[c]);
            data[c] = at >= 0 ? x.data()[at] : Cols.nulls(t.data()[c], x.count());
        }
        return Cols.table(names, data);
    }

    // 'type unless each new column has its column's type (a general column takes anything); an
    // enumerated column takes what enumerates over its domain ('cast otherwise)
    private static Table typed(Table t, Table add) {
        K[] have = t.data();
        K[] got = add.data().clone();
        for (int c = 0; c < have.length && c < got.length; c++) {
            if (have[c] instanceof Enumeration e) {
                got[c] = Enumerations.into(e.domain(), got[c]);
            }
            if (have[c].type() != 0 && have[c].type() != got[c].type()) {
                throw QException.type();
            }
        }
        return new Table(add.columns(), got);
    }

    private static K enlist(K item) {
        return item.type() < 0 ? Lists.repeat(item, 1) : new KList(item);
    }

    /** {@code t insert x} where t is the table's current value: the new value, and the indices of the new rows. */
    public static K[] insert(K t, K x) {
        int n = t.count();
        K out;
        if (t instanceof Table tt) {
            out = Append.keepAttributes(tt, (Table) Join.join(tt, typed(tt, rows(tt, x))));
        } else if (Cols.keyed(t)) {
            Dict d = (Dict) t;
            Table add = typed(Tables.unkey(d), rows(Tables.unkey(d), Cols.keyed(x) ? Tables.unkey(x) : x));
            K keyed = Tables.enkey(((Table) d.keys()).data().length, add);
            long[] found = Groups.find(d.keys(), ((Dict) keyed).keys());
            for (long f : found) {
                if (f < n) {
                    throw new QException("insert");
                }
            }
            out = Join.join(d, keyed);
        } else {
            throw QException.type();
        }
        return new K[] {out, Cols.longs(rangeFrom(n, out.count() - n), 0)};
    }

    private static int[] rangeFrom(int from, int len) {
        int[] r = new int[len];
        for (int k = 0; k < len; k++) {
            r[k] = from + k;
        }
        return r;
    }

    /** {@code meta t}: each column's name, type char (upper case for a list of vectors), foreign key and attribute. */
    public static K meta(K x) {
        // of a partitioned table, the partition field and the newest partition's column types, from the files' headers
        Table t = x instanceof Partitioned p ? p.prototype(Arrays.asList(p.allColumns().items())) : Tables.unkey(x);
        String[] names = t.columns().items();
        int n = names.length;
        byte[] types = new byte[n];
        String[] fks = new String[n];
        String[] attrs = new String[n];
        for (int c = 0; c < n; c++) {
            K col = t.data()[c];
            types[c] = (byte) typeChar(col instanceof Enumeration e ? e.domain().values(new long[0], 0) : col);
            fks[c] = foreignKey(col);
            int a = col instanceof KVector v ? v.attribute() : Attribute.NONE;
            attrs[c] = a == Attribute.NONE ? "" : Attribute.prefix(a).substring(0, 1);
        }
        Table keys = Cols.table(new String[] {"c"}, new K[] {Q.syms(names)});
        Table vals = Cols.table(new String[] {"t", "f", "a"},
                new K[] {new ByteVector(QType.CHAR, types), Q.syms(fks), Q.syms(attrs)});
        return new Dict(keys, vals);
    }

    /**
     * {@code fkeys t}: the columns of t that are foreign keys or links, to the tables they point
     * into.
     */
    public static K fkeys(K x) {
        Table t = Tables.unkey(x);
        String[] names = t.columns().items();
        List<String> cols = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int c = 0; c < names.length; c++) {
            String target = foreignKey(t.data()[c]);
            if (!target.isEmpty()) {
                cols.add(names[c]);
                targets.add(target);
            }
        }
        return new Dict(Q.syms(cols.toArray(new String[0])), Q.syms(targets.toArray(new String[0])));
    }

    // The table a foreign key or link column points into (an enumeration over a table or keyed table), else the empty name.
    private static String foreignKey(K col) {
        return col instanceof Enumeration e && e.domain().isTable() ? e.domain().name() : "";
    }

    private static char typeChar(K col) {
        int type = col.type();
        if (type > 0 && type < TYPE_CHARS.length()) {
            return TYPE_CHARS.charAt(type);
        }
        if (type == 0 && col.count() > 0) {
            int first = Lists.at(col, 0).type();
            if (first > 0 && first < TYPE_CHARS.length()) {
                return Character.toUpperCase(TYPE_CHARS.charAt(first));
            }
        }
        return ' ';
    }

    /** {@code keys t}: a keyed table's key column names; none for a table. */
    public static K keys(K x) {
        if (Cols.keyed(x)) {
            return ((Table) ((Dict) x).keys()).columns();
        }
        if (x instanceof Table) {
            return Q.syms();
        }
        throw QException.type();
    }

    /** {@code c xgroup t}: t keyed by columns c, each other column a list per distinct key, in order of first appearance. */
    public static K xgroup(K c, K x) {
        Table t = Tables.unkey(x);
        String[] keyNames = Joins.names(c);
        K[] keyCols = new K[keyNames.length];
        for (int k = 0; k < keyNames.length; k++) {
            keyCols[k] = Joins.column(t, keyNames[k]);
        }
        Groups g = Groups.ofRows(keyCols, t.count());
        int[][] groups = Cols.rows(g);
        List<String> names = new ArrayList<>();
        List<K> data = new ArrayList<>();
        String[] all = t.columns().items();
        for (int col = 0; col < all.length; col++) {
            if (Arrays.asList(keyNames).contains(all[col])) {
                continue;
            }
            K[] parts = new K[groups.length];
            for (int k = 0; k < groups.length; k++) {
                parts[k] = Gather.at(t.data()[col], groups[k]);
            }
            names.add(all[col]);
            data.add(new KList(parts));
        }
        K[] firsts = new K[keyCols.length];
        for (int k = 0; k < keyCols.length; k++) {
            firsts[k] = Gather.at(keyCols[k], g.firsts);
        }
        return new Dict(Cols.table(keyNames, firsts), Cols.table(names.toArray(new String[0]), data.toArray(new K[0])));
    }

    /** {@code (f;d) fby g}: f applied to d's items in each group of g, the result in d's order. */
    public static K fby(K fd, K g, BiFunction<K, K[], K> apply) {
        K[] pair = Lists.items(fd);
        if (pair.length != 2) {
            throw QException.length();
        }
        K d = pair[1];
        Groups groups = Groups.of(g);
        if (groups.ids.length != d.count()) {
            throw QException.length();
        }
        int[][] rows = Cols.rows(groups);
        K[] parts = new K[rows.length];
        boolean atoms = true;
        for (int k = 0; k < parts.length; k++) {
            parts[k] = apply.apply(pair[0], new K[] {Gather.at(d, rows[k])});
            atoms &= !Cols.isList(parts[k]);
        }
        if (atoms) {
            return Gather.at(Lists.collapse(parts), groups.ids);
        }
        // a uniform function: each group's results go back to the group's positions
        int[] pos = new int[groups.ids.length];
        for (int k = 0, at = 0; k < rows.length; k++) {
            parts[k] = Cols.fit(parts[k], rows[k].length);
            for (int r : rows[k]) {
                pos[r] = at++;
            }
        }
        return Gather.at(Cols.raze(parts), pos);
    }

    /** {@code t upsert x}, which is {@code t,:x} ({@link Append}); with t a global's name, the global is updated and the name returned. */
    public static K upsert(Context ctx, K t, K x) {
        if (t instanceof SymbolAtom s) {
            K value = ctx.global(s.value());
            if (value == null) {
                throw QException.undefined(s.value());
            }
            if (value instanceof Dict d && d.isSorted()) {
                throw new QException("step"); // a step dictionary is not upserted in place (basics/errors.md)
            }
            ctx.setGlobal(s.value(), Append.append(value, x));
            return t;
        }
        return Append.append(t, x);
    }

    /** {@code `t insert x}: the rows appended to global t (made when x is a table and t is none); the new rows' indices. */
    public static K insert(Context ctx, K t, K x) {
        if (!(t instanceof SymbolAtom s)) {
            throw QException.type();
        }
        K value = ctx.global(s.value());
        if (value == null && (x instanceof Table || Cols.keyed(x))) {
            value = Source.of(x).take(new int[0]);
        } else if (value == null) {
            throw QException.undefined(s.value());
        }
        K[] r = insert(value, x);
        ctx.setGlobal(s.value(), r[0]);
        return r[1];
    }
}
