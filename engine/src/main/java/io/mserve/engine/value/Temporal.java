package io.mserve.engine.value;

import io.mserve.engine.QException;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import java.time.LocalDate;

/**
 * q's text for temporal values, both ways: {@code 2020.01.01}, {@code 2020.01},
 * {@code 2020.01.01D12:00:00.000000000}, {@code 0D01:02:03.000000000}, {@code 12:00},
 * {@code 12:00:00}, {@code 12:00:00.000}, {@code 2020.01.01T12:00:00.000}; nulls and
 * infinities included. Raw values are q's: days, months since 2000.01.01; ms, s, min since
 * midnight; ns (timestamp since 2000.01.01, timespan).
 */
public final class Temporal {
    private Temporal() {}

    private static final long NS_PER_DAY = 86_400_000_000_000L;
    private static final long MS_PER_DAY = 86_400_000L;
    /** Days from 1970.01.01 to 2000.01.01. */
    private static final long EPOCH_2000 = 10_957;

    /**
     * q's text for a raw value of temporal type {@code type} (12..14, 16..19; sign ignored) as an
     * item of a vector shows it: never a type suffix, so a month is {@code 2020.01}, a null is
     * {@code 0N}, the infinities {@code 0W} and {@code -0W}. {@link #atom} adds what an atom needs.
     */
    public static String format(int type, long raw) {
        int t = Math.abs(type);
        String special = special(t, raw);
        if (special != null) {
            return special;
        }
        StringBuilder b = new StringBuilder(29);
        switch (t) {
            case QType.TIMESTAMP -> {
                date(b, Math.floorDiv(raw, NS_PER_DAY));
                b.append('D');
                clock(b, Math.floorMod(raw, NS_PER_DAY), 1_000_000_000L, 9);
            }
            case QType.MONTH -> {
                year(b, 2000 + Math.floorDiv(raw, 12));
                b.append('.');
                two(b, Math.floorMod(raw, 12) + 1);
            }
            case QType.DATE -> date(b, raw);
            case QType.TIMESPAN -> {
                if (raw < 0) {
                    b.append('-');
                }
                long a = Math.abs(raw);
                b.append(a / NS_PER_DAY).append('D');
                clock(b, a % NS_PER_DAY, 1_000_000_000L, 9);
            }
            case QType.MINUTE -> {
                sign(b, raw);
                long a = Math.abs(raw);
                two(b, a / 60);
                b.append(':');
                two(b, a % 60);
            }
            case QType.SECOND -> {
                sign(b, raw);
                long a = Math.abs(raw);
                two(b, a / 3600);
                b.append(':');
                two(b, a / 60 % 60);
                b.append(':');
                two(b, a % 60);
            }
            case QType.TIME -> {
                sign(b, raw);
                clock(b, Math.abs(raw), 1000, 3);
            }
            default -> throw QException.type();
        }
        return b.toString();
    }

    /**
     * q's text for an atom of temporal type {@code type} (12..19, sign ignored) at the console:
     * {@link #format}'s text, with the type letter where the text alone would not tell the type
     * ({@code 2020.01m}, {@code 0Nd}, {@code 0Wp}, {@code -0Wt}).
     */
    public static String atom(int type, long raw) {
        int t = Math.abs(type);
        String s = format(t, raw);
        return t == QType.MONTH || special(t, raw) != null ? s + QType.letter(t) : s;
    }

    /** The console text of a datetime atom: {@code 2020.01.01T12:00:00.000}, {@code 0Nz}, {@code 0wz}, {@code -0wz}. */
    public static String atomDatetime(double days) {
        String s = formatDatetime(days);
        return Double.isNaN(days) || Double.isInfinite(days) ? s + 'z' : s;
    }

    /** q's text for a datetime (type 15), days since 2000.01.01 with the time as the fraction; {@code 0N}, {@code 0w}, {@code -0w} for null and infinities. */
    public static String formatDatetime(double days) {
        if (Double.isNaN(days)) {
            return "0N";
        }
        if (Double.isInfinite(days)) {
            return days > 0 ? "0w" : "-0w";
        }
        long ms = Math.round(days * MS_PER_DAY);
        StringBuilder b = new StringBuilder(23);
        boolean valid = date(b, Math.floorDiv(ms, MS_PER_DAY));
        b.append('T');
        clock(b, valid ? Math.floorMod(ms, MS_PER_DAY) : 0, 1000, 3);
        return b.toString();
    }

