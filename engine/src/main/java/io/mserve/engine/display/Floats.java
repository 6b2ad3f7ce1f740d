package io.mserve.engine.display;

import io.mserve.engine.QException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * q's text for finite floats: C's {@code %.Pg} (significant digits {@code \P}), trailing zeros
 * dropped; and C's {@code %.nf} for {@code -27!}.
 */
public final class Floats {
    private Floats() {}

    /** The text of a finite {@code v} with {@code precision} significant digits (0: 17). */
    static String format(double v, int precision) {
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        int p = precision <= 0 ? 17 : precision;
        if (p <= 15 && Math.abs(v) >= 1e-4 && Math.abs(v) < 1e15 && v == Math.rint(v) && Math.abs(v) < Math.pow(10, p)) {
            return Long.toString((long) v);
        }
        // exact binary value rounded half-even, as glibc's printf rounds
        BigDecimal d = new BigDecimal(v).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int exponent = d.precision() - d.scale() - 1;
        if (exponent < -4 || exponent >= p) {
            String digits = d.unscaledValue().abs().toString();
            digits = stripZeros(digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits);
            int e = Math.abs(exponent);
            return (v < 0 ? "-" : "") + digits + (exponent < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + e;
        }
        String plain = d.toPlainString();
        return plain.indexOf('.') >= 0 ? stripZeros(plain) : plain;
    }

    /** {@code v} with {@code places} decimals: the exact binary value rounded half-even, as C's {@code %.nf}; {@code 'domain} for null and infinities. */
    public static String fixed(double v, int places) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw QException.domain();
        }
        String s = new BigDecimal(v).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
        return 1 / v < 0 && !s.startsWith("-") ? "-" + s : s;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
