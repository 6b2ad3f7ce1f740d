package io.mserve.engine.parse;

import io.mserve.engine.QException;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.engine.value.Temporal;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import java.util.List;

/** The values of q's numeric and temporal literals: {@code 42}, {@code 1 2 3f}, {@code 0x0f}, {@code 101b}, {@code 2020.01.01}, {@code 0Nd}. */
final class Literals {
    private static final String SUFFIXES = "hijefpmdznuvtb";
    // 0N in a float or real vector literal is a long null converted, which kdb+ writes as the
    // negative quiet NaN (-8!1.1 0N 1.4f), unlike the literal 0n (positive, QNull.FLOAT).
    private static final double CONVERTED_FLOAT_NULL = Double.longBitsToDouble(0xFFF8000000000000L);
    private static final float CONVERTED_REAL_NULL = Float.intBitsToFloat(0xFFC00000);

    private Literals() {}

    /** One literal token's value: an atom, or a vector when there are several numbers or a bit/byte string. */
    static K numbers(List<String> parts) {
        String lastText = parts.get(parts.size() - 1);
        char suffix = suffixOf(lastText);
        if (parts.size() == 1) {
            return atomOrBits(lastText);
        }
        K[] atoms = new K[parts.size()];
        for (int i = 0; i < atoms.length; i++) {
            String t = parts.get(i);
            if (t.equals("0N") && (suffix == 'f' || suffix == 'e')) {
                atoms[i] = suffix == 'f' ? Q.f(CONVERTED_FLOAT_NULL) : new RealAtom(CONVERTED_REAL_NULL);
            } else {
                atoms[i] = suffix != 0 && suffixOf(t) == 0 ? atom(t + suffix) : atom(t);
            }
        }
        return unify(atoms);
    }

    // A vector of numbers without a suffix: longs and floats mixed become floats.
    private static K unify(K[] atoms) {
        boolean anyFloat = false;
        boolean allNumeric = true;
        for (K a : atoms) {
            anyFloat |= a.type() == -QType.FLOAT;
            allNumeric &= a.type() == -QType.FLOAT || a.type() == -QType.LONG;
        }
        if (anyFloat && allNumeric) {
            for (int i = 0; i < atoms.length; i++) {
                if (atoms[i] instanceof LongAtom) {
                    long v = ((LongAtom) atoms[i]).value();
                    atoms[i] = Q.f(v == QNull.LONG ? CONVERTED_FLOAT_NULL : v == QNull.LONG_INF ? Double.POSITIVE_INFINITY
                            : v == -QNull.LONG_INF ? Double.NEGATIVE_INFINITY : v);
                }
            }
        }
        K v = Lists.collapse(atoms);
        if (v.type() == QType.LIST) {
            throw new QException("type");
        }
        return v;
    }

    private static char suffixOf(String t) {
        if (t.startsWith("0x") || t.startsWith("-0x") || t.matches("-?0[NnWw]")) {
            return 0;
        }
        char c = t.charAt(t.length() - 1);
        if (SUFFIXES.indexOf(c) >= 0 && !(c == 'e' && t.length() == 1)) {
            return c;
        }
        return 0;
    }

