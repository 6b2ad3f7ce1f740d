package io.mserve.ipc.value;

/** An int, month, date, minute, second or time atom. */
public final class IntAtom extends K {
    private final int type;
    private final int value;

    /** @param type one of -int, -month, -date, -minute, -second, -time (negative: an atom) */
    public IntAtom(int type, int value) {
        if (type != -QType.INT && type != -QType.MONTH && type != -QType.DATE && type != -QType.MINUTE && type != -QType.SECOND && type != -QType.TIME) {
            throw new IllegalArgumentException("not a int atom type: " + type);
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

    public int value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntAtom o && o.type() == type() && value == o.value;
    }

    @Override
    public int hashCode() {
        return 31 * type() + value;
    }

    @Override
    public String toString() {
        return "IntAtom(" + type() + ", " + value + ")";
    }
}
