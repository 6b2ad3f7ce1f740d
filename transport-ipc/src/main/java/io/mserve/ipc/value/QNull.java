package io.mserve.ipc.value;

/**
 * q's nulls and infinities in their Java representations. Integer types use their minimum as
 * null and max / min+1 as the infinities; reals and floats use NaN and the IEEE infinities.
 */
public final class QNull {
    private QNull() {}

    public static final short SHORT = Short.MIN_VALUE;
    public static final short SHORT_INF = Short.MAX_VALUE;
    public static final int INT = Integer.MIN_VALUE;
    public static final int INT_INF = Integer.MAX_VALUE;
    public static final long LONG = Long.MIN_VALUE;
    public static final long LONG_INF = Long.MAX_VALUE;
    /** kdb+'s own float null bits (0n): a negative quiet NaN. */
    public static final double FLOAT = Double.longBitsToDouble(0xFFF8000000000000L);
    /** kdb+'s own real null bits (0Ne). */
    public static final float REAL = Float.intBitsToFloat(0xFFC00000);
    public static final byte CHAR = ' ';
    public static final String SYMBOL = "";
}