    /**
     * The raw value of q text {@code text} as type {@code type} (12..14, 16..19, sign ignored),
     * as {@code "D"$"2020.01.01"} reads it: a literal's forms, partial times
     * ({@code 2020.01.01D12}, {@code 12:00} as a time), {@code yyyymmdd} and {@code yyyy-mm-dd}
     * dates, nulls and infinities ({@code 0N}, {@code 0Nd}, {@code 0W}, {@code -0Wd}), an
     * optional trailing type letter. Text q cannot read gives the type's null, as q's cast does.
     */
    public static long parse(int type, String text) {
        return parse(type, text, false);
    }

    /** As {@link #parse(int, String)}, a date with slashes read {@code dd/mm/yyyy} when {@code dayFirst} ({@code \z 1}). */
    public static long parse(int type, String text, boolean dayFirst) {
        int t = Math.abs(type);
        if (t < QType.TIMESTAMP || t > QType.TIME || t == QType.DATETIME) {
            throw QException.type();
        }
        String s = trimLetter(text.strip(), t);
        boolean intBased = t != QType.TIMESTAMP && t != QType.TIMESPAN;
        long nul = intBased ? QNull.INT : QNull.LONG;
        long inf = intBased ? QNull.INT_INF : QNull.LONG_INF;
        switch (s) {
            case "", "0N", "0n" -> { return nul; }
            case "0W", "0w" -> { return inf; }
            case "-0W", "-0w" -> { return -inf; }
            default -> { }
        }
        try {
            long v = switch (t) {
                case QType.TIMESTAMP -> timestamp(s, dayFirst);
                case QType.MONTH -> month(s);
                case QType.DATE -> day(s, dayFirst);
                case QType.TIMESPAN -> timespan(s);
                case QType.MINUTE -> clockText(s, 60_000_000_000L);
                case QType.SECOND -> clockText(s, 1_000_000_000L);
                default -> clockText(s, 1_000_000L);
            };
            return intBased && (v <= Integer.MIN_VALUE || v > Integer.MAX_VALUE) ? nul : v;
        } catch (RuntimeException e) {
            return nul;
        }
    }

    /** The datetime of q text {@code text} ({@code 2020.01.01T12:34:56.789}, {@code 2020.01.01T12}, a date); NaN when q cannot read it. */
    public static double parseDatetime(String text) {
        return parseDatetime(text, false);
    }

    /** As {@link #parseDatetime(String)}, a date with slashes read {@code dd/mm/yyyy} when {@code dayFirst}. */
    public static double parseDatetime(String text, boolean dayFirst) {
        String s = trimLetter(text.strip(), QType.DATETIME);
        switch (s) {
            case "", "0N", "0n" -> { return QNull.FLOAT; }
            case "0W", "0w" -> { return Double.POSITIVE_INFINITY; }
            case "-0W", "-0w" -> { return Double.NEGATIVE_INFINITY; }
            default -> { }
        }
        try {
            int split = dateSplit(s);
            long days = day(split < 0 ? s : s.substring(0, split), dayFirst);
            long ns = split < 0 || split == s.length() - 1 ? 0 : clockNs(s.substring(split + 1));
            return days + (ns / 1_000_000) / (double) MS_PER_DAY;
        } catch (RuntimeException e) {
            return QNull.FLOAT;
        }
    }

    private static String special(int t, long raw) {
        boolean intBased = t != QType.TIMESTAMP && t != QType.TIMESPAN;
        long nul = intBased ? QNull.INT : QNull.LONG;
        long inf = intBased ? QNull.INT_INF : QNull.LONG_INF;
        if (raw == nul) {
            return "0N";
        }
        if (raw == inf) {
            return "0W";
        }
        return raw == -inf ? "-0W" : null;
    }

    private static String trimLetter(String s, int t) {
        int n = s.length();
        return n > 1 && s.charAt(n - 1) == QType.letter(t) ? s.substring(0, n - 1) : s;
    }

