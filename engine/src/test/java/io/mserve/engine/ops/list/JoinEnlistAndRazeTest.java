package io.mserve.engine.ops.list;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Join appends lists, dictionaries and tables; enlist makes a list; raze joins the items of a list (ref/join.md, ref/enlist.md, ref/raze.md). */
class JoinEnlistAndRazeTest {

    @Test
    void joinOfAtomsAndVectorsOfOneTypeIsAVector() {
        assertTranscript("""
            q)1 2 3,4
            1 2 3 4
            q)1,2
            1 2
            q)`a,`b`c
            `a`b`c
            q)(enlist 1.5),2f
            1.5 2
            q)"ab","c"
            "abc"
            """);
    }

    @Test
    void joinOfDifferentTypesIsAGeneralList() {
        assertTranscript("""
            q)(enlist 1),enlist 2f
            1
            2f
            q)(1;`a),2 3
            1
            `a
            2
            3
            q)(enlist 2000.01.02),2i
            2000.01.02
            2i
            """);
    }

    @Test
    void anEmptyGeneralListJoinsAsNothing() {
        assertTranscript("""
            q)(),1 2
            1 2
            q)(),1
            ,1
            q)1 2,()
            1 2
            """);
    }

    @Test
    void joiningToASortedListKeepsTheItemsInOrder() {
        assertTranscript("""
            q)((`s#1 2),3)~1 2 3
            1b
            """);
    }

    @Test
    void joinOfDictionariesUpsertsTheRightIntoTheLeft() {
        assertTranscript("""
            q)(`a`b`c!1 2 3),`c`d!4 5
            a| 1
            b| 2
            c| 4
            d| 5
            """);
    }

    @Test
    void joinOfTablesAppendsRowsMatchingColumnsByName() {
        assertTranscript("""
            q)t:([]a:1 2;b:`x`y)
            q)t,([]a:enlist 3;b:enlist `z)
            a b
            ---
            1 x
            2 y
            3 z
            q)t,([]b:enlist `z;a:enlist 3)
            a b
            ---
            1 x
            2 y
            3 z
            q)t,`a`b!(3;`z)
            a b
            ---
            1 x
            2 y
            3 z
            q)(1!t),1!([]a:2 5;b:`w`v)
            a| b
            -| -
            1| x
            2| w
            5| v
            """);
        assertSignals("([]a:1 2;b:`x`y),([]c:enlist 1)", "mismatch");
    }

    @Test
    void enlistMakesAListOfItsArguments() {
        assertTranscript("""
            q),1
            ,1
            q)count enlist 1 2
            1
            q)-3!enlist 1 2
            ",1 2"
            q)enlist[1;2]
            1 2
            q)enlist[1;`a]
            1
            `a
            q)enlist `a`b!(1;2 3)
            a b
            -----
            1 2 3
            """);
    }

    @Test
    void enlistOfADictionaryWithNoKeysIsAListOfOneDictionary() {
        assertTranscript("""
            q)count enlist (0#`)!0#0N
            1
            q)type first enlist (0#`)!0#0N
            99h
            q)d:enlist[`]!enlist(0#`)!0#0N
            q)count d
            1
            """);
    }

    @Test
    void razeJoinsTheItemsOfAList() {
        assertTranscript("""
            q)raze (1 2;enlist 3;4)
            1 2 3 4
            q)raze (enlist 1;enlist `a)
            1
            `a
            q)(raze (enlist enlist 1;enlist enlist 2))~(enlist 1;enlist 2)
            1b
            q)raze (();1 2)
            1 2
            q)raze (1 2;"ab")
            1
            2
            "a"
            "b"
            """);
    }

    @Test
    void razeOfAnAtomOrVectorIsAVector() {
        assertTranscript("""
            q)raze 1
            ,1
            q)raze 1 2
            1 2
            """);
    }

    @Test
    void razeOfADictionaryJoinsItsValues() {
        assertTranscript("""
            q)raze `a`b!(enlist 1;enlist 2)
            1 2
            q)raze `q`w`e!(1 2;3 4;5 6)
            1 2 3 4 5 6
            """);
    }

    @Test
    void razeOfTablesOrDictionariesJoinsThem() {
        assertTranscript("""
            q)raze (([]a:enlist 1);([]a:enlist 2))
            a
            -
            1
            2
            q)raze ((enlist `a)!enlist 1;`a`b!2 3)
            a| 2
            b| 3
            """);
    }
}
