package io.mserve.engine.ops;

/** Verbs of this family; see {@link Builtins}. */
final class Compare {
    private Compare() {}

    static void register(Builtins b) {
    }
}
