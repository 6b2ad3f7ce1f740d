package io.mserve.engine.ops.search;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** union, inter and except on lists and tables, exact rather than tolerant (ref/union.md, ref/inter.md, ref/except.md). */
class SetOperationsTest {

    @Test
    void unionIsTheDistinctItemsOfBoth() {
        assertTranscript("""
            q)1 2 1 union 3 2
            1 2 3
            q)([]a:1 2) union ([]a:2 3)
            a
            -
            1
            2
            3
            """);
    }

    @Test
    void interKeepsTheItemsOfTheLeftThatAreInTheRight() {
        assertTranscript("""
            q)1 2 3 2 inter 2 3 4
            2 3 2
            """);
    }

    @Test
    void exceptRemovesEveryOccurrence() {
        assertTranscript("""
            q)1 2 3 2 except 2
            1 3
            q)`a`b except ()
            `a`b
            q)"hello" except "l"
            "heo"
            q)([]a:1 2) except ([]a:enlist 2)
            a
            -
            1
            """);
    }
}
