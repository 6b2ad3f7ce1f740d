package io.mserve.ipc.value;

/** A short atom. */
public final class ShortAtom extends K {
    private final short value;

    public ShortAtom(short value) {
        this.value = value;
    }

    @Override
    public int type() {
        return -QType.SHORT;
    }

    @Override
    public int count() {
        return 1;
    }

    public short value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShortAtom o && o.type() == type() && value == o.value;
    }

    @Override
    public int hashCode() {
        return 31 * type() + value;
    }

    @Override
    public String toString() {
        return "ShortAtom(" + type() + ", " + value + ")";
    }
}
