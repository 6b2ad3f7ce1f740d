package io.mserve.engine.ops;

/** Verbs of this family; see {@link Builtins}. */
final class Arith {
    private Arith() {}

    static void register(Builtins b) {
    }
}
