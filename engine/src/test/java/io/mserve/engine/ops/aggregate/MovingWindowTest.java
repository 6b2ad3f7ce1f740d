package io.mserve.engine.ops.aggregate;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** msum, mavg, mcount, mmax, mmin and mdev over a window of the last x items, and ema (the reference's examples). */
class MovingWindowTest {

    @Test
    void msumAddsTheWindowTreatingNullsAsZero() {
        assertTranscript("""
            q)3 msum 1 2 3 5 7 11
            1 3 6 10 15 23
            q)3 msum 0N 2 3 5 0N 11
            0 2 5 10 8 16
            q)2 msum 1 2 3 0N 5
            1 3 5 3 5
            """);
    }

    @Test
    void mavgAveragesTheNonNullItemsOfTheWindow() {
        assertTranscript("""
            q)2 mavg 1 2 3 5 7 10
            1 1.5 2.5 4 6 8.5
            q)5 mavg 1 2 3 5 7 10
            1 1.5 2 2.75 3.6 5.4
            q)5 mavg 0N 2 0N 5 7 0N
            0n 2 2 3.5 4.666667 4.666667
            q)2 mavg 1 2 3 0N 5
            1 1.5 2.5 3 5
            q)0 mavg 2 3
            0n 0n
            """);
    }

    @Test
    void mcountCountsTheNonNullItemsOfTheWindow() {
        assertTranscript("""
            q)3 mcount 0 1 2 3 4 5
            1 2 3 3 3 3
            q)3 mcount 0N 1 2 3 0N 5
            0 1 2 3 2 2
            q)2 mcount 1 2 0N 0N 5
            1 2 1 0 1
            """);
    }

    @Test
    void mmaxStartsFromNegativeInfinityAndSkipsNulls() {
        assertTranscript("""
            q)3 mmax 2 7 1 3 5 2 8
            2 7 7 7 5 5 8
            q)3 mmax 0N -3 -2 0N 1 0
            -0W -3 -2 -2 1 1
            """);
    }

    @Test
    void mminTreatsNullAsTheLeastValue() {
        assertTranscript("""
            q)3 mmin 0N -3 -2 1 -0W 0
            0N 0N 0N -3 -0W -0W
            q)3 mmin 0N -3 -2 1 0N -0W
            0N 0N 0N -3 0N 0N
            """);
    }

    @Test
    void mdevIsTheDeviationOfTheWindow() {
        assertTranscript("""
            q)5 mdev 1 2 3 5 7 10
            0 0.5 0.8164966 1.47902 2.154066 2.87054
            q)5 mdev 0N 2 0N 5 7 0N
            0n 0 0 1.5 2.054805 2.054805
            q)2 mdev 1 3 3
            0 1 0f
            """);
    }

    @Test
    void movingFunctionsApplyToTheColumnsOfATable() {
        assertTranscript("""
            q)2 mmax flip`a`b!(10 21 3;4 5 6)
            a  b
            ----
            10 4
            21 5
            21 6
            """);
    }

    @Test
    void movingFunctionsRunDownTheRowsOfADictionary() {
        assertTranscript("""
            q)d:`a`b!(10 21 3;4 5 6)
            q)2 mmax d
            a| 10 21 3
            b| 10 21 6
            q)2 mcount d
            a| 1 1 1
            b| 2 2 2
            q)2 mdev d
            a| 0 0 0
            b| 3 8 1.5
            """);
        assertSignals("2 msum (1 2;3 4 5)", "length");
    }

    @Test
    void theWindowIsAWholeNumber() {
        assertSignals("2.0 msum 1 2", "type");
    }

    @Test
    void emaWeighsEachItemAgainstThePreviousResult() {
        assertPrints("0.5 ema 1 3 5", "1 2 3.5");
        assertPrints("6#ema[1%3;1,10#0]", "1 0.6666667 0.4444444 0.2962963 0.1975309 0.1316872");
    }
}
