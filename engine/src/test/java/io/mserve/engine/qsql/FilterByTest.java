package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** (f;x) fby g applies f to x within each group of g, in the order of x (ref/fby.md). */
class FilterByTest {

    @Test
    void fbyAppliesTheAggregateWithinEachGroup() {
        assertTranscript("""
            q)(sum;1 2 3 4) fby `a`b`a`b
            4 6 4 6
            q)(count;1 2 3 4) fby ([] a:1 1 2 2; b:`x`y`x`x)
            1 1 2 2
            """);
    }

    @Test
    void fbyInAWherePhraseKeepsTheRowsItsTestIsTrueFor() {
        assertTranscript(SelectTest.T + """
            q)select from t where price=(max;price) fby sym
            sym price size
            --------------
            b   2     20
            a   3     30
            c   4     40
            q)select from t where ({x=max x};price) fby sym
            sym price size
            --------------
            b   2     20
            a   3     30
            c   4     40
            """);
    }
}
