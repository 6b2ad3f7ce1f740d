package io.mserve.engine.ops.arith;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** mod is the remainder with the sign of the divisor and div the greatest whole number not above x%y (ref/mod.md, ref/div.md). */
class ModAndDivTest {

    @Test
    void modTakesTheSignOfTheDivisor() {
        assertTranscript("""
            q)-3 -2 -1 0 1 2 3 4 mod 3
            0 1 2 0 1 2 0 1
            q)7 mod 2 3 4
            1 1 3
            q)-7 7 mod/:\\:-2.5 -2 2 2.5
            -2   -1 1 0.5
            -0.5 -1 1 2
            """);
    }

    @Test
    void divRoundsTowardsNegativeInfinity() {
        assertTranscript("""
            q)7 div 3
            2
            q)7 div 2 3 4
            3 2 1
            q)-7 7 div/:\\:-2.5 -2 2 2.5
            2  3  -4 -3
            -3 -4 3  2
            """);
    }

    @Test
    void divKeepsFloatsIntsAndDatesAndWidensShortsAndBytesToInts() {
        assertTranscript("""
            q)7f div 2
            3f
            q)6i div 4
            1i
            q)7h div 3
            2i
            q)0x80 div 16
            8i
            q)2014.10.13 div 365
            2000.01.15
            """);
    }

    @Test
    void divOfANullIsNull() {
        assertPrints("0N 4 div 2", "0N 2");
    }
}
