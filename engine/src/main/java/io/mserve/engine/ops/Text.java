package io.mserve.engine.ops;

import io.mserve.engine.QException;
import io.mserve.engine.ops.text.Case;
import io.mserve.engine.ops.text.Patterns;
import io.mserve.engine.ops.text.Sv;
import io.mserve.engine.ops.text.Trim;
import io.mserve.engine.ops.text.Vs;

/** Text keywords: case, trimming, patterns ({@code like ss ssr}), {@code vs} and {@code sv}. */
final class Text {
    private Text() {}

    static void register(Builtins b) {
        b.monad("lower", Case::lower);
        b.monad("upper", Case::upper);
        b.monad("trim", Trim::trim);
        b.monad("ltrim", Trim::ltrim);
        b.monad("rtrim", Trim::rtrim);
        b.dyad("like", Patterns::like);
        b.dyad("ss", Patterns::ss);
        b.variadic("ssr", 3, args -> {
            if (args.length != 3) {
                throw QException.rank();
            }
            return Patterns.ssr(args[0], args[1], args[2]);
        });
        b.dyad("vs", Vs::vs);
        b.dyad("sv", Sv::sv);
    }
}
