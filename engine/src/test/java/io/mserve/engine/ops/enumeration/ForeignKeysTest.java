package io.mserve.engine.ops.enumeration;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/**
 * Foreign keys ({@code `kt$} over a keyed table's key) and links ({@code `t!} into a table's
 * rows): what tables hold, what {@code meta} and {@code fkeys} say of them, and dot notation
 * through them (ref/fkeys.md, ref/meta.md, kb/linking-columns.md, basics/qsql.md).
 */
class ForeignKeysTest {

    @Test
    void fkeysAndMetaNameTheTableAForeignKeyPointsInto() {
        assertTranscript("""
            q)f:([x:1 2 3]y:10 20 30)
            q)t:([]a:`f$2 2 2;b:0;c:`f$1 1 1)
            q)meta t
            c| t f a
            -| -----
            a| j f
            b| j
            c| j f
            q)fkeys t
            a| f
            c| f
            q)x:`f$3 2
            q)key x
            `f
            q)value x
            3 2
            """);
    }

    @Test
    void aForeignKeyValueMustBeInTheKey() {
        assertTranscript("""
            q)f:([x:1 2 3]y:10 20 30)
            q)`f$4
            'cast
            q)t:([]a:`f$1 2)
            q)`t insert enlist 3
            ,2
            q)`t insert enlist 5
            'cast
            """);
    }

    @Test
    void dotNotationFollowsAForeignKey() {
        assertTranscript("""
            q)s:([s:`s1`s2`s3]name:`smith`jones`blake;city:`london`paris`paris)
            q)sp:([]s:`s$`s1`s1`s2`s3;qty:300 200 100 400)
            q)select s.name, qty from sp
            name  qty
            ---------
            smith 300
            smith 200
            jones 100
            blake 400
            q)sp.s.city
            `london`london`paris`paris
            q)select sum qty by s.city from sp
            city  | qty
            ------| ---
            london| 500
            paris | 500
            q)exec s from sp
            `s$`s1`s1`s2`s3
            q)sp
            s  qty
            ------
            s1 300
            s1 200
            s2 100
            s3 400
            """);
    }

    @Test
    void aLinkColumnIndexesAnotherTablesRows() {
        assertTranscript("""
            q)t:([] id:101 102 103 104; v:1.1 2.2 3.3 4.4)
            q)update parent:`t!id?101 101 102 102 from `t
            `t
            q)t
            id  v   parent
            --------------
            101 1.1 0
            102 2.2 0
            103 3.3 1
            104 4.4 1
            q)select id, parentid:parent.id from t
            id  parentid
            ------------
            101 101
            102 101
            103 102
            104 102
            q)fkeys t
            parent| t
            """);
    }

    @Test
    void aLinkBetweenTablesShowsInMetaAndFollowsInSelect() {
        assertTranscript("""
            q)sym:()
            q)show t1:([] c1:`sym?`c`b`a; c2: 10 20 30)
            c1 c2
            -----
            c  10
            b  20
            a  30
            q)show t2:([] c3:`sym?`a`b`a`c; c4: 1 2 3 4.)
            c3 c4
            -----
            a  1
            b  2
            a  3
            c  4
            q)update t1link:`t1!t1.c1?c3 from `t2
            `t2
            q)meta t2
            c     | t f  a
            ------| ------
            c3    | s
            c4    | f
            t1link| i t1
            q)select c3, t1link.c2 from t2
            c3 c2
            -----
            a  30
            b  20
            a  30
            c  10
            """);
    }

    @Test
    void aLinkPastTheLastRowFindsNulls() {
        assertTranscript("""
            q)f:([]sym:`A`B;eps:2.3 1.5)
            q)p:([]sym:`A`S;link:`f!0 6)
            q)select sym, link.eps from p
            sym eps
            -------
            A   2.3
            S
            q)p
            sym link
            --------
            A   0
            S   6
            """);
    }

    @Test
    void updatingTheValuesRemovesTheForeignKey() {
        assertTranscript("""
            q)kt:([k:`a`b]v:1 2)
            q)t:([]k:`kt$`b`a;x:1 2)
            q)meta update k:value k from t
            c| t f a
            -| -----
            k| s
            x| j
            """);
    }
}
