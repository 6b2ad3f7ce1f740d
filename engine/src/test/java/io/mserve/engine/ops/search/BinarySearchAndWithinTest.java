package io.mserve.engine.ops.search;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** bin and binr search a sorted list; within tests an inclusive range (ref/bin.md, ref/within.md). */
class BinarySearchAndWithinTest {

    @Test
    void binGivesTheIndexOfTheLastItemNotAboveEachValue() {
        assertTranscript("""
            q)0 2 4 6 8 10 bin 5
            2
            q)0 2 4 6 8 10 bin -10 0 4 5 6 20
            -1 0 2 2 3 5
            q)0 1 1 2 bin 0 1 2
            0 2 3
            q)`a`c`e bin `d
            1
            """);
    }

    @Test
    void binrGivesTheFirstIndexNotBelowEachValue() {
        assertTranscript("""
            q)0 1 1 2 binr 0 1 2
            0 1 3
            """);
    }

    @Test
    void binOfADictionaryGivesKeysAndOfStringsSortsLexically() {
        assertTranscript("""
            q)(`a`b`c!0 2 4) bin -1 3
            ``b
            q)("apple";"banana";"coffee") bin ("anise";"berry";"curry")
            -1 1 2
            """);
    }

    @Test
    void binNeedsTheListsType() {
        assertSignals("0 2 4 6 8 10 bin 2f", "type");
    }

    @Test
    void withinIsInclusiveAtBothEnds() {
        assertTranscript("""
            q)1 5 10 11 within 5 10
            0110b
            q)3 within 2.5 3.5
            1b
            q)1.5 3 within 1 2
            10b
            q)"aZ" within "az"
            10b
            q)`b`z within `a`c
            10b
            q)2000.01.02 2000.01.06 2000.01.10 within 2000.01.03 2000.01.10
            011b
            q)0n 1.5 within 1 2f
            01b
            """);
    }

    @Test
    void withinPairsBoundsWithItemsAndAppliesToDictionaryValues() {
        assertTranscript("""
            q)1 5 within (0 6;2 7)
            10b
            q)2 5 6 within (1 2 6;3 5 7)
            111b
            q)(enlist[`a]!enlist 3) within 1 5
            a| 1
            """);
    }

    @Test
    void anAtomWithinListsOfBoundsExtends() {
        assertTranscript("""
            q)5 within (1 2 6;3 5 7)
            010b
            q)2 5 6 within (1 2 6;3 5 7)
            111b
            q)(1 3 10 6 4;"acyxmpu") within ((2;"b");(6;"r"))
            01011b
            0100110b
            """);
        assertSignals("5 within (1 2 6;3 5)", "length");
    }

    @Test
    void unlikeTemporalsMeetAsTheyDoInComparisons() {
        // basics/comparison.md#temporal-values
        assertTranscript("""
            q)20:00:00.000603286 within 13:30 20:00t
            0b
            q)2024.10.07D20:00:00.000603286 within 13:30 20:00t
            1b
            q)2024.10.07D09:00 2024.10.07D21:00 within 13:30 20:00t
            00b
            """);
    }

    @Test
    void floatsWithinWholeNumberBoundsCompareAsFloatsTolerantlyNullsLeast() {
        assertTranscript("""
            q)1.5 150 150.0000000000001 149.99999999999 0n 0w 3 -1 within 1 150
            11110010b
            q)0n 2 within 0N 1
            10b
            q)1.5 2.5 within 1b,2h
            10b
            """);
    }

    @Test
    void withinNeedsAPairOfBounds() {
        assertSignals("(enlist 1) within 1 2 3", "length");
    }
}
