package io.mserve.ipc.value;

import java.util.Objects;

/**
 * A dictionary (type 99), or a sorted one (type 127) when its keys carry {@code s#}. A keyed
 * table is a dictionary whose keys and values are both tables.
 */
public final class Dict extends K {
    private final K keys;
    private final K values;
    private final boolean sorted;

    public Dict(K keys, K values) {
        this(keys, values, false);
    }

    public Dict(K keys, K values, boolean sorted) {
        this.keys = Objects.requireNonNull(keys);
        this.values = Objects.requireNonNull(values);
        this.sorted = sorted;
    }

    @Override
    public int type() {
        return sorted ? QType.SORTED_DICT : QType.DICT;
    }

    @Override
    public int count() {
        return keys.count();
    }

    public K keys() {
        return keys;
    }

    public K values() {
        return values;
    }

    public boolean isSorted() {
        return sorted;
    }

    /** Whether this is a keyed table: table keys and table values. */
    public boolean isKeyedTable() {
        return keys instanceof Table && values instanceof Table;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dict o && o.sorted == sorted && o.keys.equals(keys) && o.values.equals(values);
    }

    @Override
    public int hashCode() {
        return 31 * keys.hashCode() + values.hashCode();
    }

    @Override
    public String toString() {
        return "Dict(" + (sorted ? "s#" : "") + keys + "!" + values + ")";
    }
}
