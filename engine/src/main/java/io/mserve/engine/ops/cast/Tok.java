package io.mserve.engine.ops.cast;

import io.mserve.engine.QException;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.engine.value.Temporal;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import java.util.UUID;
import java.util.regex.Pattern;

/** Tok, {@code "J"$"42"}: text read as a value of a type; text that is not one gives the null. */
final class Tok {
    /** q's default, {@code \z 0}: a date with slashes is mm/dd/yyyy. */
    static final Tok MONTH_FIRST = new Tok(false);
    /** {@code \z 1}: dd/mm/yyyy. */
    static final Tok DAY_FIRST = new Tok(true);

    private final boolean dayFirst;

    private Tok(boolean dayFirst) {
        this.dayFirst = dayFirst;
    }

    private static final Pattern FLOAT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern GUID = Pattern.compile("\\p{XDigit}{8}-?\\p{XDigit}{4}-?\\p{XDigit}{4}-?\\p{XDigit}{4}-?\\p{XDigit}{12}");
    private static final String TRUTHY = "txyTXY1";

    /** {@code y} read as vector type {@code t}: a string gives an atom, lists of strings a list; near-atomic. */
    K tok(int t, K y) {
        if (y.type() == QType.CHAR || y.type() == -QType.CHAR) {
            return atom(t, Q.text(y));
        }
        if (y instanceof KList) {
            K[] items = ((KList) y).items();
            K vector = strings(t, items);
            if (vector != null) {
                return vector;
            }
            K[] out = new K[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = tok(t, items[i]);
            }
            return Lists.collapse(out);
        }
        if (y instanceof Dict) {
            Dict d = (Dict) y;
            return new Dict(d.keys(), tok(t, d.values()), d.isSorted());
        }
        if (t == QType.SYMBOL && (y instanceof SymbolAtom || y instanceof SymbolVector)) {
            return y;
        }
        throw QException.type();
    }

    /** The string {@code s} as an atom of vector type {@code t}. */
    K atom(int t, String s) {
        String v = s.strip();
        switch (t) {
            case QType.BOOLEAN: return Q.b(!v.isEmpty() && TRUTHY.indexOf(v.charAt(0)) >= 0);
            case QType.GUID: return Q.g(GUID.matcher(v).matches() ? guid(v.replace("-", "")) : address(v));
            case QType.BYTE: return Q.x(hexByte(v));
            case QType.SHORT: case QType.INT: case QType.LONG:
                return Lists.at(Cast.fromLongs(t, new long[] {whole(t, v)}), 0);
            case QType.REAL: return Q.e((float) floating(v));
            case QType.FLOAT: return Q.f(floating(v));
            case QType.CHAR: return Q.c(s.isEmpty() ? ' ' : s.charAt(0));
            case QType.SYMBOL: return new SymbolAtom(Symbols.intern(v));
            case QType.DATETIME: return new FloatAtom(-t, datetime(v));
            case QType.TIMESTAMP: case QType.TIMESPAN: case QType.MONTH: case QType.DATE: case QType.MINUTE: case QType.SECOND: case QType.TIME:
                return Lists.at(Cast.fromLongs(t, new long[] {whole(t, v)}), 0);
            default: throw QException.type();
        }
    }

