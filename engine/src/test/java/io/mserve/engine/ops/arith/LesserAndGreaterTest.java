package io.mserve.engine.ops.arith;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Lesser and Greater compare underlying values; on flags they are logical and/or (ref/lesser.md, ref/greater.md). */
class LesserAndGreaterTest {

    @Test
    void lesserAndGreaterOfNumbers() {
        assertTranscript("""
            q)2&3
            2
            q)2|3
            3
            """);
    }

    @Test
    void onFlagsTheyAreAndAndOr() {
        assertTranscript("""
            q)1010b and 1100b
            1000b
            q)1010b or 1100b
            1110b
            """);
    }

    @Test
    void charactersAndSymbolsCompareByTheirValues() {
        assertTranscript("""
            q)"sat"&"cow"
            "cat"
            q)"sat"|"cow"
            "sow"
            q)`b`a&`a
            `a`a
            q)`b|`a
            `b
            """);
    }

    @Test
    void mixedTypesGiveTheHigherType() {
        assertTranscript("""
            q)1b|2
            2
            q)2i&3f
            2f
            q)98|"a"
            "b"
            q)98&"c"
            "b"
            """);
    }

    @Test
    void nullIsTheLeastValue() {
        assertTranscript("""
            q)0N 5&1
            0N 1
            q)0N 5|1
            1 5
            q)0n 5|1f
            1 5f
            q)0n&1f
            0n
            """);
    }
}
