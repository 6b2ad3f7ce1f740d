package io.mserve.engine.display;

import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.Table;
import java.util.Arrays;
import java.util.List;

/**
 * Multi-line console layouts: tables, keyed tables, dictionaries, general lists and matrices.
 * Only what fits is formatted: at most {@code max} lines, and columns until a line is wider than
 * {@code width} (the console cuts it there).
 */
final class Grid {
    private Grid() {}

    /** A table: header, dashes, one line per row. */
    static void table(Form form, Table t, int max, int width, List<String> out) {
        int shown = Math.max(0, Math.min(t.count(), max - 2));
        Block b = block(form, t, shown, width);
        out.add(b.header());
        out.add(b.dashes());
        for (int i = 0; i < shown; i++) {
            out.add(b.row(i));
        }
    }

    /** A keyed table: the key table's columns, {@code |}, the value table's. */
    static void keyed(Form form, Table keys, Table values, int max, int width, List<String> out) {
        int shown = Math.max(0, Math.min(keys.count(), max - 2));
        Block k = block(form, keys, shown, width);
        Block v = block(form, values, shown, Math.max(0, width - k.total() - 2));
        out.add(k.header() + "| " + v.header());
        out.add(k.dashes() + "| " + v.dashes());
        for (int i = 0; i < shown; i++) {
            out.add(k.row(i) + "| " + v.row(i));
        }
    }

    /** A dictionary: each key, padded, then {@code |} and its value. */
    static void dict(Form form, KVector keys, KVector values, int max, int width, List<String> out) {
        int shown = Math.min(keys.count(), max);
        String[] k = new String[shown];
        int keyWidth = 0;
        for (int i = 0; i < shown; i++) {
            k[i] = Form.isSimple(keys) ? form.item(keys, i) : form.one(keys.at(i), width);
            keyWidth = Math.max(keyWidth, k[i].length());
        }
        String[] v;
        if (values instanceof KList l) {
            v = listLines(form, l, shown, width);
        } else {
            v = new String[shown];
            for (int i = 0; i < shown; i++) {
                v[i] = form.item(values, i);
            }
        }
        for (int i = 0; i < shown; i++) {
            out.add(pad(k[i], keyWidth) + "| " + v[i]);
        }
    }

    /** A general list of two or more items: a matrix when its items are lists of one length, else one item a line. */
    static void list(Form form, KList l, int max, int width, List<String> out) {
        for (String line : listLines(form, l, Math.min(l.count(), max), width)) {
            out.add(line);
        }
    }

    /** The lines of the first {@code shown} items of {@code l}. */
    private static String[] listLines(Form form, KList l, int shown, int width) {
        K[] items = l.items();
        String[] lines = new String[shown];
        if (!isMatrix(items)) {
            for (int i = 0; i < shown; i++) {
                lines[i] = form.one(items[i], width);
            }
            return lines;
        }
        int n = items[0].count();
        String[][] cells = new String[n][];
        int[] w = new int[n];
        int total = -1;
        int used = 0;
        while (used < n && total <= width) {
            String[] c = new String[shown];
            for (int i = 0; i < shown; i++) {
                // As in a table, a null in a matrix shows blank, an enumeration its values.
                K item = Enumeration.plain(items[i]);
                c[i] = Form.isSimple(item) ? form.cell(item, used)
                        : form.one(Lists.at(item, used), width);
                w[used] = Math.max(w[used], c[i].length());
            }
            cells[used] = c;
            total += w[used++] + 1;
        }
        for (int i = 0; i < shown; i++) {
            lines[i] = row(cells, w, used, i);
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

    /** The visible columns of a table: each column's cells, left-aligned to the column's width. */
    private record Block(String[] names, String[][] cells, int[] width, int used) {
        String header() {
            return Grid.row(new String[][] {names}, width, used, -1);
        }

        String dashes() {
            return "-".repeat(total());
        }

        String row(int i) {
            return Grid.row(cells, width, used, i);
        }

        int total() {
            int sum = Math.max(used - 1, 0);
            for (int j = 0; j < used; j++) {
                sum += width[j];
            }
            return sum;
        }
    }

    private static Block block(Form form, Table t, int shown, int maxWidth) {
        K[] data = t.data();
        String[] names = t.columns().items();
        String[][] cells = new String[data.length][];
        int[] width = new int[data.length];
        int total = -1;
        int used = 0;
        while (used < data.length && (used == 0 || total <= maxWidth)) {
            // an enumerated column shows its symbols: those of the rows shown
            K c = data[used] instanceof Enumeration e ? e.with(Arrays.copyOf(e.index(), shown)).values() : data[used];
            boolean simple = Form.isSimple(c);
            String[] col = new String[shown];
            int w = names[used].length();
            for (int i = 0; i < shown; i++) {
                col[i] = simple ? form.cell(c, i) : form.nested(Lists.at(c, i), maxWidth);
                w = Math.max(w, col[i].length());
            }
            cells[used] = col;
            width[used] = w;
            total += w + 1;
            used++;
        }
        return new Block(names, cells, width, used);
    }

    /** Row {@code i} of the first {@code used} columns of {@code cells} (row -1: the names in {@code cells[0]}). */
    private static String row(String[][] cells, int[] width, int used, int i) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < used; j++) {
            if (j > 0) {
                b.append(' ');
            }
            String s = i < 0 ? cells[0][j] : cells[j][i];
            b.append(s);
            for (int k = s.length(); k < width[j]; k++) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
