package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** select ... by groups rows into a table keyed by the by columns, sorted by key (ref/select.md#by-phrase). */
class SelectByTest {
    private static final String T = SelectTest.T;

    @Test
    void aggregatesByGroupKeyedAndSortedByTheGroup() {
        assertTranscript(T + """
            q)select sum size by sym from t
            sym| size
            ---| ----
            a  | 40
            b  | 20
            c  | 40
            q)u:([] g:`z`y`z`x; v:1 2 3 4)
            q)select sum v by g from u
            g| v
            -| -
            x| 4
            y| 2
            z| 4
            """);
    }

    @Test
    void aColumnThatIsNoAggregateGivesAListPerGroup() {
        assertTranscript(T + """
            q)select size by sym from t
            sym| size
            ---| -----
            a  | 10 30
            b  | ,20
            c  | ,40
            q)select s:sum price, m:max size, d:size-first size by sym from t
            sym| s m  d
            ---| ---------
            a  | 4 30 0 20
            b  | 2 20 ,0
            c  | 4 40 ,0
            """);
    }

    @Test
    void byWithNoColumnsGivesTheLastRowOfEachGroup() {
        assertTranscript(T + """
            q)select by sym from t
            sym| price size
            ---| ----------
            a  | 3     30
            b  | 2     20
            c  | 4     40
            """);
    }

    @Test
    void byComputedAndSeveralColumns() {
        assertTranscript(T + """
            q)select n:count i by big:price>2 from t
            big| n
            ---| -
            0  | 2
            1  | 2
            q)select sum size by sym, price>2 from t
            sym price| size
            ---------| ----
            a   0    | 10
            a   1    | 30
            b   0    | 20
            c   1    | 40
            q)cols select count i by 2 xbar size from t
            `size`x
            q)keys select count i by 2 xbar size from t
            ,`size
            """);
    }

    @Test
    void whereFiltersBeforeGrouping() {
        assertTranscript(T + """
            q)select avg price by sym from t where size>10
            sym| price
            ---| -----
            a  | 3
            b  | 2
            c  | 4
            q)select count i by sym from t where size>10
            sym| x
            ---| -
            a  | 1
            b  | 1
            c  | 1
            q)select n:count i, f:first price, l:last size by sym from t
            sym| n f l
            ---| ------
            a  | 2 1 30
            b  | 1 2 20
            c  | 1 4 40
            """);
    }

    @Test
    void sumAndAvgByGroupSkipNulls() {
        assertTranscript("""
            q)u:([] g:`a`a`b`b`c; j:1 0N 3 4 0N; f:(1.5 2.5),0n,4.0,0n)
            q)select sum j, avg j, sum f, avg f by g from u
            g| j j1  f f1
            -| ----------
            a| 1 1   4 2
            b| 7 3.5 4 4
            c| 0     0
            """);
    }

    @Test
    void noRowsGiveAnEmptyTableOfTheRightTypes() {
        assertTranscript(T + """
            q)(select sum price, n:count i by sym from t where size>100)~([sym:0#`] price:0#0f; n:0#0)
            1b
            """);
    }
}
