package io.mserve.engine.ops.sort;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/**
 * On vectors of 100,000 items (long, float, symbol, with nulls), iasc is a permutation that orders
 * the items stably, and asc gives the items in that order.
 */
class SortingLargeVectorsTest {
    private static final String CHECKS = """
        q)i:iasc v
        q)(count i)=count distinct i
        1b
        q)all i within 0,-1+count v
        1b
        q)s:v i
        q)all ((1_s)>-1_s) or ((1_s)=-1_s) and (1_i)>-1_i
        1b
        q)(asc v)~s
        1b
        """;

    @Test
    void longsWithNullsSortStably() {
        assertTranscript("""
            q)v:(100000?1000000000000000000)*100000?-1 1
            q)v[where 0=100000?5]:0N
            """ + CHECKS);
    }

    @Test
    void floatsWithNullsSortStably() {
        assertTranscript("""
            q)v:-100+100000?200f
            q)v[where 0=100000?7]:0n
            """ + CHECKS);
    }

    @Test
    void symbolsSortStably() {
        assertTranscript("""
            q)v:`$"s",'string 100000?500
            """ + CHECKS);
    }
}
