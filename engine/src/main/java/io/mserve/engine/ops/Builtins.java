package io.mserve.engine.ops;

import io.mserve.engine.ops.json.Json;
import io.mserve.engine.ops.math.Matrices;
import io.mserve.engine.ops.math.Trig;
import java.util.HashMap;
import java.util.Map;

/**
 * Every primitive by name: operator glyphs and keywords. Each family of verbs registers its
 * own forms (see {@link #standard()}); the parser asks which names are infix, the interpreter
 * looks names up here after the session's own variables.
 */
public final class Builtins {
    private final Map<String, Builtin> byName = new HashMap<>();

    /** The full set: every family's verbs. */
    public static Builtins standard() {
        Builtins b = new Builtins();
        Arith.register(b);
        Compare.register(b);
        ListOps.register(b);
        Casts.register(b);
        Text.register(b);
        b.monad("sin", Trig::sin);
        b.monad("cos", Trig::cos);
        b.monad("tan", Trig::tan);
        b.monad("asin", Trig::asin);
        b.monad("acos", Trig::acos);
        b.monad("atan", Trig::atan);
        b.dyad("mmu", Matrices::mmu);
        b.monad("inv", Matrices::inv);
        b.dyad("lsq", Matrices::lsq);
        Json.register(b);
        if (b.get("prod") != null && b.get("prod").monad() != null) {
            b.monad("prd", b.get("prod").monad());
        }
        return b;
    }

    /** The unary form of operator {@code glyph} or keyword {@code name}. */
    public void monad(String name, Monad m) {
        entry(name).set(m);
    }

    /** The binary form of operator {@code glyph} or keyword {@code name}. */
    public void dyad(String name, Dyad d) {
        entry(name).set(d);
    }

    /** A keyword of {@code rank} 3..8. */
    public void variadic(String name, int rank, Variadic v) {
        entry(name).set(rank, v);
    }

    /** The primitive called {@code name}, or null. */
    public Builtin get(String name) {
        return byName.get(name);
    }

    private Builtin entry(String name) {
        return byName.computeIfAbsent(name, n -> new Builtin(n, !Character.isLetter(n.charAt(0)) && n.charAt(0) != '.'));
    }
}
