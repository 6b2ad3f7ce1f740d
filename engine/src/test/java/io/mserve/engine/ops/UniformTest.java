package io.mserve.engine.ops;

import static io.mserve.engine.ops.QT.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mserve.engine.value.Q;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.Table;
import org.junit.jupiter.api.Test;

class UniformTest {

    @Test
    void running() {
        assertThat(mo("sums", js(2, 3, 4, 5))).isEqualTo(js(2, 5, 9, 14));
        assertThat(mo("sums", js(1, NJ, 2))).isEqualTo(js(1, 1, 3));
        assertThat(mo("sums", is(1, 2))).isEqualTo(is(1, 3));
        assertThat(mo("sums", bs("11"))).isEqualTo(is(1, 2));
        assertThat(mo("sums", Q.dict(Q.syms("a", "b"), l(js(10, 21, 3), js(4, 5, 6)))))
                .isEqualTo(Q.dict(Q.syms("a", "b"), l(js(10, 21, 3), js(14, 26, 9))));
        assertThat(mo("sums", Q.table(new String[] {"a"}, js(1, 2)))).isEqualTo(Q.table(new String[] {"a"}, js(1, 3)));
        assertThat(mo("prds", js(1, 2, 3))).isEqualTo(js(1, 2, 6));
        assertThat(mo("maxs", js(1, 3, 2, 5))).isEqualTo(js(1, 3, 3, 5));
        assertThat(mo("mins", js(4, 3, 5, 1))).isEqualTo(js(4, 3, 3, 1));
        double[] m = doubles(mo("maxs", fs(NF, 1, NF)));
        assertThat(m[0]).isNaN();
        assertThat(m[1]).isEqualTo(1);
        assertThat(m[2]).isEqualTo(1);
        assertThat(mo("sums", l(js(1, 2), js(3, 4)))).isEqualTo(l(js(1, 2), js(4, 6)));
        assertThat(mo("deltas", l(js(1, 2), js(3, 5)))).isEqualTo(l(js(1, 2), js(2, 3)));
        assertThat(doubles(mo("avgs", js(1, 2, 3, 4)))).containsExactly(1, 1.5, 2, 2.5);
        assertThat(mo("sums", j(5))).isEqualTo(j(5));
    }

    @Test
    void priors() {
        assertThat(mo("deltas", js(1, 5, 0, 9, 5, 2))).isEqualTo(js(1, 4, -5, 9, -4, -3));
        assertThat(mo("deltas", js(2000, 2005, 2007))).isEqualTo(js(2000, 5, 2));
        assertThat(mo("deltas", is(3, 5))).isEqualTo(is(3, 2));
        assertThat(mo("deltas", js())).isEqualTo(js());
        double[] r = doubles(mo("ratios", js(2, 3, 4, 5)));
        assertThat(r[0]).isEqualTo(2);
        assertThat(r[1]).isEqualTo(1.5);
        assertThat(r[2]).isCloseTo(4.0 / 3, within(1e-12));
        K rd = mo("ratios", Q.dict(Q.syms("a", "b"), l(js(10, 21, 3), js(4, 5, 6))));
        assertThat(rd).isEqualTo(Q.dict(Q.syms("a", "b"), l(js(10, 21, 3), fs(0.4, 5.0 / 21, 2))));
        Table t = Q.table(new String[] {"a"}, js(10, 21));
        assertThat(mo("ratios", t)).isEqualTo(Q.table(new String[] {"a"}, fs(10, 2.1)));
    }

    @Test
    void moving() {
        assertThat(dy("mmax", j(3), js(NJ, -3, -2, NJ, 1, 0))).isEqualTo(js(-WJ, -3, -2, -2, 1, 1));
        assertThat(dy("mmin", j(3), js(NJ, -3, -2, 1, -WJ, 0))).isEqualTo(js(NJ, NJ, NJ, -3, -WJ, -WJ));
        assertThat(dy("mmin", j(3), js(NJ, -3, -2, 1, NJ, -WJ))).isEqualTo(js(NJ, NJ, NJ, -3, NJ, NJ));
        assertThat(dy("msum", j(2), js(1, 2, 3, NJ, 5))).isEqualTo(js(1, 3, 5, 3, 5));
        assertThat(dy("mavg", j(2), js(1, 2, 3, NJ, 5))).isEqualTo(fs(1, 1.5, 2.5, 3, 5));
        assertThat(dy("mcount", j(2), js(1, 2, NJ, NJ, 5))).isEqualTo(js(1, 2, 1, 0, 1));
        assertThat(dy("mdev", j(2), js(1, 3, 3))).isEqualTo(fs(0, 1, 0));
        assertThatThrownBy(() -> dy("msum", f(2), js(1))).hasMessage("type");
    }

    @Test
    void emaAndXbar() {
        assertThat(dy("ema", f(0.5), js(1, 3, 5))).isEqualTo(fs(1, 2, 3.5));
        assertThat(dy("xbar", j(5), js(23, 24, 25))).isEqualTo(js(20, 20, 25));
        assertThat(dy("xbar", j(5), js(-1, NJ))).isEqualTo(js(-5, NJ));
        assertThat(dy("xbar", f(0.5), fs(1.2, 1.7))).isEqualTo(fs(1, 1.5));
        assertThat(dy("xbar", j(7), ds("2000-01-09"))).isEqualTo(ds("2000-01-08"));
        // 0D00:15 xbar a time (ms)
        long quarter = 15 * 60 * 1_000_000_000L;
        assertThat(dy("xbar", typed(QType.TIMESPAN, quarter), new IntVector(QType.TIME, new int[] {1_000_000, 100})))
                .isEqualTo(new IntVector(QType.TIME, new int[] {900_000, 0}));
        assertThat(dy("xbar", typed(QType.MINUTE, 15), longsOf(QType.TIMESTAMP, quarter + 5)))
                .isEqualTo(longsOf(QType.TIMESTAMP, quarter));
    }
}
