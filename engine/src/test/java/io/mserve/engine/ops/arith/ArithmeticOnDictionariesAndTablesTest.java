package io.mserve.engine.ops.arith;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/**
 * Arithmetic extends to dictionaries, tables and keyed tables through their values (basics/math.md),
 * with the reference's own d, t and k.
 */
class ArithmeticOnDictionariesAndTablesTest {
    private static final String DTK = "q)k:`k xkey update k:`abc`def`ghi from t:flip d:`a`b!(10 -21 3;4 5 -6)\n";

    @Test
    void anAtomAppliesToEveryValueOfADictionaryOnEitherSide() {
        assertTranscript("""
            q)5+`a`b`c!100 200 300
            a| 105
            b| 205
            c| 305
            q)(`a`b`c!100 200 300)+5
            a| 105
            b| 205
            c| 305
            q)3+`a`b`c!(42;2012.09.15;1b)
            a| 45
            b| 2012.09.18
            c| 4
            """);
        assertTranscript(DTK + """
            q)d+10
            a| 20 -11 13
            b| 14 15  4
            """);
    }

    @Test
    void twoDictionariesCombineWithUpsertSemantics() {
        assertTranscript(DTK + """
            q)d+`b`c!(10 20 30;1000*1 2 3)
            a| 10   -21  3
            b| 14   25   24
            c| 1000 2000 3000
            q)d%`b`c!(10 20 30;1000*1 2 3)
            a| 10   -21  3
            b| 0.4  0.25 -0.2
            c| 1000 2000 3000
            q)(`a`b!1 2)+`b`c!10 20
            a| 1
            b| 12
            c| 20
            """);
    }

    @Test
    void aDictionaryAndAListOfItsCountPairByPosition() {
        assertTranscript("""
            q)(`a`b!1 2)+10 20
            a| 11
            b| 22
            """);
    }

    @Test
    void aTableIsArithmeticOnItsColumns() {
        assertTranscript(DTK + """
            q)t+100
            a   b
            -------
            110 104
            79  105
            103 94
            q)3%([]b:1 2 3;c:45 46 47)
            b   c
            --------------
            3   0.06666667
            1.5 0.06521739
            1   0.06382979
            """);
    }

    @Test
    void keyedTablesAlignByKey() {
        assertTranscript(DTK + """
            q)k+k
            k  | a   b
            ---| -------
            abc| 20  8
            def| -42 10
            ghi| 6   -12
            """);
    }

    @Test
    void lesserAndGreaterOfKeyedTablesUpsertTheWinningRows() {
        assertTranscript("""
            q)a:([sym:`ibm`msoft`appl`goog]t:2017.05 2017.09 2015.03 2017.11m)
            q)b:([sym:`msoft`goog`ibm]t:2017.08 2017.12 2016.12m)
            q)a&b
            sym  | t
            -----| -------
            ibm  | 2016.12
            msoft| 2017.08
            appl | 2015.03
            goog | 2017.11
            q)a|b
            sym  | t
            -----| -------
            ibm  | 2017.05
            msoft| 2017.09
            appl | 2015.03
            goog | 2017.12
            """);
    }
}
