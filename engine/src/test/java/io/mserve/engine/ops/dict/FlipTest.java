package io.mserve.engine.ops.dict;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** flip transposes a list of lists, and turns a column dictionary into a table and back (ref/flip.md). */
class FlipTest {

    @Test
    void flipTransposesAListOfEqualLengthLists() {
        assertTranscript("""
            q)flip (1 2 3;4 5 6)
            1 4
            2 5
            3 6
            q)flip (`a`b;1 2)
            `a 1
            `b 2
            """);
    }

    @Test
    void atomsExtendToTheLengthOfTheLists() {
        assertTranscript("""
            q)flip (1 2 3;4)
            1 4
            2 4
            3 4
            q)flip `a`b!(`i;1 2)
            a b
            ---
            i 1
            i 2
            """);
    }

    @Test
    void aDictionaryOfColumnsFlipsToATableAndBack() {
        assertTranscript("""
            q)D:`sym`price`size!(`IBM`MSFT;10.2 23.45;100 100)
            q)flip D
            sym  price size
            ---------------
            IBM  10.2  100
            MSFT 23.45 100
            q)flip flip D
            sym  | IBM  MSFT
            price| 10.2 23.45
            size | 100  100
            q)D~flip flip D
            1b
            """);
    }

    @Test
    void listsOfDifferentLengthsOrNonSymbolKeysDoNotFlip() {
        assertSignals("flip (1 2;enlist 1)", "length");
        assertSignals("flip (enlist 1)!enlist 2", "type");
    }
}
