package io.mserve.engine.ops;

import io.mserve.engine.QException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every primitive of a session by name: operator glyphs and keywords. Built once, by the
 * session's table of primitives, with a {@link Builder} that refuses a name given twice;
 * read-only afterwards. The parser asks which names are infix; the interpreter looks names
 * up here after the session's own variables.
 */
public final class Builtins {
    private final Map<String, Builtin> byName;

    private Builtins(Map<String, Builtin> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The primitive called {@code name}, or null. */
    public Builtin get(String name) {
        return byName.get(name);
    }

    /** Every primitive's name. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** Whether {@code name} is a primitive written infix, {@code x f y}. */
    public boolean isInfix(String name) {
        Builtin b = byName.get(name);
        return b != null && b.isInfix();
    }

    /** Registers each primitive once, all its forms in one call; a name given twice is an error at start-up. */
    public static final class Builder {
        private final Map<String, Builtin> byName = new HashMap<>();

        /** An operator glyph with its unary and binary forms (either may be null). */
        public Builder operator(String glyph, Monad monad, Dyad dyad) {
            return add(glyph, monad, dyad, 0, null);
        }

        /** An operator glyph that also takes 3 to {@code rank} arguments ({@code ? ! @ . '}). */
        public Builder operator(String glyph, Monad monad, Dyad dyad, int rank, Variadic variadic) {
            return add(glyph, monad, dyad, rank, variadic);
        }

        /** A keyword of one argument. */
        public Builder unary(String name, Monad monad) {
            return add(name, monad, null, 0, null);
        }

        /** A keyword of two arguments; it can be written infix. */
        public Builder binary(String name, Dyad dyad) {
            return add(name, null, dyad, 0, null);
        }

        /** A keyword of one or two arguments ({@code deltas}), or up to {@code rank} ({@code enlist}). */
        public Builder ambivalent(String name, Monad monad, Dyad dyad, int rank, Variadic variadic) {
            return add(name, monad, dyad, rank, variadic);
        }

        /** A keyword of up to {@code rank} arguments, 3..255 ({@code ssr}, {@code aj}). */
        public Builder variadic(String name, int rank, Variadic variadic) {
            return add(name, null, null, rank, variadic);
        }

        /** Whether {@code name} has been registered. */
        public boolean has(String name) {
            return byName.containsKey(name);
        }

        /** Whether {@code name}, registered so far, is written infix. */
        public boolean isInfix(String name) {
            Builtin b = byName.get(name);
            return b != null && b.isInfix();
        }

        /** A reserved name the engine does not implement: applied to anything, it signals {@code 'nyi}. */
        public Builder missing(String name) {
            return add(name, x -> {
                throw QException.nyi();
            }, (x, y) -> {
                throw QException.nyi();
            }, 8, args -> {
                throw QException.nyi();
            });
        }

        public Builtins build() {
            return new Builtins(byName);
        }

        private Builder add(String name, Monad monad, Dyad dyad, int rank, Variadic variadic) {
            Builtin b = new Builtin(name, monad, dyad, rank, variadic);
            if (byName.putIfAbsent(name, b) != null) {
                throw new IllegalStateException("primitive registered twice: " + name);
            }
            return this;
        }
    }
}
