package io.mserve.engine.ops;

import io.mserve.engine.QException;
import io.mserve.engine.value.Fn;
import io.mserve.engine.value.Partitioned;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import java.util.Set;

/**
 * A primitive: an operator glyph ({@code +}, {@code #}, {@code 0:}) with its unary and binary
 * forms, or a keyword ({@code count}, {@code mod}, {@code ssr}). Any form may be missing.
 * Made once, with all its forms, by {@link Builtins.Builder}.
 */
public final class Builtin extends Fn {
    private final String name;
    private final boolean operator;
    private final Monad monad;
    private final Dyad dyad;
    private final Variadic variadic;
    private final int variadicRank;
    // The primitives that take a partitioned table (q-SQL's functional forms under ?); the rest signal 'par.
    private static final Set<String> PARTITIONED = Set.of("count", "cols", "meta", "type", "?", "show", "~", "::",
            ".Q.qp", ".Q.ind", ".Q.cn", ".Q.v", ".Q.V");

    Builtin(String name, Monad monad, Dyad dyad, int variadicRank, Variadic variadic) {
        this.name = name;
        this.operator = !Character.isLetter(name.charAt(0)) && name.charAt(0) != '.';
        this.monad = monad;
        this.dyad = dyad;
        this.variadicRank = variadicRank;
        this.variadic = variadic;
    }

    /** A function of one argument that the host program defines in a session, such as the primary's {@code .mserve.*} commands. */
    public static Builtin hosted(String name, Monad monad) {
        return new Builtin(name, monad, null, 0, null);
    }

    public String name() {
        return name;
    }

    /** Whether this is an operator glyph rather than a keyword. */
    public boolean isOperator() {
        return operator;
    }

    /** Whether it can be written infix, {@code x f y}: operators and binary keywords. */
    public boolean isInfix() {
        return operator || (dyad != null && monad == null);
    }

    public Monad monad() {
        return monad;
    }

    public Dyad dyad() {
        return dyad;
    }

    /** The form taking three or more arguments, or null. */
    public Variadic variadic() {
        return variadic;
    }

    @Override
    public int type() {
        return operator ? QType.OPERATOR : QType.UNARY_PRIMITIVE;
    }

    @Override
    public int rank() {
        if (variadic != null) {
            return variadicRank;
        }
        return dyad != null ? 2 : 1;
    }

    @Override
    public K call(K... args) {
        if (!PARTITIONED.contains(name)) {
            for (K a : args) {
                if (a instanceof Partitioned) {
                    throw Partitioned.unsupported();
                }
            }
        }
        switch (args.length) {
            case 1:
                if (monad != null) {
                    return monad.apply(args[0]);
                }
                break;
            case 2:
                if (dyad != null) {
                    return dyad.apply(args[0], args[1]);
                }
                break;
            default:
                break;
        }
        if (variadic != null && args.length <= variadicRank) {
            return variadic.apply(args);
        }
        throw args.length == 1 && monad == null && dyad != null ? QException.nyi() : QException.rank();
    }

    @Override
    public K wireForm() {
        return PrimitiveCodes.wire(this);
    }

    @Override
    public String display() {
        return PrimitiveCodes.display(this);
    }
}
