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
    void theTopRowsOfAManyRowedTableAreThoseOfTheWholeSort() {
        // many equal values, nulls and infinities: the heap's entry test must keep the stable sort's rows
        assertTranscript("""
            q)u:([] f:(2000#0n 1 2 2 0w -0w 3 3 -1.5),(1000#0 3.0); j:(2000#0N 5 5 7 -3 0W 7),1000#7; z:til 3000)
            q)sf:`f xdesc u; sj:`j xdesc u
            q)all {(x#`f xdesc u)~x#sf} each 0 1 2 3 5 17 100 1000
            1b
            q)all {(x#`j xdesc u)~x#sj} each 0 1 2 3 5 17 100 1000
            1b
            q)exec z from 4#`f xdesc u
            4 13 22 31
            q)u:update w:3000#0n 0n 0n 0n 1 2 from u; sw:`w xdesc u
            q)all {(x#`w xdesc u)~x#sw} each 5 999 1000 1001 1500 2999
            1b
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
