package io.mserve.engine.ops.cast;

import io.mserve.engine.QException;
import io.mserve.engine.ops.arith.Types;
import io.mserve.engine.value.Fn;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Q;
import io.mserve.engine.value.Temporal;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.GuidAtom;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.Lambda;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;

/** {@code string x}: every atom's q text as a string, atomic over lists, dictionaries and tables; {@code .Q.f .Q.fmt}: numbers with fixed decimals. */
public final class Strings {
    private Strings() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public static K string(K x) {
        if (x instanceof KList) {
            K[] items = ((KList) x).items();
            K[] out = new K[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = string(items[i]);
            }
            return new KList(out);
        }
        if (x instanceof Dict) {
            Dict d = (Dict) x;
            return new Dict(d.keys(), string(d.values()), d.isSorted());
        }
        if (x instanceof Table) {
            Table t = (Table) x;
            K[] cols = new K[t.data().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = string(t.data()[c]);
            }
            return new Table(t.columns(), cols);
        }
        if (x instanceof Lambda) {
            return Q.str(((Lambda) x).source());
        }
        if (x instanceof Fn) {
            return Q.str(((Fn) x).display());
        }
        if (x.type() > 0 && x.type() <= QType.TIME) {
            int n = x.count();
            K[] out = new K[n];
            for (int i = 0; i < n; i++) {
                out[i] = Q.str(item(x, i));
            }
            return new KList(out);
        }
        if (x.isAtom()) {
            return Q.str(atom(x));
        }
        throw QException.type();
    }

    /** The text of item {@code i} of a simple vector. */
    static String item(K v, int i) {
        int t = v.type();
        switch (t) {
            case QType.BOOLEAN: return ((ByteVector) v).items()[i] != 0 ? "1" : "0";
            case QType.BYTE: return hex(((ByteVector) v).items()[i]);
            case QType.CHAR: return String.valueOf((char) (((ByteVector) v).items()[i] & 0xFF));
            case QType.GUID: return ((GuidVector) v).items()[i].toString();
            case QType.SHORT: return integral(((ShortVector) v).items()[i], QNull.SHORT, QNull.SHORT_INF);
            case QType.REAL: return FloatText.format(((RealVector) v).items()[i]);
            case QType.FLOAT: return FloatText.format(((FloatVector) v).items()[i]);
            case QType.DATETIME: return Temporal.formatDatetime(((FloatVector) v).items()[i]);
            case QType.SYMBOL: return ((SymbolVector) v).items()[i];
            case QType.LONG: return integral(((LongVector) v).items()[i], QNull.LONG, QNull.LONG_INF);
            case QType.TIMESTAMP: case QType.TIMESPAN: return Temporal.format(t, ((LongVector) v).items()[i]);
            case QType.INT: return integral(((IntVector) v).items()[i], QNull.INT, QNull.INT_INF);
            default: return Temporal.format(t, ((IntVector) v).items()[i]);
        }
    }

    /** The text of an atom, as {@code string} gives it. */
    public static String atom(K x) {
        int t = -x.type();
        switch (t) {
            case QType.BOOLEAN: return ((ByteAtom) x).value() != 0 ? "1" : "0";
            case QType.BYTE: return hex(((ByteAtom) x).value());
            case QType.CHAR: return String.valueOf((char) (((ByteAtom) x).value() & 0xFF));
            case QType.GUID: return ((GuidAtom) x).value().toString();
            case QType.SHORT: return integral(((ShortAtom) x).value(), QNull.SHORT, QNull.SHORT_INF);
            case QType.REAL: return FloatText.format(((RealAtom) x).value());
            case QType.FLOAT: return FloatText.format(((FloatAtom) x).value());
            case QType.DATETIME: return Temporal.formatDatetime(((FloatAtom) x).value());
            case QType.SYMBOL: return ((SymbolAtom) x).value();
            case QType.LONG: return integral(((LongAtom) x).value(), QNull.LONG, QNull.LONG_INF);
            case QType.TIMESTAMP: case QType.TIMESPAN: return Temporal.format(t, ((LongAtom) x).value());
            case QType.INT: return integral(((IntAtom) x).value(), QNull.INT, QNull.INT_INF);
            case QType.MONTH: case QType.DATE: case QType.MINUTE: case QType.SECOND: case QType.TIME:
                return Temporal.format(t, ((IntAtom) x).value());
            default: throw QException.type();
        }
    }

    private static String integral(long v, long nul, long inf) {
        if (v == nul) {
            return "0N";
        }
        if (v == inf) {
            return "0W";
        }
        if (v == -inf) {
            return "-0W";
        }
        return Long.toString(v);
    }

    private static String hex(byte b) {
        return new String(new char[] {HEX[(b >> 4) & 15], HEX[b & 15]});
    }

    /**
     * {@code .Q.f[d;x]}: x with d decimals: x times 10^d rounded to a whole number, then the
     * point put in; null is empty; where x times 10^d reaches 9e15, x as {@code string} shows it.
     */
    public static K fixed(K decimals, K x) {
        return Q.str(fixed((int) Ints.toLong(decimals), Types.doubles(x)[0]));
    }

    /** {@code .Q.fmt[w;d;x]}: x with d decimals, right-aligned in w characters; stars when it does not fit. */
    public static K fixed(K[] args) {
        int width = (int) Ints.toLong(args[0]);
        String text = fixed((int) Ints.toLong(args[1]), Types.doubles(args[2])[0]);
        if (text.length() > width) {
            return Q.str("*".repeat(width));
        }
        return Q.str(" ".repeat(width - text.length()) + text);
    }

    private static String fixed(int decimals, double v) {
        if (decimals < 0) {
            throw QException.domain();
        }
        if (Double.isNaN(v)) {
            return "";
        }
        if (v < 0) {
            return "-" + fixed(decimals, -v);
        }
        if (v < 1) {
            // 0.05 is 10.05 without its 1, so that the digits before the point are never missing
            return fixed(decimals, 10 + v).substring(1);
        }
        double scaled = v * Math.pow(10, decimals);
        if (!(scaled < 9e15)) {
            return FloatText.format(v);
        }
        String digits = Long.toString(Math.round(scaled));
        int point = Math.max(0, digits.length() - decimals);
        return digits.substring(0, point) + "." + digits.substring(point);
    }
}
