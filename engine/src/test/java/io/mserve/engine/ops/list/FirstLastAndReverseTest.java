package io.mserve.engine.ops.list;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** first and last items, a typed null from an empty vector, and reverse (ref/first.md, ref/reverse.md). */
class FirstLastAndReverseTest {

    @Test
    void firstAndLastItems() {
        assertTranscript("""
            q)first 1 2
            1
            q)last 1 2
            2
            q)first `a
            `a
            q)first (enlist 1;`a)
            ,1
            """);
    }

    @Test
    void firstOfAnEmptyVectorIsItsTypedNull() {
        assertTranscript("""
            q)first 0#0
            0N
            q)first 0#`
            `
            q)last 0#0f
            0n
            q)(::)~first ()
            1b
            """);
    }

    @Test
    void firstOfADictionaryIsAValueAndLastOfATableIsARow() {
        assertTranscript("""
            q)first `a`b!5 6
            5
            q)last ([]a:1 2;b:`x`y)
            a| 2
            b| `y
            """);
    }

    @Test
    void reverseReversesListsDictionariesAndTables() {
        assertTranscript("""
            q)reverse 1 2 3
            3 2 1
            q)reverse `a`b!1 2
            b| 2
            a| 1
            q)reverse ([]a:1 2)
            a
            -
            2
            1
            q)reverse 1
            1
            q)reverse ()
            ()
            """);
    }
}
