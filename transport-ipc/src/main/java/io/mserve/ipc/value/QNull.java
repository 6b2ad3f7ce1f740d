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
    /**
     * The bits kdb+ writes for the literal {@code 0n}: the positive quiet NaN 0x7ff8000000000000.
     * Any NaN is a float null; kdb+ keeps the bits it was given, and so does the codec.
     */
    public static final double FLOAT = Double.longBitsToDouble(0x7FF8000000000000L);
    /** The bits kdb+ writes for the literal {@code 0Ne}: 0x7fc00000. */
    public static final float REAL = Float.intBitsToFloat(0x7FC00000);
    public static final byte CHAR = ' ';
    public static final String SYMBOL = "";
}
