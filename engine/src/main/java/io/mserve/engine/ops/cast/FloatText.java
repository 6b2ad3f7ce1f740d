package io.mserve.engine.ops.cast;

import io.mserve.engine.QException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * q's text for floats: C's {@code %.Pg} with the console precision {@code \P} (7 by default,
 * 0 meaning 17), {@code 0n 0w -0w} for null and infinities.
 */
public final class FloatText {
    private FloatText() {}

    /** The default precision, {@code \P 7}. */
    public static final int DEFAULT_PRECISION = 7;

    public static String format(double v) {
        return format(v, DEFAULT_PRECISION);
    }

    /** {@code v} in {@code precision} significant digits (0 for 17). */
    public static String format(double v, int precision) {
        if (Double.isNaN(v)) {
            return "0n";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "0w" : "-0w";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        int p = precision == 0 ? 17 : precision;
        // The exact binary value rounded half-even, as glibc's printf does.
        BigDecimal r = new BigDecimal(v).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        if (exp < -4 || exp >= p) {
            String digits = r.unscaledValue().abs().toString();
            StringBuilder sb = new StringBuilder();
            if (r.signum() < 0) {
                sb.append('-');
            }
            sb.append(digits.charAt(0));
            String frac = stripZeros(digits.substring(1));
            if (!frac.isEmpty()) {
                sb.append('.').append(frac);
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            return sb.append(a).toString();
        }
        String s = r.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
        if (s.indexOf('.') >= 0) {
            s = stripZeros(s);
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
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
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, end);
    }
}
