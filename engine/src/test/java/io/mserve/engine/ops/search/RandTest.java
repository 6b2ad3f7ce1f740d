package io.mserve.engine.ops.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.ops.list.ListTestBase;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Roll, deal and permute. */
class RandTest extends ListTestBase {
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
