package io.mserve.engine.display;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** A dictionary shows key| value a line; a table shows a header, a rule and a row a line; a keyed table both side by side. */
class DictionaryAndTableDisplayTest {

    @Test
    void aDictionaryShowsOneEntryALineWithKeysPadded() {
        assertTranscript("""
            q)enlist[`a]#`a`b!1 2
            a| 1
            q)`a`b`c`x!(1;2 3;4;5)
            a| 1
            b| 2 3
            c| 4
            x| 5
            q)`London`Paris!`Paris`Genoa
            London| Paris
            Paris | Genoa
            q)`name`dob`sex!(`;0Nd;`)
            name| `
            dob | 0Nd
            sex | `
            """);
    }

    @Test
    void equalLengthValuesLineUpInColumns() {
        assertTranscript("""
            q)(`a`b)!(1 2 3;`x`y`z)
            a| 1 2 3
            b| x y z
            q)`names`ages!(`bob`carol`ted`alice;42 39 51 44)
            names| bob carol ted alice
            ages | 42  39    51  44
            q)`name`dob`sex!(`jack`jill`john;1982.09.15 1984.07.05 1990.11.16;`m`f`m)
            name| jack       jill       john
            dob | 1982.09.15 1984.07.05 1990.11.16
            sex | m          f          m
            q)exp `a`b!(10 -21 3;4 5 -6)
            a| 22026.47 7.58256e-10 20.08554
            b| 54.59815 148.4132    0.002478752
            """);
    }

    @Test
    void keysThatAreAnApplicationShowInParentheses() {
        assertTranscript("""
            q)MAXTBLSYM:MINTBLSYM:enlist[`]!enlist(0#`)!0#0N
            q)MAXTBLSYM[`quote;`eurgbp]:75000;MAXTBLSYM[`quote;`eurusd]:100000
            q)MAXTBLSYM[`trade;`eurgbp]:40000;MAXTBLSYM[`trade;`eurusd]:50000
            q)MAXTBLSYM
                 | (`symbol$())!`long$()
            quote| `eurgbp`eurusd!75000 100000
            trade| `eurgbp`eurusd!40000 50000
            q)-3!(`u#`a`b`c)!100 200 300
            "(`u#`a`b`c)!100 200 300"
            q)-3!`s#`a`b!1 2
            "`s#`a`b!1 2"
            """);
    }

    @Test
    void stringKeysShowQuoted() {
        assertTranscript("""
            q)("john";"johnny";"jackie";"jamie")!4 4 2 3
            "john"  | 4
            "johnny"| 4
            "jackie"| 2
            "jamie" | 3
            """);
    }

    @Test
    void aTableShowsAHeaderARuleAndItsRows() {
        assertTranscript("""
            q)([]sym:`aapl`msft`goog;price:100 200 300)
            sym  price
            ----------
            aapl 100
            msft 200
            goog 300
            q)flip `name`dob`sex!(`jack`jill`john;1982.09.15 1984.07.05 1990.11.16;`m`f`m)
            name dob        sex
            -------------------
            jack 1982.09.15 m
            jill 1984.07.05 f
            john 1990.11.16 m
            q)([]a:`a`b`c)
            a
            -
            a
            b
            c
            q)([]time:09:31:00.001 09:31:00.002)
            time
            ------------
            09:31:00.001
            09:31:00.002
            """);
    }

    @Test
    void aNullInATableShowsBlank() {
        assertTranscript("""
            q)([]phone:5555 0N 4444)
            phone
            -----
            5555

            4444
            """);
    }

    @Test
    void listColumnsAndStringColumns() {
        assertTranscript("""
            q)([] code:`F1; vr:(enlist 2.3))
            code vr
            --------
            F1   2.3
            q)([] code:`F2; vr:(enlist (5.4; 43.2)))
            code vr
            -------------
            F2   5.4 43.2
            q)enlist `a`b`c!(1;2 3; 4)
            a b   c
            -------
            1 2 3 4
            q)([]a:1 2f;b:("Greetings";"Earthlings"))
            a b
            --------------
            1 "Greetings"
            2 "Earthlings"
            q)([]c1:`a`b`c;c11:`a`b`c;x:20 40 60;c2:11.1 22.2 33.3;c3:("1.1";"2.2";"3.3"))
            c1 c11 x  c2   c3
            --------------------
            a  a   20 11.1 "1.1"
            b  b   40 22.2 "2.2"
            c  c   60 33.3 "3.3"
            """);
    }

    @Test
    void tableCellsShowItemsWithoutTypeLetters() {
        assertTranscript("""
            q)exp ([]a:10 -21 3;b:4 5 -6)
            a           b
            -----------------------
            22026.47    54.59815
            7.58256e-10 148.4132
            20.08554    0.002478752
            q)([]m:2000.01 2000.02m;f:1 2f;s:`ab`cd;c:"xy")
            m       f s  c
            --------------
            2000.01 1 ab x
            2000.02 2 cd y
            """);
    }

    @Test
    void anEmptyTableShowsItsHeaderAndRule() {
        assertTranscript("""
            q)([]a:0#0;bb:0#`)
            a bb
            ----
            """);
    }

    @Test
    void aKeyedTableShowsKeysAndValuesSideBySide() {
        assertTranscript("""
            q)([names:`bob`carol`bob`alice;city:`NYC`CHI`SFO`SFO]ages:42 39 51 44)
            names city| ages
            ----------| ----
            bob   NYC | 42
            carol CHI | 39
            bob   SFO | 51
            alice SFO | 44
            q)([a:1 2]b:``z;c:1 0N)
            a| b c
            -| ---
            1|   1
            2| z
            q)([s:`s1`s2]name:`smith`jones;status:20 10;city:`london`paris)
            s | name  status city
            --| -------------------
            s1| smith 20     london
            s2| jones 10     paris
            """);
    }

    @Test
    void aNumericVectorInATableCellShowsWithoutItsTypeSuffix() {
        // ref/deltas.md (signum gives ints), ref/xgroup.md (qty is an int column)
        assertTranscript("""
            q)t:([]sym:`AAPL`AAPL`AAPL`GOOG`GOOG`GOOG;price:3 3 2 1 2 3)
            q)select movement:signum deltas price by sym from t
            sym | movement
            ----| --------
            AAPL| 1 0 -1
            GOOG| 1 1 1
            q)`p xgroup ([]p:`p1`p2`p2;qty:300 400 200i)
            p | qty
            --| -------
            p1| ,300
            p2| 400 200
            q)([]a:(1 2f;3 4.5);b:(,1h;2 3h))
            a     b
            ---------
            1 2   ,1
            3 4.5 2 3
            """);
    }
}
