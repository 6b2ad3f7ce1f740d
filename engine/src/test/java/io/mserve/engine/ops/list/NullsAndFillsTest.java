package io.mserve.engine.ops.list;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** null flags the null of every type; fills carries the last non-null forward (ref/null.md, ref/fill.md#fills). */
class NullsAndFillsTest {

    @Test
    void nullFlagsNullsOfNumbersSymbolsAndBlankCharacters() {
        assertTranscript("""
            q)null 1 0N
            01b
            q)null 0n 1
            10b
            q)null ``a
            10b
            q)null "a "
            01b
            q)null enlist 0b
            ,0b
            q)null 0Ni
            1b
            q)null `a
            0b
            q)null (1;`)
            01b
            q)x:(::)
            q)null x
            1b
            """);
    }

    @Test
    void nullOfTheGenericNullWrittenInPlaceIsTrue() {
        assertTranscript("""
            q)null (::)
            1b
            q)type (::)
            101h
            q)count (::)
            1
            """);
    }

    @Test
    void nullFlagsTheNullOfEveryOtherType() {
        assertTranscript("""
            q)null "G"$("00000000-0000-0000-0000-000000000000";"00000000-0000-0001-0000-000000000002")
            10b
            q)null enlist 0Nh
            ,1b
            q)null 0Ne 1e
            10b
            q)null enlist 0x00
            ,0b
            """);
    }

    @Test
    void nullAppliesToTheValuesOfADictionary() {
        assertTranscript("""
            q)null (enlist `a)!enlist 0N
            a| 1
            """);
    }

    @Test
    void theNullOfATypeFillsWhatATakeOrShiftAddsToAnEmptyOrShortList() {
        assertTranscript("""
            q)prev "ab"
            " a"
            q)1#0#0Ng
            ,00000000-0000-0000-0000-000000000000
            """);
    }

    @Test
    void fillsCarriesTheLastNonNullForward() {
        assertTranscript("""
            q)fills 0N 1 0N 0N 3
            0N 1 1 1 3
            q)fills `a``b
            `a`a`b
            q)fills 1 0n
            1 1f
            q)fills 0Nd,2000.01.02,0Nd
            0N 2000.01.02 2000.01.02
            q)fills (1;0N;`a)
            1
            1
            `a
            q)fills ([]a:1 0N)
            a
            -
            1
            1
            """);
    }
}
