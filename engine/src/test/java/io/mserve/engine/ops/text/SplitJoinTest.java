package io.mserve.engine.ops.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Builtins;
import io.mserve.engine.session.Session;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SplitJoinTest {
    private static final Builtins B = new Session().primitives();

    private static K vs(K x, K y) {
        return B.get("vs").call(x, y);
    }

    private static K sv(K x, K y) {
        return B.get("sv").call(x, y);
    }

    private static ByteVector bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return new ByteVector(QType.BYTE, b);
    }

    private static K strs(String... s) {
        K[] out = new K[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = Q.str(s[i]);
        }
        return Q.list(out);
    }

    private static ByteVector bits(String s) {
        boolean[] b = new boolean[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = s.charAt(i) == '1';
        }
        return Q.bools(b);
    }

    @Test
    void splitStrings() {
        assertThat(vs(Q.c(','), Q.str("one,two,three"))).isEqualTo(strs("one", "two", "three"));
        assertThat(vs(Q.str(", "), Q.str("spring, summer, autumn, winter"))).isEqualTo(strs("spring", "summer", "autumn", "winter"));
        assertThat(vs(Q.c('|'), Q.str("red|green||blue"))).isEqualTo(strs("red", "green", "", "blue"));
        assertThat(vs(Q.c('\n'), Q.str("abc\ndef\n"))).isEqualTo(strs("abc", "def", ""));
        assertThat(vs(Q.c(','), Q.str(""))).isEqualTo(strs(""));
        assertThat(vs(Q.c(' '), bytes('a', ' ', 'b'))).isEqualTo(strs("a", "b"));
    }

    @Test
    void splitLinesAndSymbols() {
        assertThat(vs(Q.s(""), Q.str("abc\ndef\nghi"))).isEqualTo(strs("abc", "def", "ghi"));
        assertThat(vs(Q.s(""), Q.str("abc\r\ndef\r\nghi"))).isEqualTo(strs("abc", "def", "ghi"));
        assertThat(vs(Q.s(""), Q.str("abc\ndef\nghi\n"))).isEqualTo(strs("abc", "def", "ghi"));
        assertThat(vs(Q.s(""), bytes('a', '\n', 'b'))).isEqualTo(strs("a", "b"));
        assertThat(vs(Q.s(""), Q.s("mywork.dat"))).isEqualTo(Q.syms("mywork", "dat"));
        assertThat(vs(Q.s(""), Q.s(":/home/kdb/data/mywork.dat"))).isEqualTo(Q.syms(":/home/kdb/data", "mywork.dat"));
    }

    @Test
    void splitBytes() {
        assertThat(vs(Q.x(2), bytes(1, 2, 1, 2, 1))).isEqualTo(Q.list(bytes(1), bytes(1), bytes(1)));
        assertThat(vs(bytes(2, 3), bytes(0, 1, 2, 3, 4, 5))).isEqualTo(Q.list(bytes(0, 1), bytes(4, 5)));
    }

    @Test
    void encodeBitsAndBytes() {
        assertThat(vs(Q.FALSE, Q.h((short) 23173))).isEqualTo(bits("0101101010000101"));
        assertThat(vs(Q.FALSE, Q.i(23173))).isEqualTo(bits("00000000000000000101101010000101"));
        assertThat(vs(Q.x(0), Q.h((short) 2413))).isEqualTo(bytes(0x09, 0x6d));
        assertThat(vs(Q.x(0), Q.i(2413))).isEqualTo(bytes(0, 0, 0x09, 0x6d));
        assertThat(vs(Q.x(0), Q.e(2413f))).isEqualTo(bytes(0x45, 0x16, 0xd0, 0));
        assertThat(vs(Q.x(0), Q.f(2413))).isEqualTo(bytes(0x40, 0xa2, 0xda, 0, 0, 0, 0, 0));
        UUID u = UUID.fromString("8c6b8b64-6815-6084-0a3e-178401251b68");
        assertThat(sv(Q.FALSE, vs(Q.FALSE, Q.g(u)))).isEqualTo(Q.g(u));
    }

    @Test
    void encodeBase() {
        assertThat(vs(Q.j(10), Q.j(1995))).isEqualTo(Q.longs(1, 9, 9, 5));
        assertThat(vs(Q.j(2), Q.j(9))).isEqualTo(Q.longs(1, 0, 0, 1));
        assertThat(vs(Q.longs(24, 60, 60), Q.j(3805))).isEqualTo(Q.longs(1, 3, 25));
        assertThat(vs(Q.j(256), Q.i(-1062731486))).isEqualTo(Q.ints(192, 168, 1, 34));
        assertThat(vs(Q.j(10), Q.longs(1995, 1996, 1997)))
                .isEqualTo(Q.list(Q.longs(1, 1, 1), Q.longs(9, 9, 9), Q.longs(9, 9, 9), Q.longs(5, 6, 7)));
        assertThat(vs(Q.j(10), Q.longs(5, 123))).isEqualTo(Q.list(Q.longs(0, 1), Q.longs(0, 2), Q.longs(5, 3)));
        assertThat(vs(Q.j(10), Q.i(42))).isEqualTo(new IntVector(QType.INT, new int[] {4, 2}));
        assertThatThrownBy(() -> vs(Q.j(10), Q.f(1))).isInstanceOf(QException.class).hasMessage("type");
    }

    @Test
    void joinStrings() {
        assertThat(sv(Q.c(','), strs("one", "two", "three"))).isEqualTo(Q.str("one,two,three"));
        assertThat(sv(Q.c('\t'), strs("one", "two"))).isEqualTo(Q.str("one\ttwo"));
        assertThat(sv(Q.str(", "), strs("one", "two", "three"))).isEqualTo(Q.str("one, two, three"));
        assertThat(sv(Q.s(""), strs("one", "two", "three"))).isEqualTo(Q.str("one\ntwo\nthree\n"));
        assertThat(sv(Q.c('.'), Q.list(Q.str("192"), Q.c('1')))).isEqualTo(Q.str("192.1"));
        assertThat(sv(Q.c(','), Q.list())).isEqualTo(Q.str(""));
        assertThatThrownBy(() -> sv(Q.c(','), Q.list(Q.j(1)))).isInstanceOf(QException.class).hasMessage("type");
    }

    @Test
    void joinSymbolsAndPaths() {
        assertThat(sv(Q.s(""), Q.syms("quick", "brown", "fox"))).isEqualTo(Q.s("quick.brown.fox"));
        assertThat(sv(Q.s(""), Q.syms(":/home/kdb/q", "data", "2010.03.22", "trade"))).isEqualTo(Q.s(":/home/kdb/q/data/2010.03.22/trade"));
        assertThat(sv(Q.s(""), Q.syms("mywork", "dat"))).isEqualTo(Q.s("mywork.dat"));
    }

    @Test
    void joinBytes() {
        assertThat(sv(Q.x(3), vs(Q.x(2), bytes(1, 2, 1, 2, 1)))).isEqualTo(bytes(1, 3, 1, 3, 1));
        assertThat(sv(bytes(2, 3), vs(bytes(2, 3), bytes(0, 1, 2, 3, 4, 5)))).isEqualTo(bytes(0, 1, 2, 3, 4, 5));
    }

    @Test
    void decode() {
        assertThat(sv(Q.j(10), Q.longs(2, 3, 5, 7))).isEqualTo(Q.j(2357));
        assertThat(sv(Q.j(100), Q.longs(2010, 3, 17))).isEqualTo(Q.j(20100317));
        assertThat(sv(Q.longs(0, 24, 60, 60), Q.longs(2, 3, 5, 7))).isEqualTo(Q.j(183907));
        assertThat(sv(Q.j(256), Q.longs(0, 1, 2, 3, 4, 5, 6, 7))).isEqualTo(Q.j(283686952306183L));
        assertThat(sv(Q.j(2), Q.bools(true, false, true))).isEqualTo(Q.j(5));
        assertThat(sv(Q.j(10), Q.list(Q.longs(1, 1), Q.longs(9, 9), Q.longs(9, 9), Q.longs(5, 6)))).isEqualTo(Q.longs(1995, 1996));
        assertThat(sv(Q.f(0.5), Q.longs(1, 1))).isEqualTo(Q.f(1.5));
        assertThatThrownBy(() -> sv(Q.longs(10, 10), Q.longs(1, 2, 3))).isInstanceOf(QException.class).hasMessage("length");
    }

    @Test
    void decodeBytesAndBits() {
        assertThat(sv(Q.x(0), bytes(0, 255))).isEqualTo(Q.h((short) 255));
        assertThat(sv(Q.x(0), bytes(128, 255))).isEqualTo(Q.h((short) -32513));
        assertThat(sv(Q.x(0), bytes(0, 64, 128, 255))).isEqualTo(Q.i(4227327));
        assertThat(sv(Q.x(0), bytes(0, 1, 2, 3, 4, 5, 6, 7))).isEqualTo(Q.j(283686952306183L));
        assertThat(sv(Q.FALSE, bits("1".repeat(64)))).isEqualTo(Q.j(-1));
        assertThat(sv(Q.FALSE, bits("1".repeat(32)))).isEqualTo(Q.i(-1));
        assertThat(sv(Q.FALSE, bits("1".repeat(16)))).isEqualTo(Q.h((short) -1));
        assertThat(sv(Q.FALSE, bits("1".repeat(8)))).isEqualTo(Q.x(0xff));
        assertThatThrownBy(() -> sv(Q.FALSE, bits("101"))).isInstanceOf(QException.class).hasMessage("length");
    }
}
