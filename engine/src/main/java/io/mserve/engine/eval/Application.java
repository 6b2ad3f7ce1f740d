package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.value.Fn;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolAtom;

/**
 * {@code @} and {@code .} as functions: apply and index ({@code f@x}, {@code f . args}), trap
 * ({@code @[f;x;e]}, {@code .[f;args;e]}) and amend ({@code @[x;i;f]}, {@code .[x;path;f;y]}),
 * and {@code :}, the assignment an amend applies.
 */
public final class Application {
    private Application() {}

    /** {@code f@x}: f applied to x, or x indexing f; an operator is projected, {@code (#)@x} is {@code #[x]}. */
    public static K at(Interp interp, K f, K x) {
        return interp.apply(f, binary(f) ? new K[] {x, null} : new K[] {x});
    }

    /** {@code f . args}: f applied to the items of args, or indexed at depth by them. */
    public static K dot(Interp interp, K f, K args) {
        if (f instanceof Fn || f instanceof SymbolAtom) {
            K[] a = args.type() < 0 ? new K[] {args} : Lists.items(args);
            return interp.apply(f, a.length == 0 ? new K[] {Q.NIL} : a.length == 1 && binary(f) ? new K[] {a[0], null} : a);
        }
        K[] path = args.type() < 0 ? new K[] {args} : Lists.items(args);
        return path.length == 0 ? f : interp.apply(f, path);
    }

    /**
     * {@code @[f;x;e]} traps when f is a function or a handle (an error from the far side is
     * trapped too); {@code @[x;i;f]}, {@code @[x;i;f;y]} amend (a global when x names one).
     */
    public static K at(Interp interp, K[] args) {
        if (args.length == 3 && (args[0] instanceof Fn || interp.isHandle(args[0]))) {
            try {
                return interp.apply(args[0], new K[] {args[1]});
            } catch (QException e) {
                return handled(interp, args[2], e);
            }
        }
        return amend(interp, args[0], new K[] {args[1]}, args, true);
    }

    /** {@code .[f;args;e]} traps (f a function or a handle); {@code .[x;path;f]}, {@code .[x;path;f;y]} amend at depth. */
    public static K dot(Interp interp, K[] args) {
        if (args.length == 3 && (args[0] instanceof Fn || interp.isHandle(args[0]))) {
            try {
                return dot(interp, args[0], args[1]);
            } catch (QException e) {
                return handled(interp, args[2], e);
            }
        }
        K[] path = args[1].type() < 0 ? new K[] {args[1]} : Lists.items(args[1]);
        return amend(interp, args[0], path, args, false);
    }

    // An operator given one argument is projected, as with brackets: only prefix application takes
    // its unary form (basics/variadic.md, (|:)@x for reverse); an iterator derives.
    private static boolean binary(K f) {
        return f instanceof Builtin b && b.isOperator() && b.dyad() != null && !b.name().equals("'");
    }

    /** {@code x:y} as a function, what an amend with {@code :} applies: y. */
    public static K assign(K x, K y) {
        return y;
    }

    // The target is a value, or the name of a global, which gets the result (and the name is returned).
    private static K amend(Interp interp, K target, K[] path, K[] args, boolean mustExist) {
        boolean named = target instanceof SymbolAtom;
        K value = named ? interp.global(((SymbolAtom) target).value(), interp.namespace()) : target;
        if (value == null && (mustExist || path.length > 0)) {
            throw QException.undefined(((SymbolAtom) target).value());
        }
        K result = Amend.at(interp, value, path, args[2], args.length > 3 ? args[3] : null);
        if (named) {
            interp.setGlobal(((SymbolAtom) target).value(), result, "");
            return target;
        }
        return result;
    }

    // A trap's handler: a function gets the error's text; any other value is the result.
    private static K handled(Interp interp, K handler, QException e) {
        return handler instanceof Fn ? interp.apply(handler, new K[] {Q.str(e.text())}) : handler;
    }
}
