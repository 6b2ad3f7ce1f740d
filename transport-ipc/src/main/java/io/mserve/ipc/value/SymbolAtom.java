package io.mserve.ipc.value;

/** A symbol atom; its text holds the symbol's bytes as ISO-8859-1 characters. */
public final class SymbolAtom extends K {
    private final String value;

    public SymbolAtom(String value) {
        this.value = java.util.Objects.requireNonNull(value);
    }

    @Override
    public int type() {
        return -QType.SYMBOL;
    }

    @Override
    public int count() {
        return 1;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SymbolAtom o && o.type() == type() && value.equals(o.value);
    }

    @Override
    public int hashCode() {
        return 31 * type() + value.hashCode();
    }

    @Override
    public String toString() {
        return "SymbolAtom(" + type() + ", " + value + ")";
    }
}
