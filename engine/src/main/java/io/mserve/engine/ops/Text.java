package io.mserve.engine.ops;

import io.mserve.engine.QException;
import io.mserve.engine.ops.text.Case;
import io.mserve.engine.ops.text.Join;
import io.mserve.engine.ops.text.Search;
import io.mserve.engine.ops.text.Split;
import io.mserve.engine.ops.text.Trim;

/** Text keywords: case, trimming, patterns ({@code like ss ssr}), {@code vs} and {@code sv}. */
final class Text {
    private Text() {}

    static void register(Builtins b) {
        b.monad("lower", Case::lower);
        b.monad("upper", Case::upper);
        b.monad("trim", Trim::trim);
        b.monad("ltrim", Trim::ltrim);
        b.monad("rtrim", Trim::rtrim);
        b.dyad("like", Search::like);
        b.dyad("ss", Search::ss);
        b.variadic("ssr", 3, args -> {
            if (args.length != 3) {
                throw QException.rank();
            }
            return Search.ssr(args[0], args[1], args[2]);
        });
        b.dyad("vs", Split::vs);
        b.dyad("sv", Join::sv);
    }
}
