package io.mserve.ipc.value;

import java.util.Arrays;

/**
 * A projection (104: the function, then its arguments) or a composition (105: its functions),
 * as it travels. The array is shared, never copied.
 */
public final class FunctionList extends K {
    private final int type;
    private final K[] items;

    public FunctionList(int type, K[] items) {
        if (type != QType.PROJECTION && type != QType.COMPOSITION) {
            throw new IllegalArgumentException("not a projection or composition type: " + type);
        }
        this.type = type;
        this.items = items;
    }

    @Override
    public int type() {
        return type;
    }

    @Override
    public int count() {
        return 1;
    }

    /** The parts (not a copy: read, never write). */
    public K[] items() {
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FunctionList o && o.type == type && Arrays.equals(o.items, items);
    }

    @Override
    public int hashCode() {
        return 31 * type + Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return "FunctionList(" + type + ", " + Arrays.toString(items) + ")";
    }
}
