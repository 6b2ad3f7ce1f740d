package io.mserve.ipc.value;

import java.util.Arrays;

/** A symbol vector; each item holds a symbol's bytes as ISO-8859-1 characters. The array is shared, never copied: nobody may change it once the vector exists. */
public final class SymbolVector extends KVector {
    private final String[] items;

    public SymbolVector(String[] items) {
        this(items, Attribute.NONE);
    }

    public SymbolVector(String[] items, int attribute) {
        super(attribute);
        this.items = items;
    }

    @Override
    public int type() {
        return QType.SYMBOL;
    }

    @Override
    public SymbolVector withAttribute(int attribute) {
        return new SymbolVector(items, attribute);
    }

    @Override
    public SymbolAtom at(int index) {
        return new SymbolAtom(items[index]);
    }

    @Override
    public int count() {
        return items.length;
    }

    /** The items themselves (not a copy): read, never write. */
    public String[] items() {
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SymbolVector o && o.type() == type() && o.attribute() == attribute() && Arrays.equals(items, o.items);
    }

    @Override
    public int hashCode() {
        return 31 * type() + Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return "SymbolVector(" + type() + ", " + Attribute.prefix(attribute()) + Arrays.toString(items) + ")";
    }
}
