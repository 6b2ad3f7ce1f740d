package io.mserve.engine.ops.aggregate;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** max and min ignore nulls and give the opposite infinity when nothing is left (ref/max.md, ref/min.md). */
class MaxAndMinTest {

    @Test
    void maxAndMinIgnoreNulls() {
        assertTranscript("""
            q)max 2 5 7 1 3
            7
            q)max 0N 5 0N 1 3
            5
            q)min 0N 5 0N 1 3
            1
            q)max 1 0n 3
            3f
            """);
    }

    @Test
    void withNothingButNullsOrNothingAtAllTheResultIsTheOppositeInfinity() {
        assertTranscript("""
            q)max 0N 0N
            -0W
            q)min 0N 0N
            0W
            q)max 0#0f
            -0w
            q)min 0#0i
            0Wi
            q)max ()
            -0W
            """);
    }

    @Test
    void maxOfFlagsCharactersAndDatesKeepsTheirType() {
        assertTranscript("""
            q)max 010b
            1b
            q)max "abc"
            "c"
            q)max 2000.01.01 2001.01.01
            2001.01.01
            """);
    }

    @Test
    void overAListOfListsTheyWorkItemWiseWithNullLeast() {
        assertTranscript("""
            q)max (1 2;0N 4)
            1 4
            q)min (1 2;0N 4)
            0N 2
            """);
    }

    @Test
    void overADictionaryTheyCompareItsValuesAndOverATableItsColumns() {
        assertTranscript("""
            q)min `a`b!(10 21 3;4 5 6)
            4 5 3
            q)max flip`a`b!(10 21 3;4 5 6)
            a| 21
            b| 6
            """);
    }
}
