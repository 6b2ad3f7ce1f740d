package io.mserve.engine.qsql;

import io.mserve.engine.QException;
import io.mserve.engine.ops.list.Join;
import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
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
import java.util.function.Function;

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

    /**
     * The arguments of the functional form q's parser gives query {@code q} (basics/funsql.md):
     * {@code t;c;b;a} and for {@code select[n;<c]} also {@code n;(g;c)}, each quoted (enlisted)
     * where a parse tree would otherwise be evaluated, so that {@code eval} of each gives the
     * argument itself. {@code tree} turns a phrase into its parse tree.
     */
    public static K[] arguments(Node.Query q, Function<Node, K> tree) {
        List<K> out = new ArrayList<>();
        out.add(tree.apply(q.from()));
        List<K> where = new ArrayList<>();
        q.where().forEach(w -> where.add(tree.apply(w)));
        out.add(where.isEmpty() ? new KList() : quote(new KList(where.toArray(new K[0]))));
        List<Node.Column> cols = q.columns();
        List<Node.Column> by = q.by() == null ? List.of() : q.by();
        switch (q.kind()) {
            case "select" -> {
                boolean distinct = !cols.isEmpty() && cols.get(0).name() == null && isDistinct(cols.get(0).value());
                if (distinct) {
                    cols = new ArrayList<>(cols);
                    Node first = cols.remove(0).value();
                    if (first instanceof Node.Monadic m) {
                        cols.add(0, new Node.Column(null, m.arg()));
                    }
                }
                Names.checkGroups(cols, by);
                out.add(by.isEmpty() ? Q.b(distinct) : phrase(by, tree));
                out.add(cols.isEmpty() ? new KList() : phrase(cols, tree));
                limit(q.limit(), tree, out);
            }
            case "exec" -> {
                boolean byName = single(by) && by.get(0).value() instanceof Node.Var;
                out.add(by.isEmpty() ? new KList() : byName ? quote(tree.apply(by.get(0).value())) : phrase(by, tree));
                out.add(cols.isEmpty() ? new KList() : single(cols) ? quote(tree.apply(cols.get(0).value())) : phrase(cols, tree));
            }
            case "update" -> {
                out.add(by.isEmpty() ? Q.b(false) : phrase(by, tree));
                out.add(phrase(cols, tree));
            }
            default -> {
                out.add(Q.b(false));
                String[] names = cols.stream().map(c -> ((Node.Var) c.value()).name()).toArray(String[]::new);
                out.add(names.length == 0 ? Q.syms() : quote(Q.syms(names)));
            }
        }
        return out.toArray(new K[0]);
    }

    // select[n], select[n;<c], select[>c]: n (0W when only an order is given), then the order (<:;`c) quoted
    private static void limit(Node limit, Function<Node, K> tree, List<K> out) {
        if (limit == null) {
            return;
        }
        List<Node> parts = limit instanceof Node.ListOf l ? l.items() : List.of(limit);
        Node last = parts.get(parts.size() - 1);
        boolean ordered = last instanceof Node.Monadic m && m.fn() instanceof Node.Op;
        out.add(parts.size() > 1 || !ordered ? tree.apply(parts.get(0)) : Q.j(Long.MAX_VALUE));
        if (ordered) {
            out.add(quote(tree.apply(last)));
        }
    }

    private static boolean isDistinct(Node n) {
        return n instanceof Node.Var v && v.name().equals("distinct")
                || n instanceof Node.Monadic m && m.fn() instanceof Node.Var f && f.name().equals("distinct");
    }

    // one unnamed column: exec c by g from t is ?[t;();`g;`c]
    private static boolean single(List<Node.Column> cols) {
        return cols.size() == 1 && cols.get(0).name() == null;
    }

    // names!trees, with the names q gives unnamed columns
    private static K phrase(List<Node.Column> cols, Function<Node, K> tree) {
        K[] trees = new K[cols.size()];
        for (int k = 0; k < trees.length; k++) {
            trees[k] = tree.apply(cols.get(k).value());
        }
        return new Dict(Q.syms(Names.of(cols, List.of())), Lists.collapse(trees));
    }

    private static K quote(K v) {
        return v instanceof SymbolAtom s ? Q.syms(s.value()) : new KList(v);
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
        } else if (!isEmpty(b) && !(b instanceof SymbolVector)) {
            throw QException.type();
        }
        List<Node.Column> cols = a instanceof Dict ? columns(a) : isEmpty(a) ? List.of() : List.of(new Node.Column(null, node(a)));
        K result = q.run("exec", cols, by, t, where, null, null);
        return b instanceof SymbolVector ? underNoKey(result) : result;
    }

    // Grouped by a list of names, exec groups nothing: the value, keyed by the empty symbol,
    // a dictionary as a table of one row (basics/funsql.md, "Group by columns").
    private static K underNoKey(K v) {
        K value;
        if (v instanceof Dict d) {
            K[] cols = Lists.items(d.values());
            K[] rows = new K[cols.length];
            for (int c = 0; c < cols.length; c++) {
                rows[c] = Join.enlist(cols[c]);
            }
            value = new Table((SymbolVector) d.keys(), rows);
        } else {
            value = new KList(v);
        }
        return new Dict(Q.syms(""), value);
    }

    // (g;`c): the rows ordered by grade function g of column c, as select[<c] writes it with <
    private static Node.Monadic order(K spec) {
        K[] items = Lists.items(spec);
        if (items.length != 2 || !QType.isFunction(items[0].type()) || !(items[1] instanceof SymbolAtom c)) {
            throw QException.type();
        }
        return new Node.Monadic(new Node.Const(items[0]), new Node.Var(c.value()));
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
