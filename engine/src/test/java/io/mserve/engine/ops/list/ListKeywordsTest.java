package io.mserve.engine.ops.list;

import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.QNull;
import org.junit.jupiter.api.Test;

class ListKeywordsTest extends ListTestBase {
    @Test
    void til() {
        eq(q("til", Q.j(4)), j(0, 1, 2, 3));
        eq(q("til", Q.i(2)), j(0, 1));
        eq(q("til", Q.j(0)), j());
        err("domain", "til", Q.j(-1));
        err("type", "til", Q.f(2));
    }

    @Test
    void nullAllAny() {
        eq(q("null", j(1, QNull.LONG)), Q.bools(false, true));
        eq(q("null", Q.floats(QNull.FLOAT, 1)), Q.bools(true, false));
        eq(q("null", s("", "a")), Q.bools(true, false));
        eq(q("null", Q.str("a ")), Q.bools(false, true));
        eq(q("null", Q.bools(false)), Q.bools(false));
        eq(q("null", Q.i(QNull.INT)), Q.TRUE);
        eq(q("null", Q.s("a")), Q.FALSE);
        eq(q("null", l(Q.j(1), Q.s(""))), Q.bools(false, true));
        eq(q("null", Q.NIL), Q.TRUE);
        eq(q("null", Q.dict(s("a"), j(QNull.LONG))), Q.dict(s("a"), Q.bools(true)));
        eq(q("all", Q.bools(true, true)), Q.TRUE);
        eq(q("all", Q.bools(true, false)), Q.FALSE);
        eq(q("all", Q.bools()), Q.TRUE);
        eq(q("any", Q.bools()), Q.FALSE);
        eq(q("any", j(0, 0, 3)), Q.TRUE);
        eq(q("all", Q.floats(1, 0)), Q.FALSE);
        eq(q("all", Q.floats(1, -0.0 + 2)), Q.TRUE);
        eq(q("any", Q.j(0)), Q.FALSE);
        err("type", "all", s("a"));
    }

    @Test
    void attr() {
        eq(q("attr", j(1)), Q.s(""));
        eq(q("attr", Q.longs(1).withAttribute(Attribute.SORTED)), Q.s("s"));
        eq(q("attr", Q.syms("a").withAttribute(Attribute.GROUPED)), Q.s("g"));
        eq(q("attr", Q.j(1)), Q.s(""));
    }

    @Test
    void fillsAndDiffer() {
        eq(q("fills", j(QNull.LONG, 1, QNull.LONG, QNull.LONG, 3)), j(QNull.LONG, 1, 1, 1, 3));
        eq(q("fills", s("a", "", "b")), s("a", "a", "b"));
        eq(q("fills", Q.floats(1, QNull.FLOAT)), Q.floats(1, 1));
        eq(q("fills", t("a", j(1, QNull.LONG))), t("a", j(1, 1)));
        eq(q("fills", l(Q.j(1), Q.j(QNull.LONG), Q.s("a"))), l(Q.j(1), Q.j(1), Q.s("a")));
        eq(q("differ", j(1, 1, 2, 2, 1)), Q.bools(true, false, true, false, true));
        eq(q("differ", s("a", "a")), Q.bools(true, false));
        eq(q("differ", l(j(1), j(1), Q.s("a"))), Q.bools(true, false, true));
        eq(q("differ", j()), Q.bools());
    }

    @Test
    void cross() {
        eq(q("cross", j(1, 2), s("a", "b")),
                l(l(Q.j(1), Q.s("a")), l(Q.j(1), Q.s("b")), l(Q.j(2), Q.s("a")), l(Q.j(2), Q.s("b"))));
        eq(q("cross", j(1, 2), j(3)), l(j(1, 3), j(2, 3)));
        eq(q("cross", t("a", j(1, 2)), t("b", s("x", "y"))),
                t("a b", j(1, 1, 2, 2), s("x", "y", "x", "y")));
    }
}
