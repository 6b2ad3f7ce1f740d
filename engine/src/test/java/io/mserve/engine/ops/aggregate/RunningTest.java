package io.mserve.engine.ops.aggregate;

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

class RunningTest {

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
        // initial nulls give negative infinity, as maxs 0N 5 0N 1 3 is -0W 5 5 5 5 in the reference
        double[] m = doubles(mo("maxs", fs(NF, 1, NF)));
        assertThat(m[0]).isEqualTo(Double.NEGATIVE_INFINITY);
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
    void movingReferenceExamples() {
        assertThat(dy("mavg", j(2), js(1, 2, 3, 5, 7, 10))).isEqualTo(fs(1, 1.5, 2.5, 4, 6, 8.5));
        assertThat(dy("mavg", j(5), js(1, 2, 3, 5, 7, 10))).isEqualTo(fs(1, 1.5, 2, 2.75, 3.6, 5.4));
        double[] r = doubles(dy("mavg", j(5), js(NJ, 2, NJ, 5, 7, NJ)));
        assertThat(r[0]).isNaN();
        assertThat(r[3]).isEqualTo(3.5);
        assertThat(r[5]).isCloseTo(4.666667, within(1e-6));
        assertThat(doubles(dy("mavg", j(0), js(2, 3)))[1]).isNaN();
        assertThat(dy("msum", j(3), js(1, 2, 3, 5, 7, 11))).isEqualTo(js(1, 3, 6, 10, 15, 23));
        assertThat(dy("msum", j(3), js(NJ, 2, 3, 5, NJ, 11))).isEqualTo(js(0, 2, 5, 10, 8, 16));
        assertThat(dy("mmax", j(3), js(2, 7, 1, 3, 5, 2, 8))).isEqualTo(js(2, 7, 7, 7, 5, 5, 8));
        assertThat(dy("mcount", j(3), js(0, 1, 2, 3, 4, 5))).isEqualTo(js(1, 2, 3, 3, 3, 3));
        assertThat(dy("mcount", j(3), js(NJ, 1, 2, 3, NJ, 5))).isEqualTo(js(0, 1, 2, 3, 2, 2));
        double[] dv = doubles(dy("mdev", j(5), js(1, 2, 3, 5, 7, 10)));
        assertThat(dv[2]).isCloseTo(0.8164966, within(1e-6));
        assertThat(dv[5]).isCloseTo(2.87054, within(1e-5));
        double[] dn = doubles(dy("mdev", j(5), js(NJ, 2, NJ, 5, 7, NJ)));
        assertThat(dn[0]).isNaN();
        assertThat(dn[3]).isEqualTo(1.5);
        assertThat(dn[4]).isCloseTo(2.054805, within(1e-6));
        Table t = Q.table(new String[] {"a", "b"}, js(10, 21, 3), js(4, 5, 6));
        assertThat(dy("mmax", j(2), t)).isEqualTo(Q.table(new String[] {"a", "b"}, js(10, 21, 21), js(4, 5, 6)));
    }

    @Test
    void emaAndXbar() {
        assertThat(dy("xbar", j(3), js(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)))
                .isEqualTo(js(0, 0, 0, 3, 3, 3, 6, 6, 6, 9, 9, 9, 12, 12, 12, 15));
        assertThat(dy("xbar", f(2.5), js(0, 1, 2, 3, 4, 5, 6, 7, 8)))
                .isEqualTo(fs(0, 0, 0, 2.5, 2.5, 5, 5, 5, 7.5));
        assertThat(dy("xbar", j(5), new IntVector(QType.MINUTE, new int[] {660, 662, 663, 665, 667, 671, 673})))
                .isEqualTo(new IntVector(QType.MINUTE, new int[] {660, 660, 660, 665, 665, 670, 670}));
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
