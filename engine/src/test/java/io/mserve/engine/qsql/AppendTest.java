package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Append {@code x,:y} (docs/ref/join.md), {@code upsert} (docs/ref/upsert.md) and {@code insert} (docs/ref/insert.md). */
class AppendTest {

    @Test
    void appendToASimpleListTakesOnlyItsType() {
        assertTranscript("""
            q)s:1 2 3
            q)s,:4
            q)s
            1 2 3 4
            q)s,:5f
            'type
            q)s,:5 6
            q)s
            1 2 3 4 5 6
            """);
    }

    @Test
    void appendToATypedEmptyListChecksItsType() {
        assertTranscript("""
            q)s:`float$()
            q)s,:1
            'type
            q)s,:1f
            q)s
            ,1f
            """);
    }

    @Test
    void appendToADictionaryUpsertsValuesOfItsType() {
        assertTranscript("""
            q)s:([a:1;b:2])
            q)s,:([a:3;c:4])
            q)s
            a| 3
            b| 2
            c| 4
            q)s,:([d:5f])
            'type
            """);
    }

    @Test
    void appendToATableChecksColumnTypes() {
        assertTranscript("""
            q)t:([]a:1 2i;b:3 4f)
            q)t,:([]a:5 6i;b:7 8f)
            q)t
            a b
            ---
            1 3
            2 4
            5 7
            6 8
            q)t,:([]a:5 6f;b:7 8i)
            'type
            """);
    }

    @Test
    void appendToATableTakesRecordsAndTablesWithMissingColumns() {
        assertTranscript("""
            q)t:([]a:1 2;b:3 4)
            q)t,:5 6
            q)t,:(7 8;9 10)
            q)t
            a b
            ----
            1 3
            2 4
            5 6
            7 8
            9 10
            q)t:([]a:1 2;b:3 4)
            q)t,:([a:5])
            q)t,:([]b:6 7)
            q)t
            a b
            ---
            1 3
            2 4
            5
              6
              7
            """);
    }

    @Test
    void appendToAKeyedTableUpdatesOnlyTheColumnsGiven() {
        assertTranscript("""
            q)t:([k:`a`b]a:1 2;b:3 4)
            q)t,:((`c;5;6);(`d;7;8))
            q)t,:([k:`e;a:1;b:3])
            q)t
            k| a b
            -| ---
            a| 1 3
            b| 2 4
            c| 5 6
            d| 7 8
            e| 1 3
            q)t,:([k:`c`d`f]a:10 11 12)
            q)t
            k| a  b
            -| ----
            a| 1  3
            b| 2  4
            c| 10 6
            d| 11 8
            e| 1  3
            f| 12
            """);
    }

    @Test
    void appendToAGeneralListEnlistsAnItemOneLevelShallower() {
        assertTranscript("""
            q)s:enlist 1 2 3
            q)s,4 5 6
            1 2 3
            4
            5
            6
            q)s,:4 5 6
            q)s
            1 2 3
            4 5 6
            q)s:(::;3;4)
            q)s,:5f
            q)s
            ::
            3
            4
            5f
            """);
    }

    @Test
    void upsertAppendsRecordsToATable() {
        assertTranscript("""
            q)t:([]name:`tom`dick`harry;age:28 29 30;sex:`M)
            q)t upsert (`dick;49;`M)
            name  age sex
            -------------
            tom   28  M
            dick  29  M
            harry 30  M
            dick  49  M
            q)t upsert((`dick;49;`M);(`jane;23;`F))
            name  age sex
            -------------
            tom   28  M
            dick  29  M
            harry 30  M
            dick  49  M
            jane  23  F
            q)`t upsert ([]age:49 23;name:`dick`jane)
            `t
            q)t
            name  age sex
            -------------
            tom   28  M
            dick  29  M
            harry 30  M
            dick  49
            jane  23
            """);
    }

    @Test
    void upsertUpdatesMatchingKeysOfAKeyedTable() {
        assertTranscript("""
            q)a:([s:`q`w`e]r:1 2 3;u:5 6 7)
            q)a upsert (`e;30;70)
            s| r  u
            -| -----
            q| 1  5
            w| 2  6
            e| 30 70
            q)a upsert ((`e;30;70);(`r;40;80))
            s| r  u
            -| -----
            q| 1  5
            w| 2  6
            e| 30 70
            r| 40 80
            q)a upsert ([s:`e`r`q]r:30 4 10;u:70 8 50)
            s| r  u
            -| -----
            q| 10 50
            w| 2  6
            e| 30 70
            r| 4  8
            """);
    }

    @Test
    void insertAndUpsertIntoTypedEmptyColumnsCheckTypes() {
        assertTranscript("""
            q)t:([] time:`timespan$(); sym:`symbol$(); price:`float$())
            q)`t insert (0D00:00:01;`a;1)
            'type
            q)`t upsert (0D00:00:01;`a;1)
            'type
            q)t,:(0D00:00:01;`a;1)
            'type
            q)`t insert (0D00:00:01;`a;1f)
            ,0
            q)`t upsert (0D00:00:02;`b;2f)
            `t
            q)t
            time                 sym price
            ------------------------------
            0D00:00:01.000000000 a   1
            0D00:00:02.000000000 b   2
            """);
    }

    @Test
    void insertIntoGeneralEmptyColumnsTakesTheTypesOfTheFirstRecords() {
        assertTranscript("""
            q)u:([] name:(); age:())
            q)`u insert (`tom`dick;30 40)
            0 1
            q)meta u
            c   | t f a
            ----| -----
            name| s
            age | j
            q)`u insert (`harry;1.5)
            'type
            """);
    }

    @Test
    void insertOfAnExistingKeyIsAnInsertError() {
        assertTranscript("""
            q)x:([a:`x`y];b:10 20)
            q)`x insert (`z;30)
            ,2
            q)`x insert (`z;30)
            'insert
            q)`x insert (`s`t;40 50)
            3 4
            """);
    }

    @Test
    void insertOfAKeyedTableIntoANameNotDefinedMakesIt() {
        assertTranscript("""
            q)`tnew insert ([c1:`a`b];c2:10 20)
            0 1
            q)tnew
            c1| c2
            --| --
            a | 10
            b | 20
            q)`tnew insert ([c1:`c];c2:30)
            ,2
            q)`tnew insert ([c1:`c];c2:30)
            'insert
            """);
    }

    @Test
    void joinOfKeyedTablesIsStrictAboutColumnsAndTypes() {
        assertTranscript("""
            q)kt1:([k:1 2 3] c1:10 20 30;c2:`a`b`c)
            q)kt3:([k:2 3] c1:0N 3000;c2:`bbb`)
            q)kt1,kt3
            k| c1   c2
            -| --------
            1| 10   a
            2|      bbb
            3| 3000
            q)kt1,([k:2 3] c1:1 2.;c2:`x`y)
            'type
            q)kt1,([k:2 3] c1:1 2)
            'mismatch
            q)kt1,([j:2 3] c1:1 2;c2:`x`y)
            'mismatch
            """);
    }

    @Test
    void appendToATableOfARecordWithTooFewCellsIsALengthError() {
        assertSignals("t:([]a:1 2;b:3 4);t,:(1 2 3;4 5 6)", "length");
    }
}
