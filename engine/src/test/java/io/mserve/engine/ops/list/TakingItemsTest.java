package io.mserve.engine.ops.list;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** x#y takes items from the front or back, cyclically; a vector x takes a shape; symbols take keys or columns (ref/take.md). */
class TakingItemsTest {

    @Test
    void takeFromTheFrontOrTheBack() {
        assertTranscript("""
            q)3#1 2 3 4 5
            1 2 3
            q)-2#1 2 3 4 5
            4 5
            q)2#"abc"
            "ab"
            q)0#1 2
            `long$()
            """);
    }

    @Test
    void takeRepeatsTheListCyclicallyWhenTheCountExceedsIt() {
        assertTranscript("""
            q)5#`a`b`c
            `a`b`c`a`b
            q)-5#`a`b`c
            `b`c`a`b`c
            q)3#(1;`a)
            1
            `a
            1
            """);
    }

    @Test
    void takeFromAnAtomRepeatsIt() {
        assertTranscript("""
            q)3i#9
            9 9 9
            q)2#`a
            `a`a
            """);
    }

    @Test
    void takeFromAnEmptyVectorGivesNullsOfItsType() {
        assertTranscript("""
            q)2#0#0
            0N 0N
            """);
    }

    @Test
    void takeFromTheEmptyGeneralListGivesEmptyLists() {
        assertTranscript("""
            q)(2#())~(();())
            1b
            q)flip(`$("a";"a/b"))!2#()
            a a/b
            -----
            """);
    }

    @Test
    void aVectorLeftArgumentTakesAShape() {
        assertTranscript("""
            q)2 3#til 6
            0 1 2
            3 4 5
            q)2 2#1 2 3
            1 2
            3 1
            q)enlist[2]#til 10
            0 1
            q)(2 2 3#til 5)~((0 1 2;3 4 0);(1 2 3;4 0 1))
            1b
            """);
    }

    @Test
    void aNullInTheShapeMakesThatDimensionMaximal() {
        assertTranscript("""
            q)0N 3#til 10
            0 1 2
            3 4 5
            6 7 8
            ,9
            q)3 0N#til 10
            0 1 2
            3 4 5
            6 7 8 9
            q)4 0N#til 9
            0 1
            2 3
            4 5
            6 7 8
            """);
    }

    @Test
    void aNegativeDimensionIsADomainError() {
        assertSignals("-1 2 3#enlist 1", "domain");
    }

    @Test
    void takeFromADictionaryByCountOrByKeys() {
        assertTranscript("""
            q)d:`a`b`c!1 2 3
            q)2#d
            a| 1
            b| 2
            q)-2#d
            b| 2
            c| 3
            q)`a`c#d
            a| 1
            c| 3
            q)key `a`z#d
            `a`z
            q)value `a`z#d
            1 0N
            """);
    }

    @Test
    void takeFromATableByCountColumnsOrKeys() {
        assertTranscript("""
            q)t:([]a:1 2 3;b:`x`y`z;c:1 2 3f)
            q)`c`a#t
            c a
            ---
            1 1
            2 2
            3 3
            q)2#t
            a b c
            -----
            1 x 1
            2 y 2
            q)-1#t
            a b c
            -----
            3 z 3
            q)([]a:3 1)#1!t
            a| b c
            -| ---
            3| z 3
            1| x 1
            """);
        assertSignals("`q#([]a:1 2 3)", "q");
    }

    @Test
    void takeNeedsAnIntegerCount() {
        assertSignals("1f#enlist 1", "type");
    }
}
