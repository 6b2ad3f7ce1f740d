package io.mserve.ipc.value;

import java.util.Arrays;

/** A GUID vector. The array is shared, never copied: nobody may change it once the vector exists. */
public final class GuidVector extends KVector {
    private final java.util.UUID[] items;

    public GuidVector(java.util.UUID[] items) {
        this(items, Attribute.NONE);
    }

    public GuidVector(java.util.UUID[] items, int attribute) {
        super(attribute);
        this.items = items;
    }

    @Override
    public int type() {
        return QType.GUID;
    }

    @Override
    public GuidVector withAttribute(int attribute) {
        return new GuidVector(items, attribute);
    }

    @Override
    public GuidAtom at(int index) {
        return new GuidAtom(items[index]);
    }

    @Override
    public int count() {
        return items.length;
    }

    /** The items themselves (not a copy): read, never write. */
    public java.util.UUID[] items() {
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GuidVector o && o.type() == type() && o.attribute() == attribute() && Arrays.equals(items, o.items);
    }

    @Override
    public int hashCode() {
        return 31 * type() + Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return "GuidVector(" + type() + ", " + Attribute.prefix(attribute()) + Arrays.toString(items) + ")";
    }
}
