package io.mserve.engine.ops.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Builtins;
import io.mserve.engine.session.Session;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import org.junit.jupiter.api.Test;

class PatternsTest {
    private static final Builtins B = new Session().primitives();

    private static K like(K x, String p) {
        return B.get("like").call(x, Q.str(p));
    }

    private static boolean likes(String s, String p) {
        return like(Q.str(s), p).equals(Q.TRUE);
    }

    private static K ss(String s, K p) {
        return B.get("ss").call(Q.str(s), p);
    }

    @Test
    void likeBasics() {
        assertThat(like(Q.s("quick"), "qu?ck")).isEqualTo(Q.TRUE);
        assertThat(like(Q.s("brown"), "br[ao]wn")).isEqualTo(Q.TRUE);
        assertThat(like(Q.s("quickly"), "quick*")).isEqualTo(Q.TRUE);
        assertThat(like(Q.s("quick"), "quick")).isEqualTo(Q.TRUE);
        assertThat(like(Q.s("quick"), "quickish")).isEqualTo(Q.FALSE);
        assertThat(like(Q.syms("brawn", "brown"), "br[^o]wn")).isEqualTo(Q.bools(true, false));
        assertThat(like(Q.syms("quick", "quack", "quark"), "qu?ck")).isEqualTo(Q.bools(true, true, false));
        assertThat(like(Q.dict(Q.syms("a", "b", "c"), Q.syms("quick", "brown", "fox")), "brown"))
                .isEqualTo(Q.dict(Q.syms("a", "b", "c"), Q.bools(false, true, false)));
        assertThat(like(Q.list(Q.str("brown"), Q.str("drown"), Q.str("frown"), Q.str("grown")), "?rown"))
                .isEqualTo(Q.bools(true, true, true, true));
        assertThat(like(Q.list(Q.str("roam"), Q.str("rome")), "ro[^ab]?")).isEqualTo(Q.bools(false, true));
        assertThat(B.get("like").call(Q.str("a"), Q.c('a'))).isEqualTo(Q.TRUE);
    }

    @Test
    void likeAlternatives() {
        assertThat(likes("brown", "[bf]rown")).isTrue();
        assertThat(likes("brown", "[^cf]rown")).isTrue();
        assertThat(likes("br^wn", "br[&^]wn")).isTrue();
        assertThat(likes("brAwn", "br[A-Z]wn")).isTrue();
        assertThat(likes("br0wn", "br[0-3]wn")).isTrue();
        assertThat(likes("br0wn", "br[3-6]wn")).isFalse();
        assertThat(likes("br0wn", "br[^3-6]wn")).isTrue();
        assertThat(likes("brown", "br?*wn")).isTrue();
        assertThat(likes("brown", "br[?*]wn")).isFalse();
        assertThat(likes("br*wn", "br[*]wn")).isTrue();
        assertThat(likes("br?wn", "br[?]wn")).isTrue();
        assertThat(likes("br]wn", "[bf]r[]]wn")).isTrue();
        assertThat(likes("a[c", "a[[]c")).isTrue();
        assertThat(like(Q.syms("ab^c", "abcc"), "ab[*^]c")).isEqualTo(Q.bools(true, false));
    }

    @Test
    void likeStars() {
        assertThat(likes("brown", "br*wn")).isTrue();
        assertThat(likes("broom of your own", "br*wn")).isTrue();
        assertThat(likes("brwn", "br*wn")).isTrue();
        assertThat(likes("see the cat", "*the*")).isTrue();
        assertThat(likes("ab 321-4567", "*321-[0-9]*")).isTrue();
        assertThat(likes("ab 321-4567", "*321-????")).isTrue();
        assertThat(likes("ab 321-456x", "*[^0-9]")).isTrue();
        assertThat(likes("", "*")).isTrue();
        assertThat(likes("", "?")).isFalse();
        assertThatThrownBy(() -> likes("the the", "*the*the*")).isInstanceOf(QException.class).hasMessage("nyi");
        assertThatThrownBy(() -> likes("the the", "*the*the")).isInstanceOf(QException.class).hasMessage("nyi");
    }

    @Test
    void likeErrors() {
        assertThatThrownBy(() -> like(Q.list(Q.s("quick"), Q.syms("quack", "quark")), "qu?ck"))
                .isInstanceOf(QException.class).hasMessage("type");
        assertThatThrownBy(() -> like(Q.j(1), "1")).isInstanceOf(QException.class).hasMessage("type");
        assertThatThrownBy(() -> B.get("like").call(Q.s("a"), Q.s("a"))).isInstanceOf(QException.class).hasMessage("type");
    }

