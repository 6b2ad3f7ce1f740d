package io.mserve.engine.display;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** A vector shows on one line, its type suffix once at the end; one item has a leading comma; empty shows its type. */
class VectorDisplayTest {

    @Test
    void numbersShowSpaceSeparatedWithOneSuffix() {
        assertTranscript("""
            q)1 2 3+4 5 6
            5 7 9
            q)"i"$0 1 2 1 0 1 2 2 2 2 2 2 2
            0 1 2 1 0 1 2 2 2 2 2 2 2i
            q)101b
            101b
            q)1 2 3f
            1 2 3f
            q)1.5 2 3
            1.5 2 3
            q)1 2.34 -567.1 20 171e
            1 2.34 -567.1 20 171e
            q)`float$"AC"
            65 67f
            q)sqrt 101b
            1 0 1f
            q)show x:1+til 20
            1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20
            """);
    }

    @Test
    void nullsAndInfinitiesInAVectorShowWithoutTheirLetter() {
        assertTranscript("""
            q)abs 10 -43 0N
            10 43 0N
            q)0W+til 3
            0W 0N -0W
            q)maxs 0N 5 0N 1 3
            -0W 5 5 5 5
            q)1 0N 3i
            1 0N 3i
            q)1 0Nh
            1 0Nh
            q)1 0Ne
            1 0Ne
            q)avg (1 2;0N 4)
            0n 3
            q)0 mavg 2 3
            0n 0n
            q)0w,4#398f
            0w 398 398 398 398
            q)avgs 1 2 3 0n 4 -0w 0w
            1 1.5 2 2 2.5 -0w 0n
            q)exp -4.2 0 0.1 0n 0w
            0.01499558 1 1.105171 0n 0w
            q)log -2 0n 0 0.1 1 42
            0n 0n -0w -2.302585 0 3.73767
            """);
    }

    @Test
    void oneItemHasALeadingComma() {
        assertTranscript("""
            q)enlist 3
            ,3
            q)enlist 1i
            ,1i
            q)enlist "a"
            ,"a"
            q)enlist `apple
            ,`apple
            q)enlist 2000.01.01D00:00:00.000000000
            ,2000.01.01D00:00:00.000000000
            """);
    }

    @Test
    void anEmptyVectorShowsItsTypeAndAnEmptyListParentheses() {
        assertTranscript("""
            q)0#0
            `long$()
            q)0#`
            `symbol$()
            q)0#2000.01.01
            `date$()
            q)""
            ""
            q)()
            ()
            """);
    }

    @Test
    void stringsShowQuotedWithEscapes() {
        assertTranscript("""
            q)"abcdef"[1 4 3]
            "bed"
            q)"\\"ef\\""
            "\\"ef\\""
            q)"a\\tb\\n\\\\"
            "a\\tb\\n\\\\"
            q)enlist "\\001"
            ,"\\001"
            """);
    }

    @Test
    void symbolsBytesAndFlagsShowInTheirOwnForms() {
        assertTranscript("""
            q)key `a`b`c!1 2 3
            `a`b`c
            q)-8!1i
            0x010000000d000000fa01000000
            q)0x0 vs 3.1415
            0x400921cac083126f
            q)("brown";"drown";"frown";"grown") like "?rown"
            1111b
            """);
    }

    @Test
    void attributesShowAsAPrefix() {
        assertTranscript("""
            q)`s#1 2 3
            `s#1 2 3
            q)`u#`a`b
            `u#`a`b
            """);
    }

    @Test
    void temporalVectorsShowTheirItemsAndATypeLetterOnlyWhenAllAreNull() {
        assertTranscript("""
            q)2020.01.01+30 60 90 120
            2020.01.31 2020.03.01 2020.03.31 2020.04.30
            q)12:00+30 60 90 120
            12:30 13:00 13:30 14:00
            q)2000.01.01,0Nd
            2000.01.01 0N
            q)2#0Nd
            0N 0Nd
            q)2000.01 2000.02m
            2000.01 2000.02m
            q)2000.01.01T12:00:00.000 2000.01.02T00:00:00.000
            2000.01.01T12:00:00.000 2000.01.02T00:00:00.000
            """);
    }
}
