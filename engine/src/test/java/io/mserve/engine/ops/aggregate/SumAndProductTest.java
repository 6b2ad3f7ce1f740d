package io.mserve.engine.ops.aggregate;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** sum and prd reduce a list to an atom, skipping nulls in a vector; over a list of lists they add item-wise (ref/sum.md, ref/prd.md). */
class SumAndProductTest {

    @Test
    void sumAddsTheItemsKeepingTheirTypeAndCountingFlagsAsInts() {
        assertTranscript("""
            q)sum 2 3 4 5
            14
            q)sum 1 2 3i
            6i
            q)sum 110101b
            4i
            q)sum 0D00:00:00.000000001 0D00:00:00.000000002
            0D00:00:00.000000003
            """);
    }

    @Test
    void sumOfAVectorTreatsNullsAsZero() {
        assertTranscript("""
            q)sum 1 0N 2
            3
            q)sum 1 0n 2
            3f
            q)sum 2 3 0N 7
            12
            """);
    }

    @Test
    void sumOfAnEmptyListIsZeroAndOfAnAtomIsTheAtom() {
        assertTranscript("""
            q)sum 0#0
            0
            q)sum ()
            0
            q)sum 5
            5
            """);
    }

    @Test
    void sumOfAListOfListsAddsThemItemWiseWithoutSkippingNulls() {
        assertTranscript("""
            q)sum (1 2;0N 4)
            0N 6
            q)sum (1 2 3 4;2 3 5 7)
            3 5 8 11
            """);
    }

    @Test
    void sumOfADictionaryAddsItsValuesAndOfATableItsColumns() {
        assertTranscript("""
            q)sum `a`b!(10 21 3;4 5 6)
            14 26 9
            q)sum flip `a`b!(10 21 3;4 5 6)
            a| 34
            b| 15
            q)sum ([k:`x`y`z]a:10 21 3;b:4 5 6)
            a| 34
            b| 15
            """);
    }

    @Test
    void sumOfSymbolsIsATypeError() {
        assertSignals("sum enlist `a", "type");
        assertSignals("sum \"abc\"", "type");
    }

    @Test
    void prdMultipliesTheItemsAndOfNothingIsOne() {
        assertTranscript("""
            q)prd 1 2 3 4
            24
            q)prd 1.5 2
            3f
            q)prd 0#0
            1
            q)prd 2 3 0N 7
            42
            """);
    }
}
