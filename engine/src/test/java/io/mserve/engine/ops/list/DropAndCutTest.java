package io.mserve.engine.ops.list;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** x_y drops items, entries, keys or columns; a vector x cuts y at its indices (ref/drop.md, ref/cut.md). */
class DropAndCutTest {

    @Test
    void anIntegerDropsLeadingOrTrailingItems() {
        assertTranscript("""
            q)2_1 2 3 4
            3 4
            q)-2_1 2 3 4
            1 2
            q)9_1 2
            `long$()
            q)1_`a`b`c!1 2 3
            b| 2
            c| 3
            q)1_([]a:1 2)
            a
            -
            2
            """);
    }

    @Test
    void aListDropsTheItemAtAnIndexIfThereIsOne() {
        assertTranscript("""
            q)0 1 2 3_2
            0 1 3
            q)0 1 2 3_9
            0 1 2 3
            """);
    }

    @Test
    void keysDropEntriesFromADictionary() {
        assertTranscript("""
            q)d:`a`b`c!1 2 3
            q)d _`a
            b| 2
            c| 3
            q)`a _ d
            b| 2
            c| 3
            q)`a`b _ d
            c| 3
            """);
        assertSignals("(`a`b`c!1 2 3) _ `a`b", "type");
    }

    @Test
    void integerKeysAreKeysOnTheRightAndCountsOnTheLeft() {
        assertTranscript("""
            q)d:100 200!`a`b
            q)d _ 1
            100| a
            200| b
            q)d _ 100
            200| b
            q)enlist[100] _ d
            200| b
            q)count 100 _ d
            0
            """);
    }

    @Test
    void columnNamesDropColumnsFromATable() {
        assertTranscript("""
            q)`a`b _ ([]a:1 2;b:3 4;c:`d`e)
            c
            -
            d
            e
            """);
    }

    @Test
    void aSymbolDropsNothingFromAList() {
        assertSignals("`a _ enlist 1", "type");
    }

    @Test
    void cutStartsEachPieceAtAnIndex() {
        assertTranscript("""
            q)2 4 9 _ til 10
            2 3
            4 5 6 7 8
            ,9
            q)2 4 4 9 _ til 10
            2 3
            `long$()
            4 5 6 7 8
            ,9
            q)0 2 cut "abcd"
            "ab"
            "cd"
            """);
    }

    @Test
    void cutOfATableGivesTables() {
        assertTranscript("""
            q)ts:0 3 _ ([]a:til 5;b:`a`b`c`d`e)
            q)ts 1
            a b
            ---
            3 d
            4 e
            q)count ts
            2
            """);
    }

    @Test
    void anAtomCutsIntoPiecesOfThatSize() {
        assertTranscript("""
            q)4 cut til 10
            0 1 2 3
            4 5 6 7
            8 9
            """);
    }

    @Test
    void cutIndicesMustAscend() {
        assertSignals("3 1_1 2 3 4", "domain");
    }
}
