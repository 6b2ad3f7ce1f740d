package io.mserve.engine.ops;

/** Verbs of this family; see {@link Builtins}. */
final class Text {
    private Text() {}

    static void register(Builtins b) {
    }
}
