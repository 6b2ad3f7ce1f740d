package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * q-SQL and the joins over a table whose sym column is enumerated: the same answers as over
 * symbols, the column staying enumerated where rows are only picked.
 */
class EnumeratedColumnsTest {
    private static final String TRADE = """
        q)sym:`ibm`msft`aapl
        q)t:([]sym:`sym$`ibm`msft`ibm`aapl;px:10 20 30 40;n:1 2 3 4)
        """;

    @Test
    void whereComparesTheColumnWithASymbol() {
        assertTranscript(TRADE + """
            q)select from t where sym=`ibm
            sym px n
            --------
            ibm 10 1
            ibm 30 3
            q)select px from t where sym<>`ibm, n>2
            px
            --
            40
            q)select from t where sym=`goog
            sym px n
            --------
            q)select from t where sym in `msft`aapl
            sym  px n
            ---------
            msft 20 2
            aapl 40 4
            q)exec sym from t where px>15
            `sym$`msft`ibm`aapl
            """);
    }

    @Test
    void byGroupsInSymbolOrderAndKeepsTheKeyEnumerated() {
        assertTranscript(TRADE + """
            q)select sum px, last n by sym from t
            sym | px n
            ----| ----
            aapl| 40 4
            ibm | 40 3
            msft| 20 2
            q)select px by sym from t
            sym | px
            ----| -----
            aapl| ,40
            ibm | 10 30
            msft| ,20
            q)exec sym from select count i by sym from t
            `sym$`aapl`ibm`msft
            q)update total:sum px by sym from t
            sym  px n total
            ---------------
            ibm  10 1 40
            msft 20 2 20
            ibm  30 3 40
            aapl 40 4 40
            q)`sym xasc t
            sym  px n
            ---------
            aapl 40 4
            ibm  10 1
            ibm  30 3
            msft 20 2
            q)meta t
            c  | t f a
            ---| -----
            sym| s
            px | j
            n  | j
            """);
    }

    @Test
    void joinsMatchEnumeratedAndPlainSymbolsByValue() {
        assertTranscript(TRADE + """
            q)ref:([sym:`ibm`aapl]name:`IBM`Apple)
            q)t lj ref
            sym  px n name
            ---------------
            ibm  10 1 IBM
            msft 20 2
            ibm  30 3 IBM
            aapl 40 4 Apple
            q)t ij ref
            sym  px n name
            ---------------
            ibm  10 1 IBM
            ibm  30 3 IBM
            aapl 40 4 Apple
            q)ej[`sym;t;([]sym:`msft`aapl;c:1 2)]
            sym  px n c
            -----------
            msft 20 2 1
            aapl 40 4 2
            q)q:([]sym:`ibm`aapl;time:2 5)
            q)aj[`sym`time;q;([]sym:`sym$`ibm`ibm`aapl;time:1 3 4;px:1 2 3)]
            sym  time px
            ------------
            ibm  2    1
            aapl 5    3
            q)t uj ([]sym:`sym$enlist `aapl;px:50)
            sym  px n
            ---------
            ibm  10 1
            msft 20 2
            ibm  30 3
            aapl 40 4
            aapl 50
            """);
    }

    @Test
    void insertAndUpdateEnumerateTheirSymbols() {
        assertTranscript(TRADE + """
            q)`t insert (`msft;50;5)
            ,4
            q)exec sym from t where px=50
            `sym$,`msft
            q)`t insert (`goog;60;6)
            'cast
            q)update sym:`aapl from t where px=50
            sym  px n
            ---------
            ibm  10 1
            msft 20 2
            ibm  30 3
            aapl 40 4
            aapl 50 5
            q)update sym:`goog from t where px=50
            'cast
            """);
    }

    @Test
    void fastPathsOnAnEnumeratedColumnAnswerAsTheGeneralPathOnItsSymbols() {
        Session s = new Session();
        s.evaluate("sym:`x`y`z`w`v`u;n:3000;u:([] sym:`sym$n?-1_sym; price:((n-2)?200f),0n 0n; size:((n-3)?100000),0N 0N 0N)");
        s.evaluate("plain:{update sym:value sym from 0!x}");
        // the general path: each phrase in a lambda, over the symbols the column stands for
        for (String c : List.of("sym=`x", "sym<>`y", "sym=`u", "sym in `z`w")) {
            String general = "{x} " + c.replace("sym", "(value sym)");
            assertThat(s.evaluate("plain select from u where " + c)).as(c).isEqualTo(s.evaluate("plain select from u where " + general));
            assertThat(s.evaluate("select count i from u where " + c)).as(c)
                    .isEqualTo(s.evaluate("select {count x} i from u where " + general));
            assertThat(s.evaluate("plain select sum size, max price, last price by sym from u where " + c)).as(c)
                    .isEqualTo(s.evaluate("0!select {sum x} size, {max x} price, {last x} price by sym:{x} value sym from u where " + general));
        }
        assertThat(s.evaluate("plain select count i, avg size by sym from u"))
                .isEqualTo(s.evaluate("0!select {count x} i, {avg x} size by sym:{x} value sym from u"));
    }
}
