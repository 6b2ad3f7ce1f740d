package io.mserve.engine.ops.compare;

/**
 * kdb+'s comparison tolerance (basics/precision.md): two floats are equal when the magnitude
 * of their difference is at most 2<sup>-43</sup> times the larger magnitude, so only zero equals
 * zero; nulls equal each other and are less than every other value; an infinity equals only
 * itself. It applies where either side is a real, float or datetime; other types compare exactly.
 *
 * <p>Used by {@code = <> < > <= >= ~ differ within} and by Converge ({@code f/[x]}). Not by
 * {@code ? distinct group in except inter union} or the sorts, which q defines on exact
 * equality (see {@code ops.search.ExactMatch}).
 */
public final class Tolerance {
    /** The comparison tolerance, 2<sup>-43</sup>; q does not let it be changed. */
    public static final double TOLERANCE = 0x1p-43;

    private Tolerance() {}

    /** {@code a=b} for floats. */
    public static boolean equal(double a, double b) {
        double m = Math.max(Math.abs(a), Math.abs(b));
        return a == b || (a != a && b != b) || (m != Double.POSITIVE_INFINITY && Math.abs(a - b) <= TOLERANCE * m);
    }

    /** {@code a<b} for floats: less and not tolerantly equal; null is less than every non-null. */
    public static boolean less(double a, double b) {
        if (a != a) {
            return b == b;
        }
        return b == b && a < b && !equal(a, b);
    }

    /** The order of two floats, 0 when they are tolerantly equal, nulls first. */
    public static int compare(double a, double b) {
        return less(a, b) ? -1 : less(b, a) ? 1 : 0;
    }
}
