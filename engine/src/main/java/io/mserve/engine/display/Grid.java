package io.mserve.engine.display;

import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.Table;
import java.util.List;

/** Multi-line console layouts: tables, keyed tables, dictionaries, general lists and matrices. */
final class Grid {
    private Grid() {}

    /** A table: header, dashes, one line per row (at most {@code max} lines in all). */
    static void table(Form form, Table t, int max, List<String> out) {
        int shown = Math.max(0, Math.min(t.count(), max - 2));
        String[][] cells = columns(form, t, shown);
        int[] width = widths(t, cells);
        out.add(row(t.columns().items(), width));
        out.add("-".repeat(total(width)));
        for (int i = 0; i < shown; i++) {
            out.add(row(rowOf(cells, i), width));
        }
    }

    /** A keyed table: the key table's columns, {@code |}, the value table's. */
    static void keyed(Form form, Table keys, Table values, int max, List<String> out) {
        int shown = Math.max(0, Math.min(keys.count(), max - 2));
        String[][] kc = columns(form, keys, shown);
        String[][] vc = columns(form, values, shown);
        int[] kw = widths(keys, kc);
        int[] vw = widths(values, vc);
        out.add(row(keys.columns().items(), kw) + "| " + row(values.columns().items(), vw));
        out.add("-".repeat(total(kw)) + "| " + "-".repeat(total(vw)));
        for (int i = 0; i < shown; i++) {
            out.add(row(rowOf(kc, i), kw) + "| " + row(rowOf(vc, i), vw));
        }
    }

    /** A dictionary: each key, padded, then {@code |} and its value. */
    static void dict(Form form, KVector keys, KVector values, int max, List<String> out) {
        int shown = Math.min(keys.count(), max);
        String[] k = new String[shown];
        int width = 0;
        for (int i = 0; i < shown; i++) {
            k[i] = Form.isSimple(keys) ? form.item(keys, i) : form.one(keys.at(i));
            width = Math.max(width, k[i].length());
        }
        String[] v = values instanceof KList l ? listLines(form, l, shown) : new String[shown];
        if (!(values instanceof KList)) {
            for (int i = 0; i < shown; i++) {
                v[i] = form.item(values, i);
            }
        }
        for (int i = 0; i < shown; i++) {
            out.add(pad(k[i], width) + "| " + v[i]);
        }
    }

    /** A general list of two or more items: a matrix when its items are lists of one length, else one item a line. */
    static void list(Form form, KList l, int max, List<String> out) {
        for (String line : listLines(form, l, Math.min(l.count(), max))) {
            out.add(line);
        }
    }

    /** The lines of the first {@code shown} items of {@code l}. */
    private static String[] listLines(Form form, KList l, int shown) {
        K[] items = l.items();
        String[] lines = new String[shown];
        if (isMatrix(items)) {
            int n = items[0].count();
            String[][] cells = new String[n][shown];
            for (int i = 0; i < shown; i++) {
                for (int j = 0; j < n; j++) {
                    cells[j][i] = Form.isSimple(items[i]) ? form.item(items[i], j) : form.one(((KVector) items[i]).at(j));
                }
            }
            int[] width = new int[n];
            for (int j = 0; j < n; j++) {
                for (String c : cells[j]) {
                    width[j] = Math.max(width[j], c.length());
                }
            }
            for (int i = 0; i < shown; i++) {
                lines[i] = row(rowOf(cells, i), width);
            }
            return lines;
        }
        for (int i = 0; i < shown; i++) {
            lines[i] = form.one(items[i]);
        }
        return lines;
    }

    /**
     * Whether q lays out these items as a matrix: all lists of one non-zero length, and not all
     * strings, boolean or byte vectors (those keep their compact forms).
     */
    private static boolean isMatrix(K[] items) {
        int n = -1;
        boolean compact = true;
        for (K item : items) {
            if (!(item instanceof KVector) || (n >= 0 && item.count() != n) || item.count() == 0
                    || ((KVector) item).attribute() != Attribute.NONE) {
                return false;
            }
            n = item.count();
            int t = item.type();
            compact &= t == items[0].type() && (t == QType.CHAR || t == QType.BOOLEAN || t == QType.BYTE);
        }
        return !compact;
    }

    /** The cell text of the first {@code shown} rows of each column of {@code t}. */
    private static String[][] columns(Form form, Table t, int shown) {
        K[] data = t.data();
        String[][] cells = new String[data.length][shown];
        for (int j = 0; j < data.length; j++) {
            K c = data[j];
            boolean simple = Form.isSimple(c);
            for (int i = 0; i < shown; i++) {
                if (simple) {
                    cells[j][i] = Form.isNull(c, i) ? "" : form.item(c, i);
                } else {
                    cells[j][i] = form.one(((KVector) c).at(i));
                }
            }
        }
        return cells;
    }

    private static int[] widths(Table t, String[][] cells) {
        String[] names = t.columns().items();
        int[] width = new int[names.length];
        for (int j = 0; j < names.length; j++) {
            width[j] = names[j].length();
            for (String c : cells[j]) {
                width[j] = Math.max(width[j], c.length());
            }
        }
        return width;
    }

    private static String[] rowOf(String[][] cells, int i) {
        String[] r = new String[cells.length];
        for (int j = 0; j < cells.length; j++) {
            r[j] = cells[j][i];
        }
        return r;
    }

    private static String row(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < cells.length; j++) {
            if (j > 0) {
                b.append(' ');
            }
            b.append(pad(cells[j], width[j]));
        }
        return b.toString();
    }

    private static int total(int[] width) {
        int sum = Math.max(width.length - 1, 0);
        for (int w : width) {
            sum += w;
        }
        return sum;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
