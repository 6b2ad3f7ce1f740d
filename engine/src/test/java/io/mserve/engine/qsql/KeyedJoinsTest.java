package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** lj, ij, ej, pj and uj join tables on key columns (ref/lj.md, ref/ij.md, ref/ej.md, ref/pj.md, ref/uj.md). */
class KeyedJoinsTest {
    private static final String TK = SelectTest.T + "q)k:([sym:`a`b] px:10 20f; ex:`x`y)\n";

    @Test
    void leftJoinAddsTheMatchingColumnsAndNullsWhereNoneMatch() {
        assertTranscript(TK + """
            q)t lj k
            sym price size px ex
            --------------------
            a   1     10   10 x
            b   2     20   20 y
            a   3     30   10 x
            c   4     40
            """);
    }

    @Test
    void leftJoinReplacesCommonColumnsFromTheRight() {
        assertTranscript(TK + """
            q)t lj ([sym:`a`b] price:9 8f)
            sym price size
            --------------
            a   9     10
            b   8     20
            a   9     30
            c   4     40
            """);
    }

    @Test
    void leftJoinOnTwoKeyColumns() {
        assertTranscript(TK + """
            q)m:([sym:`a`a; size:10 30] w:1 2)
            q)t lj m
            sym price size w
            ----------------
            a   1     10   1
            b   2     20
            a   3     30   2
            c   4     40
            """);
    }

    @Test
    void leftJoinNeedsAKeyedTableOnTheRight() {
        assertSignals("t:([] sym:`a`b; price:1 2f); t lj t", "type");
    }

    @Test
    void innerJoinKeepsOnlyTheRowsWithAMatch() {
        assertTranscript(TK + """
            q)t ij k
            sym price size px ex
            --------------------
            a   1     10   10 x
            b   2     20   20 y
            a   3     30   10 x
            """);
    }

    @Test
    void equiJoinPairsEveryMatchingRow() {
        assertTranscript(TK + """
            q)r:([] sym:`a`a`c; q:1 2 3)
            q)ej[`sym;t;r]
            sym price size q
            ----------------
            a   1     10   1
            a   1     10   2
            a   3     30   1
            a   3     30   2
            c   4     40   3
            """);
    }

    @Test
    void plusJoinAddsTheMatchingValues() {
        assertTranscript("""
            q)([] sym:`a`b`c; px:1 2 3f) pj ([sym:`a`b] px:10 20f)
            sym px
            ------
            a   11
            b   22
            c   3
            """);
    }

    @Test
    void unionJoinAppendsRowsUnderTheUnionOfColumns() {
        assertTranscript("""
            q)([] a:1 2) uj ([] b:`x`y; a:3 4)
            a b
            ---
            1
            2
            3 x
            4 y
            """);
    }

    @Test
    void unionJoinWithTheEmptyListOrOverAListOfTables() {
        assertTranscript("""
            q)t:([] sym:`a`b; size:10 20)
            q)() uj t
            sym size
            --------
            a   10
            b   20
            q)(uj/)(t;t)
            sym size
            --------
            a   10
            b   20
            a   10
            b   20
            """);
    }

    @Test
    void unionJoinOfKeyedTablesUpsertsByKey() {
        assertTranscript(TK + """
            q)k uj ([sym:`b`c] px:5 6f; z:1 2)
            sym| px ex z
            ---| -------
            a  | 10 x
            b  | 5  y  1
            c  | 6     2
            """);
    }

    private static final String NULLS_IN_Y = """
        q)x:([]a:1 2;b:`x`y;c:10 20)
        q)y:([a:1 2]b:``z;c:1 0N)
        """;

    @Test
    void leftJoinTakesTheRightNullsAndLjfKeepsTheLeftValuesThere() {
        assertTranscript(NULLS_IN_Y + """
            q)x lj y
            a b c
            -----
            1   1
            2 z
            q)x ljf y
            a b c
            ------
            1 x 1
            2 z 20
            """);
    }

    @Test
    void innerJoinTakesTheRightNullsAndIjfKeepsTheLeftValuesThere() {
        assertTranscript(NULLS_IN_Y + """
            q)x ij y
            a b c
            -----
            1   1
            2 z
            q)x ijf y
            a b c
            ------
            1 x 1
            2 z 20
            """);
    }

    @Test
    void unionJoinOfKeyedTablesTakesTheRightNullsAndUjfKeepsTheLeftValuesThere() {
        assertTranscript("""
            q)x:([a:1 2]b:`x`y;c:10 20)
            q)y:([a:1 2]b:``z;c:1 0N)
            q)x uj y
            a| b c
            -| ---
            1|   1
            2| z
            q)x ujf y
            a| b c
            -| ----
            1| x 1
            2| z 20
            q)([a:1 2 3]b:2 3 7;c:10 20 30;d:"WEC")~([a:1 2]b:2 3;c:5 7;d:"WE")ujf([a:1 2 3]b:2 3 7;c:10 20 30;d:"  C")
            1b
            """);
    }
}
