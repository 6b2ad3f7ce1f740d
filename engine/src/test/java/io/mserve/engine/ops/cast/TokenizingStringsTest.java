package io.mserve.engine.ops.cast;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** An upper-case type letter (or negative short) $ a string parses it; what does not parse is null (ref/tok.md). */
class TokenizingStringsTest {

    @Test
    void numbersParseIgnoringSurroundingBlanks() {
        assertTranscript("""
            q)"J"$"42"
            42
            q)"J"$" -42 "
            -42
            q)"F"$"1.5"
            1.5
            q)"F"$"-1e3"
            -1000f
            q)"F"$"0w"
            0w
            q)"E"$"3.14"
            3.14e
            q)-8h$"3.14"
            3.14e
            q)"X"$"42"
            0x42
            """);
    }

    @Test
    void whatDoesNotParseOrIsOutsideTheDomainIsNull() {
        assertTranscript("""
            q)"J"$"4x"
            0N
            q)"J"$""
            0N
            q)"F"$"abc"
            0n
            q)"H"$"32768"
            0Nh
            q)"I"$"2147483648"
            0Ni
            """);
    }

    @Test
    void anIPv4AddressParsesAsAnInt() {
        assertTranscript("""
            q)"I"$"192.168.1.34"
            -1062731486i
            """);
    }

    @Test
    void aListOfStringsParsesItemByItem() {
        assertTranscript("""
            q)"I"$(enlist "1";enlist "x";enlist "3")
            1 0N 3i
            q)"H"$(enlist "7";"0W")
            7 0Wh
            q)"F"$(enlist "1";enlist "x")
            1 0n
            q)"S"$(" a ";"")
            `a`
            q)"J"$(enlist "1";enlist enlist "2")
            1
            ,2
            q)"BXH"$("42";"42";"42")
            0b
            0x42
            42h
            """);
    }

    @Test
    void booleansAreTrueForTheTruthyCharacters() {
        assertTranscript("""
            q)"B"$"   Y  "
            1b
            q)"B"$(" Y ";"    N ")
            10b
            """);
    }

    @Test
    void symbolsGuidsAndTemporalValues() {
        assertTranscript("""
            q)"S"$"hello"
            `hello
            q)"G"$"8c6b8b64-6815-6084-0a3e-178401251b68"
            8c6b8b64-6815-6084-0a3e-178401251b68
            q)"D"$"2020.01.01"
            2020.01.01
            q)"D"$"nonsense"
            0Nd
            q)"U"$"12:13:14"
            12:13
            """);
    }

    @Test
    void onlyStringsParse() {
        assertSignals("\"J\"$1", "type");
    }
}
