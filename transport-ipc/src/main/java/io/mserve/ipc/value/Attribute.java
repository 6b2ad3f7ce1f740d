package io.mserve.ipc.value;

/** The attribute byte of vectors and tables: {@code s# u# p# g#}. */
public final class Attribute {
    private Attribute() {}

    public static final int NONE = 0;
    public static final int SORTED = 1;
    public static final int UNIQUE = 2;
    public static final int PARTED = 3;
    public static final int GROUPED = 4;

    /** Its q prefix ({@code s#}), or the empty string for none. */
    public static String prefix(int attribute) {
        return switch (attribute) {
            case SORTED -> "s#";
            case UNIQUE -> "u#";
            case PARTED -> "p#";
            case GROUPED -> "g#";
            default -> "";
        };
    }
}
