package io.mserve.engine.ops;

/** Verbs of this family; see {@link Builtins}. */
final class Casts {
    private Casts() {}

    static void register(Builtins b) {
    }
}
