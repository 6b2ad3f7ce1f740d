package io.mserve.ipc.value;

import java.util.Arrays;

/** A long, timestamp or timespan vector. The array is shared, never copied: nobody may change it once the vector exists. */
public final class LongVector extends KVector {
    private final int type;
    private final long[] items;

    /** @param type one of long, timestamp, timespan */
    public LongVector(int type, long[] items) {
        this(type, items, Attribute.NONE);
    }

    public LongVector(int type, long[] items, int attribute) {
        super(attribute);
        if (type != QType.LONG && type != QType.TIMESTAMP && type != QType.TIMESPAN) {
            throw new IllegalArgumentException("not a long vector type: " + type);
        }
        this.type = type;
        this.items = items;
    }

    @Override
    public int type() {
        return type;
    }

    @Override
    public LongVector withAttribute(int attribute) {
        return new LongVector(type, items, attribute);
    }

    @Override
    public LongAtom at(int index) {
        return new LongAtom(-type, items[index]);
    }

    @Override
    public int count() {
        return items.length;
    }

    /** The items themselves (not a copy): read, never write. */
    public long[] items() {
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LongVector o && o.type() == type() && o.attribute() == attribute() && Arrays.equals(items, o.items);
    }

    @Override
    public int hashCode() {
        return 31 * type() + Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return "LongVector(" + type() + ", " + Attribute.prefix(attribute()) + Arrays.toString(items) + ")";
    }
}
