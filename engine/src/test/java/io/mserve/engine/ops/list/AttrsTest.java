package io.mserve.engine.ops.list;

import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.Table;
import org.junit.jupiter.api.Test;

class AttrsTest extends ListTestBase {
    @Test
    void setsAndChecksAttributes() {
        eq(q("#", Q.s("s"), j(1, 2, 2, 3)), Q.longs(1, 2, 2, 3).withAttribute(Attribute.SORTED));
        err("s-fail", "#", Q.s("s"), j(3, 2, 1));
        eq(q("#", Q.s("u"), s("b", "a")), Q.syms("b", "a").withAttribute(Attribute.UNIQUE));
        err("u-fail", "#", Q.s("u"), j(1, 1));
        eq(q("#", Q.s("p"), j(2, 2, 1, 1, 4)), Q.longs(2, 2, 1, 1, 4).withAttribute(Attribute.PARTED));
        err("u-fail", "#", Q.s("p"), j(2, 1, 2));
        eq(q("#", Q.s("g"), j(2, 1, 2)), Q.longs(2, 1, 2).withAttribute(Attribute.GROUPED));
        err("type", "#", Q.s("g"), l(j(1), Q.s("a")));
        eq(q("#", Q.s(""), Q.longs(1, 2).withAttribute(Attribute.SORTED)), j(1, 2));
        eq(q("#", Q.s("s"), l(Q.str("a"), Q.str("b"))), new io.mserve.ipc.value.KList(new io.mserve.ipc.value.K[] {Q.str("a"), Q.str("b")}, Attribute.SORTED));
        eq(q("attr", q("#", Q.s("u"), j(1, 2))), Q.s("u"));
    }

    @Test
    void sortedDictsAndTables() {
        eq(q("#", Q.s("s"), Q.dict(s("a", "b"), j(1, 2))),
                new Dict(Q.syms("a", "b").withAttribute(Attribute.SORTED), j(1, 2), true));
        err("s-fail", "#", Q.s("s"), Q.dict(s("b", "a"), j(1, 2)));
        Table t = t("a b", j(1, 1, 2), j(5, 6, 0));
        eq(q("#", Q.s("s"), t), new Table(Q.syms("a", "b"),
                new io.mserve.ipc.value.K[] {Q.longs(1, 1, 2).withAttribute(Attribute.PARTED), j(5, 6, 0)}, Attribute.SORTED));
        err("s-fail", "#", Q.s("s"), t("a b", j(1, 1), j(6, 5)));
    }
}
