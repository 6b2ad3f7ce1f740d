package io.mserve.ipc.value;

/** A GUID atom. */
public final class GuidAtom extends K {
    private final java.util.UUID value;

    public GuidAtom(java.util.UUID value) {
        this.value = java.util.Objects.requireNonNull(value);
    }

    @Override
    public int type() {
        return -QType.GUID;
    }

    @Override
    public int count() {
        return 1;
    }

    public java.util.UUID value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GuidAtom o && o.type() == type() && value.equals(o.value);
    }

    @Override
    public int hashCode() {
        return 31 * type() + value.hashCode();
    }

    @Override
    public String toString() {
        return "GuidAtom(" + type() + ", " + value + ")";
    }
}
