package io.mserve.engine.ops.list;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** sublist takes a bounded slice, rotate turns a list, prev/next/xprev shift in typed nulls (ref/sublist.md, ref/rotate.md, ref/next.md). */
class ShiftRotateAndSublistTest {

    @Test
    void sublistNeverTakesMoreThanThereIs() {
        assertTranscript("""
            q)2 sublist 1 2 3
            1 2
            q)9 sublist 1 2 3
            1 2 3
            q)-2 sublist 1 2 3
            2 3
            q)1 5 sublist 1 2 3
            2 3
            """);
        assertSignals("1 2 3 sublist enlist 1", "length");
    }

    @Test
    void rotateTurnsTheListLeftOrRight() {
        assertTranscript("""
            q)1 rotate 1 2 3
            2 3 1
            q)-1 rotate 1 2 3
            3 1 2
            """);
    }

    @Test
    void prevNextAndXprevShiftInTheNullOfTheType() {
        assertTranscript("""
            q)prev 1 2 3
            0N 1 2
            q)next `a`b
            `b`
            q)2 xprev 1 2 3f
            0n 0n 1
            q)prev 2000.01.02 2000.01.03
            0N 2000.01.02
            q)prev ([]a:1 2)
            a
            -

            1
            """);
    }
}
