package io.mserve.engine.ops.compare;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Match compares whole values, type and count included (ref/match.md); differ flags items unlike their predecessors (ref/differ.md). */
class MatchAndDifferTest {

    @Test
    void matchNeedsTheSameTypeAndCount() {
        assertTranscript("""
            q)1 2 3~1 2 3
            1b
            q)1 2 3~1 2
            0b
            q)1~1i
            0b
            q)1~enlist 1
            0b
            q)"abc"~"abc"
            1b
            q)(::)~(::)
            1b
            """);
    }

    @Test
    void matchComparesGeneralListsItemByItem() {
        assertTranscript("""
            q)(1;`a)~(1;`a)
            1b
            q)(1;`a)~(1;`b)
            0b
            """);
    }

    @Test
    void matchIgnoresAttributes() {
        assertTranscript("""
            q)(`s#1 2 3)~1 2 3
            1b
            q)d:`cat`cow`dog`sheep!`chat`vache`chien`mouton
            q)(`s#d)~d
            1b
            """);
    }

    @Test
    void matchIsTolerantOfFloatsAndNullsMatch() {
        assertTranscript("""
            q)0n~0n
            1b
            q)(enlist 0.3)~enlist[0.1]+0.2
            1b
            """);
    }

    @Test
    void dictionariesAndTablesMatchOnKeysValuesAndColumnTypes() {
        assertTranscript("""
            q)(enlist[`a]!enlist 1)~enlist[`a]!enlist 1
            1b
            q)(enlist[`a]!enlist 1)~enlist[`b]!enlist 1
            0b
            q)([]a:enlist 1)~([]a:enlist 1)
            1b
            q)([]a:enlist 1)~([]a:enlist 1i)
            0b
            """);
    }

    @Test
    void differFlagsTheFirstItemAndEveryItemUnlikeThePrevious() {
        assertTranscript("""
            q)differ 1 1 2 2 1
            10101b
            q)differ `a`a
            10b
            q)differ (enlist 1;enlist 1;`a)
            101b
            q)differ 0#0
            `boolean$()
            """);
    }
}
