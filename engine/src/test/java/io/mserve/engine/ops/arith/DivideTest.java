package io.mserve.engine.ops.arith;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Divide returns the ratio of the underlying values as a float (ref/divide.md). */
class DivideTest {

    @Test
    void theRatioIsAlwaysAFloat() {
        assertTranscript("""
            q)6i%4i
            1.5
            q)10 20%4
            2.5 5
            q)2%3
            0.6666667
            """);
    }

    @Test
    void dividingByZeroGivesInfinityAndZeroByZeroGivesNull() {
        assertTranscript("""
            q)1%0
            0w
            q)-1%0
            -0w
            q)0%0
            0n
            q)1b%0b
            0w
            """);
    }

    @Test
    void charactersTimespansAndDatesDivideByTheirUnderlyingValues() {
        assertTranscript("""
            q)"z"%"a"
            1.257732
            q)00:00:10.000000000 % 00:00:05.000000000
            2f
            q)2010.01.01 % 2005.01.01
            1.999453
            """);
    }
}
