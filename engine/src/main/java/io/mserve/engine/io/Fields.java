package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.value.Temporal;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * One column of text fields being read as a q type ({@code 0:}'s type letters): each field is a
 * byte range of the input, parsed straight into a primitive array.
 */
abstract class Fields {
    final int n;

    Fields(int n) {
        this.n = n;
    }

    /** Parses field {@code i}: bytes {@code [from, to)} of {@code b}. */
    abstract void set(int i, byte[] b, int from, int to);

    /** The column read. */
    abstract K result();

    /** A column of {@code n} fields of type letter {@code c} (upper case, or {@code *}). */
    static Fields of(char c, int n) {
        switch (c) {
            case 'B': return new Bytes(QType.BOOLEAN, n);
            case 'X': return new Bytes(QType.BYTE, n);
            case 'C': return new Bytes(QType.CHAR, n);
            case 'G': return new Guids(n);
            case 'H': return new Shorts(n);
            case 'I': return new Ints(QType.INT, n);
            case 'J': return new Longs(QType.LONG, n);
            case 'E': return new Reals(n);
            case 'F': return new Floats(QType.FLOAT, n);
            case 'Z': return new Floats(QType.DATETIME, n);
            case 'S': return new Syms(n);
            case 'P': return new Longs(QType.TIMESTAMP, n);
            case 'N': return new Longs(QType.TIMESPAN, n);
            case 'M': return new Ints(QType.MONTH, n);
            case 'D': return new Ints(QType.DATE, n);
            case 'U': return new Ints(QType.MINUTE, n);
            case 'V': return new Ints(QType.SECOND, n);
            case 'T': return new Ints(QType.TIME, n);
            case '*': return new Strings(n);
            default: throw QException.type();
        }
    }

    static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    static boolean blank(byte c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    /** A whole number, or {@code nul} for text that is not one (0N, 0W and -0W read as q's). */
    static long whole(byte[] b, int from, int to, long nul, long inf) {
        while (from < to && blank(b[from])) {
            from++;
        }
        while (to > from && blank(b[to - 1])) {
            to--;
        }
        if (from == to) {
            return nul;
        }
        boolean neg = b[from] == '-';
        int i = neg || b[from] == '+' ? from + 1 : from;
        if (i == to) {
            return nul;
        }
        if (to - i == 2 && b[i] == '0' && (b[i + 1] == 'W' || b[i + 1] == 'w')) {
            return neg ? -inf : inf;
        }
        long v = 0;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9 || v > (Long.MAX_VALUE - d) / 10) {
                return nul;
            }
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }

    static double floating(byte[] b, int from, int to) {
        while (from < to && blank(b[from])) {
            from++;
        }
        while (to > from && blank(b[to - 1])) {
            to--;
        }
        if (from == to) {
            return QNull.FLOAT;
        }
        long whole = 0;
        int i = from;
        boolean neg = b[i] == '-';
        if (neg || b[i] == '+') {
            i++;
        }
        int digits = 0;
        // Fast path: up to 15 digits with an optional point and no exponent.
        int scale = -1;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                whole = whole * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                break;
            }
        }
        if (i == to && digits > 0 && digits <= 15) {
            double v = scale <= 0 ? whole : whole / POW10[scale];
            return neg ? -v : v;
        }
        String s = text(b, from, to);
        switch (s) {
            case "0n": case "0N": return QNull.FLOAT;
            case "0w": case "0W": return Double.POSITIVE_INFINITY;
            case "-0w": case "-0W": return Double.NEGATIVE_INFINITY;
            default: break;
        }
        char last = s.charAt(s.length() - 1);
        if (!(last >= '0' && last <= '9' || last == '.')) {
            return QNull.FLOAT;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return QNull.FLOAT;
        }
    }

    private static final double[] POW10 = new double[16];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private static final class Bytes extends Fields {
        final int t;
        final byte[] a;

        Bytes(int t, int n) {
            super(n);
            this.t = t;
            this.a = new byte[n];
        }

        @Override
        void set(int i, byte[] b, int from, int to) {
            if (t == QType.CHAR) {
                a[i] = from < to ? b[from] : (byte) ' ';
            } else if (t == QType.BOOLEAN) {
                while (from < to && blank(b[from])) {
                    from++;
                }
                a[i] = (byte) (from < to && "1tTyY".indexOf(b[from]) >= 0 ? 1 : 0);
            } else {
                a[i] = (byte) hexByte(text(b, from, to).strip());
            }
        }

        private static int hexByte(String s) {
            String h = s.startsWith("0x") ? s.substring(2) : s;
            try {
                return h.isEmpty() || h.length() > 2 ? 0 : Integer.parseInt(h, 16);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        @Override
        K result() {
            return new ByteVector(t, a);
        }
    }

    private static final class Shorts extends Fields {
        final short[] a;

        Shorts(int n) {
            super(n);
            a = new short[n];
        }

        @Override
        void set(int i, byte[] b, int from, int to) {
            long v = whole(b, from, to, QNull.SHORT, QNull.SHORT_INF);
            a[i] = v < -QNull.SHORT_INF || v > QNull.SHORT_INF ? QNull.SHORT : (short) v;
        }

        @Override
        K result() {
            return new ShortVector(a);
        }
    }

    private static final class Ints extends Fields {
        final int t;
        final int[] a;

        Ints(int t, int n) {
            super(n);
            this.t = t;
            a = new int[n];
        }

        @Override
        void set(int i, byte[] b, int from, int to) {
            if (t == QType.INT) {
                long v = whole(b, from, to, QNull.INT, QNull.INT_INF);
                a[i] = v < -QNull.INT_INF || v > QNull.INT_INF ? QNull.INT : (int) v;
            } else if (t == QType.DATE) {
                a[i] = date(b, from, to);
            } else {
                a[i] = (int) Temporal.parse(t, text(b, from, to));
            }
        }

        // yyyy.mm.dd, yyyy-mm-dd and yyyymmdd directly; anything else as "D"$ reads it.
        private static int date(byte[] b, int from, int to) {
            int len = to - from;
            if (len == 10 && (b[from + 4] == '.' || b[from + 4] == '-') && b[from + 7] == b[from + 4]) {
                int y = digits(b, from, 4);
                int m = digits(b, from + 5, 2);
                int d = digits(b, from + 8, 2);
                if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                    return days(y, m, d);
                }
            } else if (len == 8) {
                int y = digits(b, from, 4);
                int m = digits(b, from + 4, 2);
                int d = digits(b, from + 6, 2);
                if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                    return days(y, m, d);
                }
            }
            return (int) Temporal.parse(QType.DATE, text(b, from, to));
        }

        private static int days(int y, int m, int d) {
            try {
                return (int) (LocalDate.of(y, m, d).toEpochDay() - 10957);
            } catch (DateTimeException e) {
                return QNull.INT;
            }
        }

        private static int digits(byte[] b, int at, int n) {
            int v = 0;
            for (int i = at; i < at + n; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }

        @Override
        K result() {
            return new IntVector(t, a);
        }
    }

    private static final class Longs extends Fields {
        final int t;
        final long[] a;

        Longs(int t, int n) {
            super(n);
            this.t = t;
            a = new long[n];
        }

        @Override
        void set(int i, byte[] b, int from, int to) {
            a[i] = t == QType.LONG ? whole(b, from, to, QNull.LONG, QNull.LONG_INF) : Temporal.parse(t, text(b, from, to));
        }

        @Override
        K result() {
            return new LongVector(t, a);
        }
    }

    private static final class Reals extends Fields {
        final float[] a;

        Reals(int n) {
            super(n);
            a = new float[n];
        }

        @Override
        void set(int i, byte[] b, int from, int to) {
            a[i] = (float) floating(b, from, to);
        }

        @Override
        K result() {
            return new RealVector(a);
        }
    }

    private static final class Floats extends Fields {
        final int t;
        final double[] a;

        Floats(int t, int n) {
            super(n);
            this.t = t;
            a = new double[n];
        }

        @Override
        void set(int i, byte[] b, int from, int to) {
            a[i] = t == QType.FLOAT ? floating(b, from, to) : Temporal.parseDatetime(text(b, from, to));
        }

        @Override
        K result() {
            return new FloatVector(t, a);
        }
    }

    private static final class Syms extends Fields {
        final String[] a;

        Syms(int n) {
            super(n);
            a = new String[n];
        }

        @Override
        void set(int i, byte[] b, int from, int to) {
            a[i] = Symbols.intern(text(b, from, to));
        }

        @Override
        K result() {
            return new SymbolVector(a);
        }
    }

    private static final class Guids extends Fields {
        final UUID[] a;

        Guids(int n) {
            super(n);
            a = new UUID[n];
        }

        @Override
        void set(int i, byte[] b, int from, int to) {
            String s = text(b, from, to).strip().replace("-", "");
            UUID u = new UUID(0, 0);
            if (s.length() == 32 && s.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                u = new UUID(Long.parseUnsignedLong(s.substring(0, 16), 16), Long.parseUnsignedLong(s.substring(16), 16));
            }
            a[i] = u;
        }

        @Override
        K result() {
            return new GuidVector(a);
        }
    }

    private static final class Strings extends Fields {
        final K[] a;

        Strings(int n) {
            super(n);
            a = new K[n];
        }

        @Override
        void set(int i, byte[] b, int from, int to) {
            a[i] = new ByteVector(QType.CHAR, Arrays.copyOfRange(b, from, to));
        }

        @Override
        K result() {
            return new KList(a);
        }
    }
}
