package io.mserve.engine.ops.dict;

import io.mserve.engine.ops.list.ListTestBase;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.Table;
import org.junit.jupiter.api.Test;

class DictTableTest extends ListTestBase {
    @Test
    void bangMakesDictsAndKeyedTables() {
        eq(q("!", s("a", "b"), j(1, 2)), Q.dict(s("a", "b"), j(1, 2)));
        eq(q("!", Q.syms("a", "b").withAttribute(Attribute.SORTED), j(1, 2)),
                new Dict(Q.syms("a", "b").withAttribute(Attribute.SORTED), j(1, 2), true));
        err("length", "!", s("a", "b"), j(1));
        Table t = t("a b c", j(1, 2), s("x", "y"), j(3, 4));
        K kt = q("!", Q.j(2), t);
        eq(kt, Q.dict(t("a b", j(1, 2), s("x", "y")), t("c", j(3, 4))));
        eq(q("!", Q.j(0), kt), t);
        eq(q("!", Q.j(1), kt), Q.dict(t("a", j(1, 2)), t("b c", s("x", "y"), j(3, 4))));
        err("length", "!", Q.j(3), t);
    }

    @Test
    void keyAndValue() {
        Dict d = Q.dict(s("a", "b"), j(1, 2));
        eq(q("key", d), s("a", "b"));
        eq(q("value", d), j(1, 2));
        eq(q("!", d), s("a", "b"));
        eq(q("!", Q.j(3)), j(0, 1, 2));
        eq(q("key", Q.j(2)), j(0, 1));
        eq(q("key", j()), Q.s("long"));
        eq(q("key", Q.str("a")), Q.s("char"));
        K kt = q("!", Q.j(1), t("a b", j(1), j(2)));
        eq(q("key", kt), t("a", j(1)));
        eq(q("value", kt), t("b", j(2)));
        eq(q("cols", kt), s("a", "b"));
        eq(q("cols", t("x y", j(), j())), s("x", "y"));
        err("type", "cols", j(1));
    }

    @Test
    void flip() {
        eq(q("flip", l(j(1, 2, 3), j(4, 5, 6))), l(j(1, 4), j(2, 5), j(3, 6)));
        eq(q("flip", l(j(1, 2, 3), Q.j(4))), l(j(1, 4), j(2, 4), j(3, 4)));
        eq(q("flip", l(s("a", "b"), j(1, 2))), l(l(Q.s("a"), Q.j(1)), l(Q.s("b"), Q.j(2))));
        Dict d = Q.dict(s("sym", "px"), l(s("a", "b"), Q.floats(1, 2)));
        Table t = t("sym px", s("a", "b"), Q.floats(1, 2));
        eq(q("flip", d), t);
        eq(q("flip", t), d);
        eq(q("flip", Q.dict(s("a", "b"), l(Q.s("i"), j(1, 2)))), t("a b", s("i", "i"), j(1, 2)));
        err("length", "flip", l(j(1, 2), j(1)));
        err("type", "flip", Q.dict(j(1), j(2)));
    }

    @Test
    void keyingAndColumns() {
        Table t = t("a b c", j(1, 2), s("x", "y"), j(3, 4));
        eq(q("xkey", Q.s("b"), t), Q.dict(t("b", s("x", "y")), t("a c", j(1, 2), j(3, 4))));
        eq(q("xkey", l(), q("!", Q.j(1), t)), t);
        eq(q("xcols", s("c", "a"), t), t("c a b", j(3, 4), j(1, 2), s("x", "y")));
        eq(q("xcol", s("x", "y"), t), t("x y c", j(1, 2), s("x", "y"), j(3, 4)));
        eq(q("xcol", Q.dict(s("c"), s("z")), t), t("a b z", j(1, 2), s("x", "y"), j(3, 4)));
        eq(q("xcol", s("k"), q("!", Q.j(1), t)), q("!", Q.j(1), t("k b c", j(1, 2), s("x", "y"), j(3, 4))));
    }

    @Test
    void ungroup() {
        Table t = t("k v s", s("a", "b"), l(j(1, 2), j(3)), l(Q.str("xy"), Q.str("z")));
        eq(q("ungroup", t), t("k v s", s("a", "a", "b"), j(1, 2, 3), Q.str("xyz")));
        K kt = q("!", Q.j(1), t("k v", s("a", "b"), l(j(1, 2), j(3))));
        eq(q("ungroup", kt), t("k v", s("a", "a", "b"), j(1, 2, 3)));
        err("length", "ungroup", t("v w", l(j(1, 2)), l(j(1))));
    }

    @Test
    void firstLastReverse() {
        eq(q("first", j(1, 2)), Q.j(1));
        eq(q("last", j(1, 2)), Q.j(2));
        eq(q("first", j()), Q.j(io.mserve.ipc.value.QNull.LONG));
        eq(q("first", l()), Q.NIL);
        eq(q("first", Q.s("a")), Q.s("a"));
        eq(q("first", l(j(1), Q.s("a"))), j(1));
        eq(q("first", Q.dict(s("a", "b"), j(5, 6))), Q.j(5));
        eq(q("last", t("a b", j(1, 2), s("x", "y"))), Q.dict(s("a", "b"), l(Q.j(2), Q.s("y"))));
        eq(q("reverse", j(1, 2, 3)), j(3, 2, 1));
        eq(q("reverse", Q.dict(s("a", "b"), j(1, 2))), Q.dict(s("b", "a"), j(2, 1)));
        eq(q("reverse", t("a", j(1, 2))), t("a", j(2, 1)));
        eq(q("reverse", Q.j(1)), Q.j(1));
    }
}
