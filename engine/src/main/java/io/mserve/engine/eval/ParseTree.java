package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Access;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.parse.Node;
import io.mserve.engine.qsql.Functional;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code parse}: q text as the lists q's own parser returns (basics/parsetrees.md), and
 * {@code eval} of such lists. A name is a symbol, a symbol constant is enlisted, a keyword is
 * its value ({@code count} is {@code #:}), an iterator applied is {@code (/;+)}, and a query is
 * its functional form ({@code (?;`t;c;b;a)}, basics/funsql.md).
 */
public final class ParseTree {
    private ParseTree() {}

    /** {@code parse s}: the tree of q text s; of several statements, {@code (";";s1;s2;..)}. */
    public static K parse(Interp interp, K text) {
        List<Node> statements = interp.parse(Q.text(text)).statements();
        if (statements.size() == 1) {
            return of(interp, statements.get(0));
        }
        List<K> items = new ArrayList<>();
        items.add(Q.c(';'));
        statements.forEach(s -> items.add(of(interp, s)));
        return new KList(items.toArray(new K[0]));
    }

    static K of(Interp interp, Node n) {
        if (n instanceof Node.Const c) {
            K v = c.value();
            // a symbol in a parse tree is a name: a symbol constant is enlisted to keep it apart
            return v instanceof SymbolAtom s ? Q.syms(s.value()) : v instanceof SymbolVector ? new KList(v) : v;
        }
        if (n instanceof Node.Var v) {
            String name = v.name();
            Builtin keyword = Character.isLetter(name.charAt(0)) ? interp.builtins().get(name) : null;
            return keyword != null ? keyword : Q.s(name);
        }
        if (n instanceof Node.Op || n instanceof Node.Lambda) {
            return interp.evalTop(n);
        }
        if (n instanceof Node.Derived d) {
            return new KList(interp.builtins().get(d.iterator()), of(interp, d.fn()));
        }
        if (n instanceof Node.Monadic m) {
            // a verb applied prefix is its unary form: (-:;x), (+:;4)
            K fn = m.fn() instanceof Node.Op op && !op.glyph().endsWith(":") ? interp.evalTop(new Node.Op(op.glyph() + ":"))
                    : of(interp, m.fn());
            return new KList(fn, of(interp, m.arg()));
        }
        if (n instanceof Node.Dyadic d) {
            return d.right() == null ? new KList(of(interp, d.fn()), of(interp, d.left()))
                    : new KList(of(interp, d.fn()), of(interp, d.left()), of(interp, d.right()));
        }
        if (n instanceof Node.Apply a) {
            List<K> items = new ArrayList<>();
            items.add(of(interp, a.fn()));
            for (Node arg : a.args()) {
                items.add(arg == null ? Q.NIL : of(interp, arg));
            }
            return new KList(items.toArray(new K[0]));
        }
        if (n instanceof Node.Assign a && a.op() == null) {
            K target = Q.s(a.name());
            if (a.indices() != null) {
                List<K> items = new ArrayList<>();
                items.add(target);
                a.indices().forEach(i -> items.add(i == null ? Q.NIL : of(interp, i)));
                target = new KList(items.toArray(new K[0]));
            }
            return new KList(a.global() ? Q.NIL : interp.builtins().get(":"), target, of(interp, a.value()));
        }
        if (n instanceof Node.View v) {
            return new KList(Q.NIL, Q.s(v.name()), of(interp, v.value()));
        }
        if (n instanceof Node.Block b) {
            // statements a;b;c are (";";a;b;c)
            List<K> items = new ArrayList<>();
            items.add(Q.c(';'));
            b.statements().forEach(st -> items.add(of(interp, st)));
            return new KList(items.toArray(new K[0]));
        }
        if (n instanceof Node.ListOf l) {
            List<K> items = new ArrayList<>();
            items.add(interp.builtins().get("enlist"));
            for (Node item : l.items()) {
                items.add(item == null ? Q.NIL : of(interp, item));
            }
            return new KList(items.toArray(new K[0]));
        }
        if (n instanceof Node.Query q) {
            List<K> items = new ArrayList<>();
            items.add(interp.builtins().get(q.kind().equals("select") || q.kind().equals("exec") ? "?" : "!"));
            items.addAll(List.of(Functional.arguments(q, x -> of(interp, x))));
            return new KList(items.toArray(new K[0]));
        }
        if (n instanceof Node.Nothing) {
            return Q.NIL;
        }
        if (n instanceof Node.TableOf) {
            return interp.evalTop(n);
        }
        // control words, returns, signals, amends in place: trees this engine does not make
        throw QException.nyi();
    }

    /**
     * {@code eval}: evaluates a parse tree. A symbol is a name, a list of one item quotes it
     * ({@code eval enlist `x} is {@code `x}), any other list applies its first item, evaluated,
     * to the rest, evaluated.
     */
    public static K eval(Interp interp, K tree) {
        if (tree instanceof KList list && tree.count() > 0) {
            K[] items = list.items();
            if (items.length == 1) {
                return items[0];
            }
            K head = items[0];
            // (:;`a;v) and (::;`a;v) assign
            boolean assign = head instanceof Builtin b && b.name().equals(":") || head == Q.NIL;
            if (assign && items.length == 3 && items[1] instanceof SymbolAtom s) {
                K value = eval(interp, items[2]);
                interp.setGlobal(s.value(), value, interp.namespace());
                return value;
            }
            if (assign && items.length == 3 && items[1] instanceof KList target && target.count() > 1
                    && target.items()[0] instanceof SymbolAtom s) {
                // (:;(`x;i;j);v) amends x at depth, as .[`x;(i;j);:;v] does
                K[] at = new K[target.count() - 1];
                for (int i = at.length - 1; i >= 0; i--) {
                    at[i] = eval(interp, target.items()[i + 1]);
                }
                K value = eval(interp, items[2]);
                interp.apply(interp.builtins().get("."), new K[] {s, new KList(at), interp.builtins().get(":"), value});
                return value;
            }
            K fn = eval(interp, head);
            K[] args = new K[items.length - 1];
            for (int i = args.length - 1; i >= 0; i--) {
                args[i] = eval(interp, items[i + 1]);
            }
            return interp.apply(fn, args);
        }
        if (tree instanceof SymbolVector s && s.count() == 1) {
            return s.at(0);
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

    /**
     * {@code reval x} (ref/eval.md): {@code eval x} as if {@code -u 1} and {@code -b} were in force: no
     * system commands, {@code exit}, file writes or global updates, within what is allowed already.
     */
    public static K reval(Interp interp, K tree) {
        Access outer = Access.enter(Access.current().and(Access.REVAL));
        try {
            return eval(interp, tree);
        } finally {
            Access.enter(outer);
        }
    }
}
