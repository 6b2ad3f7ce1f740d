package io.mserve.ipc.value;

import java.util.Arrays;

/** A boolean, byte or char vector (a string is a char vector). The array is shared, never copied: nobody may change it once the vector exists. */
public final class ByteVector extends KVector {
    private final int type;
    private final byte[] items;

    /** @param type one of boolean, byte, char */
    public ByteVector(int type, byte[] items) {
        this(type, items, Attribute.NONE);
    }

    public ByteVector(int type, byte[] items, int attribute) {
        super(attribute);
        if (type != QType.BOOLEAN && type != QType.BYTE && type != QType.CHAR) {
            throw new IllegalArgumentException("not a byte vector type: " + type);
        }
        this.type = type;
        this.items = items;
    }

    @Override
    public int type() {
        return type;
    }

    @Override
    public ByteVector withAttribute(int attribute) {
        return new ByteVector(type, items, attribute);
    }

    @Override
    public ByteAtom at(int index) {
        return new ByteAtom(-type, items[index]);
    }

    @Override
    public int count() {
        return items.length;
    }

    /** The items themselves (not a copy): read, never write. */
    public byte[] items() {
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ByteVector o && o.type() == type() && o.attribute() == attribute() && Arrays.equals(items, o.items);
    }

    @Override
    public int hashCode() {
        return 31 * type() + Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return "ByteVector(" + type() + ", " + Attribute.prefix(attribute()) + Arrays.toString(items) + ")";
    }
}
