package io.mserve.engine.ops.arith;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** neg, abs, signum, reciprocal, floor, ceiling and not: atomic, over lists, dictionaries and temporal values. */
class SignsAndRoundingTest {

    @Test
    void negNegatesEveryItemAndPromotesBooleans() {
        assertTranscript("""
            q)neg -1 0 1 2
            1 0 -1 -2
            q)neg 01001b
            0 -1 0 0 -1i
            q)neg (0W;-0w;0N)
            -0W
            0w
            0N
            q)neg (5 2;3;-8 0 2)
            -5 -2
            -3
            8 0 -2
            q)neg 2000.01.01 2012.01.01
            2000.01.01 1988.01.01
            q)neg `a`b!1 -2
            a| -1
            b| 2
            """);
    }

    @Test
    void negOfASymbolIsATypeError() {
        assertSignals("neg `a", "type");
    }

    @Test
    void absKeepsTheTypeAndNulls() {
        assertTranscript("""
            q)abs 10 -43 0N
            10 43 0N
            q)abs -1f
            1f
            q)abs 1999.01.01
            2000.12.31
            """);
    }

    @Test
    void signumIsAnIntAndNullsAreNegative() {
        assertTranscript("""
            q)signum -2 0 1 3
            -1 0 1 1i
            q)signum (0n;0N;0Nd;0Nh)
            -1 -1 -1 -1i
            q)signum 1999.12.31
            -1i
            """);
    }

    @Test
    void reciprocalIsOneDividedBy() {
        assertPrints("reciprocal 4", "0.25");
    }

    @Test
    void floorAndCeilingRoundFloatsToLongsAndRealsToInts() {
        assertTranscript("""
            q)floor -2.1 0 2.1
            -3 0 2
            q)ceiling -2.1 0 2.1
            -2 0 3
            q)floor 0n 0w
            0N 0W
            q)floor 2.5e
            2i
            q)floor 1 2i
            1 2i
            q)floor(1.2;3.4 5.6)
            1
            3 5
            """);
    }

    @Test
    void floorAndCeilingIgnoreComparisonToleranceSinceVersion3() {
        assertTranscript("""
            q)floor 2 - 10 xexp -12 -13
            1 1
            q)b:1f-10 xexp -13
            q)b=1
            1b
            q)floor b
            0
            q)ceiling 1+10 xexp -13
            2
            """);
    }

    @Test
    void notIsTrueOnlyForZero() {
        assertTranscript("""
            q)not 0 1 2
            100b
            q)not 1b
            0b
            q)not (0W;-0w;0N)
            000b
            """);
    }
}
