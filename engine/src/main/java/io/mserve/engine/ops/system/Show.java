package io.mserve.engine.ops.system;

import io.mserve.engine.QException;
import io.mserve.engine.display.Console;
import io.mserve.engine.ops.Context;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.Table;

/** Values as the console shows them: {@code show}, {@code .Q.s}, {@code .Q.s1}, {@code -3!}, {@code 0N!}, and the web console's {@code .h.jx}. */
public final class Show {
    private Show() {}

    /** {@code show x}: prints x as the console would, within {@code \c}. */
    public static K show(Context ctx, K x) {
        ctx.print(ctx.console().show(x));
        return Q.NIL;
    }

    /** {@code .Q.s x}: the text {@code show} prints, with a final newline. */
    public static K text(Context ctx, K x) {
        return Q.str(ctx.console().show(x) + "\n");
    }

    /** {@code .Q.s1 x} and {@code -3!x}: x on one line, as q writes it, floats to {@code \P} digits. */
    public static K line(Context ctx, K x) {
        return Q.str(ctx.console().line(x));
    }

    private static final int PAGE = 32;

    /**
     * {@code .h.jx[x;`t]}: the web console's page of table t from row x: links to the first,
     * previous, next and last pages with the row count and first row, a blank line, then the
     * page's rows as the console shows them, however tall or wide.
     */
    public static K page(Context ctx, K from, K name) {
        if (!(name instanceof SymbolAtom s) || !(ctx.global(s.value()) instanceof Table t)) {
            throw QException.type();
        }
        long n = t.count();
        long x = Math.max(0, Math.min(Ints.toLong(from), n));
        long last = Math.max(0, n - PAGE);
        String nav = link("home", 0) + link("up", Math.max(0, x - PAGE)) + link("down", Math.min(x + PAGE, last))
                + link("end", last) + n + "[" + x + "]";
        String[] rows = new Console(PAGE + 8, Integer.MAX_VALUE).show(Gather.slice(t, (int) x, (int) Math.min(PAGE, n - x))).split("\n", -1);
        K[] out = new K[rows.length + 2];
        out[0] = Q.str(nav);
        out[1] = Q.str("");
        for (int i = 0; i < rows.length; i++) {
            out[i + 2] = Q.str(rows[i]);
        }
        return new KList(out);
    }

    private static String link(String text, long row) {
        return "<a href=\"?[" + row + "\">" + text + "</a> ";
    }

    /** {@code 0N!x}: prints x on one line and returns it. */
    public static K echo(Context ctx, K x) {
        ctx.print(ctx.console().line(x));
        return x;
    }
}
