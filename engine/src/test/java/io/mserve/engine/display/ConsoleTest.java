package io.mserve.engine.display;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.value.Displayable;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Derived;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.FunctionList;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.value.Lambda;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.Table;
import org.junit.jupiter.api.Test;

class ConsoleTest {
    private final Console console = new Console(25, 80);

    private String show(K v) {
        return console.show(v);
    }

    @Test
    void floatsAtSevenDigits() {
        assertThat(show(Q.f(Math.PI))).isEqualTo("3.141593");
        assertThat(show(Q.f(1e10))).isEqualTo("1e+10");
        assertThat(show(Q.f(0.0001))).isEqualTo("0.0001");
        assertThat(show(Q.f(0.00001))).isEqualTo("1e-05");
        assertThat(show(Q.f(100000))).isEqualTo("100000f");
        assertThat(show(Q.f(1234567))).isEqualTo("1234567f");
        assertThat(show(Q.f(12345678))).isEqualTo("1.234568e+07");
        assertThat(show(Q.f(-1.5))).isEqualTo("-1.5");
        assertThat(show(Q.f(0.1))).isEqualTo("0.1");
        assertThat(show(Q.f(Double.NEGATIVE_INFINITY))).isEqualTo("-0w");
        assertThat(show(Q.floats(1, 2, 3))).isEqualTo("1 2 3f");
        assertThat(show(Q.floats(1.5, 2, 3))).isEqualTo("1.5 2 3");
        assertThat(new Console(25, 80, 0).show(Q.floats(1, 0.99999999999989997))).isEqualTo("1 0.99999999999989997");
        assertThat(new Console(25, 80, 3).show(Q.f(Math.PI))).isEqualTo("3.14");
    }

    @Test
    void atomsOfEveryType() {
        assertThat(show(Q.b(true))).isEqualTo("1b");
        assertThat(show(Q.x(0x2a))).isEqualTo("0x2a");
        assertThat(show(Q.h((short) 42))).isEqualTo("42h");
        assertThat(show(Q.i(42))).isEqualTo("42i");
        assertThat(show(Q.j(42))).isEqualTo("42");
        assertThat(show(Q.e(1.5f))).isEqualTo("1.5e");
        assertThat(show(Q.e(1f))).isEqualTo("1e");
        assertThat(show(Q.f(1.5))).isEqualTo("1.5");
        assertThat(show(Q.f(1))).isEqualTo("1f");
        assertThat(show(Q.c('a'))).isEqualTo("\"a\"");
        assertThat(show(Q.c('"'))).isEqualTo("\"\\\"\"");
        assertThat(show(Q.c(' '))).isEqualTo("\" \"");
        assertThat(show(Q.s("a"))).isEqualTo("`a");
        assertThat(show(Q.s(""))).isEqualTo("`");
        assertThat(show(Q.g(new java.util.UUID(0, 0)))).isEqualTo("00000000-0000-0000-0000-000000000000");
    }

    @Test
    void nullsAndInfinities() {
        assertThat(show(Q.h(QNull.SHORT))).isEqualTo("0Nh");
        assertThat(show(Q.h((short) -QNull.SHORT_INF))).isEqualTo("-0Wh");
        assertThat(show(Q.i(QNull.INT))).isEqualTo("0Ni");
        assertThat(show(Q.i(QNull.INT_INF))).isEqualTo("0Wi");
        assertThat(show(Q.j(QNull.LONG))).isEqualTo("0N");
        assertThat(show(new RealAtom(QNull.REAL))).isEqualTo("0Ne");
        assertThat(show(Q.f(QNull.FLOAT))).isEqualTo("0n");
        assertThat(show(Q.longAtom(-QType.TIMESTAMP, QNull.LONG))).isEqualTo("0Np");
        assertThat(show(Q.intAtom(-QType.MONTH, QNull.INT))).isEqualTo("0Nm");
        assertThat(show(Q.intAtom(-QType.DATE, -QNull.INT_INF))).isEqualTo("-0Wd");
        assertThat(show(Q.longAtom(-QType.TIMESPAN, QNull.LONG))).isEqualTo("0Nn");
        assertThat(show(Q.intAtom(-QType.MINUTE, QNull.INT))).isEqualTo("0Nu");
        assertThat(show(Q.intAtom(-QType.SECOND, QNull.INT))).isEqualTo("0Nv");
        assertThat(show(Q.intAtom(-QType.TIME, QNull.INT))).isEqualTo("0Nt");
        assertThat(show(Q.ints(1, QNull.INT, 3))).isEqualTo("1 0N 3i");
        assertThat(show(new ShortVector(new short[] {1, QNull.SHORT}))).isEqualTo("1 0Nh");
        assertThat(show(new RealVector(new float[] {1, QNull.REAL}))).isEqualTo("1 0Ne");
        assertThat(show(new IntVector(QType.DATE, new int[] {0, QNull.INT}))).isEqualTo("2000.01.01 0N");
        assertThat(show(new IntVector(QType.DATE, new int[] {QNull.INT, QNull.INT}))).isEqualTo("0N 0Nd");
        assertThat(show(new IntVector(QType.MONTH, new int[] {0, 1}))).isEqualTo("2000.01 2000.02m");
    }

