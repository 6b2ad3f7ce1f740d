package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** ?[t;c;b;a] and ![t;c;b;a] are the functional forms of select, exec, update and delete (basics/funsql.md). */
class FunctionalQueriesTest {
    private static final String T = SelectTest.T;

    @Test
    void functionalSelectWithConstraintsGroupsAndColumns() {
        assertTranscript(T + """
            q)?[t;enlist (>;`price;2);0b;()]
            sym price size
            --------------
            a   3     30
            c   4     40
            q)?[t;enlist (=;`sym;enlist `a);0b;()]
            sym price size
            --------------
            a   1     10
            a   3     30
            q)?[t;();(enlist `s)!enlist `sym;(enlist `n)!enlist (sum;`size)]
            s| n
            -| --
            a| 40
            b| 20
            c| 40
            q)?[t;();0b;`sym`p!`sym`price]
            sym p
            -----
            a   1
            b   2
            a   3
            c   4
            q)?[t;();1b;enlist[`sym]!enlist `sym]
            sym
            ---
            a
            b
            c
            """);
    }

    @Test
    void functionalSelectWithALimitAndAnOrder() {
        assertTranscript(T + """
            q)?[t;();0b;();-2]
            sym price size
            --------------
            a   3     30
            c   4     40
            q)?[t;();0b;();0W;(idesc;`price)]
            sym price size
            --------------
            c   4     40
            a   3     30
            b   2     20
            a   1     10
            q)?[t;();0b;();2;(iasc;`size)]
            sym price size
            --------------
            a   1     10
            b   2     20
            """);
    }

    @Test
    void selectWithALimitAndAnOrderSortsThenTakes() {
        assertTranscript(T + """
            q)select[2;>price] from t
            sym price size
            --------------
            c   4     40
            a   3     30
            q)?[t;();0b;();2;(>:;`price)]
            sym price size
            --------------
            c   4     40
            a   3     30
            """);
    }

    @Test
    void execGroupedByAListOfNamesIsKeyedByTheEmptySymbol() {
        assertTranscript("""
            q)t:([] c1:`a`b`c`c`a`a; c2:10 20 30 30 40 40; c3: 1.1 2.2 3.3 3.3 4.4 3.14159; c4:`cow`sheep`cat`dog`cow`dog)
            q)?[t; (); `c1`c2; `c3]
            | 1.1 2.2 3.3 3.3 4.4 3.14159
            q)?[t; (); `c1`c2; `c3`c4!((max;`c3);(last;`c4))]
            | c3  c4
            | -------
            | 4.4 dog
            q)?[t; (); enlist[`one]!enlist `c1; `c2]
            one|
            ---| --------
            a  | 10 40 40
            b  | ,20
            c  | 30 30
            """);
    }

    @Test
    void functionalExecGivesListsAndDictionaries() {
        assertTranscript(T + """
            q)?[t;();();`size]
            10 20 30 40
            q)?[t;();`sym;(sum;`size)]
            a| 40
            b| 20
            c| 40
            q)r:?[t;();(enlist `s)!enlist `sym;`size]
            q)key r
            s
            -
            a
            b
            c
            q)value r
            10 30
            ,20
            ,40
            """);
    }

    @Test
    void functionalUpdateAndDelete() {
        assertTranscript(T + """
            q)![t;enlist (=;`sym;enlist `a);0b;enlist[`size]!enlist 0]
            sym price size
            --------------
            a   1     0
            b   2     20
            a   3     0
            c   4     40
            q)![t;();0b;enlist `price]
            sym size
            --------
            a   10
            b   20
            a   30
            c   40
            q)![t;enlist (>;`size;15);0b;`symbol$()]
            sym price size
            --------------
            a   1     10
            q)![t;();(enlist `sym)!enlist `sym;enlist[`m]!enlist (max;`size)]
            sym price size m
            -----------------
            a   1     10   30
            b   2     20   20
            a   3     30   30
            c   4     40   40
            """);
    }

    @Test
    void withThreeArgumentsQueryIsTheVectorConditionalAndWithTwoFindOrDictionary() {
        assertTranscript("""
            q)?[101b;1 2 3;4 5 6]
            1 5 3
            q)?[011b;`a;`b]
            `b`a`a
            q)1 2 3?2
            1
            q)`a`b!1 2
            a| 1
            b| 2
            """);
    }
}
