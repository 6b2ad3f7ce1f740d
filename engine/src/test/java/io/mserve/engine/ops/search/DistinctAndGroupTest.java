package io.mserve.engine.ops.search;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** distinct keeps first occurrences in order; group maps each distinct item to its indices (ref/distinct.md, ref/group.md). */
class DistinctAndGroupTest {

    @Test
    void distinctKeepsFirstOccurrencesInOrder() {
        assertTranscript("""
            q)distinct 3 1 3 2 1
            3 1 2
            q)?`a`b`a
            `a`b
            q)distinct "mississippi"
            "misp"
            q)distinct (enlist 1;`a;enlist 1)
            ,1
            `a
            q)distinct (1;1i;1)
            1
            1i
            q)(distinct `s#1 2 2)~1 2
            1b
            q)distinct 0#0
            `long$()
            """);
    }

    @Test
    void distinctOfATableKeepsDistinctRows() {
        assertTranscript("""
            q)distinct ([]a:1 1 2;b:`x`x`y)
            a b
            ---
            1 x
            2 y
            """);
    }

    @Test
    void distinctOfAnAtomIsATypeError() {
        assertSignals("distinct 1", "type");
    }

    @Test
    void groupMapsEachDistinctItemToItsIndices() {
        assertTranscript("""
            q)group `a`b`a`c`b
            a| 0 2
            b| 1 4
            c| ,3
            q)group "mississippi"
            m| ,0
            i| 1 4 7 10
            s| 2 3 5 6
            p| 8 9
            q)key group 1 0n 1
            1 0n
            q)value group 1 0n 1
            0 2
            ,1
            q)(group 0#0)~(0#0)!()
            1b
            """);
    }

    @Test
    void groupOfADictionaryGroupsItsKeysByValue() {
        assertTranscript("""
            q)group `a`b`c!1 2 1
            1| `a`c
            2| ,`b
            """);
    }

    @Test
    void groupOfAManyItemsVectorKeepsEveryIndex() {
        assertTranscript("""
            q)g:group (7919*til 200000) mod 1000
            q)count g
            1000
            q)count each value 3#g
            200 200 200
            q)sum count each g
            200000
            """);
    }

    @Test
    void smallWholeNumbersGroupInOrderOfFirstOccurrenceWithTheirNegativesAndNulls() {
        assertTranscript("""
            q)distinct 3 -5 3 2 -5 0 2
            3 -5 2 0
            q)group 7 -1 7 0 -1
            7 | 0 2
            -1| 1 4
            0 | ,3
            q)distinct 2 0N 2 0N 1
            2 0N 1
            q)3 -5 2 ? 2 9 -5
            2 3 1
            q)count distinct 0 1000000000000 0
            2
            """);
    }

    @Test
    void manyDistinctSymbolsStillGroupByFirstOccurrence() {
        assertTranscript("""
            q)s:`$string til 100000
            q)count distinct s,s
            100000
            q)(s,`zz)?`zz`5`99999
            100000 5 99999
            q)distinct `b`a`b`c`a
            `b`a`c
            """);
    }
}
