package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Load CSV and Load Fixed ({@code (types;delimiter) 0: y}, {@code (types;widths) 0: y}): text to columns. */
final class Csv {
    private Csv() {}

    /** Text as lines: {@code starts[i]} to {@code ends[i]} in {@code bytes}, without line terminators. */
    record Lines(byte[] bytes, int[] starts, int[] ends) {
        int count() {
            return starts.length;
        }

        static Lines of(byte[] b) {
            int n = 0;
            for (byte c : b) {
                if (c == '\n') {
                    n++;
                }
            }
            boolean open = b.length > 0 && b[b.length - 1] != '\n';
            int[] starts = new int[n + (open ? 1 : 0)];
            int[] ends = new int[starts.length];
            int line = 0;
            int start = 0;
            for (int i = 0; i < b.length; i++) {
                if (b[i] == '\n') {
                    starts[line] = start;
                    ends[line++] = i > start && b[i - 1] == '\r' ? i - 1 : i;
                    start = i + 1;
                }
            }
            if (open) {
                starts[line] = start;
                ends[line] = b.length;
            }
            return new Lines(b, starts, ends);
        }

        /** A list of strings (or one string) as lines. */
        static Lines of(K strings) {
            if (strings.type() == QType.CHAR) {
                byte[] b = ((ByteVector) strings).items();
                return new Lines(b, new int[] {0}, new int[] {b.length});
            }
            K[] items = strings.type() == 0 ? ((KList) strings).items() : null;
            if (items == null) {
                throw QException.type();
            }
            int total = 0;
            for (K s : items) {
                if (s.type() != QType.CHAR && s.type() != -QType.CHAR) {
                    throw QException.type();
                }
                total += (int) Math.max(1, s.count());
            }
            byte[] b = new byte[total];
            int[] starts = new int[items.length];
            int[] ends = new int[items.length];
            int at = 0;
            for (int i = 0; i < items.length; i++) {
                byte[] s = items[i] instanceof ByteVector ? ((ByteVector) items[i]).items()
                        : new byte[] {((ByteAtom) items[i]).value()};
                System.arraycopy(s, 0, b, at, s.length);
                starts[i] = at;
                at += s.length;
                ends[i] = at;
            }
            return new Lines(b, starts, ends);
        }
    }

    /**
     * {@code (types;delimiter) 0: lines}: with {@code header}, the first line names the columns
     * and the result is a table; otherwise a list of columns.
     */
    static K delimited(String types, byte delimiter, boolean header, Lines lines) {
        int first = header ? 1 : 0;
        int rows = Math.max(0, lines.count() - first);
        Fields[] cols = new Fields[types.length()];
        for (int c = 0; c < cols.length; c++) {
            char t = types.charAt(c);
            cols[c] = t == ' ' ? null : Fields.of(t, rows);
        }
        byte[] b = lines.bytes();
        byte[] unquoted = null;
        for (int r = 0; r < rows; r++) {
            int from = lines.starts()[r + first];
            int end = lines.ends()[r + first];
            for (int c = 0; c < cols.length; c++) {
                int to = from;
                if (from < end && b[from] == '"') {
                    // A quoted field: up to the closing quote; "" inside is one quote.
                    if (unquoted == null) {
                        unquoted = new byte[b.length];
                    }
                    int n = 0;
                    int i = from + 1;
                    while (i < end) {
                        if (b[i] == '"') {
                            if (i + 1 < end && b[i + 1] == '"') {
                                unquoted[n++] = '"';
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        unquoted[n++] = b[i++];
                    }
                    while (i < end && b[i] != delimiter) {
                        i++;
                    }
                    if (cols[c] != null) {
                        cols[c].set(r, unquoted, 0, n);
                    }
                    to = i;
                } else {
                    while (to < end && b[to] != delimiter) {
                        to++;
                    }
                    if (cols[c] != null) {
                        cols[c].set(r, b, from, to);
                    }
                }
                from = to < end ? to + 1 : end;
            }
        }
        List<K> data = new ArrayList<>();
        for (Fields f : cols) {
            if (f != null) {
                data.add(f.result());
            }
        }
        if (!header) {
            return new KList(data.toArray(new K[0]));
        }
        List<String> names = new ArrayList<>();
        if (lines.count() == 0) {
            throw QException.length();
        }
        int from = lines.starts()[0];
        int end = lines.ends()[0];
        for (int c = 0; c < cols.length; c++) {
            int to = from;
            while (to < end && b[to] != delimiter) {
                to++;
            }
            if (cols[c] != null) {
                names.add(Symbols.intern(Fields.text(b, from, Math.min(to, end)).strip()));
            }
            from = Math.min(end, to + 1);
        }
        return new Table(new SymbolVector(names.toArray(new String[0])), data.toArray(new K[0]));
    }

    /** {@code (types;widths) 0: lines}: each line cut into fields of the given widths. */
    static K fixed(String types, long[] widths, Lines lines) {
        if (widths.length != types.length()) {
            throw QException.length();
        }
        int rows = lines.count();
        Fields[] cols = new Fields[types.length()];
        for (int c = 0; c < cols.length; c++) {
            if (widths[c] < 0) {
                throw QException.domain();
            }
            char t = types.charAt(c);
            cols[c] = t == ' ' ? null : Fields.of(t, rows);
        }
        byte[] b = lines.bytes();
        for (int r = 0; r < rows; r++) {
            int from = lines.starts()[r];
            int end = lines.ends()[r];
            for (int c = 0; c < cols.length; c++) {
                int to = (int) Math.min(end, from + widths[c]);
                if (cols[c] != null) {
                    cols[c].set(r, b, Math.min(from, to), to);
                }
                from = to;
            }
        }
        List<K> data = new ArrayList<>();
        for (Fields f : cols) {
            if (f != null) {
                data.add(f.result());
            }
        }
        return new KList(data.toArray(new K[0]));
    }

    /** Records of fixed width without newlines: cut {@code bytes} every {@code width} bytes. */
    static Lines records(byte[] bytes, long width) {
        if (width <= 0) {
            throw QException.domain();
        }
        int n = (int) (bytes.length / width);
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = (int) (i * width);
            ends[i] = (int) ((i + 1) * width);
        }
        return new Lines(bytes, starts, ends);
    }

    /** The one record of a string read with an atom delimiter: each column's only item, as atoms. */
    static K firstRow(K columns) {
        K[] cols = ((KList) columns).items();
        K[] out = new K[cols.length];
        for (int i = 0; i < cols.length; i++) {
            out[i] = Lists.at(cols[i], 0);
        }
        return Lists.collapse(Arrays.copyOf(out, out.length));
    }
}