    @Test
    void vectorsEmptyAndSingle() {
        assertThat(show(Q.longs())).isEqualTo("`long$()");
        assertThat(show(Q.syms())).isEqualTo("`symbol$()");
        assertThat(show(new IntVector(QType.DATE, new int[0]))).isEqualTo("`date$()");
        assertThat(show(Q.str(""))).isEqualTo("\"\"");
        assertThat(show(Q.list())).isEqualTo("()");
        assertThat(show(Q.ints(1))).isEqualTo(",1i");
        assertThat(show(Q.str("a"))).isEqualTo(",\"a\"");
        assertThat(show(Q.syms("a"))).isEqualTo(",`a");
        assertThat(show(Q.bools(true, false, true))).isEqualTo("101b");
        assertThat(show(Q.str("a\tb\n\\"))).isEqualTo("\"a\\tb\\n\\\\\"");
        assertThat(show(new ByteVector(QType.CHAR, new byte[] {1}))).isEqualTo(",\"\\001\"");
        assertThat(show(Q.longs(1, 2, 3).withAttribute(Attribute.SORTED))).isEqualTo("`s#1 2 3");
        assertThat(show(Q.syms("a", "b").withAttribute(Attribute.UNIQUE))).isEqualTo("`u#`a`b");
        // a list of one numeric vector is a one-row matrix: the reference's show of a 1x1 matrix prints 3.141593
        assertThat(show(Q.list(Q.longs(1, 2)))).isEqualTo("1 2");
        assertThat(show(new FloatVector(QType.DATETIME, new double[] {0.5, 1}))).isEqualTo("2000.01.01T12:00:00.000 2000.01.02T00:00:00.000");
        assertThat(show(new LongVector(QType.TIMESTAMP, new long[] {0}))).isEqualTo(",2000.01.01D00:00:00.000000000");
    }

    @Test
    void functionsAndNil() {
        assertThat(show(Q.NIL)).isEmpty();
        assertThat(show(new Lambda("", "{x+y}"))).isEqualTo("{x+y}");
        assertThat(show(new KError("type"))).isEqualTo("'type");
        assertThat(show(new Derived(QType.OVER, new Lambda("", "{x+y}")))).isEqualTo("{x+y}/");
        assertThat(show(new FunctionList(QType.PROJECTION, new K[] {new Lambda("", "{x+y}"), Q.j(1), Q.NIL}))).isEqualTo("{x+y}[1;]");
        assertThat(Console.one(Q.list(Q.j(1), new Shown("`sym$`a`b")))).isEqualTo("(1;`sym$`a`b)");
    }

    @Test
    void oneLineNested() {
        assertThat(Console.one(Q.list(Q.j(1), Q.list(Q.longs(2, 3), Q.s("a"))))).isEqualTo("(1;(2 3;`a))");
        assertThat(Console.one(Q.dict(Q.syms("a"), Q.longs(1)))).isEqualTo("(,`a)!,1");
        assertThat(Console.one(Q.table(new String[] {"a"}, Q.longs(1, 2)))).isEqualTo("+(,`a)!,1 2");
        assertThat(new Console(25, 80, 3).line(Q.f(Math.PI))).isEqualTo("3.14");
    }

    @Test
    void consoleSizeBoundsTheWork() {
        long[] big = new long[5_000_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = i;
        }
        K v = Q.longs(big);
        String line = show(v);
        assertThat(line).hasSize(79).endsWith("..");
        Table t = Q.table(new String[] {"a", "b"}, v, v);
        String[] lines = show(t).split("\n");
        assertThat(lines).hasSize(23);
        assertThat(lines[22]).isEqualTo("..");
        assertThat(lines[21]).isEqualTo("19 19");
        assertThat(show(Q.list(v, v)).split("\n")[0]).hasSize(79).endsWith("..");
        assertThat(show(Q.dict(Q.syms("a", "b"), Q.list(v, v))).split("\n")[1]).startsWith("b| 0 1 2").endsWith("..");
    }

    @Test
    void bareItems() {
        assertThat(Console.item(Q.intAtom(-QType.MONTH, 0), 0)).isEqualTo("2000.01");
        assertThat(Console.item(Q.f(1), 0)).isEqualTo("1");
        assertThat(Console.item(Q.s("ab"), 0)).isEqualTo("ab");
        assertThat(Console.item(Q.ints(1, QNull.INT), 1)).isEqualTo("0N");
        assertThat(Console.item(Q.str("xy"), 1)).isEqualTo("y");
    }

    @Test
    void emptyTable() {
        assertThat(show(Q.table(new String[] {"a", "bb"}, Q.longs(), Q.syms()))).isEqualTo("a bb\n----");
    }

    /** An engine value that shows itself. */
    private static final class Shown extends K implements Displayable {
        private final String text;

        Shown(String text) {
            this.text = text;
        }

        @Override
        public int type() {
            return 20;
        }

        @Override
        public int count() {
            return 2;
        }

        @Override
        public String display() {
            return text;
        }
    }
}
