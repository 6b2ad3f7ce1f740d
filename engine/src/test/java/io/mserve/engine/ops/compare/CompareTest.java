package io.mserve.engine.ops.compare;

import static io.mserve.engine.ops.QT.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import org.junit.jupiter.api.Test;

class CompareTest {

    @Test
    void comparesNumbersAcrossTypes() {
        assertThat(dy("=", js(1, 2, 3), js(1, 5, 3))).isEqualTo(bs("101"));
        assertThat(dy("<>", js(1, 2, 3), js(1, 5, 3))).isEqualTo(bs("010"));
        assertThat(dy(">", j(0), l(i(1), j(-2), h(0), Q.TRUE, j(NJ), j(-WJ)))).isEqualTo(bs("010011"));
        assertThat(dy("<", js(1, 2, 3), j(2))).isEqualTo(bs("100"));
        assertThat(dy("<=", js(1, 2, 3), j(2))).isEqualTo(bs("110"));
        assertThat(dy(">=", js(1, 2, 3), j(2))).isEqualTo(bs("011"));
        assertThat(dy("=", i(1), f(1))).isEqualTo(Q.TRUE);
        assertThat(dy("<", Q.e(1.5f), j(2))).isEqualTo(Q.TRUE);
        assertThat(dy("=", Q.TRUE, j(1))).isEqualTo(Q.TRUE);
    }

    @Test
    void floatsAreTolerantAndNullsLeast() {
        assertThat(dy("=", dy("+", f(0.1), f(0.2)), f(0.3))).isEqualTo(Q.TRUE);
        assertThat(dy("<", dy("+", f(0.1), f(0.2)), f(0.3))).isEqualTo(Q.FALSE);
        assertThat(dy("=", f(NF), f(NF))).isEqualTo(Q.TRUE);
        assertThat(dy("<", f(NF), f(-WF))).isEqualTo(Q.TRUE);
        assertThat(dy("<", j(NJ), j(-WJ))).isEqualTo(Q.TRUE);
        assertThat(dy("=", i(NI), j(NJ))).isEqualTo(Q.TRUE);
        assertThat(dy("=", j(NJ), f(NF))).isEqualTo(Q.TRUE);
        assertThat(dy("=", f(WF), f(WF))).isEqualTo(Q.TRUE);
        assertThat(dy("<", f(1), f(WF))).isEqualTo(Q.TRUE);
    }

    @Test
    void symbolsCharsAndTemporals() {
        assertThat(dy("<", Q.s("a"), Q.s("b"))).isEqualTo(Q.TRUE);
        assertThat(dy("=", Q.s("a"), Q.syms("a", "b"))).isEqualTo(bs("10"));
        assertThat(dy(">", Q.syms("abc", "ab", ""), Q.s("ab"))).isEqualTo(bs("100"));
        assertThatThrownBy(() -> dy("=", Q.s("a"), j(1))).hasMessage("type");
        assertThat(dy("=", Q.str("abc"), Q.str("abd"))).isEqualTo(bs("110"));
        assertThat(dy("<", Q.c('a'), Q.c((char) 200))).isEqualTo(Q.TRUE);
        assertThat(dy("=", d("2000-01-02"), typed(QType.TIMESTAMP, 86_400_000_000_000L))).isEqualTo(Q.TRUE);
        assertThat(dy("<", d("2000-01-02"), typed(QType.TIMESTAMP, 86_400_000_000_001L))).isEqualTo(Q.TRUE);
        assertThat(dy("=", typed(QType.MINUTE, 1), typed(QType.SECOND, 60))).isEqualTo(Q.TRUE);
        assertThat(dy("=", typed(QType.MONTH, 1), d("2000-02-01"))).isEqualTo(Q.TRUE);
        assertThat(dy("=", d("2000-01-02"), new FloatAtom(-QType.DATETIME, 1))).isEqualTo(Q.TRUE);
        assertThat(dy("<", ds("2000-01-01", "2001-01-01"), d("2000-06-01"))).isEqualTo(bs("10"));
    }

    @Test
    void atomicOverListsAndDicts() {
        assertThat(dy("=", l(j(1), js(1, 2)), j(1))).isEqualTo(l(Q.TRUE, bs("10")));
        assertThatThrownBy(() -> dy("=", js(1, 2), js(1, 2, 3))).hasMessage("length");
        assertThat(dy("=", Q.dict(Q.syms("a", "b"), js(1, 2)), j(2))).isEqualTo(Q.dict(Q.syms("a", "b"), bs("01")));
    }

    @Test
    void match() {
        assertThat(dy("~", js(1, 2, 3), js(1, 2, 3))).isEqualTo(Q.TRUE);
        assertThat(dy("~", js(1, 2, 3), js(1, 2))).isEqualTo(Q.FALSE);
        assertThat(dy("~", j(1), i(1))).isEqualTo(Q.FALSE);
        assertThat(dy("~", j(1), js(1))).isEqualTo(Q.FALSE);
        assertThat(dy("~", l(j(1), Q.s("a")), l(j(1), Q.s("a")))).isEqualTo(Q.TRUE);
        assertThat(dy("~", l(j(1), Q.s("a")), l(j(1), Q.s("b")))).isEqualTo(Q.FALSE);
        assertThat(dy("~", new LongVector(QType.LONG, new long[] {1, 2, 3}, Attribute.SORTED), js(1, 2, 3))).isEqualTo(Q.TRUE);
        assertThat(dy("~", f(NF), f(NF))).isEqualTo(Q.TRUE);
        assertThat(dy("~", fs(0.3), dy("+", fs(0.1), f(0.2)))).isEqualTo(Q.TRUE);
        assertThat(dy("~", Q.dict(Q.syms("a"), js(1)), Q.dict(Q.syms("a"), js(1)))).isEqualTo(Q.TRUE);
        assertThat(dy("~", Q.dict(Q.syms("a"), js(1)), Q.dict(Q.syms("b"), js(1)))).isEqualTo(Q.FALSE);
        assertThat(dy("~", Q.table(new String[] {"a"}, js(1)), Q.table(new String[] {"a"}, js(1)))).isEqualTo(Q.TRUE);
        assertThat(dy("~", Q.table(new String[] {"a"}, js(1)), Q.table(new String[] {"a"}, is(1)))).isEqualTo(Q.FALSE);
        assertThat(dy("~", Q.str("abc"), Q.str("abc"))).isEqualTo(Q.TRUE);
        assertThat(dy("~", Q.NIL, Q.NIL)).isEqualTo(Q.TRUE);
    }
}
