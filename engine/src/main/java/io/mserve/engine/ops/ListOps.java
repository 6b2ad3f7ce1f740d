package io.mserve.engine.ops;

/** Verbs of this family; see {@link Builtins}. */
final class ListOps {
    private ListOps() {}

    static void register(Builtins b) {
    }
}
