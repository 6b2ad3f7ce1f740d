package io.mserve.engine.ops.search;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** x?y finds the first index of y in x, or count x; x in y asks whether x is an item of y (ref/find.md, ref/in.md). */
class FindAndInTest {
    private static final String W = "q)w:10 -8 3 5 -1 2 3\n";

    @Test
    void findGivesTheFirstIndexOrTheCountWhenAbsent() {
        assertTranscript(W + """
            q)w?-8
            1
            q)w?3
            2
            q)w?17
            7
            q)w?3 17
            2 7
            q)"abcde"?"d"
            3
            q)`a`b`c?`c`z`a
            2 3 0
            """);
    }

    @Test
    void findComparesFloatsExactlyWithNullsAndZerosMatching() {
        assertTranscript("""
            q)1 0n -0.0?0n 0.0
            1 2
            """);
    }

    @Test
    void findIsRightAtomicOverANestedList() {
        assertTranscript(W + """
            q)i:w?(10 5 -1;-8;3 17)
            q)i
            0 3 4
            7
            2 7
            q)w[i]
            10 5 -1
            0N
            3 0N
            """);
        assertSignals("10 -8 3?(-8;10 5 -1)", "type");
    }

    @Test
    void inAListOfListsFindMatchesWholeItems() {
        assertTranscript("""
            q)u:("abcde";10 2 -6;(2 3;`ab))
            q)u?10 2 -6
            1
            q)u?"abcde"
            0
            q)u?(2 3;`ab)
            3 3
            q)(1;`a;"c")?(`a;1)
            1 0
            """);
    }

    @Test
    void findInADictionaryGivesKeys() {
        assertTranscript("""
            q)d:`a`b`c!1 2 3
            q)d?2
            `b
            q)d?9
            `
            q)d?3 1
            `c`a
            """);
    }

    @Test
    void findInATableTakesRecordsDictionariesOrTables() {
        assertTranscript("""
            q)t:([]a:1 2 3;b:`x`y`z)
            q)t?(2;`y)
            1
            q)t?`b`a!(`z;3)
            2
            q)t?([]a:3 9;b:`z`x)
            2 3
            """);
    }

    @Test
    void findIsTypeSpecificToTheList() {
        assertSignals("1 2?`a", "type");
        assertSignals("1 2?1i", "type");
        assertTranscript("""
            q)(1;1i)?1i
            1
            """);
    }

    @Test
    void inTellsWhetherEachAtomIsAnItem() {
        assertTranscript("""
            q)2 in 1 2 3
            1b
            q)1 5 in 1 2 3
            10b
            q)`a`z in `a`b
            10b
            q)`a in `a
            1b
            q)"x" in "a"
            0b
            q)"wx" in "acdexyz"
            01b
            q)1 3 7 6 4 in 5 4 1 6
            10011b
            q)("abc";("def";"ghi");"jkl")in "bed"
            010b
            (110b;000b)
            000b
            """);
    }

    @Test
    void inAGeneralListAsksWhetherTheWholeOfXIsAnItem() {
        assertTranscript("""
            q)1 2 in (1 2;`x)
            1b
            q)"wx" in ("acdexyz";"abcd";"wx")
            1b
            q)1 2 in (9;(1 2;3 4))
            00b
            q)1 2 in (1 2;9)
            1b
            q)1 2 in ((1 2;3 4);9)
            0b
            q)(1 2;3 4) in ((1 2;3 4);9)
            1b
            """);
    }

    @Test
    void inAGeneralListFindsOnlyWhatNestsAsDeeplyAsItsFirstItem() {
        assertTranscript("""
            q)3 in (1 2;3)
            0b
            q)3 in (3;1 2)
            1b
            """);
    }

    @Test
    void inAcceptsMixedTypesOnlyAgainstAnAtomOrOneItem() {
        assertTranscript("""
            q)1 2. in 2
            01b
            q)1 2. in 1#2
            01b
            """);
        assertSignals("1 2. in 0#2", "type");
        assertSignals("1 2. in 2#2", "type");
        assertSignals("1 2 in 1 2i", "type");
    }

    @Test
    void findComparesFunctionsByWhatTheyAreAsMatchDoes() {
        // basics/parsetrees.md: .q?(+:) finds flip by reverse lookup
        assertTranscript("""
            q)(flip;neg)?(-:)
            1
            q)(`a`b!(flip;neg))?(+:)
            `a
            q)(`a`b!(flip;neg))?(~:)
            `
            q)count distinct (flip;(+:);neg)
            2
            q)count distinct ({x+y};{x+y};{x*y})
            2
            """);
    }
}
