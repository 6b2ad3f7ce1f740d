package io.mserve.engine.ops.search;

import io.mserve.engine.ops.list.ListTestBase;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import org.junit.jupiter.api.Test;

/** Find, distinct, group and the set keywords. */
class FindTest extends ListTestBase {
    @Test
    void findAtomsAndLists() {
        K w = j(10, -8, 3, 5, -1, 2, 3);
        eq(q("?", w, Q.j(-8)), Q.j(1));
        eq(q("?", w, Q.j(3)), Q.j(2));
        eq(q("?", w, Q.j(17)), Q.j(7));
        eq(q("?", w, j(3, 17)), j(2, 7));
        eq(q("?", Q.str("abcde"), Q.c('d')), Q.j(3));
        eq(q("?", s("a", "b", "c"), s("c", "z", "a")), j(2, 3, 0));
        eq(q("?", Q.floats(1, QNull.FLOAT, -0.0), Q.floats(QNull.FLOAT, 0.0)), j(1, 2));
        eq(q("?", w, l(j(10, 5, -1), Q.j(-8), j(3, 17))), l(j(0, 3, 4), Q.j(1), j(2, 7)));
        K u = l(Q.str("abcde"), j(10, 2, -6), l(j(2, 3), Q.s("ab")));
        eq(q("?", u, j(10, 2, -6)), Q.j(1));
        eq(q("?", u, Q.str("abcde")), Q.j(0));
        eq(q("?", u, l(j(2, 3), Q.s("ab"))), j(3, 3));
        err("type", "?", j(1, 2), Q.s("a"));
    }

    @Test
    void findInDictsAndTables() {
        Dict d = Q.dict(s("a", "b", "c"), j(1, 2, 3));
        eq(q("?", d, Q.j(2)), Q.s("b"));
        eq(q("?", d, Q.j(9)), Q.s(""));
        eq(q("?", d, j(3, 1)), s("c", "a"));
        K t = t("a b", j(1, 2, 3), s("x", "y", "z"));
        eq(q("?", t, l(Q.j(2), Q.s("y"))), Q.j(1));
        eq(q("?", t, Q.dict(s("b", "a"), l(Q.s("z"), Q.j(3)))), Q.j(2));
        eq(q("?", t, t("a b", j(3, 9), s("z", "x"))), j(2, 3));
    }

    @Test
    void distinctAndGroup() {
        eq(q("distinct", j(3, 1, 3, 2, 1)), j(3, 1, 2));
        eq(q("?", s("a", "b", "a")), s("a", "b"));
        eq(q("distinct", Q.longs(1, 2).withAttribute(Attribute.SORTED)), j(1, 2));
        eq(q("distinct", l(j(1), Q.s("a"), j(1))), l(j(1), Q.s("a")));
        eq(q("distinct", Q.str("mississippi")), Q.str("misp"));
        eq(q("distinct", t("a b", j(1, 1, 2), s("x", "x", "y"))), t("a b", j(1, 2), s("x", "y")));
        eq(q("distinct", j()), j());
        err("type", "distinct", Q.j(1));
        eq(q("group", s("a", "b", "a", "c", "b")), Q.dict(s("a", "b", "c"), l(j(0, 2), j(1, 4), j(3))));
        eq(q("group", Q.floats(1, QNull.FLOAT, 1)), Q.dict(Q.floats(1, QNull.FLOAT), l(j(0, 2), j(1))));
        eq(q("group", j()), Q.dict(j(), l()));
        eq(q("group", Q.dict(s("a", "b", "c"), j(1, 2, 1))), Q.dict(j(1, 2), l(s("a", "c"), s("b"))));
    }

    @Test
    void groupManyLongs() {
        int n = 200_000;
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = (i * 7919L) % 1000;
        }
        Dict g = (Dict) q("group", j(v));
        eq(q("count", g), Q.j(1000));
        long[] first = ((LongVector) ((io.mserve.ipc.value.KList) g.values()).items()[0]).items();
        eq(Q.j(first.length), Q.j(200));
    }

    @Test
    void setOperations() {
        eq(q("in", Q.j(2), j(1, 2, 3)), Q.TRUE);
        eq(q("in", j(1, 5), j(1, 2, 3)), Q.bools(true, false));
        eq(q("in", s("a", "z"), s("a", "b")), Q.bools(true, false));
        eq(q("in", Q.s("a"), Q.s("a")), Q.TRUE);
        eq(q("in", j(1, 2), l(j(1, 2), Q.s("x"))), Q.TRUE);
        eq(q("in", Q.c('x'), Q.c('a')), Q.FALSE);
        eq(q("in", Q.str("wx"), Q.str("acdexyz")), Q.bools(false, true));
        eq(q("in", l(Q.str("abc"), l(Q.str("def"), Q.str("ghi")), Q.str("jkl")), Q.str("bed")),
                l(Q.bools(false, true, false), l(Q.bools(true, true, false), Q.bools(false, false, false)), Q.bools(false, false, false)));
        eq(q("in", Q.str("wx"), l(Q.str("acdexyz"), Q.str("abcd"), Q.str("wx"))), Q.TRUE);
        eq(q("in", j(1, 2), l(Q.j(9), l(j(1, 2), j(3, 4)))), Q.bools(false, false));
        eq(q("in", j(1, 2), l(j(1, 2), Q.j(9))), Q.TRUE);
        eq(q("in", j(1, 2), l(l(j(1, 2), j(3, 4)), Q.j(9))), Q.FALSE);
        eq(q("in", l(j(1, 2), j(3, 4)), l(l(j(1, 2), j(3, 4)), Q.j(9))), Q.TRUE);
        eq(q("in", j(1, 3, 7, 6, 4), j(5, 4, 1, 6)), Q.bools(true, false, false, true, true));
        eq(q("?", l(Q.j(1), Q.s("a"), Q.c('c')), l(Q.s("a"), Q.j(1))), j(1, 0));
        eq(q("union", j(1, 2, 1), j(3, 2)), j(1, 2, 3));
        eq(q("inter", j(1, 2, 3, 2), j(2, 3, 4)), j(2, 3, 2));
        eq(q("except", j(1, 2, 3, 2), Q.j(2)), j(1, 3));
        eq(q("except", s("a", "b"), l()), s("a", "b"));
        eq(q("except", Q.str("hello"), Q.str("l")), Q.str("heo"));
        eq(q("union", t("a", j(1, 2)), t("a", j(2, 3))), t("a", j(1, 2, 3)));
        eq(q("except", t("a", j(1, 2)), t("a", j(2))), t("a", j(1)));
    }
}
