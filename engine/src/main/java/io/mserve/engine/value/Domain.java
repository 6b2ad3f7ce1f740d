package io.mserve.engine.value;

import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What enumerations index: a global variable, by name, read as it is now (kdb+ resolves an
 * enumeration through its domain's name, so changing the variable changes the enumeration's
 * values). The variable is a symbol list ({@code `sym$}), a keyed table (a foreign key, whose
 * items are the key's rows) or a table (a link, {@code `t!}). What is derived from the
 * variable, the position of each item and their order, is kept until the variable changes.
 * A session makes one per variable: one domain is one object (equal by identity).
 */
public final class Domain {
    private final String name;
    private final Supplier<K> variable;
    // the variable's value the derived data below was made from (values never change, so identity tells)
    private K seen;
    private Map<String, Long> positions;
    private int[] ranks;

    /** The domain called {@code name}, whose current value {@code variable} gives (null when undefined). */
    public Domain(String name, Supplier<K> variable) {
        this.name = name;
        this.variable = variable;
    }

    /** The name, as {@code key} of an enumeration shows it. */
    public String name() {
        return name;
    }

    /** The variable's value now; null when it is not defined. */
    public K variable() {
        return variable.get();
    }

    /**
     * The list the indices point into: the symbols of a symbol list, the key column of a table
     * keyed on one column, the key table of one keyed on several, a table's rows; null when the
     * variable is undefined or none of those.
     */
    private K items() {
        K v = variable.get();
        if (v instanceof SymbolVector || v instanceof Table) {
            return v;
        }
        if (v instanceof KList && v.count() == 0) {
            return new SymbolVector(new String[0]);
        }
        if (v instanceof Dict d && d.isKeyedTable()) {
            Table keys = (Table) d.keys();
            return keys.data().length == 1 ? keys.data()[0] : keys;
        }
        return null;
    }

    /** Whether the variable is a table or a keyed table: enumerations over it are links or foreign keys. */
    public boolean isTable() {
        K v = variable.get();
        return v instanceof Table || v instanceof Dict d && d.isKeyedTable();
    }

    /** Whether the items are symbols: a symbol list, or a table keyed on one symbol column. */
    public boolean isSymbols() {
        return items() instanceof SymbolVector;
    }

    /**
     * The values of the items at {@code index}, as {@code value} of an enumeration gives them:
     * symbols (the null symbol out of range), a foreign key's key values; the indices themselves
     * (as ints) when the items are rows of a table or the variable is gone.
     */
    public K values(long[] index, int attribute) {
        K items = items();
        if (items instanceof SymbolVector s) {
            // the null symbol where a position is outside the domain; enumerated when SymbolCodes finds it cheap
            SymbolVector v = (SymbolVector) Gather.atOrNull(s, index);
            return attribute == 0 ? v : v.withAttribute(attribute);
        }
        if (items != null && !(items instanceof Table)) {
            // a key column that is itself enumerated gives its values
            K v = Enumeration.plain(Gather.atOrNull(items, index));
            return attribute == 0 ? v : ((KVector) v).withAttribute(attribute);
        }
        int[] out = new int[index.length];
        for (int i = 0; i < out.length; i++) {
            long p = index[i];
            out[i] = p == QNull.LONG ? QNull.INT : (int) p;
        }
        return new IntVector(QType.INT, out);
    }

    /** The position of symbol {@code s} among the items, or -1 when it is not one of them (or they are not symbols). */
    public synchronized long position(String s) {
        refresh();
        if (positions == null) {
            K items = items();
            positions = new HashMap<>();
            if (items instanceof SymbolVector v) {
                String[] all = v.items();
                for (int i = all.length - 1; i >= 0; i--) {
                    positions.put(all[i], (long) i);
                }
            }
        }
        Long p = positions.get(s);
        return p == null ? -1 : p;
    }

    /**
     * Each item's place when the items are sorted (symbols by text); equal items share one.
     * Enumerations sort by their values: an index's rank is its sort key.
     */
    public synchronized int[] ranks() {
        refresh();
        if (ranks == null) {
            ranks = rank(items());
        }
        return ranks;
    }

    private static int[] rank(K items) {
        if (!(items instanceof SymbolVector s)) {
            int n = items == null ? 0 : items.count();
            int[] r = new int[n];
            for (int i = 0; i < n; i++) {
                r[i] = i;
            }
            return r;
        }
        String[] all = s.items();
        Integer[] order = new Integer[all.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> all[a].compareTo(all[b]));
        int[] r = new int[all.length];
        for (int k = 0; k < order.length; k++) {
            r[order[k]] = k > 0 && all[order[k]].equals(all[order[k - 1]]) ? r[order[k - 1]] : k;
        }
        return r;
    }

    private void refresh() {
        K now = variable.get();
        if (now != seen) {
            seen = now;
            positions = null;
            ranks = null;
        }
    }

    @Override
    public String toString() {
        return "Domain(" + name + ")";
    }
}
