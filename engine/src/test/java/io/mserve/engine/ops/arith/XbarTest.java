package io.mserve.engine.ops.arith;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** x xbar y rounds y down to a multiple of x, in y's units and type (ref/xbar.md). */
class XbarTest {

    @Test
    void roundsDownToAMultipleOfTheBar() {
        assertTranscript("""
            q)3 xbar til 16
            0 0 0 3 3 3 6 6 6 9 9 9 12 12 12 15
            q)2.5 xbar til 9
            0 0 0 2.5 2.5 5 5 5 7.5
            q)5 xbar 23 24 25
            20 20 25
            q)0.5 xbar 1.2 1.7
            1 1.5
            """);
    }

    @Test
    void negativeValuesRoundTowardsNegativeInfinityAndNullsStayNull() {
        assertTranscript("""
            q)5 xbar -1 0N
            -5 0N
            """);
    }

    @Test
    void intsRisingThroughBarsJumpingAndFallingEachRoundDownToTheirOwnBar() {
        assertTranscript("""
            q)5 xbar -7 -6 -5 -1 0 1 4 5 6 9 10 11 15 16 27 3 0N 2 -11i
            -10 -10 -5 -5 0 0 0 5 5 5 10 10 15 15 25 0 0N 0 -15i
            q)5 xbar 00:04 00:05 00:09 00:10 00:14 00:15 00:16 00:31 00:29 -00:01 0Nu 00:40
            00:00 00:05 00:05 00:10 00:10 00:15 00:15 00:30 00:25 -00:05 0N 00:40
            """);
    }

    @Test
    void temporalValuesKeepTheirTypeAndATemporalBarIsInItsOwnUnits() {
        assertTranscript("""
            q)5 xbar 11:00 + 0 2 3 5 7 11 13
            11:00 11:00 11:00 11:05 11:05 11:10 11:10
            q)7 xbar enlist 2000.01.09
            ,2000.01.08
            q)0D00:15 xbar 00:16:40.000 00:00:00.100
            00:15:00.000 00:00:00.000
            q)00:15 xbar enlist 2000.01.01D00:15:00.000000005
            ,2000.01.01D00:15:00.000000000
            q)2 xbar 00:00:00.000000001 00:00:00.000000002 00:00:00.000000013
            0D00:00:00.000000000 0D00:00:00.000000002 0D00:00:00.000000012
            """);
    }

    @Test
    void aWholeNumberBarOverIntAndLongListsKeepsTheirTypeAndNulls() {
        assertTranscript("""
            q)60000 xbar 09:30:00.123 09:31:59.999 0Nt
            09:30:00.000 09:31:00.000 0N
            q)3 xbar -7 -1 0 0N 5i
            -9 -3 0 0N 3i
            q)0 xbar 1 2 3
            1 2 3
            q)0N xbar 1 2 3
            0N 0N 0N
            q)1000000000 xbar 2020.01.01D10:00:00.5 0Np
            2020.01.01D10:00:00.000000000 0N
            """);
    }

    @Test
    void itemsUpAndDownAcrossBarsRoundEachDownToItsOwnBar() {
        assertTranscript("""
            q)5 xbar 1 2 4 5 9 10 3 -1 -5 -6 0N 7i
            0 0 0 5 5 10 0 -5 -5 -10 0N 5i
            q)60000 xbar 09:30:59.999 09:31:00.000 09:30:00.000 09:29:59.999 0Nt 09:31:30.000
            09:30:00.000 09:31:00.000 09:30:00.000 09:29:00.000 0N 09:31:00.000
            """);
    }
}
