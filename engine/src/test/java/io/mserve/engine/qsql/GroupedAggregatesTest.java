package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/**
 * select ... by with several keys, keys and aggregate arguments that are expressions, and the
 * statistics var dev svar sdev med per group give q's answers (ref/select.md, ref/var.md,
 * ref/dev.md, ref/med.md, ref/xbar.md): groups in ascending key order with null keys first,
 * nulls skipped by the aggregates, var and dev of the population, svar and sdev of the sample.
 */
class GroupedAggregatesTest {
    private static final String T = "q)t:([] s:`b`a`b`a`c`a; t:09:30 09:31 09:36 09:32 09:40 0Nu; p:1 2 3 4 5 6f; z:10 20 30 0N 50 60)\n";

    @Test
    void twoKeysOneOfThemAnXbarBucketGroupInAscendingKeyOrder() {
        assertTranscript(T + """
            q)select n:count i, v:sum z by s, 5 xbar t from t
            s t    | n v
            -------| ----
            a      | 1 60
            a 09:30| 2 20
            b 09:30| 1 10
            b 09:35| 1 30
            c 09:40| 1 50
            """);
    }

    @Test
    void statisticsPerGroupSkipNulls() {
        assertTranscript(T + """
            q)select d:dev p, v:var z, sd:sdev p, sv:svar z, m:med p by s from t
            s| d        v   sd       sv  m
            -| ---------------------------
            a| 1.632993 400 2        800 4
            b| 1        100 1.414214 200 2
            c| 0        0                5
            """);
    }

    @Test
    void varianceAndDeviationOfSeveralColumnsCountOnlyTheSelectedRowsAndSkipNulls() {
        assertTranscript("""
            q)u:([] g:`a`a`a`b`b`b; x:1 2 3 10 20 0N; y:1 2 3 4 5 6f)
            q)select v:var x, d:dev y, sv:svar x by g from u where y>1
            g| v    d         sv
            -| ------------------
            a| 0.25 0.5       0.5
            b| 25   0.8164966 50
            """);
    }

    @Test
    void aNullFloatCountsInNoGroupsVariance() {
        assertTranscript("""
            q)v:([] g:`a`b`a`b`a; y:1 4 0n 6 3f)
            q)select d:dev y, v:var y, s:svar y by g from v
            g| d v s
            -| -----
            a| 1 1 2
            b| 1 1 2
            q)select v:var y by g from v where g=`b
            g| v
            -| -
            b| 1
            """);
    }

    @Test
    void varianceOfLongsIsThatOfTheirFloatsWhateverTheirMagnitude() {
        assertTranscript("""
            q)u:([] g:`a`a`b`b`c`c; x:-5 -3 1000000000000000000 1000000000000000002 7 0N)
            q)select v:var x, s:svar x by g from u
            g| v s
            -| ---
            a| 1 2
            b| 0 0
            c| 0
            q)w:([] g:`a`b`a`b; x:-2251799813685248 2251799813685247 -2251799813685247 0)
            q)select v:var x by g from w
            g| v
            -| ------------
            a| 0.25
            b| 1.267651e+30
            """);
    }

    @Test
    void anAggregateOfAnExpressionCountsOnlyTheSelectedRows() {
        assertTranscript(T + """
            q)select a:avg p-z, m:med z by s from t where p>1
            s| a   m
            -| ------
            a| -36 40
            b| -27 30
            c| -45 50
            """);
    }

    @Test
    void medianOfAnEvenGroupIsTheMeanOfItsMiddleTwo() {
        assertTranscript("""
            q)select m:med x by g from ([] g:`a`a`b`b`b`b; x:-0.0 0.0 3 1 2 10)
            g| m
            -| ---
            a| 0
            b| 2.5
            """);
    }

    @Test
    void wholeNumberKeysGroupWithTheNullFirstWhateverTheirSpan() {
        assertTranscript("""
            q)select n:count i by k from ([] k:3 -1 0N 3 -1 7)
            k | n
            --| -
              | 1
            -1| 2
            3 | 2
            7 | 1
            q)select n:count i by k from ([] k:0 1000000000000 0)
            k            | n
            -------------| -
            0            | 2
            1000000000000| 1
            q)select s:sum z by 2 xbar z from ([] z:10 20 0N 21)
            z | s
            --| --
              | 0
            10| 10
            20| 41
            """);
    }

    @Test
    void ascendingKeysGroupByTheirRunsWithTheNullFirst() {
        assertTranscript("""
            q)select n:count i by t from ([] t:0N 1 1 2 5 5 5)
            t| n
            -| -
             | 1
            1| 2
            2| 1
            5| 3
            q)select s:sum z by 2 xbar t from ([] t:1 2 3 4 9; z:1 2 3 4 5)
            t| s
            -| -
            0| 1
            2| 5
            4| 4
            8| 5
            q)select n:count i by s, t from ([] s:`b`a`b`a; t:09:30 09:30 09:31 09:32)
            s t    | n
            -------| -
            a 09:30| 1
            a 09:32| 1
            b 09:30| 1
            b 09:31| 1
            """);
    }

