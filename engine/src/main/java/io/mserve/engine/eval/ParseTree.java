package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import java.util.ArrayList;
import java.util.List;

/** {@code parse}: q text as the lists q's own parser returns, and {@code eval} of such lists. */
public final class ParseTree {
    private ParseTree() {}

    /** {@code parse s}: the parse tree of the last statement of q text s. */
    public static K parse(Interp interp, K text) {
        List<Node> statements = interp.parse(Q.text(text)).statements();
        return of(interp, statements.get(statements.size() - 1));
    }

    static K of(Interp interp, Node n) {
        if (n instanceof Node.Const) {
            K v = ((Node.Const) n).value();
            // A symbol in a parse tree is a name; a symbol literal is enlisted (a list of one item) to keep it apart.
            return v.type() == -QType.SYMBOL || v.type() == QType.SYMBOL ? new KList(v) : v;
        }
        if (n instanceof Node.Var) {
            return Q.s(((Node.Var) n).name());
        }
        if (n instanceof Node.Op) {
            return interp.builtins().get(((Node.Op) n).glyph());
        }
        if (n instanceof Node.Monadic) {
            return new KList(of(interp, ((Node.Monadic) n).fn()), of(interp, ((Node.Monadic) n).arg()));
        }
        if (n instanceof Node.Dyadic) {
            Node.Dyadic d = (Node.Dyadic) n;
            return d.right() == null ? new KList(of(interp, d.fn()), of(interp, d.left()))
                    : new KList(of(interp, d.fn()), of(interp, d.left()), of(interp, d.right()));
        }
        if (n instanceof Node.Apply) {
            Node.Apply a = (Node.Apply) n;
            List<K> items = new ArrayList<>();
            items.add(of(interp, a.fn()));
            for (Node arg : a.args()) {
                items.add(arg == null ? Q.NIL : of(interp, arg));
            }
            return new KList(items.toArray(new K[0]));
        }
        if (n instanceof Node.Assign) {
            Node.Assign a = (Node.Assign) n;
            return new KList(interp.builtins().get(a.global() ? "::" : ":"), Q.s(a.name()), of(interp, a.value()));
        }
        if (n instanceof Node.View v) {
            return new KList(interp.builtins().get("::"), Q.s(v.name()), of(interp, v.value()));
        }
        if (n instanceof Node.Block b) {
            // statements a;b;c are (";";a;b;c)
            List<K> items = new ArrayList<>();
            items.add(Q.c(';'));
            b.statements().forEach(st -> items.add(of(interp, st)));
            return new KList(items.toArray(new K[0]));
        }
        if (n instanceof Node.ListOf) {
            List<K> items = new ArrayList<>();
            items.add(interp.builtins().get("enlist"));
            for (Node item : ((Node.ListOf) n).items()) {
                items.add(item == null ? Q.NIL : of(interp, item));
            }
            return new KList(items.toArray(new K[0]));
        }
        if (n instanceof Node.Nothing) {
            return Q.NIL;
        }
        return interp.evalTop(n);
    }

    /** {@code eval}: evaluates a parse tree. */
    public static K eval(Interp interp, K tree) {
        if (tree instanceof KList && tree.count() > 0) {
            K[] items = ((KList) tree).items();
            K head = items[0];
            if (head instanceof Builtin b && b.name().equals(":")) {
                K value = eval(interp, items[2]);
                interp.setGlobal(((SymbolAtom) items[1]).value(), value, interp.namespace());
                return value;
            }
            K fn = head.type() == -QType.SYMBOL ? eval(interp, head) : head;
            K[] args = new K[items.length - 1];
            for (int i = args.length - 1; i >= 0; i--) {
                args[i] = eval(interp, items[i + 1]);
            }
            return interp.apply(fn, args);
        }
        if (tree.type() == -QType.SYMBOL) {
            String name = ((SymbolAtom) tree).value();
            K v = interp.global(name, interp.namespace());
            if (v == null) {
                v = interp.builtins().get(name);
            }
            if (v == null) {
                throw QException.undefined(name);
            }
            return v;
        }
        return tree;
    }
}
