package io.mserve.engine.value;

import io.mserve.engine.QException;

/**
 * q's text for temporal values, both ways: {@code 2020.01.01}, {@code 2020.01m},
 * {@code 2020.01.01D12:00:00.000000000}, {@code 0D01:02:03.000000000}, {@code 12:00},
 * {@code 12:00:00}, {@code 12:00:00.000}, {@code 2020.01.01T12:00:00.000}; nulls {@code 0N?}
 * and infinities {@code 0W?} included. Raw values are q's: days, months, ms, ns since 2000.01.01.
 */
public final class Temporal {
    private Temporal() {}

    /** q's text for a raw value of temporal vector type {@code type} (12..14, 16..19), as an atom shows it without a type suffix. */
    public static String format(int type, long raw) {
        throw QException.nyi();
    }

    /** q's text for a datetime (type 15), days since 2000.01.01 with the time as the fraction. */
    public static String formatDatetime(double days) {
        throw QException.nyi();
    }

    /**
     * The raw value of q text {@code text} as type {@code type} (12..14, 16..19), as {@code "D"$"2020.01.01"} reads it.
     *
     * @throws QException {@code 'type} (or returns null's raw value where q does) when the text is not of that type
     */
    public static long parse(int type, String text) {
        throw QException.nyi();
    }

    /** The datetime of q text {@code text}. */
    public static double parseDatetime(String text) {
        throw QException.nyi();
    }
}
