package io.mserve.engine.display;

import io.mserve.engine.value.Displayable;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Partitioned;
import io.mserve.engine.value.Q;
import io.mserve.engine.value.Temporal;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Derived;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.FunctionList;
import io.mserve.ipc.value.GuidAtom;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.Lambda;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.Primitive;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.UUID;

/**
 * The text of single values and vector items at a float precision ({@code \P}): atoms as the
 * console shows them ({@code 42i}, {@code 0Nd}), vector items bare ({@code 42}, {@code 0N}), and
 * the one-line form of {@code -3!}.
 */
final class Form {
    private static final String[] TYPE_NAMES = {"", "boolean", "guid", "", "byte", "short", "int", "long", "real",
        "float", "char", "symbol", "timestamp", "month", "date", "datetime", "timespan", "minute", "second", "time"};

    private final int precision;

    Form(int precision) {
        this.precision = precision;
    }

    int precision() {
        return precision;
    }

    /** Whether {@code v} is a vector of one of the simple types 1..19. */
    static boolean isSimple(K v) {
        return v instanceof KVector && QType.isSimple(v.type());
    }

    /** Item {@code i} of simple vector {@code v} as it appears inside the vector's text: no suffix, nulls {@code 0N}. */
    String item(K v, int i) {
        int t = v.type();
        switch (t) {
            case QType.BOOLEAN:
                return ((ByteVector) v).items()[i] != 0 ? "1" : "0";
            case QType.GUID:
                return ((GuidVector) v).items()[i].toString();
            case QType.BYTE:
                return hex(((ByteVector) v).items()[i]);
            case QType.SHORT: {
                short x = ((ShortVector) v).items()[i];
                return integral(x, x == QNull.SHORT, x == QNull.SHORT_INF, x == -QNull.SHORT_INF);
            }
            case QType.INT: {
                int x = ((IntVector) v).items()[i];
                return integral(x, x == QNull.INT, x == QNull.INT_INF, x == -QNull.INT_INF);
            }
            case QType.LONG: {
                long x = ((LongVector) v).items()[i];
                return integral(x, x == QNull.LONG, x == QNull.LONG_INF, x == -QNull.LONG_INF);
            }
            case QType.REAL:
                return floating(((RealVector) v).items()[i], "0N");
            case QType.FLOAT:
                return floating(((FloatVector) v).items()[i], "0n");
            case QType.CHAR:
                return String.valueOf((char) (((ByteVector) v).items()[i] & 0xFF));
            case QType.SYMBOL:
                return ((SymbolVector) v).items()[i];
            case QType.TIMESTAMP:
            case QType.TIMESPAN:
                return Temporal.format(t, ((LongVector) v).items()[i]);
            case QType.DATETIME:
                return Temporal.formatDatetime(((FloatVector) v).items()[i]);
            default:
                return Temporal.format(t, ((IntVector) v).items()[i]);
        }
    }

    /** Item {@code i} of simple vector {@code v} as {@code string} shows it: as {@link #item}, nulls empty but the null guid's zeros. */
    String text(K v, int i) {
        return v.type() != QType.GUID && isNull(v, i) ? "" : item(v, i);
    }

    /** Item {@code i} of simple vector {@code v} as a table cell: as {@link #item}, nulls empty. */
    String cell(K v, int i) {
        return isNull(v, i) ? "" : item(v, i);
    }

    /** Whether item {@code i} of simple vector {@code v} is a null (shown blank in a table). */
    private static boolean isNull(K v, int i) {
        switch (v.type()) {
            case QType.GUID:
                UUID u = ((GuidVector) v).items()[i];
                return u.getMostSignificantBits() == 0 && u.getLeastSignificantBits() == 0;
            case QType.SHORT:
                return ((ShortVector) v).items()[i] == QNull.SHORT;
            case QType.INT: case QType.MONTH: case QType.DATE: case QType.MINUTE: case QType.SECOND: case QType.TIME:
                return ((IntVector) v).items()[i] == QNull.INT;
            case QType.LONG: case QType.TIMESTAMP: case QType.TIMESPAN:
                return ((LongVector) v).items()[i] == QNull.LONG;
            case QType.REAL:
                return Float.isNaN(((RealVector) v).items()[i]);
            case QType.FLOAT: case QType.DATETIME:
                return Double.isNaN(((FloatVector) v).items()[i]);
            default:
                return false;
        }
    }

