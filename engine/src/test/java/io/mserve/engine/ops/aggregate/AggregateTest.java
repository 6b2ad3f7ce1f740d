package io.mserve.engine.ops.aggregate;

import static io.mserve.engine.ops.QT.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.Table;
import org.junit.jupiter.api.Test;

class AggregateTest {

    private static double fv(K v) {
        return ((FloatAtom) v).value();
    }

    private static final Dict D = Q.dict(Q.syms("a", "b"), l(js(10, 21, 3), js(4, 5, 6)));
    private static final Table T = Q.table(new String[] {"a", "b"}, js(10, 21, 3), js(4, 5, 6));

    @Test
    void sums() {
        assertThat(mo("sum", js(2, 3, 4, 5))).isEqualTo(j(14));
        assertThat(mo("sum", is(1, 2, 3))).isEqualTo(i(6));
        assertThat(mo("sum", bs("110101"))).isEqualTo(i(4));
        assertThat(mo("sum", js(1, NJ, 2))).isEqualTo(j(3));
        assertThat(mo("sum", fs(1, NF, 2))).isEqualTo(f(3));
        assertThat(mo("sum", js())).isEqualTo(j(0));
        assertThat(mo("sum", l())).isEqualTo(j(0));
        assertThat(mo("sum", j(5))).isEqualTo(j(5));
        assertThat(mo("sum", l(js(1, 2), js(NJ, 4)))).isEqualTo(js(NJ, 6));
        assertThat(mo("sum", D)).isEqualTo(js(14, 26, 9));
        assertThat(mo("sum", T)).isEqualTo(Q.dict(Q.syms("a", "b"), js(34, 15)));
        assertThat(mo("sum", Q.dict(Q.table(new String[] {"k"}, Q.syms("x", "y", "z")), T))).isEqualTo(Q.dict(Q.syms("a", "b"), js(34, 15)));
        assertThat(mo("sum", longsOf(QType.TIMESPAN, 1, 2))).isEqualTo(typed(QType.TIMESPAN, 3));
        assertThatThrownBy(() -> mo("sum", Q.syms("a"))).hasMessage("type");
        assertThat(mo("prod", js(1, 2, 3, 4))).isEqualTo(j(24));
        assertThat(mo("prod", fs(1.5, 2))).isEqualTo(f(3));
        assertThat(mo("prod", js())).isEqualTo(j(1));
    }

    @Test
    void maxAndMin() {
        assertThat(mo("max", js(2, 5, 7, 1, 3))).isEqualTo(j(7));
        assertThat(mo("max", js(NJ, 5, NJ, 1, 3))).isEqualTo(j(5));
        assertThat(mo("max", js(NJ, NJ))).isEqualTo(j(-WJ));
        assertThat(mo("min", js(NJ, 5, NJ, 1, 3))).isEqualTo(j(1));
        assertThat(mo("min", js(NJ, NJ))).isEqualTo(j(WJ));
        assertThat(mo("max", fs())).isEqualTo(f(-WF));
        assertThat(mo("min", is())).isEqualTo(i(Integer.MAX_VALUE));
        assertThat(mo("max", fs(1, NF, 3))).isEqualTo(f(3));
        assertThat(mo("max", T)).isEqualTo(Q.dict(Q.syms("a", "b"), js(21, 6)));
        assertThat(mo("max", l(js(1, 2), js(NJ, 4)))).isEqualTo(js(1, 4));
        assertThat(mo("min", l(js(1, 2), js(NJ, 4)))).isEqualTo(js(NJ, 2));
        assertThat(mo("min", D)).isEqualTo(js(4, 5, 3));
        assertThat(mo("max", bs("010"))).isEqualTo(Q.TRUE);
        assertThat(mo("max", Q.str("abc"))).isEqualTo(Q.c('c'));
        assertThat(mo("max", ds("2000-01-01", "2001-01-01"))).isEqualTo(d("2001-01-01"));
        assertThat(mo("max", l())).isEqualTo(j(-WJ));
    }

    @Test
    void averagesAndSpread() {
        assertThat(mo("avg", js(1, 2, 3))).isEqualTo(f(2));
        assertThat(mo("avg", fs(1, WF))).isEqualTo(f(WF));
        assertThat(fv(mo("avg", fs(-WF, WF)))).isNaN();
        assertThat(mo("avg", fs(1, NF, 2, 3))).isEqualTo(f(2));
        assertThat(mo("avg", l(j(1), f(NF), j(2), j(3)))).isEqualTo(f(1.5));
        assertThat(fv(mo("avg", bs("101")))).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(mo("avg", Q.TRUE)).isEqualTo(f(1));
        assertThat(fv(mo("avg", js()))).isNaN();
        K a = mo("avg", l(js(1, 2), js(NJ, 4)));
        assertThat(doubles(a)[0]).isNaN();
        assertThat(doubles(a)[1]).isEqualTo(3);
        assertThat(mo("avg", Q.table(new String[] {"a", "b"}, js(3, 5), fs(6, 8)))).isEqualTo(Q.dict(Q.syms("a", "b"), fs(4, 7)));
        assertThat(mo("avg", D)).isEqualTo(fs(7, 13, 4.5));
        assertThat(mo("med", js(10, 34, 23, 123, 5, 56))).isEqualTo(f(28.5));
        assertThat(mo("med", js(3, 1, 2))).isEqualTo(f(2));
        assertThat(mo("med", Q.dict(Q.syms("a", "b"), l(js(10, -21, 3), js(4, 5, -6))))).isEqualTo(fs(7, -8, -1.5));
        assertThat(mo("med", Q.table(new String[] {"a", "b"}, js(10, -21, 3), js(4, 5, -6)))).isEqualTo(Q.dict(Q.syms("a", "b"), fs(3, 4)));
        assertThat(mo("var", js(2, 3, 5, 7))).isEqualTo(f(3.6875));
        assertThat(mo("var", fs(2, 3, 5, NF, 7))).isEqualTo(f(3.6875));
        assertThat(fv(mo("svar", js(2, 3, 5, 7)))).isCloseTo(4.916667, within(1e-6));
        assertThat(fv(mo("dev", js(2, 3, 5, 7)))).isCloseTo(Math.sqrt(3.6875), within(1e-12));
        assertThat(fv(mo("sdev", js(2, 3, 5, 7)))).isCloseTo(Math.sqrt(59.0 / 12), within(1e-12));
    }

    @Test
    void weightedAndPaired() {
        // the reference shows wsum as a float: 1 2 3 wsum 1 2 3 is 14f
        assertThat(dy("wsum", js(1, 2, 3), js(4, 5, 6))).isEqualTo(f(32));
        assertThat(fv(dy("wavg", js(2, 3, 4), js(1, 2, 3)))).isCloseTo(20.0 / 9, within(1e-12));
        assertThat(dy("wavg", js(1, NJ, 1), js(1, 5, 3))).isEqualTo(f(2));
        assertThat(dy("cov", js(1, 2, 3), js(2, 4, 6))).isEqualTo(f(4.0 / 3));
        assertThat(fv(dy("scov", js(1, 2, 3), js(2, 4, 6)))).isCloseTo(2, within(1e-12));
        assertThat(fv(dy("cor", js(1, 2, 3), js(3, 2, 1)))).isCloseTo(-1, within(1e-12));
        assertThatThrownBy(() -> dy("cov", js(1, 2), js(1))).hasMessage("length");
    }
}
