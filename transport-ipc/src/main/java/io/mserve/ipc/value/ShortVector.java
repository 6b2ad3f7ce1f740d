package io.mserve.ipc.value;

import java.util.Arrays;

/** A short vector. The array is shared, never copied: nobody may change it once the vector exists. */
public final class ShortVector extends KVector {
    private final short[] items;

    public ShortVector(short[] items) {
        this(items, Attribute.NONE);
    }

    public ShortVector(short[] items, int attribute) {
        super(attribute);
        this.items = items;
    }

    @Override
    public int type() {
        return QType.SHORT;
    }

    @Override
    public ShortVector withAttribute(int attribute) {
        return new ShortVector(items, attribute);
    }

    @Override
    public ShortAtom at(int index) {
        return new ShortAtom(items[index]);
    }

    @Override
    public int count() {
        return items.length;
    }

    /** The items themselves (not a copy): read, never write. */
    public short[] items() {
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShortVector o && o.type() == type() && o.attribute() == attribute() && Arrays.equals(items, o.items);
    }

    @Override
    public int hashCode() {
        return 31 * type() + Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return "ShortVector(" + type() + ", " + Attribute.prefix(attribute()) + Arrays.toString(items) + ")";
    }
}
