package io.mserve.engine.ops.text;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** x sv y joins strings, symbols, paths and bytes, and decodes digits, bytes and bits to a number (ref/sv.md). */
class ScalarFromVectorTest {

    @Test
    void aCharacterOrStringJoinsStrings() {
        assertTranscript("""
            q)"," sv ("one";"two";"three")
            "one,two,three"
            q)"\\t" sv ("one";"two")
            "one\\ttwo"
            q)", " sv ("one";"two";"three")
            "one, two, three"
            q)"." sv ("192";enlist "1")
            "192.1"
            q)"," sv ()
            ""
            q)` sv ("one";"two";"three")
            "one\\ntwo\\nthree\\n"
            """);
        assertSignals("\",\" sv enlist 1", "type");
    }

    @Test
    void theEmptySymbolJoinsSymbolsWithDotsAndPathsWithSlashes() {
        assertTranscript("""
            q)` sv `quick`brown`fox
            `quick.brown.fox
            q)` sv `:/home/kdb/q`data`2010.03.22`trade
            `:/home/kdb/q/data/2010.03.22/trade
            q)` sv `mywork`dat
            `mywork.dat
            """);
    }

    @Test
    void bytesJoinByteVectors() {
        assertTranscript("""
            q)0x03 sv 0x02 vs 0x0102010201
            0x0103010301
            q)0x0203 sv 0x0203 vs "x"$til 6
            0x000102030405
            """);
    }

    @Test
    void aNumberDecodesDigitsInThatBaseOrMixedRadix() {
        assertTranscript("""
            q)10 sv 2 3 5 7
            2357
            q)100 sv 2010 3 17
            20100317
            q)0 24 60 60 sv 2 3 5 7
            183907
            q)256 sv til 8
            283686952306183
            q)2 sv 101b
            5
            q)10 sv (1 1;9 9;9 9;5 6)
            1995 1996
            q)0.5 sv 1 1
            1.5
            """);
        assertSignals("10 10 sv 1 2 3", "length");
    }

    @Test
    void zeroByteDecodesBytesByTheirCount() {
        assertTranscript("""
            q)0x0 sv "x" $0 255
            255h
            q)0x0 sv "x" $128 255
            -32513h
            q)0x0 sv "x" $0 64 128 255
            4227327i
            q)0x0 sv "x" $til 8
            283686952306183
            """);
    }

    @Test
    void falseDecodesBitsByTheirCount() {
        assertTranscript("""
            q)0b sv 64#1b
            -1
            q)0b sv 32#1b
            -1i
            q)0b sv 16#1b
            -1h
            q)0b sv 8#1b
            0xff
            q)0b sv 10001100011010111000101101100100011010000001010101100000100001000000101000111110000101111000010000000001001001010001101101101000b
            8c6b8b64-6815-6084-0a3e-178401251b68
            """);
        assertSignals("0b sv 101b", "length");
    }
}
