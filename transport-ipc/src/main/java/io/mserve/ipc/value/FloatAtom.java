package io.mserve.ipc.value;

/** A float or datetime atom (8-byte float). */
public final class FloatAtom extends K {
    private final int type;
    private final double value;

    /** @param type one of -float, -datetime (negative: an atom) */
    public FloatAtom(int type, double value) {
        if (type != -QType.FLOAT && type != -QType.DATETIME) {
            throw new IllegalArgumentException("not a float atom type: " + type);
        }
        this.type = type;
        this.value = value;
    }

    @Override
    public int type() {
        return type;
    }

    @Override
    public int count() {
        return 1;
    }

    public double value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FloatAtom o && o.type() == type() && Double.compare(value, o.value) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * type() + Double.hashCode(value);
    }

    @Override
    public String toString() {
        return "FloatAtom(" + type() + ", " + value + ")";
    }
}
