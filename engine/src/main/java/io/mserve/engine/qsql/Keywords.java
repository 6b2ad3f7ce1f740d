package io.mserve.engine.qsql;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.ops.Builtins;
import io.mserve.engine.ops.Dyad;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.Table;

/** Registers the q-SQL keywords: joins, table verbs, {@code fby}, and the functional forms of {@code ?} and {@code !}. */
final class Keywords {
    private Keywords() {}

    static void register(Builtins b, QSql q) {
        b.dyad("lj", Joins::lj);
        b.dyad("ij", Joins::ij);
        b.dyad("uj", Joins::uj);
        b.dyad("pj", (x, y) -> Joins.pj(x, y, plus(b)));
        b.variadic("ej", 3, a -> Joins.ej(a[0], a[1], a[2]));
        b.variadic("aj", 3, a -> Joins.aj(a[0], a[1], a[2], false));
        b.variadic("aj0", 3, a -> Joins.aj(a[0], a[1], a[2], true));
        b.variadic("wj", 4, a -> WindowJoin.join(a[0], a[1], a[2], a[3], true, q.interp::apply));
        b.variadic("wj1", 4, a -> WindowJoin.join(a[0], a[1], a[2], a[3], false, q.interp::apply));
        b.dyad("fby", (fd, g) -> TableOps.fby(fd, g, q.interp::apply));
        b.dyad("xgroup", TableOps::xgroup);
        b.monad("meta", TableOps::meta);
        b.monad("keys", TableOps::keys);
        b.dyad("upsert", (t, x) -> named(q, t, value -> TableOps.upsert(value, x)));
        b.dyad("insert", (t, x) -> insert(q, t, x));
        b.variadic("?", 6, a -> Functional.query(q, a));
        b.variadic("!", 4, a -> Functional.amend(q, a));
    }

    private static Dyad plus(Builtins b) {
        Builtin add = b.get("+");
        return add.dyad();
    }

    // Applies f to t, or to the global t names (storing the result and returning the name).
    private static K named(QSql q, K t, java.util.function.UnaryOperator<K> f) {
        if (t instanceof SymbolAtom s) {
            K value = q.global.apply(s.value());
            if (value == null) {
                throw QException.undefined(s.value());
            }
            q.setGlobal.accept(s.value(), f.apply(value));
            return t;
        }
        return f.apply(t);
    }

    private static K insert(QSql q, K t, K x) {
        if (!(t instanceof SymbolAtom s)) {
            throw QException.type();
        }
        K value = q.global.apply(s.value());
        if (value == null && (x instanceof Table || Cols.keyed(x))) {
            value = Source.of(x).take(new int[0]);
        } else if (value == null) {
            throw QException.undefined(s.value());
        }
        K[] r = TableOps.insert(value, x);
        q.setGlobal.accept(s.value(), r[0]);
        return r[1];
    }
}
