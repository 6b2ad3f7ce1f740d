package io.mserve.engine.ops.compare;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Comparison tolerance as kdb+'s basics/precision.md states it, with that page's own examples. */
class ComparisonToleranceTest {

    @Test
    void equalIsTolerantWhereZeroMinusIsStrict() {
        assertTranscript("""
            q)r7:1%7
            q)1.0=sum 7#r7
            1b
            q)0=1.0-sum 7#r7
            0b
            q)r3:1%3
            q)1=r3+r3+r3
            1b
            q)0=1-r3+r3+r3
            1b
            q)96.100000000000009 = 96.099999999999994
            1b
            q)0=96.100000000000009-96.099999999999994
            0b
            """);
    }

    @Test
    void differIsTolerantButFindAndGroupAreNot() {
        assertTranscript("""
            q)\\P 0
            q)differ 96.100000000000009 96.099999999999994
            10b
            q)96.100000000000009 96.099999999999994 ? 96.099999999999994
            1
            q)group 96.100000000000009 96.099999999999994
            96.100000000000009| 0
            96.099999999999994| 1
            """);
    }

    @Test
    void toleranceIsNotTransitive() {
        assertTranscript("""
            q)a:96.099999999999994
            q)b:96.10000000001
            q)c:96.10000000002
            q)a=b
            1b
            q)b=c
            1b
            q)a=c
            0b
            """);
    }

    @Test
    void toleranceIsRelativeToTheLargerMagnitude() {
        assertTranscript("""
            q)a:1e12
            q)a=a-1
            0b
            q)a:1e13
            q)a=a-1
            1b
            q)0=a-(a-1)
            0b
            q)x:0
            q)do[1000;x+:.001]
            q)x=1
            1b
            """);
    }

    @Test
    void equalMatchAndMoreAreTolerantWhileFindExceptDistinctGroupAndSortsAreExact() {
        assertTranscript("""
            q)\\P 0
            q)a:1f
            q)b:a-10 xexp -13
            q)a=b
            1b
            q)a~b
            1b
            q)a>b
            0b
            q)(a,a)?b
            2
            q)(a,a) except b
            1 1f
            q)distinct a,b
            1 0.99999999999989997
            q)group a,b
            1                  | 0
            0.99999999999989997| 1
            q)iasc a,b
            1 0
            """);
    }

    @Test
    void datetimesAreFloatsAndCompareTolerantly() {
        assertTranscript("""
            q)a:2000.01.02 + sum 1000#1%86400
            q)a
            2000.01.02T00:16:40.000
            q)b:2000.01.02T00:16:40.000
            q)a=b
            1b
            q)0=a-b
            0b
            """);
    }

    @Test
    void withinIsTolerant() {
        assertPrints("1 2f within (1f+1e-14;2f-1e-14)", "11b");
        assertPrints("1f within (1f+1e-14;2f)", "1b");
        assertPrints("1 2 within 1 1", "10b");
    }

    @Test
    void nullsMatchNullsAndInfinitiesOnlyThemselves() {
        assertPrints("0n=0n", "1b");
        assertPrints("0w=0w", "1b");
        assertPrints("0w=1e308", "0b");
        assertPrints("differ 0n 0n 1 1 0w", "10101b");
    }
}
