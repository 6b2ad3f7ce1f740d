package io.mserve.engine.ops.list;

import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import org.junit.jupiter.api.Test;

class JoinTest extends ListTestBase {
    @Test
    void joinVectorsAndAtoms() {
        eq(q(",", j(1, 2, 3), Q.j(4)), j(1, 2, 3, 4));
        eq(q(",", Q.j(1), Q.j(2)), j(1, 2));
        eq(q(",", s("a"), s("b", "c")), s("a", "b", "c"));
        eq(q(",", Q.floats(1.5), Q.f(2)), Q.floats(1.5, 2));
        eq(q(",", j(1), Q.floats(2)), l(Q.j(1), Q.f(2)));
        eq(q(",", Q.str("ab"), Q.c('c')), Q.str("abc"));
        eq(q(",", l(Q.j(1), Q.s("a")), j(2, 3)), l(Q.j(1), Q.s("a"), Q.j(2), Q.j(3)));
        eq(q(",", l(), j(1, 2)), j(1, 2));
        eq(q(",", l(), Q.j(1)), j(1));
        eq(q(",", j(1, 2), l()), j(1, 2));
        eq(q(",", Q.longs(1, 2).withAttribute(Attribute.SORTED), j(3)), j(1, 2, 3));
        eq(q(",", new IntVector(QType.DATE, new int[] {1}), Q.i(2)), l(Q.intAtom(-QType.DATE, 1), Q.i(2)));
    }

    @Test
    void joinDictsAndTables() {
        eq(q(",", Q.dict(s("a", "b", "c"), j(1, 2, 3)), Q.dict(s("c", "d"), j(4, 5))),
                Q.dict(s("a", "b", "c", "d"), j(1, 2, 4, 5)));
        K t = t("a b", j(1, 2), s("x", "y"));
        K u = t("a b", j(3), s("z"));
        eq(q(",", t, u), t("a b", j(1, 2, 3), s("x", "y", "z")));
        eq(q(",", t, t("b a", s("z"), j(3))), t("a b", j(1, 2, 3), s("x", "y", "z")));
        eq(q(",", t, Q.dict(s("a", "b"), l(Q.j(3), Q.s("z")))), t("a b", j(1, 2, 3), s("x", "y", "z")));
        err("mismatch", ",", t, t("c", j(1)));
        K kt = q("!", Q.j(1), t);
        K kt2 = q("!", Q.j(1), t("a b", j(2, 5), s("w", "v")));
        eq(q(",", kt, kt2), q("!", Q.j(1), t("a b", j(1, 2, 5), s("x", "w", "v"))));
    }

    @Test
    void enlistAndRaze() {
        eq(q(",", Q.j(1)), j(1));
        eq(q("enlist", j(1, 2)), l(j(1, 2)));
        eq(q("enlist", Q.dict(s("a", "b"), l(Q.j(1), j(2, 3)))), t("a b", j(1), l(j(2, 3))));
        eq(q("enlist", Q.j(1), Q.j(2)), j(1, 2));
        eq(q("enlist", Q.j(1), Q.s("a")), l(Q.j(1), Q.s("a")));
        eq(q("raze", l(j(1, 2), j(3), Q.j(4))), j(1, 2, 3, 4));
        eq(q("raze", l(j(1), s("a"))), l(Q.j(1), Q.s("a")));
        eq(q("raze", l(l(j(1)), l(j(2)))), l(j(1), j(2)));
        eq(q("raze", Q.dict(s("a", "b"), l(j(1), j(2)))), j(1, 2));
        eq(q("raze", Q.j(1)), j(1));
        eq(q("raze", j(1, 2)), j(1, 2));
        eq(q("raze", l(l(), j(1, 2))), j(1, 2));
        eq(q("raze", l(j(1, 2), Q.str("ab"))), l(Q.j(1), Q.j(2), Q.c('a'), Q.c('b')));
        eq(q("raze", l(t("a", j(1)), t("a", j(2)))), t("a", j(1, 2)));
        eq(q("raze", l(Q.dict(s("a"), j(1)), Q.dict(s("a", "b"), j(2, 3)))), Q.dict(s("a", "b"), j(2, 3)));
    }

    @Test
    void whereReplicates() {
        eq(q("where", Q.bools(true, false, true)), j(0, 2));
        eq(q("where", j(2, 0, 1)), j(0, 0, 2));
        eq(q("where", Q.ints(1, 1)), j(0, 1));
        eq(q("where", Q.dict(s("a", "b", "c"), Q.bools(true, false, true))), s("a", "c"));
        eq(q("where", Q.j(3)), j(0, 0, 0));
        err("domain", "where", j(1, -1));
        err("type", "where", s("a"));
    }
}