    @Test
    void meansOfAFloatColumnCountOnlyItsItemsWhetherOrNotANullIsMet() {
        assertTranscript("""
            q)t:([] s:`a`b`a`b`a`b; p:1 2 0n 4 5 6f)
            q)select a:avg p by s from t
            s| a
            -| -
            a| 3
            b| 4
            q)select a:avg p by s from t where p>1
            s| a
            -| -
            a| 5
            b| 4
            q)select a:avg p by s from t where s=`b
            s| a
            -| -
            b| 4
            q)select a:avg p by s from ([] s:`a`b`a; p:0n 1 0n)
            s| a
            -| -
            a|
            b| 1
            """);
    }

    @Test
    void sumsAndMeansOfFloatArithmeticSkipTheNullsItMakes() {
        assertTranscript("""
            q)t:([] s:`a`b`a`b`a; p:1.5 2 0n 4 0w; q:0.5 1 1 0n 0w)
            q)select a:avg p-q, b:sum p+q, c:avg p*q, d:sum p-q by s from t
            s| a b  c  d
            -| ---------
            a| 1 0w 0w 1
            b| 1 3  2  1
            """);
    }

    @Test
    void manySymbolKeysGroupInAscendingOrderWithTheNullSymbolFirst() {
        assertTranscript("""
            q)t:([] s:(`$'reverse 20#.Q.a),`,`t`a`a)
            q)select n:count i by s from t
            s| n
            -| -
             | 1
            a| 3
            b| 1
            c| 1
            d| 1
            e| 1
            f| 1
            g| 1
            h| 1
            i| 1
            j| 1
            k| 1
            l| 1
            m| 1
            n| 1
            o| 1
            p| 1
            q| 1
            r| 1
            s| 1
            t| 2
            q)select n:count i by s from ([] s:`b`a`b`c`a`b)
            s| n
            -| -
            a| 2
            b| 3
            c| 1
            """);
    }

    @Test
    void symbolKeysInAnyPlaceAmongSeveralKeysGroupInAscendingKeyOrder() {
        assertTranscript("""
            q)t:([] s:`c`a`b`a`c; k:2 1 2 1 1; v:1 2 3 4 5)
            q)select n:count i, v:sum v by k, s from t
            k s| n v
            ---| ---
            1 a| 2 6
            1 c| 1 5
            2 b| 1 3
            2 c| 1 1
            q)select v:sum v by s, k from t where v>1
            s k| v
            ---| -
            a 1| 6
            b 2| 3
            c 1| 5
            """);
    }
    // An int column is folded as longs: each aggregate answers as the verb does over the group (a lambda the fast path
    // does not know takes the general path), ints as ints, the max and min of no items the int infinities.
    @Test
    void aggregatesOfAnIntColumnAnswerAsTheVerbs() {
        String fast = "sx:sum x, mn:min x, mx:max x, f:first x, l:last x, a:avg x, d:dev x, v:var x, m:med x, w:x wavg y,"
                + " w2:y wavg x, c:count x";
        String verbs = "sx:{sum x} x, mn:{min x} x, mx:{max x} x, f:{first x} x, l:{last x} x, a:{avg x} x, d:{dev x} x,"
                + " v:{var x} x, m:{med x} x, w:{x wavg y}[x;y], w2:{x wavg y}[y;x], c:{count x} x";
        assertTranscript("q)t:([] k:`b`a`b`c`a`c`d`d; r:1 1 2 2 2 3 3 3; x:7 0N 100 -0W 5 0N 0N 0Ni; y:1 2 3 4 5 6 7 8f)\n"
                + "q)(select " + fast + " by k from t)~select " + verbs + " by k from t\n"
                + "1b\n"
                + "q)(select " + fast + " by r from t)~select " + verbs + " by r from t\n"
                + "1b\n"
                + "q)(select " + fast + " by k, r from t where y>1)~select " + verbs + " by k, r from t where y>1\n"
                + "1b\n"
                + """
                q)select sx:sum x, mx:max x, mn:min x by k from t
                k| sx  mx  mn
                -| -----------
                a| 5   5   5
                b| 107 100 7
                c| -0W -0W -0W
                d| 0   -0W 0W
                q)(select f:first x, l:last x by k from t)~select f:{first x} x, l:{last x} x by k from t
                1b
                q)meta select sx:sum x, mx:max x, f:first x, a:avg x by k from t
                c | t f a
                --| -----
                k | s
                sx| i
                mx| i
                f | i
                a | f
                """);
    }
}
