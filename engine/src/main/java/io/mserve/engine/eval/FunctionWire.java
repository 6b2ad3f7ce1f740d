package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.ops.PrimitiveCodes;
import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Fn;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Derived;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FunctionList;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.Lambda;
import io.mserve.ipc.value.Primitive;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.Table;
import java.util.List;

/**
 * Functions as they travel, both ways, as kdb+ lays them out: a lambda is its context and its
 * text (100), a primitive its code ({@link PrimitiveCodes}), a projection the function and its
 * arguments with {@code 65 ff} for each hole (104), a composition its functions outer first
 * (105), a derived function its operand (106..111). Going out, each function's
 * {@code wireForm} comes here; coming in ({@code -9!}, IPC), {@link #local} makes a received
 * value's functions the engine's own, at any depth.
 */
public final class FunctionWire {
    private final Interp interp;

    private FunctionWire(Interp interp) {
        this.interp = interp;
    }

    /**
     * {@code value} as received, with every function in it (in lists, dictionaries, tables)
     * made callable here. A lambda is parsed, not run, and resolves its globals in its context.
     *
     * @throws QException {@code 'bad lambda} for text that is no lambda, {@code 'type} for a
     *         primitive code kdb+ does not have, {@code 'nyi} for one this engine lacks
     */
    public static K local(Interp interp, K value) {
        return new FunctionWire(interp).local(value);
    }

    static K lambda(String namespace, String source) {
        return new Lambda(namespace.isEmpty() ? "" : namespace.substring(1), source);
    }

    static K projection(K fn, K[] fixed) {
        K[] items = new K[fixed.length + 1];
        items[0] = fn;
        for (int i = 0; i < fixed.length; i++) {
            items[i + 1] = fixed[i] == null ? PrimitiveCodes.HOLE : fixed[i];
        }
        return new FunctionList(QType.PROJECTION, items);
    }

    static K composition(K[] fns) {
        return new FunctionList(QType.COMPOSITION, fns.clone());
    }

    static K derived(K fn, String iterator) {
        return new Derived(PrimitiveCodes.derivedType(iterator), fn);
    }

    private K local(K value) {
        if (value instanceof KList l) {
            K[] items = locals(l.items());
            return items == l.items() ? value : new KList(items, l.attribute());
        }
        if (value instanceof Dict d) {
            K keys = local(d.keys());
            K values = local(d.values());
            return keys == d.keys() && values == d.values() ? value : new Dict(keys, values, d.isSorted());
        }
        if (value instanceof Table t) {
            K[] columns = locals(t.data());
            return columns == t.data() ? value : new Table(t.columns(), columns, t.attribute());
        }
        return QType.isFunction(value.type()) && !(value instanceof Fn) ? function(value) : value;
    }

    // The items made local; the same array when none changed.
    private K[] locals(K[] items) {
        K[] out = items;
        for (int i = 0; i < items.length; i++) {
            K item = local(items[i]);
            if (item != items[i]) {
                if (out == items) {
                    out = items.clone();
                }
                out[i] = item;
            }
        }
        return out;
    }

    private K function(K wire) {
        if (wire.equals(Primitive.IDENTITY)) {
            return Q.NIL;
        }
        Fn builtin = builtin(wire);
        if (builtin != null) {
            return builtin;
        }
        if (wire instanceof Lambda l) {
            return lambda(l);
        }
        if (wire instanceof Primitive p) {
            // A code kdb+ has (see PrimitiveCodes) that no primitive here stands for is missing; any other is no value.
            throw PrimitiveCodes.names(p).isEmpty() && !p.equals(PrimitiveCodes.HOLE) ? QException.type() : QException.nyi();
        }
        if (wire instanceof Derived d) {
            if (d.type() == QType.DYNAMIC_LOAD) {
                throw QException.nyi();
            }
            return new IteratorFn(interp, local(d.function()), PrimitiveCodes.iterator(d.type()));
        }
        K[] items = ((FunctionList) wire).items();
        if (wire.type() == QType.COMPOSITION) {
            return new Composition(interp, locals(items));
        }
        if (!(local(items[0]) instanceof Fn fn)) {
            throw QException.type();
        }
        K[] fixed = new K[items.length - 1];
        for (int i = 0; i < fixed.length; i++) {
            fixed[i] = items[i + 1].equals(PrimitiveCodes.HOLE) ? null : local(items[i + 1]);
        }
        return new Projection(interp, fn, fixed, fn instanceof Builtin ? fixed.length : fn.rank());
    }

    // The primitive (or an operator's unary form) that travels as exactly these bytes, or null.
    private Fn builtin(K wire) {
        List<String> names = PrimitiveCodes.names(wire);
        for (String name : names) {
            boolean unaryForm = wire.type() == QType.UNARY_PRIMITIVE && name.length() > 1 && name.endsWith(":");
            Builtin b = interp.builtins().get(unaryForm ? name.substring(0, name.length() - 1) : name);
            if (b == null) {
                continue;
            }
            Fn fn = unaryForm ? new UnaryForm(b) : b;
            if (fn.wireForm().equals(wire)) {
                return fn;
            }
        }
        return null;
    }

    private K lambda(Lambda l) {
        String text = l.source();
        String namespace = l.context().isEmpty() ? "" : "." + l.context();
        if (text.startsWith("k)")) {
            return new KLambda(l);
        }
        Node.Block block;
        try {
            block = interp.parse(text);
        } catch (RuntimeException e) {
            throw new QException("bad lambda");
        }
        List<Node> statements = block.statements();
        if (statements.size() != 1 || !(statements.get(0) instanceof Node.Lambda lambda) || !lambda.source().equals(text)) {
            throw new QException("bad lambda");
        }
        return new LambdaFn(interp, lambda, namespace, null);
    }
}