    /** An atom as the console shows it: {@code 42i}, {@code 1f}, {@code 0x2a}, {@code "a"}, {@code `a}, {@code 2020.01m}. */
    String atom(K v) {
        switch (v.type()) {
            case -QType.BOOLEAN:
                return (((ByteAtom) v).value() != 0 ? "1" : "0") + "b";
            case -QType.GUID:
                return ((GuidAtom) v).value().toString();
            case -QType.BYTE:
                return "0x" + hex(((ByteAtom) v).value());
            case -QType.SHORT: {
                short x = ((ShortAtom) v).value();
                return integral(x, x == QNull.SHORT, x == QNull.SHORT_INF, x == -QNull.SHORT_INF) + "h";
            }
            case -QType.INT: {
                int x = ((IntAtom) v).value();
                return integral(x, x == QNull.INT, x == QNull.INT_INF, x == -QNull.INT_INF) + "i";
            }
            case -QType.LONG: {
                long x = ((LongAtom) v).value();
                return integral(x, x == QNull.LONG, x == QNull.LONG_INF, x == -QNull.LONG_INF);
            }
            case -QType.REAL:
                return floating(((RealAtom) v).value(), "0N") + "e";
            case -QType.FLOAT: {
                String s = floating(((FloatAtom) v).value(), "0n");
                return looksFloat(s) ? s : s + "f";
            }
            case -QType.CHAR: {
                StringBuilder b = new StringBuilder(4).append('"');
                escape(b, ((ByteAtom) v).value());
                return b.append('"').toString();
            }
            case -QType.SYMBOL:
                return "`" + ((SymbolAtom) v).value();
            case -QType.TIMESTAMP:
            case -QType.TIMESPAN:
                return Temporal.atom(v.type(), ((LongAtom) v).value());
            case -QType.DATETIME:
                return Temporal.atomDatetime(((FloatAtom) v).value());
            default:
                return Temporal.atom(v.type(), ((IntAtom) v).value());
        }
    }

    /**
     * The text of simple vector {@code v}: {@code 1 2 3i}, {@code 101b}, {@code "abc"},
     * {@code `a`b}, {@code ,1}, {@code `long$()}, with its attribute ({@code `s#1 2 3}). Stops
     * adding items once the text is longer than {@code limit}.
     */
    String vector(KVector v, int limit) {
        int t = v.type();
        int n = v.count();
        StringBuilder b = new StringBuilder();
        if (v.attribute() != Attribute.NONE) {
            b.append('`').append(Attribute.prefix(v.attribute()));
        }
        if (n == 0) {
            return (t == QType.CHAR ? b.append("\"\"") : b.append('`').append(TYPE_NAMES[t]).append("$()")).toString();
        }
        if (n == 1) {
            b.append(',');
        }
        switch (t) {
            case QType.BOOLEAN: {
                byte[] x = ((ByteVector) v).items();
                for (int i = 0; i < n && b.length() <= limit; i++) {
                    b.append(x[i] != 0 ? '1' : '0');
                }
                return b.append('b').toString();
            }
            case QType.BYTE: {
                byte[] x = ((ByteVector) v).items();
                b.append("0x");
                for (int i = 0; i < n && b.length() <= limit; i++) {
                    b.append(hex(x[i]));
                }
                return b.toString();
            }
            case QType.CHAR: {
                byte[] x = ((ByteVector) v).items();
                b.append('"');
                for (int i = 0; i < n && b.length() <= limit; i++) {
                    escape(b, x[i]);
                }
                return b.append('"').toString();
            }
            case QType.SYMBOL: {
                String[] x = ((SymbolVector) v).items();
                for (int i = 0; i < n && b.length() <= limit; i++) {
                    b.append('`').append(x[i]);
                }
                return b.toString();
            }
            default:
                break;
        }
        boolean plain = true;
        boolean allSpecial = true;
        for (int i = 0; i < n && b.length() <= limit; i++) {
            if (i > 0) {
                b.append(' ');
            }
            String s = item(v, i);
            b.append(s);
            plain &= !looksFloat(s);
            allSpecial &= s.endsWith("0N") || s.endsWith("0W") || s.endsWith("0w");
        }
        return b.append(suffix(t, plain, allSpecial)).toString();
    }

    private static String suffix(int t, boolean plain, boolean allSpecial) {
        switch (t) {
            case QType.SHORT: return "h";
            case QType.INT: return "i";
            case QType.REAL: return "e";
            case QType.FLOAT: return plain ? "f" : "";
            case QType.MONTH: return "m";
            case QType.LONG: case QType.GUID: return "";
            default: return allSpecial ? String.valueOf(QType.letter(t)) : "";
        }
    }

    /**
     * An item of a table's nested column: its one-line text, but a numeric vector's without the
     * type suffix ({@code 300 300} and {@code ,400} for ints: ref/xgroup.md, ref/deltas.md).
     */
    String nested(K v, int limit) {
        String s = one(v, limit);
        int t = v.type();
        boolean suffixed = v.count() > 0 && (t == QType.SHORT || t == QType.INT || t == QType.REAL || (t == QType.FLOAT && s.endsWith("f")));
        return suffixed ? s.substring(0, s.length() - 1) : s;
    }

    /** The one-line text of {@code -3!v}. */
    String one(K v) {
        return one(v, Integer.MAX_VALUE);
    }

