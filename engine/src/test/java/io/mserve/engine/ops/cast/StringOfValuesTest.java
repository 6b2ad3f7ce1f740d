package io.mserve.engine.ops.cast;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** string gives the text of an atom, atomically over lists, dictionaries and tables (ref/string.md). */
class StringOfValuesTest {

    @Test
    void theTextOfAnAtomIsAString() {
        assertTranscript("""
            q)string `ibm
            "ibm"
            q)string 2
            ,"2"
            q)string 42
            "42"
            q)string 1b
            ,"1"
            q)string 0x2a
            "2a"
            q)string -7h
            "-7"
            q)string 12i
            "12"
            q)string "a"
            ,"a"
            q)string "G"$"8c6b8b64-6815-6084-0a3e-178401251b68"
            "8c6b8b64-6815-6084-0a3e-178401251b68"
            q)$42
            "42"
            """);
    }

    @Test
    void floatsShowSevenSignificantDigitsAndTheExponentBeyond() {
        assertTranscript("""
            q)string 1.5
            "1.5"
            q)string 1.1
            "1.1"
            q)string 3.14159265
            "3.141593"
            q)string 1%7
            "0.1428571"
            q)string 1f
            ,"1"
            q)string -2.25
            "-2.25"
            q)string 100000f
            "100000"
            q)string 1234567f
            "1234567"
            q)string 0.0001
            "0.0001"
            q)string 33.3
            "33.3"
            q)string 1.1e
            "1.1"
            q)string 0f
            ,"0"
            """);
    }

    @Test
    void largeAndSmallFloatsUseTheExponentForm() {
        assertTranscript("""
            q)string 1e10
            "1e+10"
            q)string 123456789f
            "1.234568e+08"
            q)string 12345678f
            "1.234568e+07"
            q)string 1e-5
            "1e-05"
            q)string -1.5e-7
            "-1.5e-07"
            q)string 1e100
            "1e+100"
            """);
    }

    @Test
    void thePrecisionSettingChangesTheDigitsShownAndZeroMeansAll() {
        assertTranscript("""
            q)\\P 3
            q)1%3
            0.333
            q)\\P 10
            q)1%3
            0.3333333333
            q)\\P 0
            q)0.1
            0.10000000000000001
            """);
    }

    @Test
    void thePrecisionSettingAppliesWheneverAFloatBecomesAString() {
        assertTranscript("""
            q)\\P 3
            q)string 1%3
            "0.333"
            q)-3!acos -1
            "3.14"
            q)\\P 0
            q)string 0.1
            "0.10000000000000001"
            """);
    }

    @Test
    void nullsAreEmptyAndInfinitiesKeepTheirText() {
        assertTranscript("""
            q)string 0N
            ""
            q)string 0N 1
            ""
            ,"1"
            q)string 0Nd
            ""
            q)string 0Wi
            "0W"
            q)string -0W
            "-0W"
            q)string 0n
            ""
            q)string 0w
            "0w"
            q)string -0w
            "-0w"
            q)string `
            ""
            """);
    }

    @Test
    void temporalAtomsShowAsQWritesThem() {
        assertTranscript("""
            q)string 2020.01.01
            "2020.01.01"
            q)string 12:00
            "12:00"
            """);
    }

    @Test
    void stringIsAtomicOverLists() {
        assertTranscript("""
            q)string 1 2 3
            ,"1"
            ,"2"
            ,"3"
            q)string "cat"
            ,"c"
            ,"a"
            ,"t"
            q)string `a`bc
            ,"a"
            "bc"
            q)string 1.1 2.2
            "1.1"
            "2.2"
            q)string (2 3;"abc")
            (,"2";,"3")
            (,"a";,"b";,"c")
            q)first string enlist 0Ng
            "00000000-0000-0000-0000-000000000000"
            """);
    }

    @Test
    void stringAppliesToDictionaryValuesAndTableColumns() {
        assertTranscript("""
            q)string `a`b`c!2002 2004 2010
            a| "2002"
            b| "2004"
            c| "2010"
            q)string ([]a:1 2 3;b:`ibm`goog`aapl)
            a    b
            -----------
            ,"1" "ibm"
            ,"2" "goog"
            ,"3" "aapl"
            """);
    }

    @Test
    void theStringOfAFunctionIsItsSource() {
        assertTranscript("""
            q)string {x*x}
            "{x*x}"
            q)string (+/)
            "+/"
            """);
    }

    @Test
    void theStringOfTheIdentityIsItsGlyphs() {
        // basics/parsetrees.md: qfind applies string to every value of .q, whose first is ::
        assertTranscript("""
            q)string (::)
            "::"
            q)string (::;1)
            "::"
            ,"1"
            """);
    }
}
