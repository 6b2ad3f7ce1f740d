package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** aj joins the last row at or before each time; wj aggregates the rows in a window around it (ref/aj.md, ref/wj.md). */
class AsofAndWindowJoinsTest {

    @Test
    void asofJoinTakesTheLastQuoteAtOrBeforeEachTrade() {
        assertTranscript("""
            q)t:([]time:10:01:01 10:01:03 10:01:04;sym:`msft`ibm`ge;qty:100 200 150)
            q)q:([]time:10:01:00 10:01:00 10:01:00 10:01:02;sym:`ibm`msft`msft`ibm;px:100 99 101 98)
            q)aj[`sym`time;t;q]
            time     sym  qty px
            ---------------------
            10:01:01 msft 100 101
            10:01:03 ibm  200 98
            10:01:04 ge   150
            q)exec time from aj0[`sym`time;t;q]
            10:01:00 10:01:02 10:01:04
            """);
    }

    @Test
    void ajfKeepsTheLeftValueWhereTheRightIsNull() {
        assertTranscript("""
            q)t0:([]time:2#00:00:01;sym:`a`b;p:1 1;n:`r`s)
            q)t1:([]time:2#00:00:01;sym:`a`b;p:0 1)
            q)t2:([]time:2#00:00:00;sym:`a`b;p:1 0N;n:`r`s)
            q)t0~ajf[`sym`time;t1;t2]
            1b
            q)aj[`sym`time;t1;t2]
            time     sym p n
            ----------------
            00:00:01 a   1 r
            00:00:01 b     s
            q)exec time from ajf0[`sym`time;t1;t2]
            00:00:00 00:00:00
            """);
    }

    @Test
    void asofJoinOnTimeAlone() {
        assertTranscript("""
            q)aj[enlist `t;([] t:1 5 9);([] t:2 4 6; v:`a`b`c)]
            t v
            ---
            1
            5 b
            9 c
            """);
    }

    @Test
    void ajfFillsFromTheFirstTableWhereTheSecondsValueIsNull() {
        // ref/aj.md: ajf and ajf0 behave as V2.8's aj and aj0
        assertTranscript("""
            q)t0:([]time:2#00:00:01;sym:`a`b;p:1 1;n:`r`s)
            q)t1:([]time:2#00:00:01;sym:`a`b;p:0 1)
            q)t2:([]time:2#00:00:00;sym:`a`b;p:1 0N;n:`r`s)
            q)t0~ajf[`sym`time;t1;t2]
            1b
            q)aj[`sym`time;t1;t2]
            time     sym p n
            ----------------
            00:00:01 a   1 r
            00:00:01 b     s
            q)ajf0[`sym`time;t1;t2]
            time     sym p n
            ----------------
            00:00:00 a   1 r
            00:00:00 b   1 s
            """);
    }

    @Test
    void windowJoinAggregatesTheQuotesInEachWindow() {
        assertTranscript("""
            q)t:([]sym:3#`ibm;time:10:01:01 10:01:04 10:01:08;price:100 101 105)
            q)a:101 103 103 104 104 107 108 107 108
            q)b:98 99 102 103 103 104 106 106 107
            q)q:([]sym:`ibm; time:10:01:01+til 9; ask:a; bid:b)
            q)w:-2 1+\\:t.time
            q)wj[w;`sym`time;t;(q;(max;`ask);(min;`bid))]
            sym time     price ask bid
            --------------------------
            ibm 10:01:01 100   103 98
            ibm 10:01:04 101   104 99
            ibm 10:01:08 105   108 104
            """);
    }

    @Test
    void wjTakesThePrevailingQuoteAtTheWindowStartAndWj1OnlyQuotesInside() {
        assertTranscript("""
            q)q2:([]sym:`ibm`ibm; time:10:01:00 10:01:03; bid:5 7)
            q)t2:([]sym:enlist `ibm; time:enlist 10:01:02)
            q)wj[(enlist 10:01:01;enlist 10:01:04);`sym`time;t2;(q2;(min;`bid))]
            sym time     bid
            ----------------
            ibm 10:01:02 5
            q)wj1[(enlist 10:01:01;enlist 10:01:04);`sym`time;t2;(q2;(min;`bid))]
            sym time     bid
            ----------------
            ibm 10:01:02 7
            """);
    }
}
