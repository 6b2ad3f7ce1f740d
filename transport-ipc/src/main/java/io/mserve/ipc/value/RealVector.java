package io.mserve.ipc.value;

import java.util.Arrays;

/** A real vector. The array is shared, never copied: nobody may change it once the vector exists. */
public final class RealVector extends KVector {
    private final float[] items;

    public RealVector(float[] items) {
        this(items, Attribute.NONE);
    }

    public RealVector(float[] items, int attribute) {
        super(attribute);
        this.items = items;
    }

    @Override
    public int type() {
        return QType.REAL;
    }

    @Override
    public RealVector withAttribute(int attribute) {
        return new RealVector(items, attribute);
    }

    @Override
    public RealAtom at(int index) {
        return new RealAtom(items[index]);
    }

    @Override
    public int count() {
        return items.length;
    }

    /** The items themselves (not a copy): read, never write. */
    public float[] items() {
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RealVector o && o.type() == type() && o.attribute() == attribute() && Arrays.equals(items, o.items);
    }

    @Override
    public int hashCode() {
        return 31 * type() + Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return "RealVector(" + type() + ", " + Attribute.prefix(attribute()) + Arrays.toString(items) + ")";
    }
}