    // A list of strings to an integral, floating or symbol type: read straight into the vector.
    private K strings(int t, K[] items) {
        for (K item : items) {
            if (item.type() != QType.CHAR) {
                return null;
            }
        }
        int n = items.length;
        switch (t) {
            case QType.SYMBOL: {
                String[] out = new String[n];
                for (int i = 0; i < n; i++) {
                    out[i] = Symbols.intern(Q.text(items[i]).strip());
                }
                return new SymbolVector(out);
            }
            case QType.REAL: case QType.FLOAT: case QType.DATETIME: {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    String v = Q.text(items[i]).strip();
                    out[i] = t == QType.DATETIME ? datetime(v) : floating(v);
                }
                return Cast.fromDoubles(t, out);
            }
            case QType.SHORT: case QType.INT: case QType.LONG: case QType.TIMESTAMP: case QType.MONTH: case QType.DATE:
            case QType.TIMESPAN: case QType.MINUTE: case QType.SECOND: case QType.TIME: {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = whole(t, Q.text(items[i]).strip());
                }
                return Cast.fromLongs(t, out);
            }
            default:
                return null;
        }
    }

    /** Text of an integral or temporal type (not datetime) as a long within the type's range, null as {@link Long#MIN_VALUE}. */
    private long whole(int t, String v) {
        switch (t) {
            case QType.SHORT: return integral(v, QNull.SHORT_INF);
            case QType.INT: return v.indexOf('.') > 0 ? ipv4(v) : integral(v, QNull.INT_INF);
            case QType.LONG: return integral(v, QNull.LONG_INF);
            case QType.TIMESTAMP: case QType.TIMESPAN: return temporal(t, v);
            default: {
                long n = temporal(t, v);
                return n < -QNull.INT_INF || n > QNull.INT_INF ? QNull.LONG : n;
            }
        }
    }

    /** An integer within ±{@code inf}; {@code 0N} and anything else as {@link Long#MIN_VALUE}, {@code 0W} as infinity. */
    private static long integral(String v, long inf) {
        switch (v) {
            case "0W": return inf;
            case "-0W": return -inf;
            default: break;
        }
        int n = v.length();
        int i = n > 0 && (v.charAt(0) == '-' || v.charAt(0) == '+') ? 1 : 0;
        if (i == n || n - i > 19) {
            return QNull.LONG;
        }
        long r = 0;
        for (int k = i; k < n; k++) {
            char c = v.charAt(k);
            if (c < '0' || c > '9') {
                return QNull.LONG;
            }
            r = r * 10 + (c - '0');
            if (r < 0) {
                return QNull.LONG;
            }
        }
        r = v.charAt(0) == '-' ? -r : r;
        return r > inf || r < -inf ? QNull.LONG : r;
    }

    private static long ipv4(String v) {
        String[] parts = v.split("\\.", -1);
        if (parts.length != 4) {
            return QNull.LONG;
        }
        long r = 0;
        for (String p : parts) {
            long b = p.isEmpty() || p.length() > 3 ? -1 : integral(p, 255);
            if (b < 0 || b > 255) {
                return QNull.LONG;
            }
            r = r << 8 | b;
        }
        return (int) r;
    }

    /** An IPv6 address ({@code ::} for zeros, an IPv4 address as its last 32 bits) or an IPv4 address mapped to IPv6, as a guid; the null guid otherwise. */
    private static UUID address(String v) {
        long[] groups = new long[8];
        int n;
        if (v.indexOf(':') < 0) {
            long ip = ipv4(v);
            if (ip == QNull.LONG) {
                return new UUID(0, 0);
            }
            groups[5] = 0xFFFF;
            n = 6;
            groups[n++] = ip >>> 16 & 0xFFFF;
            groups[n] = ip & 0xFFFF;
            return uuid(groups);
        }
        int gap = v.indexOf("::");
        if (gap >= 0 && v.indexOf("::", gap + 1) >= 0) {
            return new UUID(0, 0);
        }
        long[] head = hexGroups(gap < 0 ? v : v.substring(0, gap));
        long[] tail = gap < 0 ? new long[0] : hexGroups(v.substring(gap + 2));
        if (head == null || tail == null || (gap < 0 ? head.length != 8 : head.length + tail.length > 7)) {
            return new UUID(0, 0);
        }
        System.arraycopy(head, 0, groups, 0, head.length);
        System.arraycopy(tail, 0, groups, 8 - tail.length, tail.length);
        return uuid(groups);
    }

    // Colon-separated groups of 1 to 4 hex digits, the last possibly a dotted IPv4 address (two groups); null if malformed.
    private static long[] hexGroups(String v) {
        if (v.isEmpty()) {
            return new long[0];
        }
        String[] parts = v.split(":", -1);
        int last = parts.length - 1;
        boolean ip = parts[last].indexOf('.') >= 0;
        long[] out = new long[parts.length + (ip ? 1 : 0)];
        for (int i = 0; i < parts.length; i++) {
            if (i == last && ip) {
                long a = ipv4(parts[i]);
                if (a == QNull.LONG) {
                    return null;
                }
                out[i] = a >>> 16 & 0xFFFF;
                out[i + 1] = a & 0xFFFF;
            } else if (parts[i].isEmpty() || parts[i].length() > 4 || !parts[i].chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return null;
            } else {
                out[i] = Long.parseLong(parts[i], 16);
            }
        }
        return out;
    }

    private static UUID uuid(long[] groups) {
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 4; i++) {
            hi = hi << 16 | groups[i];
            lo = lo << 16 | groups[i + 4];
        }
        return new UUID(hi, lo);
    }

    private static double floating(String v) {
        switch (v) {
            case "0w": case "0W": return Double.POSITIVE_INFINITY;
            case "-0w": case "-0W": return Double.NEGATIVE_INFINITY;
            default: return FLOAT.matcher(v).matches() ? Double.parseDouble(v) : QNull.FLOAT;
        }
    }

    private static int hexByte(String v) {
        int r = 0;
        for (int i = Math.max(0, v.length() - 2); i < v.length(); i++) {
            int d = Character.digit(v.charAt(i), 16);
            if (d < 0) {
                return 0;
            }
            r = r << 4 | d;
        }
        return r;
    }

    private static UUID guid(String hex) {
        return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }

    // Temporal text is Temporal's; text it rejects is null here. 'nyi still surfaces.

    private long temporal(int t, String v) {
        if (v.isEmpty()) {
            return QNull.LONG;
        }
        try {
            return Temporal.parse(t, v, dayFirst);
        } catch (QException e) {
            if (e.text().equals("nyi")) {
                throw e;
            }
            return QNull.LONG;
        }
    }

    private double datetime(String v) {
        if (v.isEmpty()) {
            return QNull.FLOAT;
        }
        try {
            return Temporal.parseDatetime(v, dayFirst);
        } catch (QException e) {
            if (e.text().equals("nyi")) {
                throw e;
            }
            return QNull.FLOAT;
        }
    }
}
