package io.mserve.ipc.value;

/**
 * A built-in as it travels: a unary primitive (101), an operator (102) or an iterator (103),
 * identified by kdb+'s internal code byte. {@link #IDENTITY} ({@code ::}) is the generic null.
 */
public final class Primitive extends K {
    /** {@code ::}, the generic null: unary primitive 0. */
    public static final Primitive IDENTITY = new Primitive(QType.UNARY_PRIMITIVE, 0);

    private final int type;
    private final int code;

    public Primitive(int type, int code) {
        if (type != QType.UNARY_PRIMITIVE && type != QType.OPERATOR && type != QType.ITERATOR) {
            throw new IllegalArgumentException("not a primitive type: " + type);
        }
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException("primitive code out of range: " + code);
        }
        this.type = type;
        this.code = code;
    }

    @Override
    public int type() {
        return type;
    }

    @Override
    public int count() {
        return 1;
    }

    /** kdb+'s code for the primitive, 0..255. */
    public int code() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Primitive o && o.type == type && o.code == code;
    }

    @Override
    public int hashCode() {
        return 31 * type + code;
    }

    @Override
    public String toString() {
        return this.equals(IDENTITY) ? "::" : "Primitive(" + type + ", " + code + ")";
    }
}
