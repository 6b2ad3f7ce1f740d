package io.mserve.engine.ops.arith;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Atomic arithmetic on dictionaries and tables, docs/ref/add.md and docs/basics/math.md. */
class DictionaryArithmeticTest {

    @Test
    void keysInOneDictionaryOnlyKeepTheirValues() {
        assertTranscript("""
            q)d:`a`b!(10 -21 3;4 5 -6)
            q)d+`b`c!(10 20 30;1000*1 2 3)
            a| 10   -21  3
            b| 14   25   24
            c| 1000 2000 3000
            """);
        assertPrints("(`a`b!1 2)|`b`c!10 20", """
            a| 1
            b| 10
            c| 20""");
    }

    @Test
    void subtractNegatesTheValuesOfKeysOnlyOnTheRight() {
        assertTranscript("""
            q)d:`a`b!(10 -21 3;4 5 -6)
            q)d-`b`c!(10 20 30;1000*1 2 3)
            a| 10    -21   3
            b| -6    -15   -36
            c| -1000 -2000 -3000
            """);
        assertPrints("([k:`a`b]v:1 2)-([k:`b`c]v:10 20)", """
            k| v
            -| ---
            a| 1
            b| -8
            c| -20""");
    }

    @Test
    void anAtomMeetsEachValue() {
        assertPrints("3+`a`b`c!(42;2012.09.15;1b)", """
            a| 45
            b| 2012.09.18
            c| 4""");
    }

    @Test
    void keyedTablesMeetByKey() {
        assertTranscript("""
            q)k:([k:`abc`def`ghi]a:10 -21 3;b:4 5 -6)
            q)k+k
            k  | a   b
            ---| -------
            abc| 20  8
            def| -42 10
            ghi| 6   -12
            """);
    }
}
