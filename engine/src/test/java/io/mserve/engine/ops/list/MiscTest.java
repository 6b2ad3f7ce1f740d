package io.mserve.engine.ops.list;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.ops.search.Rand;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MiscTest extends ListTestBase {
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

    @Test
    void rollDealPermute() {
        K r = q("?", Q.j(10), Q.j(5));
        assertThat(r).isInstanceOf(LongVector.class);
        for (long v : ((LongVector) r).items()) {
            assertThat(v).isBetween(0L, 4L);
        }
        long[] d = ((LongVector) q("?", Q.j(-10), Q.j(10))).items();
        eq(q("asc", j(d)), q("asc", q("til", Q.j(10))));
        eq(q("count", q("distinct", q("?", Q.j(-1000), Q.j(1_000_000_000L)))), Q.j(1000));
        eq(q("asc", q("?", Q.j(QNull.LONG), s("a", "b", "c"))), q("asc", s("a", "b", "c")));
        assertThat(q("?", Q.j(3), s("a", "b"))).isInstanceOf(SymbolVector.class);
        eq(q("count", q("?", Q.j(4), Q.f(1.5))), Q.j(4));
        IntVector dates = (IntVector) q("?", Q.j(20), Q.intAtom(-QType.DATE, 100));
        assertThat(dates.type()).isEqualTo(QType.DATE);
        for (int v : dates.items()) {
            assertThat(v).isBetween(0, 99);
        }
        for (String sym : ((SymbolVector) q("?", Q.j(5), Q.s("3"))).items()) {
            assertThat(sym).hasSize(3).matches("[a-p]+");
        }
        eq(q("count", q("distinct", q("?", Q.j(-20), Q.s("2")))), Q.j(20));
        err("length", "?", Q.j(-5), Q.j(3));
        err("length", "?", Q.j(-5), j(1, 2));
    }

    @Test
    void rollIsReproducibleBySeed() {
        Rand a = new Rand(new SplittableRandom(Rand.DEFAULT_SEED));
        Rand b = new Rand(new SplittableRandom(Rand.DEFAULT_SEED));
        eq(a.roll(Q.j(5), Q.j(100)), b.roll(Q.j(5), Q.j(100)));
        Rand c = new Rand(new SplittableRandom(42));
        assertThat(c.roll(Q.j(5), Q.j(1_000_000))).isNotEqualTo(b.roll(Q.j(5), Q.j(1_000_000)));
    }
}
