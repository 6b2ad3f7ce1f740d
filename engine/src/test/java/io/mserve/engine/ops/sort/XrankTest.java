package io.mserve.engine.ops.sort;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;

import org.junit.jupiter.api.Test;

/** {@code xrank}, docs/ref/xrank.md. */
class XrankTest {

    @Test
    void xrankPutsEachItemInOneOfXBucketsOfEqualSizeGiveOrTakeOne() {
        assertPrints("4 xrank til 8", "0 0 1 1 2 2 3 3");
        assertPrints("4 xrank til 9", "0 0 0 1 1 2 2 3 3");
        assertPrints("7 xrank til 9", "0 0 1 2 3 3 4 5 6");
    }

    @Test
    void xrankGoesByRankNotByValue() {
        assertPrints("3 xrank 1 37 5 4 0 3", "0 2 2 1 0 1");
        assertPrints("3 xrank 1 7 5 4 0 3", "0 2 2 1 0 1");
        assertPrints("2 xrank `d`a`c`b", "1 0 1 0");
    }

    @Test
    void xrankOfAnEmptyListIsEmptyAndOfAnAtomARankError() {
        assertPrints("3 xrank `long$()", "`long$()");
        assertSignals("3 xrank 5", "rank");
        assertSignals("`a xrank 1 2", "type");
    }
}
