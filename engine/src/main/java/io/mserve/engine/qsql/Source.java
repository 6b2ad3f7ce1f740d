package io.mserve.engine.qsql;

import io.mserve.engine.QException;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The table a query runs over: a table, or a keyed table's key and value tables (keys null when unkeyed). */
record Source(Table keys, Table values) {

    static Source of(K from) {
        if (from instanceof Table t) {
            return new Source(null, t);
        }
        if (from instanceof Dict d && d.isKeyedTable()) {
            return new Source((Table) d.keys(), (Table) d.values());
        }
        throw QException.type();
    }

    int count() {
        return values.count();
    }

    /** Every column by name, key columns first. */
    Map<String, K> columns() {
        Map<String, K> out = new HashMap<>();
        if (keys != null) {
            put(out, keys);
        }
        put(out, values);
        return out;
    }

    private static void put(Map<String, K> out, Table t) {
        String[] names = t.columns().items();
        for (int c = 0; c < names.length; c++) {
            out.put(names[c], t.data()[c]);
        }
    }

    /** All column names, key columns first. */
    List<String> names() {
        List<String> out = new ArrayList<>();
        if (keys != null) {
            out.addAll(Arrays.asList(keys.columns().items()));
        }
        out.addAll(Arrays.asList(values.columns().items()));
        return out;
    }

    /** The rows at {@code idx}, keyed as the source is. */
    K take(int[] idx) {
        Table v = (Table) Cols.take(values, idx);
        return keys == null ? v : new Dict(Cols.take(keys, idx), v);
    }

    /** The source with columns replaced (a key or value column of that name) or added (to the values). */
    K with(String[] names, K[] data) {
        Table k = keys;
        Table v = values;
        for (int c = 0; c < names.length; c++) {
            if (k != null && Arrays.asList(k.columns().items()).contains(names[c])) {
                k = set(k, names[c], data[c]);
            } else {
                v = set(v, names[c], data[c]);
            }
        }
        return k == null ? v : new Dict(k, v);
    }

    private static Table set(Table t, String name, K col) {
        String[] names = t.columns().items();
        int at = Arrays.asList(names).indexOf(name);
        if (at >= 0) {
            K[] data = t.data().clone();
            data[at] = col;
            return new Table(t.columns(), data);
        }
        String[] n2 = Arrays.copyOf(names, names.length + 1);
        n2[names.length] = name;
        K[] d2 = Arrays.copyOf(t.data(), names.length + 1);
        d2[names.length] = col;
        return Cols.table(n2, d2);
    }

    /** The source without the value columns {@code drop}. */
    K without(List<String> drop) {
        List<String> names = new ArrayList<>();
        List<K> data = new ArrayList<>();
        String[] all = values.columns().items();
        for (int c = 0; c < all.length; c++) {
            if (!drop.contains(all[c])) {
                names.add(all[c]);
                data.add(values.data()[c]);
            }
        }
        Table v = Cols.table(names.toArray(new String[0]), data.toArray(new K[0]));
        return keys == null ? v : new Dict(keys, v);
    }
}
