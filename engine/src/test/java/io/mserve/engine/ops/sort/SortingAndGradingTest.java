package io.mserve.engine.ops.sort;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** asc and desc sort stably, asc setting the sorted attribute; iasc, idesc and rank grade (ref/asc.md, ref/desc.md, ref/rank.md). */
class SortingAndGradingTest {

    @Test
    void ascSortsWithNullsFirstAndSetsTheSortedAttribute() {
        assertTranscript("""
            q)asc 2 1 3 4 2 1 2
            `s#1 1 2 2 2 3 4
            q)asc 3 0N 1 2
            `s#0N 1 2 3
            q)asc `b``a
            `s#``a`b
            q)asc 2 0n -0w -1
            `s#0n -0w -1 2
            q)asc 5 0N -0Wi
            `s#0N -0W 5i
            q)asc 0#0
            `s#`long$()
            """);
    }

    @Test
    void ascSortsCharactersBytesAndFlagsByTheirCodes() {
        assertTranscript("""
            q)asc "hello"
            `s#"ehllo"
            q)asc 0xff01
            `s#0x01ff
            q)asc 10b
            `s#01b
            """);
    }

    @Test
    void descSortsDescendingWithoutAnAttribute() {
        assertTranscript("""
            q)desc 3 1 2
            3 2 1
            """);
    }

    @Test
    void gradesAreStable() {
        assertTranscript("""
            q)iasc 2 1 2 1
            1 3 0 2
            q)idesc 2 1 2 1
            0 2 1 3
            q)idesc 1 2 1
            1 0 2
            q)iasc `b`a`b`a
            1 3 0 2
            q)iasc 2 7 3 2 5
            0 3 2 4 1
            """);
    }

    @Test
    void rankIsThePositionOfEachItemInTheSortedList() {
        assertTranscript("""
            q)rank 30 10 20
            2 0 1
            q)rank 2 7 3 2 5
            0 4 2 1 3
            """);
    }

    @Test
    void nestedListsSortLexicographically() {
        assertTranscript("""
            q)iasc (enlist "b";"ab";enlist "a")
            2 1 0
            q)asc ("bat";"dog";"cow";"cat")
            "bat"
            "cat"
            "cow"
            "dog"
            q)attr asc ("bat";"cat";"ant")
            `s
            """);
    }

    @Test
    void mixedListsSortByTypeThenValue() {
        assertTranscript("""
            q)asc (1;1b;"b";2009.01.01;"a";0)
            1b
            0
            1
            "a"
            "b"
            2009.01.01
            """);
    }

    @Test
    void dictionariesSortAndGradeByValue() {
        assertTranscript("""
            q)asc `a`b`c!3 1 2
            b| 1
            c| 2
            a| 3
            q)iasc `a`b`c!2 3 1
            `c`a`b
            q)idesc `a`b`c!2 3 1
            `b`a`c
            """);
    }

    @Test
    void tablesSortByRowsMarkingTheFirstColumn() {
        assertTranscript("""
            q)asc ([]a:4 3 4;b:`s`a`d)
            a b
            ---
            3 a
            4 d
            4 s
            q)meta asc ([]a:3 4 1;b:`a`d`s)
            c| t f a
            -| -----
            a| j   p
            b| s
            q)meta asc([]a:3 4 1)
            c| t f a
            -| -----
            a| j   s
            q)desc ([]a:3 4 1)
            a
            -
            4
            3
            1
            """);
    }

    @Test
    void keyedTablesSortByTheirValueColumns() {
        assertTranscript("""
            q)asc ([c1:`a`b] c2:2 1)
            c1| c2
            --| --
            b | 1
            a | 2
            q)meta asc ([c1:`a`b] c2:2 1)
            c | t f a
            --| -----
            c1| s
            c2| j   s
            """);
    }
}
