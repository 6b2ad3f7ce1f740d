package io.mserve.engine.ops.system;

import io.mserve.engine.ops.Context;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;

/** The internal functions {@code n!x} the engine has: {@code 0N! -3! -8! -9! -18! -33!}. */
public final class Internal {
    private Internal() {}

    /** Whether {@code x!y} is one of them: x is the long atom 0N, -3, -8, -9, -18 or -33. */
    public static boolean is(K x) {
        if (!(x instanceof LongAtom a) || x.type() != -QType.LONG) {
            return false;
        }
        long n = a.value();
        return n == QNull.LONG || n == -3 || n == -8 || n == -9 || n == -18 || n == -33;
    }

    /** {@code n!y}, for an {@code n} that {@link #is} one. */
    public static K apply(Context ctx, K n, K y) {
        long code = ((LongAtom) n).value();
        if (code == QNull.LONG) {
            return Show.echo(ctx, y);
        }
        if (code == -3) {
            return Show.line(ctx, y);
        }
        if (code == -33) {
            return Codecs.sha1OfText(y);
        }
        if (code == -9) {
            return ctx.received(Codecs.deserialize(y));
        }
        return Codecs.serialize(y, code == -18);
    }
}
