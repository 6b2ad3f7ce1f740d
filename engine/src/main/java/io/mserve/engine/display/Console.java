package io.mserve.engine.display;

import io.mserve.engine.QException;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.Primitive;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * How the q console shows values: {@link #show} is what the REPL prints for a result (and
 * {@code show}, {@code .Q.s}), within the console size {@code \c}; {@link #one} is the one-line
 * form of {@code -3!} and {@code .Q.s1}.
 */
public final class Console {
    private static final Form DEFAULT = new Form(7);
    private static final int MIN_SIZE = 10;
    private static final int MAX_SIZE = 2000;

    private final int rows;
    private final int columns;
    private final Form form;

    /** A console {@code rows} lines high and {@code columns} characters wide ({@code \c 25 80} by default). */
    public Console(int rows, int columns) {
        this(rows, columns, 7);
    }

    /**
     * A console of that size showing floats to {@code precision} significant digits ({@code \P}; 0
     * for all 17); each size is coerced to [10,2000], as {@code \c} does.
     */
    public Console(int rows, int columns, int precision) {
        this.rows = Math.max(MIN_SIZE, Math.min(MAX_SIZE, rows));
        this.columns = Math.max(MIN_SIZE, Math.min(MAX_SIZE, columns));
        this.form = new Form(precision);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** Significant digits floats are shown with ({@code \\P}; 0 for all 17). */
    public int precision() {
        return form.precision();
    }

    /** The text q prints for {@code v} at the console, lines separated by \n, without a final newline. */
    public String show(K value) {
        K v = plainEnumerations(value);
        List<String> lines = new ArrayList<>();
        // past rows-2 lines q shows rows-3 and a line of ..
        int maxLines = Math.max(rows - 2, 1);
        lines(v, maxLines + 1, lines);
        if (lines.size() > maxLines) {
            lines.subList(maxLines - 1, lines.size()).clear();
            lines.add("..");
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > columns - 1) {
                line = line.substring(0, Math.max(columns - 3, 0)) + "..";
            }
            b.append(i > 0 ? "\n" : "").append(line);
        }
        return b.toString();
    }

    /** The one-line text of {@code -3!v}. */
    public static String one(K v) {
        return DEFAULT.one(v);
    }

    /**
     * The text {@code string} gives an atom, or item {@code i} of a simple vector, at this console's
     * float precision: as inside a vector's console text, with no type suffix or quotes
     * ({@code 42}, {@code 1.5}, {@code a} for {@code `a}), {@code 0W}/{@code 0w} for infinities,
     * and nulls empty, as a table shows them.
     */
    public String text(K v, int i) {
        if (v.isAtom() && QType.isSimple(-v.type())) {
            return form.text(Lists.collapse(new K[] {v}), 0);
        }
        if (!Form.isSimple(v)) {
            throw QException.type();
        }
        return form.text(v, i);
    }

    /** The one-line text of {@code -3!v} at this console's float precision. */
    public String line(K v) {
        return form.one(v);
    }

    /** Adds the lines of {@code v} to {@code out}, at most {@code max} of them. */
    private void lines(K v, int max, List<String> out) {
        if (v == Primitive.IDENTITY) {
            return;
        }
        if (v instanceof Table t) {
            Grid.table(form, t, max, columns, out);
        } else if (v instanceof Dict d && d.isKeyedTable()) {
            Grid.keyed(form, (Table) d.keys(), (Table) d.values(), max, columns, out);
        } else if (v instanceof Dict d && d.values() instanceof Table rows && d.keys() instanceof KVector && d.count() == rows.count()) {
            // a dictionary of rows shows as a keyed table whose key column has no name
            Grid.keyed(form, unnamed(d.keys()), rows, max, columns, out);
        } else if (v instanceof Dict d && d.keys() instanceof Table keys && d.values() instanceof KVector && d.values().count() == keys.count()) {
            // a list keyed by a table (exec c by k:c from t) shows as a keyed table whose value column has no name
            Grid.keyed(form, keys, unnamed(d.values()), max, columns, out);
        } else if (v instanceof Dict d && d.count() > 0 && d.keys() instanceof KVector && d.values() instanceof KVector
                && d.values().count() == d.count()) {
            Grid.dict(form, (KVector) d.keys(), (KVector) d.values(), max, columns, out);
        } else if (v instanceof KList l && (l.count() > 1 || isOneRowMatrix(l))) {
            Grid.list(form, l, max, columns, out);
        } else if (Form.isSimple(v)) {
            out.add(form.vector((KVector) v, columns));
        } else {
            out.add(form.one(v, columns));
        }
    }

    private static Table unnamed(K column) {
        return new Table(new SymbolVector(new String[] {""}), new K[] {column});
    }

    // A dictionary shows enumerated keys and values as their symbols, as q does (a table's columns: see Grid).
    private static K plainEnumerations(K v) {
        if (v instanceof Dict d && (d.keys() instanceof Enumeration || d.values() instanceof Enumeration)) {
            return new Dict(Enumeration.plain(d.keys()), Enumeration.plain(d.values()), d.isSorted());
        }
        return v;
    }

    // A list holding one numeric vector is shown as a one-row matrix (show of a 1x1 matrix prints its number).
    private static boolean isOneRowMatrix(KList l) {
        if (l.count() != 1) {
            return false;
        }
        K item = l.items()[0];
        int t = item.type();
        return Form.isSimple(item) && item.count() > 0 && t != QType.CHAR && t != QType.BOOLEAN && t != QType.BYTE
                && ((KVector) item).attribute() == Attribute.NONE;
    }
}
