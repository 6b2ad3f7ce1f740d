package io.mserve.engine.value;

import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolEnumeration;
import io.mserve.ipc.value.SymbolVector;
import org.junit.jupiter.api.Test;

/**
 * Symbols picked by position come enumerated when the source is small (its distinct symbols once, codes per row),
 * and always print what q prints (ref/apply.md: indexing out of range gives the list's null, ` for symbols).
 */
class SymbolCodesTest {
    private final Session session = new Session();

    private SymbolEnumeration enumeration(String expression) {
        K v = session.evaluate(expression);
        assertThat(v).as(expression).isInstanceOf(SymbolVector.class);
        SymbolVector s = (SymbolVector) v;
        SymbolEnumeration e = s.enumeration();
        for (int r = 0; e != null && r < s.count(); r++) {
            assertThat(s.items()[r]).as("%s item %d", expression, r).isSameAs(e.domain()[e.codes()[r]]);
        }
        return e;
    }

    @Test
    void indexingASmallListByWholeNumbersEnumeratesItsDistinctSymbolsInOrderOfFirstAppearance() {
        assertTranscript(session, """
                q)s:`c`a`c`b
                q)x:s (til 20) mod 4
                q)x
                `c`a`c`b`c`a`c`b`c`a`c`b`c`a`c`b`c`a`c`b
                q)s[16#3 2 1]
                `b`c`a`b`c`a`b`c`a`b`c`a`b`c`a`b
                """);
        SymbolEnumeration e = enumeration("x");
        assertThat(e).isNotNull();
        assertThat(e.domain()).containsExactly("c", "a", "b");
        assertThat(e.codes()).startsWith(0, 1, 0, 2);
        assertThat(enumeration("s[(til 16) mod 4]")).isNotNull();
        assertThat(enumeration("s@(til 16) mod 4")).isNotNull();
        assertThat(enumeration("s 0 1 2 3")).as("fewer picks than a few: plain").isNull();
    }

    @Test
    void indexesOutOfRangeAndNullGiveTheNullSymbolInTheDomain() {
        assertTranscript(session, """
                q)s:`a`b
                q)s 0 1 2 -1 0N 1 0 1 0 1 0 1 0 1 0 1
                `a`b````b`a`b`a`b`a`b`a`b`a`b
                q)`a``b 16#0 5 1
                `a```a```a```a```a```a
                """);
        assertThat(enumeration("s 0 1 2 -1 0N 1 0 1 0 1 0 1 0 1 0 1").domain()).containsExactly("a", "b", "");
        assertThat(enumeration("`a``b 16#0 5 1").domain()).as("the null symbol already there").containsExactly("a", "", "b");
    }

    @Test
    void emptyListsAndEmptyIndexesKeepQsResults() {
        assertTranscript(session, """
                q)`a`b til 0
                `symbol$()
                q)(`symbol$()) til 16
                ````````````````
                q)count (`symbol$()) 16#0
                16
                """);
        assertThat(enumeration("(`symbol$()) til 16").domain()).containsExactly("");
    }

    @Test
    void aListOfMoreThan65536SymbolsIsPickedFromInThePlainForm() {
        assertTranscript(session, """
                q)s:`$string til 70000
                q)x:s 69999-til 70000
                q)x 0 1 69999
                `69999`69998`0
                q)count distinct x
                70000
                """);
        assertThat(enumeration("x")).isNull();
        assertThat(enumeration("(65536#s) til 65536")).isNotNull();
    }

    @Test
    void rollAndDealOverASymbolListEnumerate() {
        assertTranscript(session, """
                q)s:`c`a`b
                q)x:100?s
                q)all x in s
                1b
                q)count distinct x
                3
                q)s20:`$string til 20
                q)asc[-20?s20]~asc s20
                1b
                q)20#`a
                `a`a`a`a`a`a`a`a`a`a`a`a`a`a`a`a`a`a`a`a
                """);
        assertThat(enumeration("x")).isNotNull();
        assertThat(enumeration("-20?s20")).isNotNull();
        assertThat(enumeration("20#`a").domain()).containsExactly("a");
    }

