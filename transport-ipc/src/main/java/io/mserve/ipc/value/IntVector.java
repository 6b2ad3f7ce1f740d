package io.mserve.ipc.value;

import java.util.Arrays;

/** An int, month, date, minute, second or time vector. The array is shared, never copied: nobody may change it once the vector exists. */
public final class IntVector extends KVector {
    private final int type;
    private final int[] items;

    /** @param type one of int, month, date, minute, second, time */
    public IntVector(int type, int[] items) {
        this(type, items, Attribute.NONE);
    }

    public IntVector(int type, int[] items, int attribute) {
        super(attribute);
        if (type != QType.INT && type != QType.MONTH && type != QType.DATE && type != QType.MINUTE && type != QType.SECOND && type != QType.TIME) {
            throw new IllegalArgumentException("not a int vector type: " + type);
        }
        this.type = type;
        this.items = items;
    }

    @Override
    public int type() {
        return type;
    }

    @Override
    public IntVector withAttribute(int attribute) {
        return new IntVector(type, items, attribute);
    }

    @Override
    public IntAtom at(int index) {
        return new IntAtom(-type, items[index]);
    }

    @Override
    public int count() {
        return items.length;
    }

    /** The items themselves (not a copy): read, never write. */
    public int[] items() {
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntVector o && o.type() == type() && o.attribute() == attribute() && Arrays.equals(items, o.items);
    }

    @Override
    public int hashCode() {
        return 31 * type() + Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return "IntVector(" + type() + ", " + Attribute.prefix(attribute()) + Arrays.toString(items) + ")";
    }
}