    @Test
    void stringSearch() {
        assertThat(ss("We the people of the United States", Q.str("the"))).isEqualTo(Q.longs(3, 17));
        assertThat(ss("toronto ontario", Q.str("ont"))).isEqualTo(Q.longs(3, 8));
        assertThat(ss("toronto ontario", Q.str("[ir]o"))).isEqualTo(Q.longs(2, 13));
        assertThat(ss("toronto ontario", Q.str("t?r"))).isEqualTo(Q.longs(0, 10));
        assertThat(ss("the brown duck drowned", Q.str("?rown"))).isEqualTo(Q.longs(4, 15));
        assertThat(ss("A grown man in a gown", Q.str("rown"))).isEqualTo(Q.longs(3));
        assertThat(ss("A grown man in a gown", Q.c('n'))).isEqualTo(Q.longs(6, 10, 13, 20));
        assertThat(ss("abc", Q.str("x"))).isEqualTo(Q.longs());
        assertThatThrownBy(() -> ss("abc", Q.str(""))).isInstanceOf(QException.class).hasMessage("length");
        assertThatThrownBy(() -> ss("abc", Q.str("a*c"))).isInstanceOf(QException.class).hasMessage("length");
        assertThatThrownBy(() -> B.get("ss").call(Q.s("abc"), Q.str("a"))).isInstanceOf(QException.class).hasMessage("type");
    }

    @Test
    void searchAndReplace() {
        io.mserve.engine.ops.Builtin ssr = B.get("ssr");
        assertThat(ssr.call(Q.str("Hello word!"), Q.str("rd"), Q.str("rld"))).isEqualTo(Q.str("Hello world!"));
        assertThat(ssr.call(Q.str("toronto ontario"), Q.str("ont"), Q.str("x"))).isEqualTo(Q.str("torxo xario"));
        assertThat(ssr.call(Q.str("advance"), Q.str("adv"), Q.str("a d"))).isEqualTo(Q.str("a dance"));
        assertThat(ssr.call(Q.str("advance"), Q.str("a"), Q.str("-"))).isEqualTo(Q.str("-dv-nce"));
        assertThat(ssr.call(Q.str("toronto ontario"), Q.str("t?r"), B.get("upper"))).isEqualTo(Q.str("TORonto onTARio"));
        assertThat(ssr.call(Q.str("aaa"), Q.str("aa"), Q.c('b'))).isEqualTo(Q.str("ba"));
        assertThatThrownBy(() -> ssr.call(Q.c('a'), Q.c('a'), Q.c('-'))).isInstanceOf(QException.class).hasMessage("type");
        assertThatThrownBy(() -> ssr.call(Q.str("a"), Q.str("a"))).isInstanceOf(QException.class).hasMessage("rank");
    }

    private static K call(Builtins b, String name, K x) {
        return b.get(name).call(x);
    }

    @Test
    void caseShift() {
        assertThat(call(B, "lower", Q.str("IBM"))).isEqualTo(Q.str("ibm"));
        assertThat(call(B, "lower", Q.s("IBM"))).isEqualTo(Q.s("ibm"));
        assertThat(call(B, "upper", Q.str("ibm"))).isEqualTo(Q.str("IBM"));
        assertThat(call(B, "upper", Q.syms("ibm", "msft"))).isEqualTo(Q.syms("IBM", "MSFT"));
        assertThat(call(B, "upper", Q.c('x'))).isEqualTo(Q.c('X'));
        assertThat(call(B, "upper", Q.list(Q.s("The"), Q.list(Q.syms("quick", "brown"), Q.s("fox")))))
                .isEqualTo(Q.list(Q.s("THE"), Q.list(Q.syms("QUICK", "BROWN"), Q.s("FOX"))));
        assertThat(call(B, "lower", Q.str("a1-Z\u00c9"))).isEqualTo(Q.str("a1-z\u00c9"));
        assertThatThrownBy(() -> call(B, "lower", Q.j(1))).isInstanceOf(QException.class).hasMessage("type");
    }

    @Test
    void trims() {
        assertThat(call(B, "trim", Q.str("   IBM   "))).isEqualTo(Q.str("IBM"));
        assertThat(call(B, "ltrim", Q.str("   IBM   "))).isEqualTo(Q.str("IBM   "));
        assertThat(call(B, "rtrim", Q.str("   IBM   "))).isEqualTo(Q.str("   IBM"));
        assertThat(call(B, "trim", Q.str("   "))).isEqualTo(Q.str(""));
        assertThat(call(B, "trim", Q.c('a'))).isEqualTo(Q.c('a'));
        assertThat(call(B, "trim", Q.j(42))).isEqualTo(Q.j(42));
        long n = Long.MIN_VALUE;
        assertThat(call(B, "trim", Q.longs(n, n, 1, 2, 3, n, n, 4, 5, n, n))).isEqualTo(Q.longs(1, 2, 3, n, n, 4, 5));
        assertThat(call(B, "trim", Q.syms("", "a", ""))).isEqualTo(Q.syms("a"));
        assertThat(call(B, "trim", Q.list(Q.str("fox"), Q.list(Q.str("jumps "), Q.str("over   ")))))
                .isEqualTo(Q.list(Q.str("fox"), Q.list(Q.str("jumps"), Q.str("over"))));
        assertThat(call(B, "rtrim", Q.table(new String[] {"b"}, Q.list(Q.str("a"), Q.str("dog ")))))
                .isEqualTo(Q.table(new String[] {"b"}, Q.list(Q.str("a"), Q.str("dog"))));
    }
}
