package io.mserve.engine.ops.list;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** x cross y pairs every item of x with every item of y, and crosses tables row by row (ref/cross.md). */
class CrossProductTest {

    @Test
    void crossPairsEveryItemOfTheLeftWithEveryItemOfTheRight() {
        assertTranscript("""
            q)1 2 3 cross 10 20
            1 10
            1 20
            2 10
            2 20
            3 10
            3 20
            q)1 2 cross `a`b
            1 `a
            1 `b
            2 `a
            2 `b
            q)1 2 cross enlist 3
            1 3
            2 3
            """);
    }

    @Test
    void crossOfTablesJoinsEveryPairOfRows() {
        assertTranscript("""
            q)([]a:1 2) cross ([]b:`x`y)
            a b
            ---
            1 x
            1 y
            2 x
            2 y
            """);
    }
}
