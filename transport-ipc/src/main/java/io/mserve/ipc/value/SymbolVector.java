package io.mserve.ipc.value;

import java.util.Arrays;

/**
 * A symbol vector; each item holds a symbol's bytes as ISO-8859-1 characters. The array is shared, never copied: nobody
 * may change it once the vector exists. A vector may also carry its {@link SymbolEnumeration} (4 bytes a row more),
 * made with it by whoever made the items; it never changes what the vector is (equality is by items).
 */
public final class SymbolVector extends KVector {
    private final String[] items;
    private final SymbolEnumeration enumeration;

    public SymbolVector(String[] items) {
        this(items, Attribute.NONE);
    }

    public SymbolVector(String[] items, int attribute) {
        this(items, null, attribute);
    }

    SymbolVector(String[] items, SymbolEnumeration enumeration, int attribute) {
        super(attribute);
        this.items = items;
        this.enumeration = enumeration;
    }

    /**
     * The vector whose item r is {@code domain[codes[r]]}, enumerated. Refused (IllegalArgumentException) when the
     * domain holds a null or a symbol twice, or a code is outside it.
     */
    public static SymbolVector enumerated(String[] domain, int[] codes) {
        return SymbolEnumeration.of(domain, codes);
    }

    @Override
    public int type() {
        return QType.SYMBOL;
    }

    @Override
    public SymbolVector withAttribute(int attribute) {
        return new SymbolVector(items, enumeration, attribute);
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

    /** The vector's enumeration, or null when it has none. */
    public SymbolEnumeration enumeration() {
        return enumeration;
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