    @Test
    void theValuesOfASymbolEnumerationComeEnumerated() {
        assertTranscript(session, """
                q)sym:`c`a`b
                q)e:`sym$`a`b`c`a (til 20) mod 4
                q)value e
                `a`b`c`a`a`b`c`a`a`b`c`a`a`b`c`a`a`b`c`a
                q)get e
                `a`b`c`a`a`b`c`a`a`b`c`a`a`b`c`a`a`b`c`a
                """);
        assertThat(enumeration("value e").domain()).containsExactly("c", "a", "b");
        assertThat(enumeration("get e")).isNotNull();
    }

    @Test
    void whereSortAndTakeCarryTheCodesAlongWithTheItems() {
        assertTranscript(session, """
                q)x:`c`a`c`b (til 20) mod 4
                q)x where x<>`c
                `a`b`a`b`a`b`a`b`a`b
                q)x iasc x
                `a`a`a`a`a`b`b`b`b`b`c`c`c`c`c`c`c`c`c`c
                q)5#x
                `c`a`c`b`c
                q)-3#x
                `a`c`b
                q)17_x
                `a`c`b
                q)reverse x
                `b`c`a`c`b`c`a`c`b`c`a`c`b`c`a`c`b`c`a`c
                q)t:([] s:x; v:til 20)
                q)exec s from t where v>15
                `c`a`c`b
                q)exec s from `s xasc t where v<6
                `a`a`b`c`c`c
                """);
        for (String e : new String[] {"x where x<>`c", "x iasc x", "asc x", "5#x", "-3#x", "17_x", "reverse x",
                "exec s from t where v>15", "exec s from `s xasc t where v<6", "exec s from 3#t"}) {
            SymbolEnumeration g = enumeration(e);
            assertThat(g).as(e).isNotNull();
            assertThat(g.domain()).as(e).containsExactly("c", "a", "b");
        }
    }

    @Test
    void joinsAndAppendedRowsKeepTheEnumerationGrowingItsDomainWithNewSymbols() {
        assertTranscript(session, """
                q)x:`c`a`c`b (til 20) mod 4
                q)y:x,`d`a
                q)-4#y
                `c`b`d`a
                q)z:`e,x
                q)3#z
                `e`c`a
                q)w:x,`b`a (til 16) mod 2
                q)count w
                36
                q)t:([] s:x; v:til 20)
                q)t,:(`z;20)
                q)`t insert (`a;21)
                ,21
                q)t:t upsert (`c;22)
                q)exec s from t where v>18
                `b`z`a`c
                q)select n:count i by s from t
                s| n
                -| --
                a| 6
                b| 5
                c| 11
                z| 1
                """);
        assertThat(enumeration("y").domain()).containsExactly("c", "a", "b", "d");
        assertThat(enumeration("z").domain()).containsExactly("c", "a", "b", "e");
        assertThat(enumeration("w").domain()).as("another domain, its symbols placed in this one").containsExactly("c", "a", "b");
        assertThat(enumeration("t`s").domain()).containsExactly("c", "a", "b", "z");
        assertThat(enumeration("x,x").domain()).isSameAs(enumeration("x").domain());
        assertThat(enumeration("`a`b,`c")).as("no part enumerated: plain").isNull();
    }

    @Test
    void aJoinThatWouldGrowTheDomainPastItsLimitIsPlain() {
        session.execute("x:`c`a`c`b (til 20) mod 4");
        session.execute("many:`$string til 70000");
        assertThat(enumeration("x,many")).as("a plain part over the limit").isNull();
        session.execute("big:many (til 70000) mod 65536");
        assertThat(enumeration("big")).isNull();
        session.execute("half:`$string til 65534");
        session.execute("e:half (til 65534)");
        assertThat(enumeration("e")).as("65,534 distinct: enumerated").isNotNull();
        assertThat(enumeration("e,x")).as("65,537 distinct").isNull();
        assertThat(session.execute("count distinct e,x")).isEqualTo("65537");
    }
}
