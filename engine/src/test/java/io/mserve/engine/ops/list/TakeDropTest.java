package io.mserve.engine.ops.list;

import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import org.junit.jupiter.api.Test;

class TakeDropTest extends ListTestBase {
    @Test
    void takeFromFrontBackAndCyclically() {
        eq(q("#", Q.j(3), j(1, 2, 3, 4, 5)), j(1, 2, 3));
        eq(q("#", Q.j(-2), j(1, 2, 3, 4, 5)), j(4, 5));
        eq(q("#", Q.j(5), s("a", "b", "c")), s("a", "b", "c", "a", "b"));
        eq(q("#", Q.j(-5), s("a", "b", "c")), s("b", "c", "a", "b", "c"));
        eq(q("#", Q.i(3), Q.j(9)), j(9, 9, 9));
        eq(q("#", Q.j(2), Q.s("a")), s("a", "a"));
        eq(q("#", Q.j(0), j(1, 2)), j());
        eq(q("#", Q.j(2), Q.str("abc")), Q.str("ab"));
        eq(q("#", Q.j(3), l(Q.j(1), Q.s("a"))), l(Q.j(1), Q.s("a"), Q.j(1)));
    }

    @Test
    void takeFromEmptyGivesNulls() {
        eq(q("#", Q.j(2), j()), j(QNull.LONG, QNull.LONG));
        eq(q("#", Q.j(2), l()), l(Q.NIL, Q.NIL));
    }

    @Test
    void shapeTake() {
        eq(q("#", j(2, 3), q("til", Q.j(6))), l(j(0, 1, 2), j(3, 4, 5)));
        eq(q("#", j(2, 2), j(1, 2, 3)), l(j(1, 2), j(3, 1)));
        eq(q("#", j(QNull.LONG, 3), q("til", Q.j(10))), l(j(0, 1, 2), j(3, 4, 5), j(6, 7, 8), j(9)));
        eq(q("#", j(3, QNull.LONG), q("til", Q.j(10))), l(j(0, 1, 2), j(3, 4, 5), j(6, 7, 8, 9)));
        eq(q("#", j(4, QNull.LONG), q("til", Q.j(9))), l(j(0, 1), j(2, 3), j(4, 5), j(6, 7, 8)));
        eq(q("#", j(2, 2, 3), q("til", Q.j(5))),
                l(l(j(0, 1, 2), j(3, 4, 0)), l(j(1, 2, 3), j(4, 0, 1))));
        eq(q("#", j(2), q("til", Q.j(10))), j(0, 1));
        err("domain", "#", j(-1, 2, 3), j(1));
    }

    @Test
    void takeFromDictsAndTables() {
        Dict d = Q.dict(s("a", "b", "c"), j(1, 2, 3));
        eq(q("#", Q.j(2), d), Q.dict(s("a", "b"), j(1, 2)));
        eq(q("#", Q.j(-2), d), Q.dict(s("b", "c"), j(2, 3)));
        eq(q("#", s("a", "c"), d), Q.dict(s("a", "c"), j(1, 3)));
        eq(q("#", s("a", "z"), d), Q.dict(s("a", "z"), j(1, QNull.LONG)));
        K t = t("a b c", j(1, 2, 3), s("x", "y", "z"), Q.floats(1, 2, 3));
        eq(q("#", s("c", "a"), t), t("c a", Q.floats(1, 2, 3), j(1, 2, 3)));
        eq(q("#", Q.j(2), t), t("a b c", j(1, 2), s("x", "y"), Q.floats(1, 2)));
        eq(q("#", Q.j(-1), t), t("a b c", j(3), s("z"), Q.floats(3)));
        err("q", "#", s("q"), t);
        K kt = q("!", Q.j(1), t);
        eq(q("#", t("a", j(3, 1)), kt), Q.dict(t("a", j(3, 1)), t("b c", s("z", "x"), Q.floats(3, 1))));
    }

