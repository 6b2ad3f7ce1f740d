package io.mserve.engine.ops;

import io.mserve.engine.ops.arith.Atomic;
import io.mserve.engine.ops.compare.Cmp;
import io.mserve.engine.ops.compare.Match;
import io.mserve.engine.value.Q;

/** Verbs of this family; see {@link Builtins}. Kernels live in {@code ops.arith}. */
final class Compare {
    private Compare() {}

    static void register(Builtins b) {
        atomic(b, "=", Cmp::eq);
        atomic(b, "<>", Cmp::ne);
        atomic(b, "<", Cmp::lt);
        atomic(b, ">", Cmp::gt);
        atomic(b, "<=", Cmp::le);
        atomic(b, ">=", Cmp::ge);
        b.dyad("~", (x, y) -> Q.b(Match.match(x, y)));
    }

    private static void atomic(Builtins b, String name, Atomic.Kernel k) {
        b.dyad(name, (x, y) -> Atomic.dyad(x, y, k));
    }
}
