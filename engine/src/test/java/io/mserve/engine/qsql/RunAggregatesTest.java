package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import org.junit.jupiter.api.Test;

/**
 * select … by a key whose rows lie in ascending runs, without a where phrase, folds each group's slice of rows: the
 * same answers as over group codes (the same query with a where phrase that keeps every row takes that path), nulls
 * skipped as the verbs skip them, all-null groups as the verbs give them (ref/sum.md, ref/avg.md, ref/max.md).
 */
class RunAggregatesTest {
    private static final String AGGREGATES = "n:count i, c:count x, sx:sum x, mnx:min x, mxx:max x, sy:sum y, ay:avg y,"
            + " mny:min y, mxy:max y, f:first s, l:last s, fy:first y, lx:last x";

    @Test
    void aSortedKeysGroupsAreItsRunsAndAnswerAsOverCodes() {
        assertTranscript("q)t:([] k:0N 1 1 2 2 2 5 5; x:9 1 0N 3 4 0N 6 0N; y:0n 1.5 0n 2 0n 0n 0n 0n; s:`z`a`b`c`d`e`f`g)\n"
                + "q)a:select " + AGGREGATES + " by k from t\n"
                + "q)a~select " + AGGREGATES + " by k from t where i>=0\n"
                + "1b\n"
                + """
                q)exec k from a
                0N 1 2 5
                q)exec sx from a
                9 1 7 6
                q)exec ay from a
                0n 1.5 2 0n
                q)exec mxy from a
                -0w 1.5 2 -0w
                q)exec mny from a
                0w 1.5 2 0w
                q)exec mnx from a
                9 1 3 6
                q)exec l from a
                `z`b`e`g
                """);
    }

    @Test
    void timeBucketsOfATableInTimeOrderAnswerAsOverCodes() {
        assertTranscript("""
            q)t:([] time:09:30:00.000+250*til 1000; p:1000?100f; z:1000?1000)
            q)(select h:max p, v:sum z, a:avg p, o:first p by 60000 xbar time from t)~select h:max p, v:sum z, a:avg p, o:first p by 60000 xbar time from t where i>=0
            1b
            q)count select n:count i by 60000 xbar time from t
            5
            """);
    }

    @Test
    void aKeyInRunsCombinedWithAnotherAnswersAsTheSameKeysInNoOrder() {
        // u holds t's rows backwards: its time buckets are not in runs, so they are grouped by value
        assertTranscript("""
            q)t:([] sym:1000#`c`a`b`a; time:(3#0Nt),09:30:00.000+250*til 997; z:1000?1000; k:(999#til 500),0)
            q)u:reverse t
            q)(select n:count i, v:sum z, h:max z by sym, 5 xbar time.minute from t)~select n:count i, v:sum z, h:max z by sym, 5 xbar time.minute from u
            1b
            q)(select n:count i, v:sum z by 5 xbar time.minute, sym from t)~select n:count i, v:sum z by 5 xbar time.minute, sym from u
            1b
            q)(select n:count i, v:sum z by sym, k from t)~select n:count i, v:sum z by sym, k from u
            1b
            q)select n:count i by sym, 5 xbar time.minute from t where time<09:30:01.000
            sym minute| n
            ----------| -
            a         | 1
            a   09:30 | 2
            b         | 1
            b   09:30 | 1
            c         | 1
            c   09:30 | 1
            """);
    }

    @Test
    void aggregatesItDoesNotFoldAreLeftToTheCodesAndAnswerAsThere() {
        assertTranscript("""
            q)t:([] k:1 1 2 2 2; p:1 2 3 5 9f; z:1 3 5 6 10)
            q)(select d:dev p, v:var z, m:med p, s:sdev p, sv:svar z, a:avg z, w:z wavg p by k from t)~select d:dev p, v:var z, m:med p, s:sdev p, sv:svar z, a:avg z, w:z wavg p by k from t where i>=0
            1b
            q)exec d from select d:dev p by k from t
            0.5 2.494438
            q)exec m from select m:med p by k from t
            1.5 5
            """);
    }

    @Test
    void onlyAKeyInAscendingRunsIsSliced() {
        assertThat(KeyCodes.of(new LongVector(QType.LONG, new long[] {1, 1, 2, 7})).starts).containsExactly(0, 2, 3);
        assertThat(KeyCodes.of(new IntVector(QType.INT, new int[] {3, 1, 2})).starts).isNull();
        assertThat(KeyCodes.of(new LongVector(QType.LONG, new long[] {1, 1, 2, 7})).codes()).containsExactly(0, 0, 1, 2);
    }
}
