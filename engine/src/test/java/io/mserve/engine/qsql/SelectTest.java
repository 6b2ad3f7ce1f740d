package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** select: columns, derived names, where phrases, the virtual column i, limits, distinct and ordering (ref/select.md). */
class SelectTest {
    static final String T = "q)t:([] sym:`a`b`a`c; price:1 2 3 4f; size:10 20 30 40)\n";

    @Test
    void selectWithNoColumnsIsTheWholeTable() {
        assertTranscript(T + """
            q)select from t
            sym price size
            --------------
            a   1     10
            b   2     20
            a   3     30
            c   4     40
            """);
    }

    @Test
    void selectNamesColumnsAndDerivesTheNamesOfExpressions() {
        assertTranscript(T + """
            q)select sym, price from t
            sym price
            ---------
            a   1
            b   2
            a   3
            c   4
            q)select s:sym, price*size, 2*size from t
            s price x
            ----------
            a 10    20
            b 40    40
            a 90    60
            c 160   80
            """);
    }

    @Test
    void repeatedNamesAreMadeUniqueWithADigit() {
        assertTranscript(T + """
            q)select sym, sym from t
            sym sym1
            --------
            a   a
            b   b
            a   a
            c   c
            q)cols select sym, sym, 2*size, price+size, string price, size wavg price, {x} size, (size,'4) from t
            `sym`sym1`x`price`price1`price2`size`x1
            """);
    }

    @Test
    void aggregatesGiveOneRowAndAtomsExtendToTheColumns() {
        assertTranscript(T + """
            q)select sum size, max price from t
            size price
            ----------
            100  4
            q)select sym, n:count i from t
            sym n
            -----
            a   4
            b   4
            a   4
            c   4
            """);
    }

    @Test
    void whereKeepsTheRowsWhereEachPhraseInTurnIsTrue() {
        assertTranscript(T + """
            q)select from t where price>2
            sym price size
            --------------
            a   3     30
            c   4     40
            q)select size from t where sym=`a, price>1
            size
            ----
            30
            q)count select from t where size>100
            0
            """);
    }

    @Test
    void theVirtualColumnIIsTheRowIndex() {
        assertTranscript(T + """
            q)select i, sym from t where i>1
            x sym
            -----
            2 a
            3 c
            q)select from t where i in 0 3
            sym price size
            --------------
            a   1     10
            c   4     40
            """);
    }

    @Test
    void aLimitTakesRowsFromTheFrontTheBackOrARange() {
        assertTranscript(T + """
            q)select[2] from t
            sym price size
            --------------
            a   1     10
            b   2     20
            q)select[-1] sym from t
            sym
            ---
            c
            q)select[1 2] sym from t
            sym
            ---
            b
            a
            """);
    }

    @Test
    void selectDistinctKeepsDistinctRows() {
        assertTranscript(T + """
            q)select distinct sym from t
            sym
            ---
            a
            b
            c
            """);
    }

    @Test
    void anOrderingSortsTheRowsBeforeTheLimit() {
        assertTranscript(T + """
            q)select[>price] sym from t
            sym
            ---
            c
            a
            b
            a
            q)select[<size] from t where sym=`a
            sym price size
            --------------
            a   1     10
            a   3     30
            """);
    }

    @Test
    void aQueryInALambdaSeesItsLocalsAndALambdaCanBeAColumn() {
        assertTranscript(T + """
            q){[lim] select sym from t where size>lim} 25
            sym
            ---
            a
            c
            q)select d:{x*2} size from t where sym=`c
            d
            --
            80
            """);
    }

    @Test
    void temporalFieldsOfAColumnAreColumns() {
        assertTranscript("""
            q)tt:([] time:09:30:00.000 09:30:59.000 09:31:10.000; v:1 2 3)
            q)select sum v by time.minute from tt
            minute| v
            ------| -
            09:30 | 3
            09:31 | 3
            q)exec time.second from tt where v>1
            09:30:59 09:31:10
            """);
    }

    @Test
    void selectFromAKeyedTableKeepsItsKeys() {
        assertTranscript("""
            q)k:([sym:`a`b`c] px:1 2 3f)
            q)select from k where px<2
            sym| px
            ---| --
            a  | 1
            q)select sym from k
            sym
            ---
            a
            b
            c
            """);
    }
}
