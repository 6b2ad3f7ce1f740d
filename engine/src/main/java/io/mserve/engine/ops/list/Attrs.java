package io.mserve.engine.ops.list;

import io.mserve.engine.QException;
import io.mserve.engine.ops.search.Groups;
import io.mserve.engine.ops.sort.Sort;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.Table;

/** Set Attribute: {@code `s#x}, {@code `u#x}, {@code `p#x}, {@code `g#x}, and {@code `#x} to remove them; {@code attr x} reads them. */
public final class Attrs {
    private Attrs() {}

    /** Whether {@code name} is an attribute's letter (or empty, for none). */
    static boolean isAttribute(String name) {
        return name.isEmpty() || name.equals("s") || name.equals("u") || name.equals("p") || name.equals("g");
    }

    /** {@code `a#y}. */
    public static K set(String name, K y) {
        if (y instanceof Dict d) {
            return dict(name, d);
        }
        if (y instanceof Table t) {
            return table(name, t);
        }
        if (!(y instanceof KVector v)) {
            throw QException.type();
        }
        switch (name) {
            case "":
                return v.withAttribute(Attribute.NONE);
            case "s":
                if (!sorted(v)) {
                    throw new QException("s-fail");
                }
                return v.withAttribute(Attribute.SORTED);
            case "u":
                if (Groups.of(v).count() != v.count()) {
                    throw new QException("u-fail");
                }
                return v.withAttribute(Attribute.UNIQUE);
            case "p":
                if (v instanceof KList) {
                    throw QException.type();
                }
                if (!parted(Groups.of(v))) {
                    throw new QException("u-fail");
                }
                return v.withAttribute(Attribute.PARTED);
            default:
                if (v instanceof KList) {
                    throw QException.type();
                }
                return v.withAttribute(Attribute.GROUPED);
        }
    }

    private static K dict(String name, Dict d) {
        if (name.isEmpty()) {
            return new Dict(set(name, d.keys()), d.values());
        }
        if (!name.equals("s")) {
            throw QException.type();
        }
        // A sorted keyed table's key is a sorted table whose columns keep their attributes (kb/serialization.md).
        return new Dict(d.keys() instanceof Table t ? sortedTable(t, false) : set(name, d.keys()), d.values(), true);
    }

    private static K table(String name, Table t) {
        K[] data = t.data().clone();
        if (name.isEmpty()) {
            for (int c = 0; c < data.length; c++) {
                data[c] = set(name, data[c]);
            }
            return new Table(t.columns(), data);
        }
        if (!name.equals("s")) {
            throw QException.type();
        }
        return sortedTable(t, true);
    }

    // s#t: the rows must be in order; q marks a sorted table's first column parted, not a keyed table's key.
    private static K sortedTable(Table t, boolean partFirstColumn) {
        K[] data = t.data().clone();
        int[] g = Sort.gradeColumns(data, t.count(), false);
        for (int i = 0; i < g.length; i++) {
            if (g[i] != i) {
                throw new QException("s-fail");
            }
        }
        if (partFirstColumn && data.length > 0 && !(data[0] instanceof KList)) {
            data[0] = ((KVector) data[0]).withAttribute(Attribute.PARTED);
        }
        return new Table(t.columns(), data, Attribute.SORTED);
    }

    private static boolean sorted(KVector v) {
        long[] k = Sort.rankKeys(v);
        int n = v.count();
        for (int i = 1; i < n; i++) {
            if (k != null ? k[i - 1] > k[i] : Sort.compare(Lists.at(v, i - 1), Lists.at(v, i)) > 0) {
                return false;
            }
        }
        return true;
    }

    // every group's items adjacent: group ids only ever step to a new group
    private static boolean parted(Groups g) {
        int seen = -1;
        int[] ids = g.ids;
        for (int i = 0; i < ids.length; i++) {
            int id = ids[i];
            if (id > seen) {
                seen = id;
            } else if (i > 0 && id != ids[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** {@code after}, {@code before} with items appended in memory: {@code s u g} kept where they still hold, {@code p} dropped (set-attribute.md). */
    public static K afterAppend(K before, K after) {
        if (!(before instanceof KVector b) || !(after instanceof KVector a) || b.attribute() == Attribute.NONE || a == b) {
            return after;
        }
        switch (b.attribute()) {
            case Attribute.SORTED:
                for (int i = Math.max(b.count(), 1); i < a.count(); i++) {
                    if (Sort.compare(a.at(i - 1), a.at(i)) > 0) {
                        return a.withAttribute(Attribute.NONE);
                    }
                }
                return a.withAttribute(Attribute.SORTED);
            case Attribute.UNIQUE:
                return a.withAttribute(Groups.of(a).count() == a.count() ? Attribute.UNIQUE : Attribute.NONE);
            case Attribute.GROUPED:
                return a.withAttribute(Attribute.GROUPED);
            default:
                return a.withAttribute(Attribute.NONE);
        }
    }

    /** {@code attr x}: {@code `s `u `p `g} or the empty symbol; {@code `s} for a sorted dictionary. */
    public static K attr(K x) {
        if (x instanceof Dict d) {
            return Q.s(d.isSorted() ? "s" : "");
        }
        int a = x instanceof KVector v ? v.attribute() : x instanceof Table t ? t.attribute() : Attribute.NONE;
        return Q.s(a == Attribute.NONE ? "" : Attribute.prefix(a).substring(0, 1));
    }
}
