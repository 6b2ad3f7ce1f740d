package io.mserve.engine.eval;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** A keyed table is a dictionary from key rows to value rows: indexed by a table of keys it gives their value rows (ref/lj.md, releases/withdrawn.md). */
class KeyedTableIndexingTest {

    @Test
    void aTableOfKeysFindsATableOfValueRowsWithNullsForKeysNotThere() {
        assertTranscript("""
            q)y:([a:1 3;b:`I`K]c:1 2;d:10 20)
            q)y[([]a:1 3;b:`I`K)]
            c d
            ----
            1 10
            2 20
            q)y ([]a:2 3;b:`J`K)
            c d
            ----

            2 20
            """);
    }

    @Test
    void keyRowsThenColumnsIndexEachRow() {
        assertTranscript("""
            q)s:`a`s`d`f
            q)c:2 3 5 7
            q)p:1 2 3 4
            q)r:10 20 30 40
            q)t:([s;c];p;r)
            q)t[([]s;c);`p`r]
            1 10
            2 20
            3 30
            4 40
            q)t[([]s:`d`a;c:5 2);`p`r]
            3 30
            1 10
            q)q:([]s:`d`f`s;c:5 7 3;k:"DFS")
            q)select s,k,t[([]s;c);`p] from q
            s k x
            -----
            d D 3
            f F 4
            s S 2
            """);
    }
}
