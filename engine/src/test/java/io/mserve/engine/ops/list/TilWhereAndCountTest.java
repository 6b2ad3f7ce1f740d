package io.mserve.engine.ops.list;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** til counts up from zero, where turns flags and counts into indices, count counts items (ref/til.md, ref/where.md, ref/count.md). */
class TilWhereAndCountTest {

    @Test
    void tilIsTheFirstNNaturalNumbers() {
        assertTranscript("""
            q)til 4
            0 1 2 3
            q)til 2i
            0 1
            q)til 0
            `long$()
            """);
    }

    @Test
    void tilOfANegativeOrNonIntegerIsAnError() {
        assertSignals("til -1", "domain");
        assertSignals("til 2f", "type");
        assertSignals("til enlist `a", "type");
    }

    @Test
    void whereGivesTheIndexOfEachTrueFlagAndRepeatsEachIndexByItsCount() {
        assertTranscript("""
            q)where 101b
            0 2
            q)where 2 0 1
            0 0 2
            q)where 1 1i
            0 1
            q)where 3
            0 0 0
            q)where 0#0b
            `long$()
            """);
    }

    @Test
    void whereOfADictionaryGivesKeys() {
        assertTranscript("""
            q)where `a`b`c!101b
            `a`c
            """);
    }

    @Test
    void whereOfANegativeCountOrASymbolIsAnError() {
        assertSignals("where 1 -1", "domain");
        assertSignals("where enlist `a", "type");
    }

    @Test
    void countIsTheNumberOfItemsAndOneForAnAtom() {
        assertTranscript("""
            q)#1 2 3
            3
            q)count 5
            1
            q)count (enlist `a)!enlist 1
            1
            q)count ([]a:1 2)
            2
            q)count ()
            0
            """);
    }
}
