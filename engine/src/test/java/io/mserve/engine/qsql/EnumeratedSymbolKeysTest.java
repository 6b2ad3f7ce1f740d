package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import io.mserve.ipc.value.SymbolVector;
import org.junit.jupiter.api.Test;

/**
 * A by or fby over an enumerated symbol column answers as over the plain one (ref/select.md: groups in ascending
 * order of their keys; ref/fby.md): t's sym column is enumerated, p's the same symbols in the plain form.
 */
class EnumeratedSymbolKeysTest {
    private final Session session = session();

    private static Session session() {
        Session s = new Session();
        s.execute("syms:`ibm`msft`aapl");
        s.execute("t:([] s:syms (til 30) mod 3; v:til 30)");
        s.execute("p:([] s:`$string t`s; v:til 30)");
        return s;
    }

    @Test
    void theTablesHoldTheTwoForms() {
        assertThat(((SymbolVector) session.evaluate("t`s")).enumeration()).isNotNull();
        assertThat(((SymbolVector) session.evaluate("p`s")).enumeration()).isNull();
    }

    @Test
    void groupsComeInAscendingOrderOfTheirSymbolsWhateverTheDomainsOrder() {
        for (String table : new String[] {"t", "p"}) {
            assertTranscript(session, """
                    q)select n:count i, v:sum v by s from %s
                    s   | n  v
                    ----| ------
                    aapl| 10 155
                    ibm | 10 135
                    msft| 10 145
                    q)select v:sum v by s from %s where v<4
                    s   | v
                    ----| -
                    aapl| 2
                    ibm | 3
                    msft| 1
                    """.formatted(table, table));
        }
    }

    @Test
    void domainEntriesNoRowUsesMakeNoGroup() {
        session.execute("u:([] s:syms (til 20) mod 2; v:til 20)");
        assertThat(((SymbolVector) session.evaluate("u`s")).enumeration().domain()).hasSize(3);
        assertTranscript(session, """
                q)select n:count i by s from u
                s   | n
                ----| --
                ibm | 10
                msft| 10
                q)select n:count i by s, odd:v mod 2 from u
                s    odd| n
                --------| --
                ibm  0  | 10
                msft 1  | 10
                q)select d:dev v, w:var v by s from u
                s   | d        w
                ----| -----------
                ibm | 5.744563 33
                msft| 5.744563 33
                q)select n:count i by s from u where v>15
                s   | n
                ----| -
                ibm | 2
                msft| 2
                """);
    }

    @Test
    void aGroupingWithAWherePhraseLeavesTheColumnsCodesAsTheyWere() {
        session.execute("u:([] s:syms (til 20) mod 2; v:til 20)");
        int[] before = ((SymbolVector) session.evaluate("u`s")).enumeration().codes().clone();
        assertTranscript(session, """
                q)select n:count i by s from u where v>15
                s   | n
                ----| -
                ibm | 2
                msft| 2
                q)select n:count i by s from u where v within 3 4
                s   | n
                ----| -
                ibm | 1
                msft| 1
                q)select n:count i by s from u
                s   | n
                ----| --
                ibm | 10
                msft| 10
                """);
        assertThat(((SymbolVector) session.evaluate("u`s")).enumeration().codes()).containsExactly(before);
    }

    @Test
    void fbyOverAnEnumeratedColumnPicksEachGroupsRows() {
        for (String table : new String[] {"t", "p"}) {
            assertTranscript(session, """
                    q)select from %s where v=(max;v) fby s
                    s    v
                    -------
                    ibm  27
                    msft 28
                    aapl 29
                    """.formatted(table));
        }
    }
}
