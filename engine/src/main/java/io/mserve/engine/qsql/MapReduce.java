package io.mserve.engine.qsql;

import io.mserve.engine.parse.Node;
import io.mserve.engine.parse.Parser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregates kdb+ map-reduces over partitions (kb/partition.md; the columnar-database white
 * paper): each is computed as partial aggregates per partition, combined exactly over the
 * partials. {@code count sum min max first last wsum} combine by {@code sum min max first last};
 * {@code avg} is the sum over the count of non-nulls; {@code wavg} the weighted sum over the sum
 * of weights of non-null pairs; {@code var dev} come from the count of non-nulls, the sum and the
 * sum of squares (the last bits of a float may differ from one pass over all the rows).
 */
final class MapReduce {
    private MapReduce() {}

    /** An aggregate's partial lambdas (applied to its arguments in each partition) and the lambda combining their results. */
    private record Plan(List<Node> partials, Node combine) {}

    private static final Map<String, Plan> PLANS = new HashMap<>();

    static {
        plan("count", "{sum x}", "{count x}");
        plan("sum", "{sum x}", "{sum x}");
        plan("min", "{min x}", "{min x}");
        plan("max", "{max x}", "{max x}");
        plan("first", "{first x}", "{first x}");
        plan("last", "{last x}", "{last x}");
        plan("avg", "{sum[x]%sum y}", "{sum x}", "{sum not null x}");
        plan("wsum", "{sum x}", "{wsum[x;y]}");
        plan("wavg", "{sum[x]%sum y}", "{wsum[x;y]}", "{sum x where not null x*y}");
        String variance = "{[n;s;q] m:sum[s]%sum n; (sum[q]%sum n)-m*m}";
        plan("var", variance, "{sum not null x}", "{sum `float$x}", "{sum f*f:`float$x}");
        plan("dev", "{[n;s;q] m:sum[s]%sum n; sqrt (sum[q]%sum n)-m*m}", "{sum not null x}", "{sum `float$x}", "{sum f*f:`float$x}");
    }

    private static void plan(String fn, String combine, String... partials) {
        List<Node> p = new ArrayList<>();
        for (String s : partials) {
            p.add(lambda(s));
        }
        PLANS.put(fn, new Plan(p, lambda(combine)));
    }

    private static Node lambda(String text) {
        return Parser.parse(text, name -> false).statements().get(0);
    }

    // f applied to args: {g x} as g itself, so that q-SQL's own kernels for g x by groups apply
    private static Node apply(Node f, List<Node> args) {
        if (f instanceof Node.Lambda l && l.body().size() == 1 && args.size() == 1
                && l.body().get(0) instanceof Node.Monadic m && m.fn() instanceof Node.Var g
                && m.arg() instanceof Node.Var x && x.name().equals("x")) {
            return new Node.Monadic(g, args.get(0));
        }
        return new Node.Apply(f, args);
    }

    /** The aggregate a select column applies ({@code f x}, {@code x f y}, {@code f[x;y]}), when it is one of those above; else null. */
    static String aggregate(Node n) {
        if (n instanceof Node.Monadic m && m.fn() instanceof Node.Var f && PLANS.containsKey(f.name())
                && !f.name().equals("wsum") && !f.name().equals("wavg")) {
            return f.name();
        }
        if (n instanceof Node.Dyadic d && d.fn() instanceof Node.Var f && (f.name().equals("wsum") || f.name().equals("wavg"))) {
            return f.name();
        }
        if (n instanceof Node.Apply a && a.fn() instanceof Node.Var f && PLANS.containsKey(f.name())
                && a.args().size() == (f.name().startsWith("w") ? 2 : 1) && !a.args().contains(null)) {
            return f.name();
        }
        return null;
    }

    /** The arguments of aggregate column {@code n}. */
    static List<Node> arguments(Node n) {
        if (n instanceof Node.Monadic m) {
            return List.of(m.arg());
        }
        if (n instanceof Node.Dyadic d) {
            return List.of(d.left(), d.right());
        }
        return ((Node.Apply) n).args();
    }

    /** The partial aggregates of {@code fn} over {@code args}, each a phrase to select per partition. */
    static List<Node> partials(String fn, List<Node> args) {
        List<Node> out = new ArrayList<>();
        for (Node p : PLANS.get(fn).partials()) {
            out.add(apply(p, args));
        }
        return out;
    }

    /** The phrase combining the partial columns {@code names} of {@code fn}. */
    static Node combine(String fn, List<String> names) {
        List<Node> args = new ArrayList<>();
        for (String n : names) {
            args.add(new Node.Var(n));
        }
        return apply(PLANS.get(fn).combine(), args);
    }
}
