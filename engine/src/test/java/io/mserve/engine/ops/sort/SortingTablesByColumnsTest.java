package io.mserve.engine.ops.sort;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** x xasc t and x xdesc t sort a table by the columns x, stably (ref/asc.md#xasc, ref/desc.md#xdesc). */
class SortingTablesByColumnsTest {
    private static final String T = "q)t:([]a:`q`p`q`p;b:2 9 1 3)\n";

    @Test
    void aTableNamedIsSortedInPlace() {
        assertTranscript(T + """
            q)`b xasc `t
            `t
            q)t
            a b
            ---
            q 1
            q 2
            p 3
            p 9
            q)`b xdesc `t
            `t
            q)exec b from t
            9 3 2 1
            """);
    }

    @Test
    void xascSortsByOneColumnKeepingTheOrderOfTies() {
        assertTranscript(T + """
            q)`a xasc t
            a b
            ---
            p 9
            p 3
            q 2
            q 1
            q)meta `a xasc t
            c| t f a
            -| -----
            a| s   s
            b| j
            """);
    }

    @Test
    void xascSortsBySeveralColumnsInTurn() {
        assertTranscript(T + """
            q)`a`b xasc t
            a b
            ---
            p 3
            p 9
            q 1
            q 2
            """);
    }

    @Test
    void xdescSortsDescending() {
        assertTranscript(T + """
            q)`b xdesc t
            a b
            ---
            p 9
            p 3
            q 2
            q 1
            """);
    }

    @Test
    void iascOfATableGradesItsRows() {
        assertTranscript(T + """
            q)iasc t
            3 1 2 0
            """);
    }

    @Test
    void xascSortsAKeyedTableByAKeyColumn() {
        assertTranscript("""
            q)`k xasc 1!([]k:`b`a;v:1 2)
            k| v
            -| -
            a| 2
            b| 1
            """);
    }

    @Test
    void anUnknownColumnIsSignalledByName() {
        assertSignals("`z xasc ([]a:`q`p;b:2 9)", "z");
        assertSignals("`a xasc enlist 1", "type");
    }
}