    private static long timestamp(String s, boolean dayFirst) {
        int dot = s.indexOf('.');
        int whole = dot < 0 ? s.length() : dot;
        if (whole >= 9 && whole <= 11 && digits(s, 0, whole) && digits(s, whole + 1, s.length())) {
            // 9 to 11 digits: seconds since the Unix epoch, then parts of a second
            long ns = Math.multiplyExact(Long.parseLong(s.substring(0, whole)) - EPOCH_2000 * 86_400, 1_000_000_000L);
            return ns + (dot < 0 ? 0 : fraction(s.substring(dot + 1)));
        }
        int split = dateSplit(s);
        long days = day(split < 0 ? s : s.substring(0, split), dayFirst);
        long ns = split < 0 || split == s.length() - 1 ? 0 : clockNs(s.substring(split + 1));
        return Math.addExact(Math.multiplyExact(days, NS_PER_DAY), ns);
    }

    // Where the date ends and the time starts: a D or T, or the - after yyyymmdd.
    private static int dateSplit(String s) {
        int split = s.indexOf('D');
        if (split < 0) {
            split = s.indexOf('T');
        }
        if (split < 0 && s.length() > 9 && s.charAt(8) == '-' && digits(s, 0, 8)) {
            split = 8;
        }
        return split;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    // Up to 9 digits of a second, as nanoseconds.
    private static long fraction(String digits) {
        if (digits.length() > 9 || !digits(digits, 0, digits.length())) {
            throw new IllegalArgumentException(digits);
        }
        return digits.isEmpty() ? 0 : Long.parseLong((digits + "000000000").substring(0, 9));
    }

    private static long month(String s) {
        String[] p = s.split("[.\\-]");
        int y;
        int m;
        if ((p.length == 2 || p.length == 3) && p[0].length() == 4 && p[1].length() == 2) {
            y = Integer.parseInt(p[0]);
            m = Integer.parseInt(p[1]);
        } else if (p.length == 1 && s.length() == 6) {
            y = Integer.parseInt(s.substring(0, 4));
            m = Integer.parseInt(s.substring(4));
        } else {
            throw new IllegalArgumentException(s);
        }
        if (m < 1 || m > 12) {
            throw new IllegalArgumentException(s);
        }
        return (y - 2000) * 12L + m - 1;
    }

    /**
     * Days of a date in the forms tok.md lists with four-digit years: {@code yyyymmdd},
     * {@code yyyy.mm.dd}, {@code yyyy-mm-dd}, {@code ddMMMyyyy}, {@code yyyy/mm/dd},
     * {@code yyyy/MMM/dd}, and {@code mm/dd/yyyy} or {@code MMM/dd/yyyy} (q's default {@code \z 0}),
     * or {@code dd/mm/yyyy} when {@code dayFirst} ({@code \z 1}).
     */
    private static long day(String s, boolean dayFirst) {
        int y;
        int m;
        int d;
        String[] slash = s.split("/", -1);
        if (s.length() == 8 && digits(s, 0, 8)) {
            y = Integer.parseInt(s.substring(0, 4));
            m = Integer.parseInt(s.substring(4, 6));
            d = Integer.parseInt(s.substring(6));
        } else if (s.length() == 10 && (s.charAt(4) == '.' || s.charAt(4) == '-') && s.charAt(7) == s.charAt(4)) {
            y = Integer.parseInt(s.substring(0, 4));
            m = Integer.parseInt(s.substring(5, 7));
            d = Integer.parseInt(s.substring(8));
        } else if (s.length() == 9 && digits(s, 0, 2) && digits(s, 5, 9)) {
            d = Integer.parseInt(s.substring(0, 2));
            m = monthOf(s.substring(2, 5));
            y = Integer.parseInt(s.substring(5));
        } else if (slash.length == 3 && slash[0].length() == 4) {
            y = Integer.parseInt(slash[0]);
            m = monthOf(slash[1]);
            d = Integer.parseInt(slash[2]);
        } else if (slash.length == 3 && slash[2].length() == 4) {
            m = monthOf(slash[dayFirst ? 1 : 0]);
            d = Integer.parseInt(slash[dayFirst ? 0 : 1]);
            y = Integer.parseInt(slash[2]);
        } else {
            throw new IllegalArgumentException(s);
        }
        return LocalDate.of(y, m, d).toEpochDay() - EPOCH_2000;
    }

    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    // A month as two digits or its three-letter name in any case.
    private static int monthOf(String s) {
        if (s.length() == 2 && digits(s, 0, 2)) {
            return Integer.parseInt(s);
        }
        int at = s.length() == 3 ? MONTHS.indexOf(s.toLowerCase()) : -1;
        if (at < 0 || at % 3 != 0) {
            throw new IllegalArgumentException(s);
        }
        return at / 3 + 1;
    }

    private static long timespan(String s) {
        boolean negative = s.startsWith("-");
        String a = negative ? s.substring(1) : s;
        int split = a.indexOf('D');
        long days = split < 0 ? 0 : Long.parseLong(a.substring(0, split));
        String rest = split < 0 ? a : a.substring(split + 1);
        long ns = rest.isEmpty() ? 0 : clockNs(rest);
        long v = Math.addExact(Math.multiplyExact(days, NS_PER_DAY), ns);
        return negative ? -v : v;
    }

    /** A minute, second or time: the clock text in units of {@code unit} ns, truncated. */
    private static long clockText(String s, long unit) {
        boolean negative = s.startsWith("-");
        long v = clockNs(negative ? s.substring(1) : s) / unit;
        return negative ? -v : v;
    }

    /**
     * Nanoseconds of {@code hh}, {@code hh:mm}, {@code hh:mm:ss}, {@code hh:mm:ss.fff...}, or the
     * colonless {@code hhmm}, {@code hhmmss}, {@code hhmmss} and up to 9 digits of a second.
     */
    private static long clockNs(String s) {
        String frac = "";
        int dot = s.indexOf('.');
        String whole = s;
        if (dot >= 0) {
            frac = s.substring(dot + 1);
            whole = s.substring(0, dot);
        }
        String[] p;
        if (whole.indexOf(':') >= 0) {
            p = whole.split(":", -1);
        } else if (whole.length() == 4 || whole.length() == 6) {
            p = whole.length() == 4 ? new String[] {whole.substring(0, 2), whole.substring(2)}
                    : new String[] {whole.substring(0, 2), whole.substring(2, 4), whole.substring(4)};
        } else if (whole.length() > 6 && whole.length() <= 15 && dot < 0) {
            // hhmmss and then parts of a second, to nanoseconds
            p = new String[] {whole.substring(0, 2), whole.substring(2, 4), whole.substring(4, 6)};
            frac = whole.substring(6);
        } else if (whole.length() <= 2) {
            p = new String[] {whole};
        } else {
            throw new IllegalArgumentException(s);
        }
        if (p.length > 3 || frac.length() > 9 || (dot >= 0 && p.length < 3)) {
            throw new IllegalArgumentException(s);
        }
        long ns = 0;
        long[] unit = {3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L};
        for (int k = 0; k < p.length; k++) {
            if (p[k].isEmpty() || !p[k].chars().allMatch(Character::isDigit) || (k > 0 && (p[k].length() != 2 || Long.parseLong(p[k]) > 59))) {
                throw new IllegalArgumentException(s);
            }
            ns += Long.parseLong(p[k]) * unit[k];
        }
        if (!frac.isEmpty()) {
            if (!frac.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException(s);
            }
            ns += Long.parseLong((frac + "000000000").substring(0, 9));
        }
        return ns;
    }

    // A date out of the valid range 0001.01.01..9999.12.31 shows as 0000.00.00 (basics/datatypes.md#temporal).
    private static boolean date(StringBuilder b, long days) {
        LocalDate d = LocalDate.ofEpochDay(days + EPOCH_2000);
        if (d.getYear() < 1 || d.getYear() > 9999) {
            b.append("0000.00.00");
            return false;
        }
        year(b, d.getYear());
        b.append('.');
        two(b, d.getMonthValue());
        b.append('.');
        two(b, d.getDayOfMonth());
        return true;
    }

    private static void year(StringBuilder b, long y) {
        if (y < 0) {
            b.append('-');
            y = -y;
        }
        String s = Long.toString(y);
        b.append("0000", 0, Math.max(0, 4 - s.length())).append(s);
    }

    private static void sign(StringBuilder b, long raw) {
        if (raw < 0) {
            b.append('-');
        }
    }

    private static void two(StringBuilder b, long v) {
        if (v < 10) {
            b.append('0');
        }
        b.append(v);
    }

    /** {@code hh:mm:ss.fff} of {@code v} in units where {@code perSecond} make a second, {@code digits} fraction digits. */
    private static void clock(StringBuilder b, long v, long perSecond, int digits) {
        long seconds = v / perSecond;
        two(b, seconds / 3600);
        b.append(':');
        two(b, seconds / 60 % 60);
        b.append(':');
        two(b, seconds % 60);
        b.append('.');
        String f = Long.toString(v % perSecond);
        b.append("000000000", 0, digits - f.length()).append(f);
    }
}
