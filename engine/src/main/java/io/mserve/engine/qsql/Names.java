package io.mserve.engine.qsql;

import io.mserve.engine.QException;
import io.mserve.engine.parse.Node;
import io.mserve.ipc.value.QType;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Names in q-SQL phrases: the names a phrase refers to, and the column names q derives. */
public final class Names {
    private Names() {}

    // Infix keywords that are k primitives: named, like operators, from their left argument.
    private static final Set<String> PRIMITIVE_KEYWORDS = Set.of("and", "or", "in", "like", "div", "over", "scan", "each");

    /**
     * q's name for an unnamed column, else null: a name as it is (not {@code i}); an operator's or
     * primitive's application named from its first argument ({@code c2+c3} is c2, {@code 2*c2} x), or
     * from its second after a symbol ({@code `p#sym} is sym, as is {@code `float$sym});
     * any other function's from its last ({@code size wavg price} is price, {@code 1 xbar time} time);
     * an assignment's from its name ({@code `long$amount:()} is amount).
     */
    public static String derive(Node n) {
        if (n instanceof Node.Assign a && a.indices() == null) {
            return a.name();
        }
        if (n instanceof Node.Var v) {
            String name = v.name();
            name = name.substring(name.lastIndexOf('.') + 1);
            return name.equals("i") ? null : name;
        }
        if (n instanceof Node.Monadic m) {
            return derive(m.arg());
        }
        if (n instanceof Node.Dyadic d) {
            if (d.right() == null) {
                return null;
            }
            return derive(primitive(d.fn()) && !isSymbol(d.left()) ? d.left() : d.right());
        }
        if (n instanceof Node.Apply a && !a.args().isEmpty()) {
            List<Node> args = a.args();
            Node pick = primitive(a.fn()) ? args.get(0) : args.get(args.size() - 1);
            return pick == null ? null : derive(pick);
        }
        return null;
    }

    private static boolean isSymbol(Node n) {
        return n instanceof Node.Const c && c.value().type() == -QType.SYMBOL;
    }

    private static boolean primitive(Node fn) {
        return fn instanceof Node.Op || fn instanceof Node.Var v && PRIMITIVE_KEYWORDS.contains(v.name());
    }

    /** Unique names for a phrase's columns: given names as they are, derived ones suffixed 1, 2.. when taken. */
    static String[] of(List<Node.Column> columns, Collection<String> taken) {
        String[] out = new String[columns.size()];
        Set<String> used = new HashSet<>(taken);
        for (int i = 0; i < out.length; i++) {
            Node.Column c = columns.get(i);
            String name = c.name();
            if (name == null) {
                String base = derive(c.value());
                base = base == null ? "x" : base;
                name = base;
                for (int k = 1; used.contains(name); k++) {
                    name = base + k;
                }
            }
            used.add(name);
            out[i] = name;
        }
        return out;
    }

    /** A select's columns may not take a name of its groups: {@code 'dup names for cols/groups b} (basics/qsql.md). */
    static void checkGroups(List<Node.Column> columns, List<Node.Column> by) {
        if (by.isEmpty()) {
            return;
        }
        Set<String> groups = new HashSet<>(List.of(of(by, List.of())));
        for (String name : of(columns, List.of())) {
            if (groups.contains(name)) {
                throw new QException("dup names for cols/groups " + name);
            }
        }
    }

    /** Adds to {@code out} every name {@code n} mentions, outside lambdas (which have their own scope). */
    static void collect(Node n, Set<String> out) {
        if (n instanceof Node.Var v) {
            out.add(v.name());
        } else if (n instanceof Node.Assign a) {
            out.add(a.name());
        } else if (n instanceof Node.View v) {
            out.add(v.name());
        }
        for (Node c : Node.children(n)) {
            collect(c, out);
        }
    }
}
