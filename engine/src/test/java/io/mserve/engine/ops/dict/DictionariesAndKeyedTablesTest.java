package io.mserve.engine.ops.dict;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** x!y makes a dictionary, n!t keys a table on its first n columns; key, value and cols take them apart (ref/dict.md, ref/enkey.md, ref/key.md). */
class DictionariesAndKeyedTablesTest {
    private static final String T = "q)t:([]a:1 2;b:`x`y;c:3 4)\n";

    @Test
    void bangPairsKeysWithValues() {
        assertTranscript("""
            q)`a`b!1 2
            a| 1
            b| 2
            q)(`s#`a`b)!1 2
            a| 1
            b| 2
            q)attr key (`s#`a`b)!1 2
            `s
            """);
        assertSignals("`a`b!enlist 1", "length");
    }

    @Test
    void aSortedDictionaryIsAStepFunction() {
        assertTranscript("""
            q)d:`cat`cow`dog`sheep!`chat`vache`chien`mouton
            q)d `sheep`snake`cat`ant
            `mouton``chat`
            q)ds:`s#d
            q)ds `sheep`snake`cat`ant
            `mouton`mouton`chat`
            q)es:`s#(10*til 10)!til 10
            q)es 80 35 20 -10
            8 3 2 0N
            """);
    }

    @Test
    void anIntegerKeysATableOnThatManyColumnsAndZeroUnkeysIt() {
        assertTranscript(T + """
            q)2!t
            a b| c
            ---| -
            1 x| 3
            2 y| 4
            q)0!2!t
            a b c
            -----
            1 x 3
            2 y 4
            q)1!2!t
            a| b c
            -| ---
            1| x 3
            2| y 4
            """);
        assertSignals("3!([]a:1 2;b:`x`y;c:3 4)", "length");
    }

    @Test
    void keyAndValueOfADictionary() {
        assertTranscript("""
            q)key `a`b!1 2
            `a`b
            q)value `a`b!1 2
            1 2
            q)!`a`b!1 2
            `a`b
            """);
    }

    @Test
    void keyOfANumberIsTilAndOfAVectorItsTypeName() {
        assertTranscript("""
            q)!3
            0 1 2
            q)key 2
            0 1
            q)key 0#0
            `long
            q)key enlist "a"
            `char
            """);
    }

    @Test
    void keyAndValueOfAKeyedTableAreTables() {
        assertTranscript("""
            q)kt:1!([]a:enlist 1;b:enlist 2)
            q)key kt
            a
            -
            1
            q)value kt
            b
            -
            2
            q)cols kt
            `a`b
            """);
    }

    @Test
    void colsNamesTheColumnsOfATable() {
        assertTranscript("""
            q)cols ([]x:0#0;y:0#0)
            `x`y
            """);
        assertSignals("cols enlist 1", "type");
    }
}
