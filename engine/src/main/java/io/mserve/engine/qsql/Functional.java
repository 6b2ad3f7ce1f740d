package io.mserve.engine.qsql;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.List;

/** Functional q-SQL, {@code ?[t;c;b;a]} and {@code ![t;c;b;a]}: parse trees turned into a query. */
public final class Functional {
    private Functional() {}

    /** A parse tree as a node: a symbol is a name, a list applies its first item to the rest, a one-item list is a constant. */
    static Node node(K tree) {
        if (tree instanceof SymbolAtom s) {
            return new Node.Var(s.value());
        }
        if (tree instanceof SymbolVector s && s.count() == 1) {
            return new Node.Const(s.at(0));
        }
        if (tree instanceof KList l && l.count() > 0) {
            K[] items = l.items();
            if (items.length == 1) {
                return new Node.Const(items[0]);
            }
            List<Node> args = new ArrayList<>();
            for (int k = 1; k < items.length; k++) {
                args.add(node(items[k]));
            }
            return new Node.Apply(node(items[0]), args);
        }
        return new Node.Const(tree);
    }

    /** Named phrase columns from a dictionary of names to trees. */
    static List<Node.Column> columns(K d) {
        List<Node.Column> out = new ArrayList<>();
        if (d instanceof Dict dict) {
            String[] names = Joins.names(dict.keys());
            K[] trees = Lists.items(dict.values());
            for (int k = 0; k < names.length; k++) {
                out.add(new Node.Column(names[k], node(trees[k])));
            }
        } else if (!isEmpty(d)) {
            throw QException.type();
        }
        return out;
    }

    static List<Node> where(K c) {
        List<Node> out = new ArrayList<>();
        if (c instanceof KList l) {
            for (K tree : l.items()) {
                out.add(node(tree));
            }
        } else if (!isEmpty(c)) {
            throw QException.type();
        }
        return out;
    }

    static boolean isEmpty(K v) {
        return v.type() >= 0 && v.type() < QType.TABLE && v.count() == 0;
    }

    /**
     * {@code ?[t;c;b;a]}, {@code ?[t;c;b;a;n]} and {@code ?[t;c;b;a;n;(g;c)]}; {@code ?[t;i;p]}, a
     * simple exec over rows i of t; and {@code ?[c;x;y]}, the vector conditional.
     */
    public static K query(QSql q, K[] args) {
        if (args.length == 3 && args[0] instanceof Table) {
            K rows = q.evaluator.apply(args[0], new K[] {args[1]});
            return query(q, new K[] {rows, new KList(), new KList(), args[2]});
        }
        if (args.length == 3) {
            return cond(args[0], args[1], args[2]);
        }
        if (args.length < 4) {
            throw QException.rank();
        }
        K t = args[0];
        K b = args[2];
        K a = args[3];
        K limit = args.length > 4 ? args[4] : null;
        List<Node> where = where(args[1]);
        boolean select = b instanceof ByteAtom && b.type() == -QType.BOOLEAN || b instanceof Dict && (a instanceof Dict || isEmpty(a));
        if (select) {
            List<Node.Column> cols = columns(a);
            if (b instanceof ByteAtom flag && flag.value() != 0) {
                // select distinct is written as a leading `distinct` column
                cols.add(0, new Node.Column(null, new Node.Var("distinct")));
            }
            List<Node.Column> by = b instanceof Dict ? columns(b) : List.of();
            Node.Monadic order = args.length > 5 ? order(args[5]) : null;
            return q.run("select", cols, by, t, where, limit, order, null);
        }
        List<Node.Column> by = new ArrayList<>();
        if (b instanceof SymbolAtom s) {
            by.add(new Node.Column(null, new Node.Var(s.value())));
        } else if (b instanceof Dict) {
            by.addAll(columns(b));
        } else if (b instanceof SymbolVector s) {
            for (String name : s.items()) {
                by.add(new Node.Column(name, new Node.Var(name)));
            }
        } else if (!isEmpty(b)) {
            throw QException.type();
        }
        List<Node.Column> cols = a instanceof Dict ? columns(a) : isEmpty(a) ? List.of() : List.of(new Node.Column(null, node(a)));
        return q.run("exec", cols, by, t, where, null, null);
    }

    // (iasc;`c) or (idesc;`c): the order as select[<c] or select[>c] writes it
    private static Node.Monadic order(K spec) {
        K[] items = Lists.items(spec);
        if (items.length != 2 || !(items[0] instanceof Builtin g) || !(items[1] instanceof SymbolAtom c)) {
            throw QException.type();
        }
        String glyph = g.name().equals("iasc") ? "<" : g.name().equals("idesc") ? ">" : null;
        if (glyph == null) {
            throw QException.nyi();
        }
        return new Node.Monadic(new Node.Op(glyph), new Node.Var(c.value()));
    }

    /** {@code ![t;c;b;a]}: update when a is a dictionary; else delete columns a, or rows matching c. */
    public static K amend(QSql q, K[] args) {
        if (args.length != 4) {
            throw QException.rank();
        }
        K t = args[0];
        List<Node> where = where(args[1]);
        K b = args[2];
        K a = args[3];
        if (a instanceof Dict) {
            List<Node.Column> by = b instanceof Dict ? columns(b) : List.of();
            return q.run("update", columns(a), by, t, where, null, null);
        }
        List<Node.Column> cols = new ArrayList<>();
        for (String name : isEmpty(a) ? new String[0] : Joins.names(a)) {
            cols.add(new Node.Column(null, new Node.Var(name)));
        }
        return q.run("delete", cols, List.of(), t, where, null, null);
    }

    /** {@code ?[c;x;y]}: for each boolean in c, the item of x where it is true, of y where false (atoms apply to all). */
    private static K cond(K c, K x, K y) {
        if (!(c instanceof ByteVector) || c.type() != QType.BOOLEAN) {
            throw QException.type();
        }
        byte[] flags = ((ByteVector) c).items();
        int n = flags.length;
        if ((x.type() >= 0 && x.count() != n) || (y.type() >= 0 && y.count() != n)) {
            throw QException.length();
        }
        K[] out = new K[n];
        for (int i = 0; i < n; i++) {
            K from = flags[i] != 0 ? x : y;
            out[i] = from.type() < 0 ? from : Lists.at(from, i);
        }
        return Lists.collapse(out);
    }
}
