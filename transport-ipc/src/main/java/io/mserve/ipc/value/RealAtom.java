package io.mserve.ipc.value;

/** A real atom (4-byte float). */
public final class RealAtom extends K {
    private final float value;

    public RealAtom(float value) {
        this.value = value;
    }

    @Override
    public int type() {
        return -QType.REAL;
    }

    @Override
    public int count() {
        return 1;
    }

    public float value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RealAtom o && o.type() == type() && Float.compare(value, o.value) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * type() + Float.hashCode(value);
    }

    @Override
    public String toString() {
        return "RealAtom(" + type() + ", " + value + ")";
    }
}
