package io.mserve.engine.ops.arith;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Add, Subtract and Multiply are atomic (basics/atomic.md): atoms extend, lists pair item by item, nulls propagate. */
class AtomicArithmeticTest {

    @Test
    void anAtomExtendsToEveryItemOfAList() {
        assertTranscript("""
            q)2+3 4 5
            5 6 7
            q)1-1 2 3
            0 -1 -2
            q)1 2i+1i
            2 3i
            q)1.5 2+1
            2.5 3
            """);
    }

    @Test
    void listsOfEqualCountPairItemByItem() {
        assertTranscript("""
            q)1 2+10 20
            11 22
            q)101b+110b
            2 1 1i
            q)2 3h*4h
            8 12i
            """);
    }

    @Test
    void theResultOfTwoAtomsIsAnAtomOfTheWiderType() {
        assertTranscript("""
            q)1+2
            3
            q)1i+2i
            3i
            q)1i+55
            56
            q)1+1.5e
            2.5e
            q)1b&0b
            0b
            """);
    }

    @Test
    void anEmptyListStaysEmptyAndKeepsItsType() {
        assertPrints("(0#0)+1", "`long$()");
    }

    @Test
    void generalListsApplyAtEveryDepth() {
        assertTranscript("""
            q)(10;20 30)+(2;3 4)
            12
            23 34
            q)(10;20 30)%(2;4 5)
            5f
            5 6f
            q)(1;2f)+1
            2
            3f
            q)(1;2i)+(1;2i)
            2
            4i
            """);
    }

    @Test
    void aGeneralListWhoseResultsShareOneTypeBecomesAVector() {
        assertPrints("(1i;2)+1", "2 3");
    }

    @Test
    void listsOfDifferentCountsAreALengthError() {
        assertSignals("1 2+1 2 3", "length");
        assertSignals("(1 2;1)+(1 2 3;1)", "length");
        assertSignals("(1;2)+1 2 3", "length");
    }

    @Test
    void symbolsAndCharactersAreNotNumbers() {
        assertSignals("`a+1", "type");
        assertSignals("\"ab\"+1", "type");
    }

    @Test
    void aFunctionIsNotANumber() {
        // basics/parsetrees.md: value applies + to 7 and the list (+;2;1), which holds a function
        assertSignals("value(+;7;(+;2;1))", "type");
        assertSignals("7+(+;2;1)", "type");
    }

    @Test
    void aNullOperandGivesANullOfTheResultType() {
        assertTranscript("""
            q)0N+1
            0N
            q)0Ni+1
            0N
            q)0N 2*3
            0N 6
            q)0n+1
            0n
            q)0Nh+1h
            0Ni
            """);
    }

    @Test
    void integerArithmeticWrapsAroundThroughNullAndInfinity() {
        assertTranscript("""
            q)0W+1
            0N
            q)-0W-1
            0N
            q)2147483647i+1i
            0Ni
            """);
    }

    @Test
    void floatListsPairItemByItemWithNullsAndInfinities() {
        assertTranscript("""
            q)1.5 2.5 0n 0w - 0.5 1 2 0w
            1 1.5 0n 0n
            q)1.5 0n -0w + 1 1 0w
            2.5 0n 0n
            q)1.5 0n 0w * 2 3 -1f
            3 0n -0w
            """);
    }
}
