package io.mserve.ipc.value;

/** kdb+ type numbers (atoms are the negatives of their vectors) and facts about them. */
public final class QType {
    private QType() {}

    public static final int LIST = 0;
    public static final int BOOLEAN = 1;
    public static final int GUID = 2;
    public static final int BYTE = 4;
    public static final int SHORT = 5;
    public static final int INT = 6;
    public static final int LONG = 7;
    public static final int REAL = 8;
    public static final int FLOAT = 9;
    public static final int CHAR = 10;
    public static final int SYMBOL = 11;
    public static final int TIMESTAMP = 12;
    public static final int MONTH = 13;
    public static final int DATE = 14;
    public static final int DATETIME = 15;
    public static final int TIMESPAN = 16;
    public static final int MINUTE = 17;
    public static final int SECOND = 18;
    public static final int TIME = 19;
    /** Enumerations are 20..76, each a distinct domain. */
    public static final int ENUM_FIRST = 20;
    public static final int ENUM_LAST = 76;
    public static final int TABLE = 98;
    public static final int DICT = 99;
    public static final int LAMBDA = 100;
    public static final int UNARY_PRIMITIVE = 101;
    public static final int OPERATOR = 102;
    public static final int ITERATOR = 103;
    public static final int PROJECTION = 104;
    public static final int COMPOSITION = 105;
    public static final int EACH = 106;
    public static final int OVER = 107;
    public static final int SCAN = 108;
    public static final int EACH_PRIOR = 109;
    public static final int EACH_RIGHT = 110;
    public static final int EACH_LEFT = 111;
    public static final int DYNAMIC_LOAD = 112;
    /** A dictionary whose keys carry the sorted attribute ({@code `s#`a`b!1 2}, keyed {@code s#} tables). */
    public static final int SORTED_DICT = 127;
    public static final int ERROR = -128;

    private static final String LETTERS = " bg xhijefcspmdznuvt";

    /** q's type letter ({@code j} for long); a space where there is none. */
    public static char letter(int type) {
        int t = Math.abs(type);
        return t < LETTERS.length() ? LETTERS.charAt(t) : ' ';
    }

    /** Bytes per item on the wire for fixed-width vector types 1..19; 0 for symbols and others. */
    public static int width(int type) {
        switch (Math.abs(type)) {
            case BOOLEAN: case BYTE: case CHAR: return 1;
            case GUID: return 16;
            case SHORT: return 2;
            case INT: case MONTH: case DATE: case MINUTE: case SECOND: case TIME: case REAL: return 4;
            case LONG: case TIMESTAMP: case TIMESPAN: case FLOAT: case DATETIME: return 8;
            default: return 0;
        }
    }

    /** Whether {@code type} (a vector's, positive) is one of the simple types 1..19. */
    public static boolean isSimple(int type) {
        return type >= BOOLEAN && type <= TIME && type != 3;
    }

    /** Whether {@code type} is a function type, 100..112. */
    public static boolean isFunction(int type) {
        return type >= LAMBDA && type <= DYNAMIC_LOAD;
    }
}
