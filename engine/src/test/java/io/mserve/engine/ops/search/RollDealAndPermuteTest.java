package io.mserve.engine.ops.search;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import org.junit.jupiter.api.Test;

/** x?y rolls with duplicates, -x?y deals without, 0N?y permutes; the seed is fixed at start-up (ref/deal.md). */
class RollDealAndPermuteTest {

    @Test
    void rollDrawsFromTheRangeOfTheRightArgumentAndKeepsItsType() {
        assertTranscript("""
            q)r:10?5
            q)type r
            7h
            q)all r within 0 4
            1b
            q)type 3?`a`b
            11h
            q)count 4?1.5
            4
            q)d:20?2000.04.10
            q)type d
            14h
            q)all d within 2000.01.01 2000.04.09
            1b
            """);
    }

    @Test
    void rollOfASymbolCountMakesSymbolsOfThatManyLettersFromAToP() {
        assertTranscript("""
            q)s:string 5?`3
            q)all 3=count each s
            1b
            q)all all each s in "abcdefghijklmnop"
            1b
            """);
    }

    @Test
    void dealDrawsWithoutDuplicates() {
        assertTranscript("""
            q)(asc -10?10)~til 10
            1b
            q)count distinct -1000?1000000000
            1000
            q)count distinct -20?`2
            20
            """);
    }

    @Test
    void permuteReordersTheWholeList() {
        assertTranscript("""
            q)(asc 0N?`a`b`c)~`a`b`c
            1b
            """);
    }

    @Test
    void dealingMoreThanThereIsIsALengthError() {
        assertSignals("-5?3", "length");
        assertSignals("-5?1 2", "length");
    }

    @Test
    void everySessionStartsFromTheSameSeed() {
        assertThat(new Session().execute("10?100")).isEqualTo(new Session().execute("10?100"));
    }

    @Test
    void backslashSShowsAndResetsTheSeed() {
        assertTranscript("""
            q)\\S
            -314159i
            q)x:10?1000000
            q)\\S 42
            q)x~10?1000000
            0b
            q)\\S -314159
            q)x~10?1000000
            1b
            """);
    }
}
