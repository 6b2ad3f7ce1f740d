package io.mserve.ipc.value;

import java.util.Arrays;

/** A float or datetime vector. The array is shared, never copied: nobody may change it once the vector exists. */
public final class FloatVector extends KVector {
    private final int type;
    private final double[] items;

    /** @param type one of float, datetime */
    public FloatVector(int type, double[] items) {
        this(type, items, Attribute.NONE);
    }

    public FloatVector(int type, double[] items, int attribute) {
        super(attribute);
        if (type != QType.FLOAT && type != QType.DATETIME) {
            throw new IllegalArgumentException("not a float vector type: " + type);
        }
        this.type = type;
        this.items = items;
    }

    @Override
    public int type() {
        return type;
    }

    @Override
    public FloatVector withAttribute(int attribute) {
        return new FloatVector(type, items, attribute);
    }

    @Override
    public FloatAtom at(int index) {
        return new FloatAtom(-type, items[index]);
    }

    @Override
    public int count() {
        return items.length;
    }

    /** The items themselves (not a copy): read, never write. */
    public double[] items() {
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FloatVector o && o.type() == type() && o.attribute() == attribute() && Arrays.equals(items, o.items);
    }

    @Override
    public int hashCode() {
        return 31 * type() + Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return "FloatVector(" + type() + ", " + Attribute.prefix(attribute()) + Arrays.toString(items) + ")";
    }
}
