package io.mserve.engine.ops.enumeration;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Context;
import io.mserve.engine.ops.search.Groups;
import io.mserve.engine.value.Domain;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Making enumerations: {@code `d$y} (each item of y must be in d, else {@code 'cast}),
 * {@code `d?y} (d grows to hold y), {@code `d!i} (from indices), and foreign keys: {@code `kt$y}
 * over the key of keyed table kt. The homes of {@code $ ? !} dispatch here when their left
 * argument names a domain. Following a link ({@code t.col.field}) is here too.
 */
public final class Enumerations {
    private Enumerations() {}

    /** Whether global {@code name} can be a domain: a symbol list (or the empty list), a table or a keyed table. */
    public static boolean isDomain(Context ctx, String name) {
        K v = ctx.global(name);
        return v instanceof SymbolVector || v instanceof KList && v.count() == 0 || v instanceof Table
                || v instanceof Dict d && d.isKeyedTable();
    }

    /** {@code `d$y}, or with {@code extend} {@code `d?y}, which adds the symbols d lacks to it. */
    public static K enumerate(Context ctx, String name, K y, boolean extend) {
        if (!extend) {
            return into(ctx.domain(name), y);
        }
        K current = ctx.global(name);
        boolean empty = current == null || current instanceof KList && current.count() == 0;
        if (!(current instanceof SymbolVector) && !empty) {
            throw QException.type();
        }
        Domain domain = ctx.domain(name);
        String[] syms = symbols(y);
        long[] index = new long[syms.length];
        List<String> added = new ArrayList<>();
        Map<String, Long> fresh = new HashMap<>();
        int known = empty ? 0 : current.count();
        for (int i = 0; i < syms.length; i++) {
            long p = empty ? -1 : domain.position(syms[i]);
            if (p < 0) {
                Long q = fresh.get(syms[i]);
                if (q == null) {
                    q = (long) (known + added.size());
                    fresh.put(syms[i], q);
                    added.add(syms[i]);
                }
                p = q;
            }
            index[i] = p;
        }
        if (!added.isEmpty() || current == null) {
            String[] all = Arrays.copyOf(empty ? new String[0] : ((SymbolVector) current).items(), known + added.size());
            for (int i = 0; i < added.size(); i++) {
                all[known + i] = added.get(i);
            }
            ctx.setGlobal(name, new SymbolVector(all, current instanceof KVector v ? v.attribute() : Attribute.NONE));
        }
        // ? keeps the attribute of y, $ drops it
        Enumeration e = new Enumeration(domain, index, y instanceof KVector v ? v.attribute() : Attribute.NONE);
        return y.type() < 0 ? e.at(0) : e;
    }

    /**
     * {@code y} as items of domain {@code d}, as {@code `d$y} makes them: symbols (or another
     * domain's items) looked up in a symbol list, values in a keyed table's key; {@code 'cast}
     * for one that is not there. An enumeration of d is itself.
     */
    public static K into(Domain d, K y) {
        if (d.equals(Enumeration.domainOf(y))) {
            return y;
        }
        K target = d.variable();
        if (target instanceof Dict kt && kt.isKeyedTable()) {
            return foreignKey(d, (Table) kt.keys(), y);
        }
        if (!(target instanceof SymbolVector || target instanceof KList && target.count() == 0)) {
            throw QException.type();
        }
        String[] syms = symbols(y);
        long[] index = new long[syms.length];
        for (int i = 0; i < syms.length; i++) {
            index[i] = d.position(syms[i]);
            if (index[i] < 0) {
                throw new QException("cast");
            }
        }
        Enumeration e = new Enumeration(d, index, Attribute.NONE);
        return y.type() < 0 ? e.at(0) : e;
    }

    // `kt$y: the rows of kt's key that y's items are ('cast for one that is not there)
    private static K foreignKey(Domain domain, Table key, K y) {
        K items = key.data().length == 1 ? key.data()[0] : key;
        K values = Enumeration.plain(y);
        boolean atom = key.data().length == 1 ? values.type() < 0 : !(values instanceof Table) && depthOne(values);
        K list = atom ? Lists.collapse(new K[] {values}) : values;
        if (!(items instanceof Table)) {
            list = Enumeration.plain(list);
        } else if (!(list instanceof Table)) {
            list = rows(key, list);
        }
        long[] found = Groups.find(items, list);
        int n = items.count();
        for (long f : found) {
            if (f == n) {
                throw new QException("cast");
            }
        }
        Enumeration e = new Enumeration(domain, found, Attribute.NONE);
        return atom ? e.at(0) : e;
    }

    // a compound key's row given as a simple list of its fields, rather than a list of rows
    private static boolean depthOne(K v) {
        return !(v instanceof KList l) || l.count() == 0 || l.items()[0].type() < 0;
    }

    // a list of rows (each a list of the key's fields) as a table of the key's columns
    private static Table rows(Table key, K list) {
        K[] rows = Lists.items(list);
        K[] cols = new K[key.data().length];
        for (int c = 0; c < cols.length; c++) {
            K[] col = new K[rows.length];
            for (int r = 0; r < rows.length; r++) {
                if (rows[r].count() != cols.length) {
                    throw QException.length();
                }
                col[r] = Lists.at(rows[r], c);
            }
            cols[c] = Lists.collapse(col);
        }
        return new Table(key.columns(), cols);
    }

    /** {@code `d!i}: the enumeration whose positions in d are i (not checked: a position past the end is a dangling link). */
    public static K fromIndices(Context ctx, String name, K y) {
        if (!Ints.isAtom(y) && !Ints.isVector(y)) {
            throw QException.type();
        }
        Enumeration e = new Enumeration(ctx.domain(name), Ints.vector(y), Attribute.NONE);
        return y.type() < 0 ? e.at(0) : e;
    }

    /** {@code link.field}: column {@code field} of the table a link or foreign key points into, at its rows (nulls past the end). */
    public static K follow(Enumeration link, String field) {
        K target = link.domain().variable();
        Table rows;
        if (target instanceof Dict d && d.isKeyedTable()) {
            rows = (Table) d.keys();
            Table values = (Table) d.values();
            int at = column(values, field);
            if (at >= 0) {
                return Gather.atOrNull(values.data()[at], link.index());
            }
        } else if (target instanceof Table t) {
            rows = t;
        } else {
            throw QException.type();
        }
        int at = column(rows, field);
        if (at < 0) {
            throw QException.undefined(field);
        }
        return Gather.atOrNull(rows.data()[at], link.index());
    }

    private static int column(Table t, String name) {
        return Arrays.asList(t.columns().items()).indexOf(name);
    }

    private static String[] symbols(K y) {
        K v = Enumeration.plain(y);
        if (v instanceof SymbolAtom s) {
            return new String[] {s.value()};
        }
        if (v instanceof SymbolVector s) {
            return s.items();
        }
        if (v instanceof KList l && l.count() == 0) {
            return new String[0];
        }
        throw QException.type();
    }
}
