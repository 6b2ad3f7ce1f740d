package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** update adds or replaces columns, for the rows where or by group; delete drops rows or columns (ref/update.md, ref/delete.md). */
class UpdateAndDeleteTest {
    private static final String T = SelectTest.T;

    @Test
    void updateAddsAColumn() {
        assertTranscript(T + """
            q)update v:price*size from t
            sym price size v
            ------------------
            a   1     10   10
            b   2     20   40
            a   3     30   90
            c   4     40   160
            """);
    }

    @Test
    void updateWhereReplacesOnlyThoseRowsAndANewColumnIsNullElsewhere() {
        assertTranscript(T + """
            q)update size:0 from t where sym=`a
            sym price size
            --------------
            a   1     0
            b   2     20
            a   3     0
            c   4     40
            q)update f:1b from t where sym=`b
            sym price size f
            ----------------
            a   1     10   0
            b   2     20   1
            a   3     30   0
            c   4     40   0
            q)exec n from update n:size from t where size>20
            0N 0N 30 40
            """);
    }

    @Test
    void updateWhereMustKeepTheColumnsType() {
        assertSignals("t:([] sym:`a`b`a`c; price:1 2 3 4f; size:10 20 30 40); update price:1 from t where sym=`a", "type");
    }

    @Test
    void updateByAppliesAggregatesAndUniformFunctionsWithinGroups() {
        assertTranscript(T + """
            q)update tot:sum size by sym from t
            sym price size tot
            ------------------
            a   1     10   40
            b   2     20   20
            a   3     30   40
            c   4     40   40
            q)update c:sums size by sym from t
            sym price size c
            -----------------
            a   1     10   10
            b   2     20   20
            a   3     30   40
            c   4     40   40
            q)update size:sum size by sym from t where price<4
            sym price size
            --------------
            a   1     40
            b   2     20
            a   3     40
            c   4     40
            q)update size:sum size by sym from t where size>100
            sym price size
            --------------
            a   1     10
            b   2     20
            a   3     30
            c   4     40
            """);
    }

    @Test
    void updateOfANameAmendsTheGlobal() {
        assertTranscript(T + """
            q)update size:size+1 from `t
            `t
            q)t`size
            11 21 31 41
            q)update size:neg size from `t where sym=`c
            `t
            q)t`size
            11 21 31 -41
            """);
    }

    @Test
    void updateOfAKeyedTableKeepsItsKeys() {
        assertTranscript("""
            q)k:([sym:`a`b`c] px:1 2 3f)
            q)update px:px*2 from k where sym=`b
            sym| px
            ---| --
            a  | 1
            b  | 4
            c  | 3
            """);
    }

    @Test
    void deleteDropsRowsOrColumns() {
        assertTranscript(T + """
            q)delete from t where sym=`a
            sym price size
            --------------
            b   2     20
            c   4     40
            q)count delete from t
            0
            q)delete price, size from t
            sym
            ---
            a
            b
            a
            c
            """);
    }

    @Test
    void deleteFromTheRootNamespaceRemovesAGlobal() {
        assertTranscript("""
            q)a:1
            q)delete a from `.
            `.
            q)a
            'a
            q).ns.b:1;.ns.c:2
            q)delete b from `.ns
            `.ns
            q)key `.ns
            ``c
            """);
    }

    @Test
    void deleteFromAKeyedTableOrADictionary() {
        assertTranscript("""
            q)k:([sym:`a`b`c] px:1 2 3f)
            q)delete from k where px>2
            sym| px
            ---| --
            a  | 1
            b  | 2
            q)d:`a`b`c!1 2 3
            q)delete b from `d
            `d
            q)d
            a| 1
            c| 3
            """);
    }
}
