package io.mserve.ipc.value;

/** A boolean, byte or char atom. */
public final class ByteAtom extends K {
    private final int type;
    private final byte value;

    /** @param type one of -boolean, -byte, -char (negative: an atom) */
    public ByteAtom(int type, byte value) {
        if (type != -QType.BOOLEAN && type != -QType.BYTE && type != -QType.CHAR) {
            throw new IllegalArgumentException("not a byte atom type: " + type);
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

    public byte value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ByteAtom o && o.type() == type() && value == o.value;
    }

    @Override
    public int hashCode() {
        return 31 * type() + value;
    }

    @Override
    public String toString() {
        return "ByteAtom(" + type() + ", " + value + ")";
    }
}
