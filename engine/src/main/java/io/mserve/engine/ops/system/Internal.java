package io.mserve.engine.ops.system;

import io.mserve.engine.QException;
import io.mserve.engine.display.Floats;
import io.mserve.engine.ops.Context;
import io.mserve.engine.parse.Parser;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import java.util.List;
import java.util.Map;

/**
 * The internal functions {@code n!x} (basics/internal.md): {@code !} with a negative integer on
 * its left. The engine has {@code 0N! -3! -4! -8! -9! -18! -27! -33!}; those a keyword or utility
 * replaced are that keyword ({@code -5!} is {@code parse}); the rest are {@code 'nyi}.
 */
public final class Internal {
    private static final Map<Long, String> REPLACED = Map.ofEntries(
            Map.entry(-1L, "hsym"), Map.entry(-2L, "attr"), Map.entry(-5L, "parse"), Map.entry(-6L, "eval"),
            Map.entry(-7L, "hcount"), Map.entry(-12L, ".Q.host"), Map.entry(-13L, ".Q.addr"), Map.entry(-15L, "md5"),
            Map.entry(-20L, ".Q.gc"), Map.entry(-24L, "reval"), Map.entry(-29L, ".j.k"), Map.entry(-31L, ".j.jd"),
            Map.entry(-32L, ".Q.btoa"));

    private Internal() {}

    /** Whether {@code x!y} is an internal function: x is the long atom 0N or a negative integer atom. */
    public static boolean is(K x) {
        if (!Ints.isAtom(x)) {
            return false;
        }
        long n = Ints.atom(x);
        return n == QNull.LONG ? x.type() == -QType.LONG : n < 0;
    }

    /** The keyword or utility that replaced internal function {@code n} ({@code hsym} for -1), or null. */
    public static String replacedBy(K n) {
        return REPLACED.get(Ints.atom(n));
    }

    /** {@code n!y}, for an {@code n} that {@link #is} one and no keyword replaced. */
    public static K apply(Context ctx, K n, K y) {
        long code = Ints.atom(n);
        if (code == QNull.LONG) {
            return Show.echo(ctx, y);
        }
        switch ((int) code) {
            case -3: return Show.line(ctx, y);
            case -4: return tokens(y);
            case -8: return Codecs.serialize(y, false);
            case -9: return ctx.received(Codecs.deserialize(y));
            case -18: return Codecs.serialize(y, true);
            case -27: return fixed(y);
            case -33: return Codecs.sha1OfText(y);
            default: throw QException.nyi();
        }
    }

    // -4!x: the tokens of the text x, the blanks between them tokens too.
    private static K tokens(K x) {
        if (x.type() != QType.CHAR) {
            throw QException.type();
        }
        List<String> tokens = Parser.tokens(Q.text(x));
        K[] out = new K[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Q.str(tokens.get(i));
        }
        return new KList(out);
    }

    // -27!(x;y): the floats y as strings with x decimals, the binary value rounded as IEEE754 has it.
    private static K fixed(K pair) {
        if (pair.type() != QType.LIST || pair.count() != 2) {
            throw QException.type();
        }
        K places = ((KList) pair).items()[0];
        K y = ((KList) pair).items()[1];
        if (!(places instanceof IntAtom p) || p.value() < 0) {
            throw QException.type();
        }
        if (y instanceof FloatAtom f) {
            return Q.str(Floats.fixed(f.value(), p.value()));
        }
        if (!(y instanceof FloatVector v)) {
            throw QException.type();
        }
        double[] items = v.items();
        K[] out = new K[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = Q.str(Floats.fixed(items[i], p.value()));
        }
        return new KList(out);
    }
}
