package io.mserve.engine.ops;

import io.mserve.engine.ops.cast.Dollar;
import io.mserve.engine.ops.cast.Strings;

/** Cast, Tok, Pad ({@code $}) and {@code string} (also the unary {@code $}); see {@link Dollar}. */
final class Casts {
    private Casts() {}

    static void register(Builtins b) {
        b.dyad("$", Dollar::apply);
        b.monad("$", Strings::string);
        b.monad("string", Strings::string);
    }
}
