package io.mserve.engine.ops.system;

import io.mserve.engine.ops.Context;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;

/** Values as the console shows them: {@code show}, {@code .Q.s}, {@code .Q.s1}, {@code -3!} and {@code 0N!}. */
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

    /** {@code 0N!x}: prints x on one line and returns it. */
    public static K echo(Context ctx, K x) {
        ctx.print(ctx.console().line(x));
        return x;
    }
}
