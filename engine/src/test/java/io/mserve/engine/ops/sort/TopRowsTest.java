package io.mserve.engine.ops.sort;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/**
 * n#`c xdesc t is the first n rows of t sorted descending on c (ref/asc.md: xdesc; ref/take.md):
 * equal values keep their order, nulls sort last, and n past the count takes cyclically.
 */
class TopRowsTest {
    private static final String T = "q)t:([] s:`a`b`c`d`e`f`g; p:3 1 3 0n 2 3 -0w; z:til 7)\n";

    @Test
    void theTopRowsKeepTheOrderOfEqualValues() {
        assertTranscript(T + """
            q)3#`p xdesc t
            s p z
            -----
            a 3 0
            c 3 2
            f 3 5
            q)4#`p xdesc t
            s p z
            -----
            a 3 0
            c 3 2
            f 3 5
            e 2 4
            """);
    }

    @Test
    void nullsComeLastAndNothingIsAnEmptyTable() {
        assertTranscript(T + """
            q)7#`p xdesc t
            s p   z
            -------
            a 3   0
            c 3   2
            f 3   5
            e 2   4
            b 1   1
            g -0w 6
            d     3
            q)count 0#`p xdesc t
            0
            q)cols 0#`p xdesc t
            `s`p`z
            """);
    }

    @Test
    void moreThanTheCountTakesCyclicallyAndKeyedTablesStayKeyed() {
        assertTranscript(T + """
            q)count 9#`p xdesc t
            9
            q)exec z from 9#`p xdesc t
            0 2 5 4 1 6 3 0 2
            q)2#`p xdesc `s xkey t
            s| p z
            -| ---
            a| 3 0
            c| 3 2
            """);
    }

    @Test
    void symbolColumnsSortAlphabetically() {
        assertTranscript(T + """
            q)2#`s xdesc t
            s p   z
            -------
            g -0w 6
            f 3   5
            """);
    }
}
