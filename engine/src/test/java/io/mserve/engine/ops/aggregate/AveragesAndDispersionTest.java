package io.mserve.engine.ops.aggregate;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** avg, med, var, svar, dev and sdev: floats, nulls ignored in vectors (ref/avg.md, ref/med.md, ref/var.md, ref/dev.md). */
class AveragesAndDispersionTest {

    @Test
    void avgIsAFloatThatIgnoresNullsInAVector() {
        assertTranscript("""
            q)avg 1 2 3
            2f
            q)avg 1 0n 2 3
            2f
            q)avg (1;0n;2;3)
            1.5
            q)avg 101b
            0.6666667
            q)avg 1b
            1f
            """);
    }

    @Test
    void avgOfInfinitiesAndOfNothing() {
        assertTranscript("""
            q)avg 1 0w
            0w
            q)avg -0w 0w
            0n
            q)avg 0#0
            0n
            """);
    }

    @Test
    void avgOverListsDictionariesAndTables() {
        assertTranscript("""
            q)avg (1 2;0N 4)
            0n 3
            q)avg ([]a:3 5; b:6 8f)
            a| 4
            b| 7
            q)avg `a`b!(10 21 3;4 5 6)
            7 13 4.5
            """);
    }

    @Test
    void medIsTheMiddleValueOrTheMeanOfTheTwoMiddleValues() {
        assertTranscript("""
            q)med 10 34 23 123 5 56
            28.5
            q)med 3 1 2
            2f
            q)med `a`b!(10 -21 3;4 5 -6)
            7 -8 -1.5
            """);
    }

    @Test
    void medOfATableOrKeyedTableIsTheMeanOfItsMiddleRowsInOrder() {
        assertTranscript("""
            q)k:`k xkey update k:`abc`def`ghi from t:flip d:`a`b!(10 -21 3;4 5 -6)
            q)med t
            a| 3
            b| -6
            q)med k
            a| 3
            b| -6
            q)med ([]a:1 2 3 4;b:8 7 6 5)
            a| 2.5
            b| 6.5
            """);
    }

    @Test
    void varianceAndDeviationArePopulationOrSample() {
        assertTranscript("""
            q)var 2 3 5 7
            3.6875
            q)var 2 3 5 0n 7
            3.6875
            q)svar 2 3 5 7
            4.916667
            q)dev 2 3 5 7
            1.920286
            q)sdev 2 3 5 7
            2.217356
            q)dev 10 343 232 55
            134.3484
            """);
    }
}
