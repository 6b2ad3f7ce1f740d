package io.mserve.engine.ops.arith;

import static io.mserve.engine.ops.QT.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArithTest {

    private static K atomOf(char letter) {
        switch (letter) {
            case 'b': return Q.TRUE;
            case 'x': return Q.x(2);
            case 'h': return h(2);
            case 'i': return i(2);
            case 'j': return j(2);
            case 'e': return Q.e(2);
            case 'f': return f(2);
            case 'c': return Q.c('a');
            case 's': return Q.s("a");
            case 'p': return typed(QType.TIMESTAMP, 2);
            case 'm': return typed(QType.MONTH, 2);
            case 'd': return typed(QType.DATE, 2);
            case 'z': return new FloatAtom(-QType.DATETIME, 2);
            case 'n': return typed(QType.TIMESPAN, 2);
            case 'u': return typed(QType.MINUTE, 2);
            case 'v': return typed(QType.SECOND, 2);
            case 't': return typed(QType.TIME, 2);
            default: throw new IllegalArgumentException();
        }
    }

    private static final String LETTERS = " bg xhijefcspmdznuvt";

    // A sample of the reference's promotion tables: x, y, and the result letter ('.' = 'type).
    @ParameterizedTest
    @CsvSource({
        "+,b,b,i", "+,b,j,j", "+,x,h,i", "+,i,j,j", "+,j,e,e", "+,e,f,f", "+,i,f,f", "+,c,j,.", "+,c,f,f",
        "+,s,j,.", "+,d,j,d", "+,d,t,p", "+,d,n,p", "+,m,j,m", "+,m,m,i", "+,p,n,p", "+,p,d,.", "+,u,v,v",
        "+,z,t,z", "+,d,f,z", "+,t,i,t", "+,n,n,n",
        "-,p,p,n", "-,d,d,i", "-,m,m,i", "-,z,z,f", "-,b,c,i", "-,t,t,t",
        "*,n,j,n", "*,p,p,.", "*,f,n,f", "%,j,j,f", "%,d,d,f", "%,s,j,.",
        "mod,p,j,n", "mod,e,j,f", "mod,d,j,i", "div,h,j,i", "div,f,j,f", "div,d,j,d",
        "&,b,b,b", "&,c,c,c", "&,i,j,j", "|,h,f,f", "&,d,j,d",
    })
    void promotion(String verb, char x, char y, char result) {
        if (result == '.') {
            assertThatThrownBy(() -> dy(verb, atomOf(x), atomOf(y))).isInstanceOf(QException.class).hasMessage("type");
        } else {
            assertThat(dy(verb, atomOf(x), atomOf(y)).type()).isEqualTo(-LETTERS.indexOf(result));
        }
    }

    @Test
    void addsAtomsAndVectors() {
        assertThat(dy("+", j(2), js(3, 4, 5))).isEqualTo(js(5, 6, 7));
        assertThat(dy("+", js(1, 2), js(10, 20))).isEqualTo(js(11, 22));
        assertThat(dy("+", is(1, 2), i(1))).isEqualTo(is(2, 3));
        assertThat(dy("+", i(1), j(55))).isEqualTo(j(56));
        assertThat(dy("+", bs("101"), bs("110"))).isEqualTo(is(2, 1, 1));
        assertThat(dy("+", fs(1.5, 2), j(1))).isEqualTo(fs(2.5, 3));
        assertThat(dy("+", Q.e(1.5f), j(1))).isEqualTo(new RealAtom(2.5f));
        assertThat(dy("-", j(1), js(1, 2, 3))).isEqualTo(js(0, -1, -2));
        assertThat(dy("*", hs(2, 3), h(4))).isEqualTo(is(8, 12));
    }

    @Test
    void nullsPropagateAndIntegersWrap() {
        assertThat(dy("+", j(NJ), j(1))).isEqualTo(j(NJ));
        assertThat(dy("+", i(NI), j(1))).isEqualTo(j(NJ));
        assertThat(dy("*", js(NJ, 2), j(3))).isEqualTo(js(NJ, 6));
        assertThat(dy("+", j(WJ), j(1))).isEqualTo(j(NJ));
        assertThat(dy("+", i(Integer.MAX_VALUE), i(1))).isEqualTo(i(NI));
        assertThat(dy("-", j(-WJ), j(1))).isEqualTo(j(NJ));
        assertThat(((FloatAtom) dy("+", f(NF), j(1))).value()).isNaN();
        assertThat(dy("+", h(Short.MIN_VALUE), h(1))).isEqualTo(i(NI));
    }

    @Test
    void dividesToFloat() {
        assertThat(dy("%", j(1), j(0))).isEqualTo(f(WF));
        assertThat(dy("%", j(-1), j(0))).isEqualTo(f(-WF));
        assertThat(((FloatAtom) dy("%", j(0), j(0))).value()).isNaN();
        assertThat(dy("%", i(6), i(4))).isEqualTo(f(1.5));
        assertThat(dy("%", Q.TRUE, Q.FALSE)).isEqualTo(f(WF));
        assertThat(((FloatAtom) dy("%", Q.c('z'), Q.c('a'))).value()).isCloseTo(1.257732, within(1e-6));
        assertThat(dy("%", typed(QType.TIMESPAN, 10_000_000_000L), typed(QType.TIMESPAN, 5_000_000_000L))).isEqualTo(f(2));
        assertThat(((FloatAtom) dy("%", d("2010-01-01"), d("2005-01-01"))).value()).isCloseTo(1.999453, within(1e-6));
        assertThat(dy("%", js(10, 20), j(4))).isEqualTo(fs(2.5, 5));
    }

    @Test
    void temporalArithmetic() {
        // 2000.11.22 + 03:44:55.666 is 2000.11.22D03:44:55.666
        long ms = ((3 * 60 + 44) * 60 + 55) * 1000L + 666;
        long expect = days("2000-11-22") * 86_400_000_000_000L + ms * 1_000_000L;
        assertThat(dy("+", d("2000-11-22"), typed(QType.TIME, ms))).isEqualTo(typed(QType.TIMESTAMP, expect));
        assertThat(dy("+", d("2000-01-31"), j(1))).isEqualTo(d("2000-02-01"));
        assertThat(dy("+", ds("2020-01-01", "2020-02-28"), i(1))).isEqualTo(ds("2020-01-02", "2020-02-29"));
        assertThat(dy("-", d("2000-03-01"), d("2000-02-01"))).isEqualTo(i(29));
        assertThat(dy("-", typed(QType.TIMESTAMP, 100), typed(QType.TIMESTAMP, 40))).isEqualTo(typed(QType.TIMESPAN, 60));
        assertThat(dy("+", typed(QType.TIMESTAMP, 100), typed(QType.TIMESPAN, 5))).isEqualTo(typed(QType.TIMESTAMP, 105));
        assertThat(dy("+", typed(QType.MONTH, 11), j(2))).isEqualTo(typed(QType.MONTH, 13));
        assertThat(dy("+", typed(QType.TIME, 1000), j(1))).isEqualTo(typed(QType.TIME, 1001));
        assertThat(dy("+", typed(QType.MINUTE, 1), typed(QType.SECOND, 1))).isEqualTo(typed(QType.SECOND, 61));
        assertThat(dy("+", typed(QType.MONTH, 1), typed(QType.TIMESPAN, 5))).isEqualTo(typed(QType.TIMESTAMP, 31 * 86_400_000_000_000L + 5));
        assertThat(dy("+", new FloatAtom(-QType.DATETIME, 1), typed(QType.TIME, 43_200_000))).isEqualTo(new FloatAtom(-QType.DATETIME, 1.5));
        assertThat(dy("+", typed(QType.DATE, NI), j(1))).isEqualTo(typed(QType.DATE, NI));
        assertThat(dy("+", typed(QType.DATE, NI), typed(QType.TIME, 5))).isEqualTo(typed(QType.TIMESTAMP, NJ));
    }

    @Test
    void generalListsAndLength() {
        assertThat(dy("+", l(j(10), js(20, 30)), l(j(2), js(3, 4)))).isEqualTo(l(j(12), js(23, 34)));
        assertThat(dy("%", l(j(10), js(20, 30)), l(j(2), js(4, 5)))).isEqualTo(l(f(5), fs(5, 6)));
        assertThat(dy("+", l(j(1), f(2)), j(1))).isEqualTo(l(j(2), f(3)));
        assertThat(dy("+", l(j(1), i(2)), l(j(1), i(2)))).isEqualTo(l(j(2), i(4)));
        assertThat(dy("+", l(i(1), j(2)), j(1))).isEqualTo(js(2, 3));
        assertThatThrownBy(() -> dy("+", js(1, 2), js(1, 2, 3))).hasMessage("length");
        assertThatThrownBy(() -> dy("+", l(js(1, 2), j(1)), l(js(1, 2, 3), j(1)))).hasMessage("length");
        assertThatThrownBy(() -> dy("+", l(j(1), j(2)), js(1, 2, 3))).hasMessage("length");
        assertThatThrownBy(() -> dy("+", Q.s("a"), j(1))).hasMessage("type");
        assertThatThrownBy(() -> dy("+", Q.str("ab"), j(1))).hasMessage("type");
    }

    @Test
    void dictionaries() {
        Dict d = Q.dict(Q.syms("a", "b", "c"), js(100, 200, 300));
        assertThat(dy("+", j(5), d)).isEqualTo(Q.dict(Q.syms("a", "b", "c"), js(105, 205, 305)));
        assertThat(dy("+", d, j(5))).isEqualTo(Q.dict(Q.syms("a", "b", "c"), js(105, 205, 305)));
        // 3+`a`b`c!(42;2012.09.15;1b)
        Dict mixed = Q.dict(Q.syms("a", "b", "c"), l(j(42), d("2012-09-15"), Q.TRUE));
        assertThat(dy("+", j(3), mixed)).isEqualTo(Q.dict(Q.syms("a", "b", "c"), l(j(45), d("2012-09-18"), j(4))));
        // d+`b`c!(10 20 30;1000*1 2 3): upsert semantics
        Dict x = Q.dict(Q.syms("a", "b"), l(js(10, -21, 3), js(4, 5, -6)));
        Dict y = Q.dict(Q.syms("b", "c"), l(js(10, 20, 30), js(1000, 2000, 3000)));
        assertThat(dy("+", x, y)).isEqualTo(Q.dict(Q.syms("a", "b", "c"), l(js(10, -21, 3), js(14, 25, 24), js(1000, 2000, 3000))));
        assertThat(dy("%", x, y)).isEqualTo(Q.dict(Q.syms("a", "b", "c"), l(js(10, -21, 3), fs(0.4, 0.25, -0.2), js(1000, 2000, 3000))));
        assertThat(dy("+", x, j(10))).isEqualTo(Q.dict(Q.syms("a", "b"), l(js(20, -11, 13), js(14, 15, 4))));
        Dict s1 = Q.dict(Q.syms("a", "b"), js(1, 2));
        Dict s2 = Q.dict(Q.syms("b", "c"), js(10, 20));
        assertThat(dy("+", s1, s2)).isEqualTo(Q.dict(Q.syms("a", "b", "c"), js(1, 12, 20)));
        assertThat(dy("+", s1, js(10, 20))).isEqualTo(Q.dict(Q.syms("a", "b"), js(11, 22)));
    }

    @Test
    void tablesAndKeyedTables() {
        Table t = Q.table(new String[] {"a", "b"}, js(10, -21, 3), js(4, 5, -6));
        assertThat(dy("+", t, j(100))).isEqualTo(Q.table(new String[] {"a", "b"}, js(110, 79, 103), js(104, 105, 94)));
        assertThat(dy("%", j(3), Q.table(new String[] {"b"}, js(1, 2, 3))))
                .isEqualTo(Q.table(new String[] {"b"}, fs(3, 1.5, 1)));
        Dict k = Q.dict(Q.table(new String[] {"k"}, Q.syms("abc", "def", "ghi")), t);
        assertThat(dy("+", k, k)).isEqualTo(Q.dict(Q.table(new String[] {"k"}, Q.syms("abc", "def", "ghi")),
                Q.table(new String[] {"a", "b"}, js(20, -42, 6), js(8, 10, -12))));
        // a&b from the reference: keyed tables aligned by key
        Dict a = Q.dict(Q.table(new String[] {"sym"}, Q.syms("ibm", "msoft", "appl", "goog")),
                Q.table(new String[] {"t"}, new IntVector(QType.MONTH, new int[] {208, 212, 182, 214})));
        Dict b = Q.dict(Q.table(new String[] {"sym"}, Q.syms("msoft", "goog", "ibm")),
                Q.table(new String[] {"t"}, new IntVector(QType.MONTH, new int[] {211, 215, 203})));
        assertThat(dy("&", a, b)).isEqualTo(Q.dict(Q.table(new String[] {"sym"}, Q.syms("ibm", "msoft", "appl", "goog")),
                Q.table(new String[] {"t"}, new IntVector(QType.MONTH, new int[] {203, 211, 182, 214}))));
        assertThat(dy("|", a, b)).isEqualTo(Q.dict(Q.table(new String[] {"sym"}, Q.syms("ibm", "msoft", "appl", "goog")),
                Q.table(new String[] {"t"}, new IntVector(QType.MONTH, new int[] {208, 212, 182, 215}))));
    }

    @Test
    void modAndDiv() {
        assertThat(dy("mod", js(-3, -2, -1, 0, 1, 2, 3, 4), j(3))).isEqualTo(js(0, 1, 2, 0, 1, 2, 0, 1));
        assertThat(dy("mod", j(7), js(2, 3, 4))).isEqualTo(js(1, 1, 3));
        assertThat(dy("mod", j(-7), fs(-2.5, -2, 2, 2.5))).isEqualTo(fs(-2, -1, 1, 0.5));
        assertThat(dy("mod", j(7), fs(-2.5, -2, 2, 2.5))).isEqualTo(fs(-0.5, -1, 1, 2));
        assertThat(dy("div", j(7), j(3))).isEqualTo(j(2));
        assertThat(dy("div", j(7), js(2, 3, 4))).isEqualTo(js(3, 2, 1));
        assertThat(dy("div", j(-7), fs(-2.5, -2, 2, 2.5))).isEqualTo(js(2, 3, -4, -3));
        assertThat(dy("div", j(7), fs(-2.5, -2, 2, 2.5))).isEqualTo(js(-3, -4, 3, 2));
        assertThat(dy("div", f(7), j(2))).isEqualTo(f(3));
        assertThat(dy("div", i(6), j(4))).isEqualTo(i(1));
        assertThat(dy("div", h(7), j(3))).isEqualTo(i(2));
        assertThat(dy("div", Q.x(0x80), j(16))).isEqualTo(i(8));
        assertThat(dy("div", d("2014-10-13"), j(365))).isEqualTo(d("2000-01-15"));
        assertThat(dy("div", js(NJ, 4), j(2))).isEqualTo(js(NJ, 2));
    }

    @Test
    void powersAndLogs() {
        assertThat(dy("xexp", j(2), j(3))).isEqualTo(f(8));
        assertThat(dy("xexp", j(2), js(0, 1))).isEqualTo(fs(1, 2));
        assertThat(((FloatAtom) dy("xlog", j(10), j(WJ - 1))).value()).isCloseTo(18.964889726830812, within(1e-12));
        assertThat(dy("xlog", j(2), j(8))).isEqualTo(f(3));
    }

    @Test
    void lesserAndGreater() {
        assertThat(dy("&", j(2), j(3))).isEqualTo(j(2));
        assertThat(dy("|", j(2), j(3))).isEqualTo(j(3));
        assertThat(dy("and", bs("1010"), bs("1100"))).isEqualTo(bs("1000"));
        assertThat(dy("or", bs("1010"), bs("1100"))).isEqualTo(bs("1110"));
        assertThat(dy("&", Q.str("sat"), Q.str("cow"))).isEqualTo(Q.str("cat"));
        assertThat(dy("|", Q.str("sat"), Q.str("cow"))).isEqualTo(Q.str("sow"));
        assertThat(dy("|", Q.TRUE, j(2))).isEqualTo(j(2));
        assertThat(dy("&", i(2), f(3))).isEqualTo(f(2));
        assertThat(dy("&", js(NJ, 5), j(1))).isEqualTo(js(NJ, 1));
        assertThat(dy("|", js(NJ, 5), j(1))).isEqualTo(js(1, 5));
        assertThat(dy("|", fs(NF, 5), f(1))).isEqualTo(fs(1, 5));
        assertThat(((FloatAtom) dy("&", f(NF), f(1))).value()).isNaN();
        assertThat(dy("&", Q.syms("b", "a"), Q.s("a"))).isEqualTo(Q.syms("a", "a"));
        assertThat(dy("|", Q.s("b"), Q.s("a"))).isEqualTo(Q.s("b"));
    }

    @Test
    void unaries() {
        assertThat(mo("neg", js(-1, 0, 1, 2))).isEqualTo(js(1, 0, -1, -2));
        assertThat(mo("neg", bs("01001"))).isEqualTo(is(0, -1, 0, 0, -1));
        assertThat(mo("neg", l(j(WJ), f(-WF), j(NJ)))).isEqualTo(l(j(-WJ), f(WF), j(NJ)));
        assertThat(mo("neg", l(js(5, 2), j(3), js(-8, 0, 2)))).isEqualTo(l(js(-5, -2), j(-3), js(8, 0, -2)));
        assertThat(mo("neg", ds("2000-01-01", "2012-01-01"))).isEqualTo(ds("2000-01-01", "1988-01-01"));
        assertThat(mo("abs", js(10, -43, NJ))).isEqualTo(js(10, 43, NJ));
        assertThat(mo("abs", f(-1))).isEqualTo(f(1));
        assertThat(mo("abs", d("1999-01-01"))).isEqualTo(d("2000-12-31"));
        double[] r = doubles(mo("sqrt", fs(-1, NF, 0, 25)));
        assertThat(r[0]).isNaN();
        assertThat(r[1]).isNaN();
        assertThat(r[2]).isEqualTo(0);
        assertThat(r[3]).isEqualTo(5);
        assertThat(mo("sqrt", bs("101"))).isEqualTo(fs(1, 0, 1));
        assertThat(((FloatAtom) mo("sqrt", h(Short.MAX_VALUE))).value()).isCloseTo(181.0166, within(1e-4));
        assertThat(mo("log", j(1))).isEqualTo(f(0));
        assertThat(doubles(mo("log", fs(0, 1)))[0]).isEqualTo(-WF);
        assertThat(mo("exp", j(0))).isEqualTo(f(1));
        assertThat(mo("reciprocal", j(4))).isEqualTo(f(0.25));
        assertThat(mo("floor", fs(-2.1, 0, 2.1))).isEqualTo(js(-3, 0, 2));
        assertThat(mo("floor", fs(2 - 1e-12, 2 - 1e-13))).isEqualTo(js(1, 2));
        assertThat(mo("floor", fs(NF, WF))).isEqualTo(js(NJ, WJ));
        assertThat(mo("floor", Q.e(2.5f))).isEqualTo(i(2));
        assertThat(mo("floor", is(1, 2))).isEqualTo(is(1, 2));
        assertThat(mo("ceiling", fs(-2.1, 0, 2.1))).isEqualTo(js(-2, 0, 3));
        assertThat(mo("signum", js(-2, 0, 1, 3))).isEqualTo(is(-1, 0, 1, 1));
        assertThat(mo("signum", l(f(NF), j(NJ), typed(QType.DATE, NI), h(Short.MIN_VALUE)))).isEqualTo(is(-1, -1, -1, -1));
        assertThat(mo("signum", d("1999-12-31"))).isEqualTo(i(-1));
        assertThat(mo("not", l(j(WJ), f(-WF), j(NJ)))).isEqualTo(bs("000"));
        assertThat(mo("not", js(0, 1, 2))).isEqualTo(bs("100"));
        assertThat(mo("not", Q.TRUE)).isEqualTo(Q.FALSE);
        assertThatThrownBy(() -> mo("neg", Q.s("a"))).hasMessage("type");
        Dict dd = Q.dict(Q.syms("a", "b"), js(1, -2));
        assertThat(mo("neg", dd)).isEqualTo(Q.dict(Q.syms("a", "b"), js(-1, 2)));
        Table t = Q.table(new String[] {"a"}, js(4, 9));
        assertThat(mo("sqrt", t)).isEqualTo(Q.table(new String[] {"a"}, fs(2, 3)));
    }

    @Test
    void atomResultsAreAtoms() {
        assertThat(dy("+", j(1), j(2))).isInstanceOf(LongAtom.class);
        assertThat(dy("+", i(1), i(2))).isInstanceOf(IntAtom.class);
        assertThat(dy("&", Q.TRUE, Q.FALSE)).isInstanceOf(ByteAtom.class);
        assertThat(dy("+", js(), j(1))).isEqualTo(js());
    }
}
