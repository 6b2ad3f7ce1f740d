package io.mserve.ipc.value;

/** A long, timestamp or timespan atom. */
public final class LongAtom extends K {
    private final int type;
    private final long value;

    /** @param type one of -long, -timestamp, -timespan (negative: an atom) */
    public LongAtom(int type, long value) {
        if (type != -QType.LONG && type != -QType.TIMESTAMP && type != -QType.TIMESPAN) {
            throw new IllegalArgumentException("not a long atom type: " + type);
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

    public long value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LongAtom o && o.type() == type() && value == o.value;
    }

    @Override
    public int hashCode() {
        return 31 * type() + Long.hashCode(value);
    }

    @Override
    public String toString() {
        return "LongAtom(" + type() + ", " + value + ")";
    }
}
