package io.mserve.engine.ops.text;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** upper and lower shift the case of strings and symbols, atomically (ref/lower.md). */
class UpperAndLowerCaseTest {

    @Test
    void stringsAndSymbolsShiftCase() {
        assertTranscript("""
            q)lower"IBM"
            "ibm"
            q)lower`IBM
            `ibm
            q)upper"ibm"
            "IBM"
            q)upper`ibm`msft
            `IBM`MSFT
            q)upper "x"
            "X"
            """);
    }

    @Test
    void caseShiftIsAtomicOverNestedLists() {
        assertTranscript("""
            q)upper(`The;(`quick`brown;(`fox;`jumps`over));`a;`lazy`dog)
            `THE
            (`QUICK`BROWN;(`FOX;`JUMPS`OVER))
            `A
            `LAZY`DOG
            """);
    }

    @Test
    void onlyAsciiLettersChange() {
        assertTranscript("""
            q)(lower "a1-Z\\311")~"a1-z\\311"
            1b
            """);
    }

    @Test
    void numbersHaveNoCase() {
        assertSignals("lower 1", "type");
    }
}
