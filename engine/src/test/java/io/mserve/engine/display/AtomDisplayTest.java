package io.mserve.engine.display;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** The console shows an atom with the suffix that gives its type back when q reads it. */
class AtomDisplayTest {

    @Test
    void everyTypeShowsWithItsSuffix() {
        assertTranscript("""
            q)1b
            1b
            q)0x2a
            0x2a
            q)42h
            42h
            q)42i
            42i
            q)42
            42
            q)1.5e
            1.5e
            q)1e
            1e
            q)3.14e
            3.14e
            q)1.5
            1.5
            q)1f
            1f
            q)"a"
            "a"
            q)" "
            " "
            q)"\\""
            "\\""
            q)`a
            `a
            q)`
            `
            q)0Ng
            00000000-0000-0000-0000-000000000000
            """);
    }

    @Test
    void floatsShowSevenSignificantDigitsAndWholeFloatsAnF() {
        assertTranscript("""
            q)acos -1
            3.141593
            q)0.0001
            0.0001
            q)-1.5
            -1.5
            q)0.1
            0.1
            q)100000f
            100000f
            q)1234567f
            1234567f
            q)avg 1 2 3
            2f
            q)2 xlog 0.125
            -3f
            q)(1; "a"; 3.5; `xyz) 2
            3.5
            q)`float$0Wh
            32767f
            """);
    }

    @Test
    void largeAndSmallFloatsShowAnExponent() {
        assertTranscript("""
            q)1e10
            1e+10
            q)0.00001
            1e-05
            q)12345678f
            1.234568e+07
            q)123456789f
            1.234568e+08
            q)`float$0Wj
            9.223372e+18
            q)`float$0Wi
            2.147484e+09
            """);
    }

    @Test
    void integersShowInFull() {
        assertTranscript("""
            q)123456789
            123456789
            q)sum 8 6 8 10 8 20 10 8 8 = 8
            5i
            q)\\P
            7i
            q)20h
            20h
            """);
    }

    @Test
    void nullsAndInfinitiesShowWithTheirTypeLetter() {
        assertTranscript("""
            q)0Nh
            0Nh
            q)-0Wh
            -0Wh
            q)0Ni
            0Ni
            q)0Wi
            0Wi
            q)0N
            0N
            q)(til 5) 99
            0N
            q)max 0N 0N
            -0W
            q)min 0N 0N
            0W
            q)0Ne
            0Ne
            q)0we + 5
            0we
            q)0n
            0n
            q)-0w
            -0w
            q)avg 1 0w
            0w
            q)1 1 1 cor 1 3 9
            0n
            """);
    }

    @Test
    void temporalNullsAndInfinitiesShowWithTheirTypeLetter() {
        assertTranscript("""
            q)0Np
            0Np
            q)-0Wp
            -0Wp
            q)0Nm
            0Nm
            q)0Nd
            0Nd
            q)-0Wd
            -0Wd
            q)0Nz
            0Nz
            q)0Nn
            0Nn
            q)0Nu
            0Nu
            q)0Nv
            0Nv
            q)0Nt
            0Nt
            """);
    }

    @Test
    void datesOutsideTheValidRangeShowAsZeros() {
        // basics/datatypes.md#temporal: the valid range is 0001.01.01 to 9999.12.31
        assertTranscript("""
            q)0001.01.01-1
            0000.00.00
            q)"z"$0001.01.01-1
            0000.00.00T00:00:00.000
            q)9999.12.31 0001.01.01+1 -1
            0000.00.00 0000.00.00
            """);
    }

    @Test
    void theGenericNullShowsNothing() {
        assertPrints("::", "");
    }

    @Test
    void functionsShowTheirSource() {
        assertTranscript("""
            q){x+y}
            {x+y}
            q){x+y}/
            {x+y}/
            q){x+y}[1;]
            {x+y}[1;]
            """);
    }

    @Test
    void keywordsShowAsKdbDefinesThem() {
        // basics/parsetrees.md: q.k's k forms; keywords native in C show their names
        assertTranscript("""
            q)type
            @:
            q)deltas
            -':
            q)like
            like
            q)(<=;>=;<>)
            ~>
            ~<
            ~=
            q)count'
            #:'
            q)string count
            "#:"
            """);
    }
}