    /** The one-line text of {@code v}, cut short (but still longer than {@code limit}) once it passes {@code limit} characters. */
    String one(K v, int limit) {
        if (v instanceof Displayable d) {
            return d.display();
        }
        if (v instanceof Enumeration e) {
            String prefix = e.attribute() == Attribute.NONE ? "" : "`" + Attribute.prefix(e.attribute());
            return prefix + "`" + e.domain().name() + "$" + one(e.values(), limit);
        }
        if (v instanceof Enumeration.EnumAtom a) {
            return "`" + a.domain().name() + "$" + one(a.value(), limit);
        }
        if (v.isAtom()) {
            return atom(v);
        }
        if (isSimple(v)) {
            return vector((KVector) v, limit);
        }
        if (v instanceof KList l) {
            K[] items = l.items();
            String prefix = l.attribute() == Attribute.NONE ? "" : "`" + Attribute.prefix(l.attribute());
            if (items.length == 1) {
                return prefix + "," + one(items[0], limit);
            }
            StringBuilder b = new StringBuilder(prefix).append('(');
            for (int i = 0; i < items.length && b.length() <= limit; i++) {
                b.append(i > 0 ? ";" : "").append(one(items[i], limit - b.length()));
            }
            return b.append(')').toString();
        }
        if (v instanceof Dict d) {
            String keys = one(d.keys(), limit);
            boolean wrap = d.keys() instanceof Table || d.keys() instanceof Dict || isApplication(keys);
            String left = wrap ? "(" + keys + ")" : keys;
            return left.length() > limit ? left : left + "!" + one(d.values(), limit - left.length() - 1);
        }
        if (v instanceof Table t) {
            return "+" + one(new Dict(t.columns(), new KList(t.data())), limit - 1);
        }
        if (v instanceof Partitioned p) {
            return "+" + one(new Dict(new SymbolVector(p.columns()), Q.s(p.name())), limit - 1);
        }
        return function(v);
    }

    // A form that applies a verb (,x `u#x `long$() `sym$x `$"a b"): as a dictionary's keys it needs
    // parentheses, else the ! would take it as its argument. Sorted keys make the dictionary sorted,
    // so `s#k!v reads back as it was.
    private static boolean isApplication(String form) {
        int cast = form.indexOf('$');
        int quote = form.indexOf('"');
        boolean attribute = form.length() > 2 && form.charAt(0) == '`' && form.charAt(2) == '#';
        return form.startsWith(",") || attribute && form.charAt(1) != 's' || cast >= 0 && (quote < 0 || cast < quote);
    }

    private String function(K v) {
        if (v == Primitive.IDENTITY || v.equals(Primitive.IDENTITY)) {
            return "::";
        }
        if (v instanceof KError e) {
            return "'" + e.text();
        }
        if (v instanceof Lambda l) {
            return l.source();
        }
        if (v instanceof Derived d) {
            String glyph = switch (d.type()) {
                case QType.EACH -> "'";
                case QType.OVER -> "/";
                case QType.SCAN -> "\\";
                case QType.EACH_PRIOR -> "':";
                case QType.EACH_RIGHT -> "/:";
                case QType.EACH_LEFT -> "\\:";
                default -> "";
            };
            return one(d.function()) + glyph;
        }
        if (v instanceof FunctionList f && f.type() == QType.PROJECTION) {
            K[] items = f.items();
            StringBuilder b = new StringBuilder(one(items[0])).append('[');
            for (int i = 1; i < items.length; i++) {
                b.append(i > 1 ? ";" : "").append(items[i] == Primitive.IDENTITY ? "" : one(items[i]));
            }
            return b.append(']').toString();
        }
        if (v instanceof FunctionList f) {
            StringBuilder b = new StringBuilder();
            for (K k : f.items()) {
                b.append(one(k));
            }
            return b.toString();
        }
        return v.toString();
    }

    /** Whether float text already reads as a float: has a point, an exponent, or is a null or infinity. */
    private static boolean looksFloat(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'n' || c == 'w') {
                return true;
            }
        }
        return false;
    }

    private static String integral(long x, boolean nul, boolean inf, boolean negInf) {
        return nul ? "0N" : inf ? "0W" : negInf ? "-0W" : Long.toString(x);
    }

    private String floating(double x, String nul) {
        if (Double.isNaN(x)) {
            return nul;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "0w" : "-0w";
        }
        return Floats.format(x, precision);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static String hex(byte x) {
        return new String(new char[] {HEX[(x >> 4) & 15], HEX[x & 15]});
    }

    private static void escape(StringBuilder b, byte x) {
        int c = x & 0xFF;
        switch (c) {
            case '"' -> b.append("\\\"");
            case '\\' -> b.append("\\\\");
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            default -> {
                if (c < 32 || c >= 127) {
                    b.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7))).append((char) ('0' + (c & 7)));
                } else {
                    b.append((char) c);
                }
            }
        }
    }
}