    private static K atomOrBits(String t) {
        if (t.matches("[01]+b") && t.length() > 2) {
            byte[] bits = new byte[t.length() - 1];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = (byte) (t.charAt(i) - '0');
            }
            return new ByteVector(QType.BOOLEAN, bits);
        }
        if (t.startsWith("0x") && t.length() > 4) {
            String hex = t.substring(2);
            if (hex.length() % 2 == 1) {
                hex = "0" + hex;
            }
            if (!hex.matches("[0-9a-fA-F]+")) {
                throw new QException(t);
            }
            byte[] bytes = new byte[hex.length() / 2];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            return new ByteVector(QType.BYTE, bytes);
        }
        return atom(t);
    }

    /** One numeric or temporal atom. */
    static K atom(String t) {
        try {
            return parseAtom(t);
        } catch (NumberFormatException e) {
            throw new QException(t);
        }
    }

    private static K parseAtom(String t) {
        boolean negative = t.startsWith("-");
        String body = negative ? t.substring(1) : t;
        if (body.startsWith("0x")) {
            return Q.x(Integer.parseInt(body.substring(2), 16) * (negative ? -1 : 1));
        }
        if (body.matches("0[NnWw][a-z]?")) {
            return special(body, negative);
        }
        if (body.matches("[01]b")) {
            return Q.b(body.charAt(0) == '1');
        }
        char last = body.charAt(body.length() - 1);
        String digits = body;
        if (body.indexOf(':') >= 0 || body.indexOf('D') >= 0 || body.indexOf('T') >= 0 || body.matches("\\d{4}\\.\\d\\d(\\.\\d\\d)?[a-z]?")
                || body.matches("\\d+\\.\\d\\dm")) {
            return temporal(t);
        }
        if (Character.isLetter(last)) {
            digits = body.substring(0, body.length() - 1);
            String signed = negative ? "-" + digits : digits;
            switch (last) {
                case 'h': return Q.h(Short.parseShort(signed));
                case 'i': return Q.i(Integer.parseInt(signed));
                case 'j': return Q.j(Long.parseLong(signed));
                case 'e': return Q.e(Float.parseFloat(signed));
                case 'f': return Q.f(Double.parseDouble(signed));
                default: return temporal(t);
            }
        }
        if (body.indexOf('.') >= 0 || body.indexOf('e') >= 0 || body.indexOf('E') >= 0) {
            return Q.f(Double.parseDouble(t));
        }
        return Q.j(Long.parseLong(t));
    }

    private static K temporal(String t) {
        char last = t.charAt(t.length() - 1);
        int type;
        String text = t;
        if ("pmdznuvt".indexOf(last) >= 0) {
            type = typeOf(last);
            text = t.substring(0, t.length() - 1);
        } else if (t.indexOf('D') >= 0) {
            type = t.indexOf('.') == 4 || t.matches("-?\\d{4}\\.\\d\\d\\.\\d\\dD.*") ? QType.TIMESTAMP : QType.TIMESPAN;
        } else if (t.indexOf('T') >= 0) {
            type = QType.DATETIME;
        } else if (t.matches("-?\\d{4}\\.\\d\\d\\.\\d\\d")) {
            type = QType.DATE;
        } else if (t.matches("-?\\d{4}\\.\\d\\d")) {
            type = QType.MONTH;
        } else {
            int colons = t.length() - t.replace(":", "").length();
            boolean fraction = t.indexOf('.') >= 0;
            if (colons == 1 && !fraction) {
                type = QType.MINUTE;
            } else if (colons == 2 && !fraction) {
                type = QType.SECOND;
            } else if (fraction && t.substring(t.indexOf('.') + 1).length() > 3) {
                type = QType.TIMESPAN;
            } else {
                type = QType.TIME;
            }
        }
        if (type == QType.DATETIME) {
            return new FloatAtom(-QType.DATETIME, Temporal.parseDatetime(text));
        }
        if (type == QType.TIMESTAMP && text.equals("0")) {
            return new LongAtom(-type, 0); // 0p is the timestamp zero, as 0j the long (basics/datatypes.md)
        }
        long raw = Temporal.parse(type, text);
        if (type == QType.TIMESTAMP || type == QType.TIMESPAN) {
            return new LongAtom(-type, raw);
        }
        return new IntAtom(-type, (int) raw);
    }

    private static int typeOf(char letter) {
        return " bg xhijefcspmdznuvt".indexOf(letter);
    }

    // 0N 0n 0W 0w and their typed forms 0Ni 0Wd ...
    private static K special(String body, boolean negative) {
        boolean isNull = body.charAt(1) == 'N' || body.charAt(1) == 'n';
        char letter = body.length() > 2 ? body.charAt(2) : (body.charAt(1) == 'n' || body.charAt(1) == 'w' ? 'f' : 'j');
        int type = typeOf(letter);
        switch (type) {
            case QType.SHORT:
                return Q.h(isNull ? QNull.SHORT : (short) (negative ? -QNull.SHORT_INF : QNull.SHORT_INF));
            case QType.INT: case QType.MONTH: case QType.DATE: case QType.MINUTE: case QType.SECOND: case QType.TIME:
                return new IntAtom(-type, isNull ? QNull.INT : negative ? -QNull.INT_INF : QNull.INT_INF);
            case QType.LONG: case QType.TIMESTAMP: case QType.TIMESPAN:
                return new LongAtom(-type, isNull ? QNull.LONG : negative ? -QNull.LONG_INF : QNull.LONG_INF);
            case QType.REAL:
                return new RealAtom(isNull ? QNull.REAL : negative ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY);
            case QType.FLOAT: case QType.DATETIME:
                return new FloatAtom(-type, isNull ? QNull.FLOAT : negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            case QType.GUID:
                return Lists.nullOf(QType.GUID);
            case QType.CHAR:
                return Q.c(' ');
            default:
                throw new QException(body);
        }
    }
}
