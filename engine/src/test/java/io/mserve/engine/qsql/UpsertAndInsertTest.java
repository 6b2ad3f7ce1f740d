package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** upsert appends rows or updates keyed rows; insert appends to a named table and returns the new row indices (ref/upsert.md, ref/insert.md). */
class UpsertAndInsertTest {
    private static final String T = SelectTest.T;

    @Test
    void upsertAppendsATableARowOrAListOfRows() {
        assertTranscript(T + """
            q)t upsert ([] sym:enlist `d; price:enlist 5f; size:enlist 50)
            sym price size
            --------------
            a   1     10
            b   2     20
            a   3     30
            c   4     40
            d   5     50
            q)count t upsert (`d;5f;50)
            5
            q)t upsert ((`d;5f;50);(`e;6f;60))
            sym price size
            --------------
            a   1     10
            b   2     20
            a   3     30
            c   4     40
            d   5     50
            e   6     60
            """);
    }

    @Test
    void upsertOfSomeColumnsLeavesTheOthersNull() {
        assertTranscript(T + """
            q)t upsert ([] size:enlist 50; sym:enlist `d)
            sym price size
            --------------
            a   1     10
            b   2     20
            a   3     30
            c   4     40
            d         50
            """);
    }

    @Test
    void upsertIntoAKeyedTableUpdatesExistingKeysAndAppendsNewOnes() {
        assertTranscript("""
            q)k:([sym:`a`b] px:10 20f; ex:`x`y)
            q)k upsert ([sym:`b`c] px:7 8f; ex:`p`q)
            sym| px ex
            ---| -----
            a  | 10 x
            b  | 7  p
            c  | 8  q
            q)k upsert (`a;1f;`z)
            sym| px ex
            ---| -----
            a  | 1  z
            b  | 20 y
            """);
    }

    @Test
    void upsertToANameAmendsTheGlobal() {
        assertTranscript(T + """
            q)`t upsert (`d;5f;50)
            `t
            q)count t
            5
            """);
    }

    @Test
    void aStepDictionaryIsNotUpsertedInPlace() {
        assertTranscript("""
            q)d:`s#`a`b!1 2;
            q)`d upsert `c`d!3 4
            'step
            q)d:`a`b!1 2
            q)`d upsert `c`d!3 4
            `d
            q)d
            a| 1
            b| 2
            c| 3
            d| 4
            """);
    }

    @Test
    void insertAppendsAndReturnsTheNewIndices() {
        assertTranscript(T + """
            q)`t insert (`d;5f;50)
            ,4
            q)`t insert (`e`f;6 7f;60 70)
            5 6
            q)t`sym
            `a`b`a`c`d`e`f
            """);
    }

    @Test
    void insertIntoEmptyGeneralColumnsTakesTheirTypes() {
        assertTranscript("""
            q)e:([] stock:(); price:())
            q)`e insert (`ibm`ibm`intel; 1 2 3)
            0 1 2
            q)e
            stock price
            -----------
            ibm   1
            ibm   2
            intel 3
            """);
    }

    @Test
    void insertChecksTypesAndKeys() {
        assertTranscript(T + """
            q)`t insert (`d;5;50)
            'type
            q)count t
            4
            q)k:([sym:`a`b] px:10 20f; ex:`x`y)
            q)`k insert (`a;1f;`z)
            'insert
            """);
        assertSignals("k:([sym:`a`b] px:10 20f; ex:`x`y); `k insert (`a;1f;`z)", "insert");
    }
}
