package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.ops.cast.Strings;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.Table;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Prepare Text ({@code delimiter 0: table}) and the lines Save Text writes. */
final class TextOut {
    private TextOut() {}

    /** The table as delimited lines: the column names, then one line per row. */
    static K prepare(char delimiter, Table t) {
        return prepare(delimiter, t.columns().items(), t.data());
    }

    /** A list of columns as delimited lines, one per row, with no header: {@code "|" 0: (`a`b;1 2)}. */
    static K prepare(char delimiter, K[] columns) {
        if (columns.length == 0) {
            throw QException.type();
        }
        for (K col : columns) {
            if (col.type() < 0 || col.count() != columns[0].count()) {
                throw col.type() < 0 ? QException.type() : QException.length();
            }
        }
        return prepare(delimiter, null, columns);
    }

    private static K prepare(char delimiter, String[] names, K[] columns) {
        K[] data = new K[columns.length];
        for (int c = 0; c < data.length; c++) {
            data[c] = Enumeration.plain(columns[c]); // written as the symbols it stands for
        }
        for (K col : data) {
            if (col.type() < 0 || col.type() > QType.TIME || col.type() == 0 && !strings(col)) {
                throw QException.type();
            }
        }
        int rows = data.length == 0 ? 0 : data[0].count();
        int header = names == null ? 0 : 1;
        K[] out = new K[rows + header];
        if (names != null) {
            out[0] = line(String.join(String.valueOf(delimiter), quoteAll(names, delimiter)));
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            sb.setLength(0);
            for (int c = 0; c < data.length; c++) {
                if (c > 0) {
                    sb.append(delimiter);
                }
                sb.append(quote(cell(data[c], r), delimiter));
            }
            out[r + header] = line(sb.toString());
        }
        return new KList(out);
    }

    private static boolean strings(K col) {
        for (K item : ((KList) col).items()) {
            if (item.type() != QType.CHAR) {
                return false;
            }
        }
        return true;
    }

    private static String[] quoteAll(String[] names, char delimiter) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = quote(names[i], delimiter);
        }
        return out;
    }

    private static String quote(String s, char delimiter) {
        return s.indexOf(delimiter) >= 0 || s.indexOf('\n') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    // A cell's text: nulls empty, temporals in ISO 8601 (2022-03-14, 2022-03-14T16:12:57.427499000).
    private static String cell(K col, int r) {
        if (col.type() == 0) {
            return new String(((ByteVector) ((KList) col).items()[r]).items(), StandardCharsets.ISO_8859_1);
        }
        if (col.type() == QType.CHAR) {
            return String.valueOf((char) (((ByteVector) col).items()[r] & 0xff));
        }
        K x = Lists.at(col, r);
        int t = -x.type();
        if (isNull(x)) {
            return "";
        }
        String s = Strings.atom(x);
        switch (t) {
            case QType.MONTH: case QType.DATE: case QType.DATETIME:
                return s.length() >= 7 ? iso(s) : s;
            case QType.TIMESTAMP:
                return iso(s).replace('D', 'T');
            default:
                return s;
        }
    }

    private static String iso(String s) {
        int end = Math.min(10, s.length());
        return s.substring(0, end).replace('.', '-') + s.substring(end);
    }

    private static boolean isNull(K x) {
        if (x instanceof LongAtom) {
            return ((LongAtom) x).value() == QNull.LONG;
        }
        if (x instanceof IntAtom) {
            return ((IntAtom) x).value() == QNull.INT;
        }
        if (x instanceof ShortAtom) {
            return ((ShortAtom) x).value() == QNull.SHORT;
        }
        if (x instanceof FloatAtom) {
            return Double.isNaN(((FloatAtom) x).value());
        }
        if (x instanceof RealAtom) {
            return Float.isNaN(((RealAtom) x).value());
        }
        return false;
    }

    private static K line(String s) {
        return new ByteVector(QType.CHAR, s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The bytes Save Text writes for a list of strings: each followed by a newline. */
    static byte[] lines(K strings) {
        if (strings.type() == QType.CHAR) {
            throw QException.type();
        }
        K[] items = Lists.items(strings);
        int total = 0;
        for (K s : items) {
            if (s.type() != QType.CHAR && s.type() != -QType.CHAR) {
                throw QException.type();
            }
            total += (int) Math.max(1, s.count()) + 1;
        }
        byte[] out = new byte[total];
        int at = 0;
        for (K s : items) {
            byte[] b = s instanceof ByteVector ? ((ByteVector) s).items() : new byte[] {((ByteAtom) s).value()};
            System.arraycopy(b, 0, out, at, b.length);
            at += b.length;
            out[at++] = '\n';
        }
        return Arrays.copyOf(out, at);
    }
}
