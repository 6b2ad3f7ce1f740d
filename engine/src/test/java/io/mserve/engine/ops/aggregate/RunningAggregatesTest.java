package io.mserve.engine.ops.aggregate;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** sums, prds, maxs, mins, avgs, deltas and ratios: one result per item, running from the first (ref/sum.md#sums and siblings). */
class RunningAggregatesTest {

    @Test
    void sumsRunsTheTotalTreatingNullsAsZero() {
        assertTranscript("""
            q)sums 2 3 4 5
            2 5 9 14
            q)sums 1 0N 2
            1 1 3
            q)sums 1 2i
            1 3i
            q)sums 11b
            1 2i
            q)sums 5
            5
            """);
    }

    @Test
    void sumsOfAListOfListsAddsThemItemWise() {
        assertTranscript("""
            q)sums (1 2;3 4)
            1 2
            4 6
            """);
    }

    @Test
    void runningAggregatesApplyToDictionaryValuesAndTableColumns() {
        assertTranscript("""
            q)sums `a`b!(10 21 3;4 5 6)
            a| 10 21 3
            b| 14 26 9
            q)sums ([]a:1 2)
            a
            -
            1
            3
            """);
    }

    @Test
    void prdsMaxsMinsAndAvgsRunFromTheFirstItem() {
        assertTranscript("""
            q)prds 1 2 3
            1 2 6
            q)maxs 1 3 2 5
            1 3 3 5
            q)mins 4 3 5 1
            4 3 3 1
            q)avgs 1 2 3 4
            1 1.5 2 2.5
            """);
    }

    @Test
    void initialNullsGiveAnInfinity() {
        assertTranscript("""
            q)maxs 0n 1 0n
            -0w 1 1
            q)maxs 0N 5 0N 1 3
            -0W 5 5 5 5
            q)mins 0N 5 0N 1 3
            0W 5 5 1 1
            """);
    }

    @Test
    void deltasKeepsTheFirstItemAndSubtractsEachPrior() {
        assertTranscript("""
            q)deltas 1 5 0 9 5 2
            1 4 -5 9 -4 -3
            q)deltas 2000 2005 2007
            2000 5 2
            q)deltas 3 5i
            3 2i
            q)deltas 0#0
            `long$()
            q)deltas (1 2;3 5)
            1 2
            2 3
            """);
    }

    @Test
    void ratiosKeepsTheFirstItemAndDividesByEachPrior() {
        assertTranscript("""
            q)ratios 2 3 4 5
            2 1.5 1.333333 1.25
            q)ratios `a`b!(10 21 3;4 5 6)
            a| 10  21        3
            b| 0.4 0.2380952 2
            q)ratios ([]a:10 21)
            a
            ---
            10
            2.1
            """);
    }
}
