package io.mserve.engine.ops.arith;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Fill, the binary {@code ^}, as docs/ref/fill.md and docs/ref/coalesce.md state it. */
class FillTest {

    @Test
    void fillReplacesNullsWithTheLeftAtom() {
        assertPrints("0^1 2 3 0N", "1 2 3 0");
        assertPrints("100^1 2 -5 0N 10 0N", "1 2 -5 100 10 100");
        assertPrints("`nobody^`tom`dick``harry", "`tom`dick`nobody`harry");
        assertPrints("\"x\"^\"a b\"", "\"axb\"");
    }

    @Test
    void fillTakesTheCorrespondingItemOfALeftList() {
        assertPrints("1 2 3 4 5^6 0N 8 9 0N", "6 2 8 9 5");
        assertSignals("1 2^1 0N 3", "length");
    }

    @Test
    void fillResultHasTheTypeOfTheDomainTable() {
        assertTranscript("""
            q)a:11.0 2.1 3.1 0n 4.5 0n
            q)10^a
            11 2.1 3.1 10 4.5 10
            q)type 10^a
            9h
            q)1.0^1.2 -4.5 0n 0n 15
            1.2 -4.5 1 1 15
            q)5^0n 2 3i
            5 2 3
            q)type 5^0n 2 3i
            7h
            """);
    }

    @Test
    void fillConvertsTemporalUnitsToTheWiderType() {
        assertPrints("2000.01.02^0N 2001.01.01D00:00:01p",
                "2000.01.02D00:00:00.000000000 2001.01.01D00:00:01.000000000");
    }

    @Test
    void fillOfTypesTheTableLeavesEmptyIsATypeError() {
        assertSignals("0^`a`b", "type");
        assertSignals("`a^1 0N", "type");
    }

    @Test
    void fillOfAtomsIsAnAtomAndAnAtomRightTakesTheLeftList() {
        assertPrints("0^0N", "0");
        assertPrints("type 0^0N", "-7h");
        assertPrints("1 2^0N", "1 2");
    }

    @Test
    void fillOfDictionariesFillsNullAndMissingValues() {
        assertPrints("(`a`b`c!1 2 3)^`b`c!0N 30", """
            a| 1
            b| 2
            c| 30""");
    }

    @Test
    void coalesceOfKeyedTablesKeepsValuesWhereTheRightIsNull() {
        assertTranscript("""
            q)kt1:([k:1 2 3] c1:10 20 30;c2:`a`b`c)
            q)kt3:([k:2 3] c1:0N 3000;c2:`bbb`)
            q)kt1^kt3
            k| c1   c2
            -| --------
            1| 10   a
            2| 20   bbb
            3| 3000 c
            """);
    }

    @Test
    void fillScanFillsForwardFromASeed() {
        assertPrints("0 ^\\ 0N 0N 3 0N 5", "0 0 3 3 5");
        assertPrints("fills 0N 2 3 0N 0N 7 0N", "0N 2 3 3 3 7 7");
    }
}
