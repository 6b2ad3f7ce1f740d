package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** exec returns columns as lists or dictionaries rather than tables (ref/exec.md). */
class ExecTest {
    private static final String T = SelectTest.T;

    @Test
    void oneColumnIsAListAndAnAggregateAnAtom() {
        assertTranscript(T + """
            q)exec price from t
            1 2 3 4f
            q)exec sum size from t where sym=`a
            40
            """);
    }

    @Test
    void severalColumnsAreADictionary() {
        assertTranscript(T + """
            q)exec sym, size from t
            sym | a  b  a  c
            size| 10 20 30 40
            """);
    }

    @Test
    void noColumnsIsTheLastRow() {
        assertTranscript(T + """
            q)exec from t
            sym  | `c
            price| 4f
            size | 40
            """);
    }

    @Test
    void byGivesADictionaryFromTheGroups() {
        assertTranscript(T + """
            q)exec sum size by sym from t
            a| 40
            b| 20
            c| 40
            q)r:exec s:sum size by sym from t
            q)key r
            `a`b`c
            q)value r
            s
            --
            40
            20
            40
            q)r:exec size by s:sym from t
            q)key r
            s
            -
            a
            b
            c
            """);
    }

    @Test
    void dictionariesByGroupCollapseToATable() {
        assertTranscript("""
            q)p:([] k:1 1 2; c:`x`y`x; v:10 20 30)
            q)r:exec `x`y#c!v by k from p
            q)key r
            1 2
            q)value r
            x  y
            -----
            10 20
            30
            """);
    }

    @Test
    void aDictionaryBetweenAListAndATableShowsAsAKeyedTable() {
        assertTranscript(T + """
            q)exec s:sum size by sym from t
             | s
            -| --
            a| 40
            b| 20
            c| 40
            q)exec sum size by s:sym from t
            s|
            -| --
            a| 40
            b| 20
            c| 40
            """);
    }
}
