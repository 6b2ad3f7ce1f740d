package io.mserve.engine.ops.ipc;

import io.mserve.engine.ops.Access;
import io.mserve.engine.ops.Connections;
import io.mserve.engine.ops.Context;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;

/** {@code hopen} and {@code hclose}: connection handles, from the session's {@link Connections}. */
public final class Connect {
    private Connect() {}

    /** {@code hopen x}: a handle to a port or {@code `:host:port[:user:password]}, or either with a timeout {@code (x;ms)}. */
    public static K hopen(Context ctx, K x) {
        Access.requireConnect();
        return ctx.connections().open(x);
    }

    /** {@code hclose h}. */
    public static K hclose(Context ctx, K x) {
        Access.requireConnect(); // a client that may open nothing may close nobody's connection (.z.w: its own link)
        ctx.connections().close(x);
        return Q.NIL;
    }
}