    @Test
    void countKeepsCounting() {
        eq(q("#", j(1, 2, 3)), Q.j(3));
        eq(q("count", Q.j(5)), Q.j(1));
        eq(q("count", Q.dict(s("a"), j(1))), Q.j(1));
        eq(q("count", t("a", j(1, 2))), Q.j(2));
        eq(q("count", l()), Q.j(0));
    }

    @Test
    void dropLeadingAndTrailing() {
        eq(q("_", Q.j(2), j(1, 2, 3, 4)), j(3, 4));
        eq(q("_", Q.j(-2), j(1, 2, 3, 4)), j(1, 2));
        eq(q("_", Q.j(9), j(1, 2)), j());
        eq(q("_", Q.j(1), Q.dict(s("a", "b", "c"), j(1, 2, 3))), Q.dict(s("b", "c"), j(2, 3)));
        eq(q("_", Q.j(1), t("a", j(1, 2))), t("a", j(2)));
    }

    @Test
    void dropItemsKeysColumns() {
        eq(q("_", j(0, 1, 2, 3), Q.j(2)), j(0, 1, 3));
        eq(q("_", j(0, 1, 2, 3), Q.j(9)), j(0, 1, 2, 3));
        Dict d = Q.dict(s("a", "b", "c"), j(1, 2, 3));
        eq(q("_", d, Q.s("a")), Q.dict(s("b", "c"), j(2, 3)));
        eq(q("_", Q.s("a"), d), Q.dict(s("b", "c"), j(2, 3)));
        eq(q("_", s("a", "b"), d), Q.dict(s("c"), j(3)));
        err("type", "_", d, s("a", "b"));
        Dict d2 = Q.dict(j(100, 200), s("a", "b"));
        eq(q("_", d2, Q.j(1)), d2);
        eq(q("_", d2, Q.j(100)), Q.dict(j(200), s("b")));
        eq(q("_", j(100), d2), Q.dict(j(200), s("b")));
        eq(q("_", Q.j(100), d2), Q.dict(j(), s()));
        K t = t("a b c", j(1, 2), j(3, 4), s("d", "e"));
        eq(q("_", s("a", "b"), t), t("c", s("d", "e")));
    }

    @Test
    void cut() {
        eq(q("_", j(2, 4, 9), q("til", Q.j(10))), l(j(2, 3), j(4, 5, 6, 7, 8), j(9)));
        eq(q("_", j(2, 4, 4, 9), q("til", Q.j(10))), l(j(2, 3), j(), j(4, 5, 6, 7, 8), j(9)));
        eq(q("_", j(0, 3), t("a", j(0, 1, 2, 3, 4))), l(t("a", j(0, 1, 2)), t("a", j(3, 4))));
        eq(q("cut", Q.j(4), q("til", Q.j(10))), l(j(0, 1, 2, 3), j(4, 5, 6, 7), j(8, 9)));
        eq(q("cut", j(0, 2), Q.str("abcd")), l(Q.str("ab"), Q.str("cd")));
        err("domain", "_", j(3, 1), j(1, 2, 3, 4));
    }

    @Test
    void sublistRotateShift() {
        eq(q("sublist", Q.j(2), j(1, 2, 3)), j(1, 2));
        eq(q("sublist", Q.j(9), j(1, 2, 3)), j(1, 2, 3));
        eq(q("sublist", Q.j(-2), j(1, 2, 3)), j(2, 3));
        eq(q("sublist", j(1, 5), j(1, 2, 3)), j(2, 3));
        eq(q("rotate", Q.j(1), j(1, 2, 3)), j(2, 3, 1));
        eq(q("rotate", Q.j(-1), j(1, 2, 3)), j(3, 1, 2));
        eq(q("prev", j(1, 2, 3)), j(QNull.LONG, 1, 2));
        eq(q("next", s("a", "b")), s("b", ""));
        eq(q("xprev", Q.j(2), Q.floats(1, 2, 3)), Q.floats(QNull.FLOAT, QNull.FLOAT, 1));
        eq(q("prev", new IntVector(QType.DATE, new int[] {1, 2})), new IntVector(QType.DATE, new int[] {QNull.INT, 1}));
        eq(q("prev", t("a", j(1, 2))), t("a", j(QNull.LONG, 1)));
    }
}
