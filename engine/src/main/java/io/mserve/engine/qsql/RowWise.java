package io.mserve.engine.qsql;

import io.mserve.engine.parse.Node;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import java.util.Map;
import java.util.Set;

/**
 * Expressions whose value at a row depends on that row alone: columns, a temporal column's field
 * ({@code time.minute}), number and temporal atoms, and {@code + - * %} and {@code n xbar} of such.
 * Evaluated once over all rows they give each group what evaluating them group by group gives, and
 * over rows a where phrase left out they signal nothing the selected rows would not.
 */
final class RowWise {
    private static final Set<String> GLYPHS = Set.of("+", "-", "*", "%");

    private RowWise() {}

    static boolean is(Node e, Map<String, K> columns) {
        if (e instanceof Node.Var v) {
            int dot = v.name().indexOf('.');
            return columns.containsKey(v.name()) || dot > 0 && columns.containsKey(v.name().substring(0, dot));
        }
        if (e instanceof Node.Const c) {
            int t = -c.value().type();
            return t > 0 && t != QType.SYMBOL && t != QType.GUID && t != QType.CHAR && t <= QType.TIME;
        }
        if (e instanceof Node.Dyadic d && d.fn() instanceof Node.Op op && GLYPHS.contains(op.glyph())) {
            return is(d.left(), columns) && is(d.right(), columns);
        }
        return e instanceof Node.Dyadic d && d.fn() instanceof Node.Var f && f.name().equals("xbar")
                && !columns.containsKey("xbar") && d.left() instanceof Node.Const && is(d.left(), columns) && is(d.right(), columns);
    }
}
