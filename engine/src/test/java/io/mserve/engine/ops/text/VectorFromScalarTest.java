package io.mserve.engine.ops.text;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** x vs y splits strings, symbols and bytes, and encodes numbers as bits, bytes or digits of a base (ref/vs.md). */
class VectorFromScalarTest {

    @Test
    void aCharacterOrStringSplitsAString() {
        assertTranscript("""
            q)"," vs "one,two,three"
            "one"
            "two"
            "three"
            q)", " vs "spring, summer, autumn, winter"
            "spring"
            "summer"
            "autumn"
            "winter"
            q)"|" vs "red|green||blue"
            "red"
            "green"
            ""
            "blue"
            q)"\\n" vs "abc\\ndef\\n"
            "abc"
            "def"
            ""
            q)(enlist "") ~ "," vs ""
            1b
            """);
    }

    @Test
    void theEmptySymbolSplitsAtLineBreaksDroppingATrailingOne() {
        assertTranscript("""
            q)` vs "abc\\ndef\\nghi"
            "abc"
            "def"
            "ghi"
            q)` vs "abc\\r\\ndef\\r\\nghi"
            "abc"
            "def"
            "ghi"
            q)` vs "abc\\ndef\\nghi\\n"
            "abc"
            "def"
            "ghi"
            q)` vs "x"$"a\\nb"
            ,"a"
            ,"b"
            """);
    }

    @Test
    void theEmptySymbolSplitsASymbolAtDotsAndAFileHandleIntoDirectoryAndFile() {
        assertTranscript("""
            q)` vs `mywork.dat
            `mywork`dat
            q)` vs `:/home/kdb/data/mywork.dat
            `:/home/kdb/data`mywork.dat
            """);
    }

    @Test
    void bytesSplitBytes() {
        assertTranscript("""
            q)0x02 vs 0x0102010201
            ,0x01
            ,0x01
            ,0x01
            q)0x0203 vs 0x000102030405
            0x0001
            0x0405
            q)" "vs"x"$"a b"
            ,"a"
            ,"b"
            """);
    }

    @Test
    void falseEncodesBitsAndZeroByteEncodesBytes() {
        assertTranscript("""
            q)0b vs 23173h
            0101101010000101b
            q)0b vs 23173i
            00000000000000000101101010000101b
            q)0x0 vs 2413h
            0x096d
            q)0x0 vs 2413i
            0x0000096d
            q)0x0 vs 2413e
            0x4516d000
            q)0x0 vs 2413f
            0x40a2da0000000000
            q)g:"G"$"8c6b8b64-6815-6084-0a3e-178401251b68"
            q)g~0b sv 0b vs g
            1b
            """);
    }

    @Test
    void anIntegerEncodesInThatBaseOrMixedRadix() {
        assertTranscript("""
            q)10 vs 1995
            1 9 9 5
            q)2 vs 9
            1 0 0 1
            q)24 60 60 vs 3805
            1 3 25
            q)256 vs -1062731486i
            192 168 1 34i
            q)10 vs 42i
            4 2i
            q)10 vs 1995 1996 1997
            1 1 1
            9 9 9
            9 9 9
            5 6 7
            q)10 vs 5 123
            0 1
            0 2
            5 3
            """);
    }

    @Test
    void eachDigitOfANestedListHasTheListsStructure() {
        assertTranscript("""
            q)a:10 vs(1995;1996 1997)
            q)a~((1;1 1);(9;9 9);(9;9 9);(5;6 7))
            1b
            q)(24 60 vs (100;200 300))~((1;3 5);(40;20 0))
            1b
            """);
    }

    @Test
    void onlyIntegersEncodeInABase() {
        assertSignals("10 vs 1f", "type");
        assertSignals("10 vs (1;`a)", "type");
    }
}
