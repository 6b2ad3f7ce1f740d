package io.mserve.ipc.value;

import java.util.Arrays;

/** A general list (type 0). The array is shared, never copied: nobody may change it once the list exists. */
public final class KList extends KVector {
    private final K[] items;

    public KList(K... items) {
        this(items, Attribute.NONE);
    }

    public KList(K[] items, int attribute) {
        super(attribute);
        this.items = items;
    }

    @Override
    public int type() {
        return QType.LIST;
    }

    @Override
    public int count() {
        return items.length;
    }

    @Override
    public KList withAttribute(int attribute) {
        return new KList(items, attribute);
    }

    @Override
    public K at(int index) {
        return items[index];
    }

    /** The items themselves (not a copy): read, never write. */
    public K[] items() {
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KList o && o.attribute() == attribute() && Arrays.equals(items, o.items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return "KList(" + Attribute.prefix(attribute()) + Arrays.toString(items) + ")";
    }
}
