package io.mserve.engine.qsql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.engine.QException;
import io.mserve.engine.session.Session;
import io.mserve.ipc.value.K;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JoinsTest {
    private Session s;

    @BeforeEach
    void setUp() {
        s = new Session();
        s.evaluate("t:([] sym:`a`b`a`c; price:1 2 3 4f; size:10 20 30 40)");
        s.evaluate("k:([sym:`a`b] px:10 20f; ex:`x`y)");
    }

    private void same(String query, String expected) {
        K actual = s.evaluate(query);
        assertThat(actual).as(query).isEqualTo(s.evaluate(expected));
    }

    @Test
    void leftJoin() {
        same("t lj k", "([] sym:`a`b`a`c; price:1 2 3 4f; size:10 20 30 40; px:(10 20 10f),0n; ex:`x`y`x`)");
    }

    @Test
    void leftJoinReplacesCommonColumns() {
        same("t lj ([sym:`a`b] price:9 8f)", "([] sym:`a`b`a`c; price:9 8 9 4f; size:10 20 30 40)");
    }

    @Test
    void leftJoinTwoKeyColumns() {
        s.evaluate("m:([sym:`a`a; size:10 30] w:1 2)");
        same("t lj m", "([] sym:`a`b`a`c; price:1 2 3 4f; size:10 20 30 40; w:1 0N 2 0N)");
    }

    @Test
    void leftJoinNeedsKeyedRight() {
        assertThatThrownBy(() -> s.evaluate("t lj t")).isInstanceOf(QException.class);
    }

    @Test
    void innerJoin() {
        same("t ij k", "([] sym:`a`b`a; price:1 2 3f; size:10 20 30; px:10 20 10f; ex:`x`y`x)");
    }

    @Test
    void equiJoin() {
        s.evaluate("r:([] sym:`a`a`c; q:1 2 3)");
        same("ej[`sym;t;r]", "([] sym:`a`a`a`a`c; price:1 1 3 3 4f; size:10 10 30 30 40; q:1 2 1 2 3)");
    }

    @Test
    void unionJoinTables() {
        same("([] a:1 2) uj ([] b:`x`y; a:3 4)", "([] a:1 2 3 4; b:``, `x`y)");
    }

    @Test
    void unionJoinWithEmpty() {
        same("() uj t", "t");
        same("(uj/)(t;t)", "t,t");
    }

    @Test
    void unionJoinKeyed() {
        same("k uj ([sym:`b`c] px:5 6f; z:1 2)", "([sym:`a`b`c] px:10 5 6f; ex:`x`y`; z:0N 1 2)");
    }

    @Test
    void plusJoin() {
        same("([] sym:`a`b`c; px:1 2 3f) pj ([sym:`a`b] px:10 20f)", "([] sym:`a`b`c; px:11 22 3f)");
    }

    @Test
    void asofJoin() {
        s.evaluate("tr:([] time:10:01:01 10:01:03 10:01:04; sym:`msft`ibm`ge; qty:100 200 150)");
        s.evaluate("qt:([] time:10:01:00 10:01:00 10:01:00 10:01:02; sym:`ibm`msft`msft`ibm; px:100 99 101 98)");
        same("aj[`sym`time;tr;qt]", "([] time:10:01:01 10:01:03 10:01:04; sym:`msft`ibm`ge; qty:100 200 150; px:101 98 0N)");
        same("exec time from aj0[`sym`time;tr;qt]", "10:01:00 10:01:02 10:01:04");
    }

    @Test
    void asofJoinTimeOnly() {
        same("aj[enlist `t;([] t:1 5 9);([] t:2 4 6; v:`a`b`c)]", "([] t:1 5 9; v:``b`c)");
    }

    @Test
    void upsertTable() {
        same("t upsert ([] sym:enlist `d; price:enlist 5f; size:enlist 50)", "([] sym:`a`b`a`c`d; price:1 2 3 4 5f; size:10 20 30 40 50)");
    }

    @Test
    void upsertRowList() {
        same("count t upsert (`d;5f;50)", "5");
    }

    @Test
    void upsertKeyed() {
        same("k upsert ([sym:`b`c] px:7 8f; ex:`p`q)", "([sym:`a`b`c] px:10 7 8f; ex:`x`p`q)");
        same("k upsert (`a;1f;`z)", "([sym:`a`b] px:1 20f; ex:`z`y)");
    }

    @Test
    void upsertByName() {
        same("`t upsert (`d;5f;50)", "`t");
        same("count t", "5");
    }

    @Test
    void insert() {
        same("`t insert (`d;5f;50)", "enlist 4");
        same("`t insert (`e`f;6 7f;60 70)", "5 6");
        same("t`sym", "`a`b`a`c`d`e`f");
    }

    @Test
    void insertExistingKeyFails() {
        assertThatThrownBy(() -> s.evaluate("`k insert (`a;1f;`z)")).isInstanceOf(QException.class).hasMessageContaining("insert");
    }

    @Test
    void meta() {
        same("meta t", "([c:`sym`price`size] t:\"sfj\"; f:```; a:```)");
    }

    @Test
    void keys() {
        same("keys k", "enlist `sym");
        same("keys t", "0#`");
    }

    @Test
    void xgroup() {
        same("`sym xgroup t", "([sym:`a`b`c] price:(1 3f;enlist 2f;enlist 4f); size:(10 30;enlist 20;enlist 40))");
    }

    @Test
    void functionalSelect() {
        same("?[t;enlist (>;`price;2);0b;()]", "select from t where price>2");
        same("?[t;();(enlist `s)!enlist `sym;(enlist `n)!enlist (sum;`size)]", "select n:sum size by s:sym from t");
        same("?[t;();0b;`sym`p!`sym`price]", "select sym, p:price from t");
        same("?[t;();0b;();-2]", "select[-2] from t");
        same("?[t;();1b;enlist[`sym]!enlist `sym]", "select distinct sym from t");
    }

    @Test
    void functionalSymbolConstant() {
        same("?[t;enlist (=;`sym;enlist `a);0b;()]", "select from t where sym=`a");
    }

    @Test
    void functionalExec() {
        same("?[t;();();`size]", "exec size from t");
        same("?[t;();`sym;(sum;`size)]", "exec sum size by sym from t");
    }

    @Test
    void functionalUpdateAndDelete() {
        same("![t;enlist (=;`sym;enlist `a);0b;enlist[`size]!enlist 0]", "update size:0 from t where sym=`a");
        same("![t;();0b;enlist `price]", "delete price from t");
        same("![t;enlist (>;`size;15);0b;`symbol$()]", "delete from t where size>15");
        same("![t;();(enlist `sym)!enlist `sym;enlist[`m]!enlist (max;`size)]", "update m:max size by sym from t");
    }

    @Test
    void vectorConditional() {
        same("?[101b;1 2 3;4 5 6]", "1 5 3");
        same("?[011b;`a;`b]", "`b`a`a");
    }

    @Test
    void twoArgumentFormsStillWork() {
        same("1 2 3?2", "1");
        same("`a`b!1 2", "`a`b!1 2");
    }

    @Test
    void upsertRowsAndPartialTables() {
        same("t upsert ((`d;5f;50);(`e;6f;60))", "([] sym:`a`b`a`c`d`e; price:1 2 3 4 5 6f; size:10 20 30 40 50 60)");
        same("t upsert ([] size:enlist 50; sym:enlist `d)", "([] sym:`a`b`a`c`d; price:(1 2 3 4f),0n; size:10 20 30 40 50)");
    }

    @Test
    void insertColumnsIntoEmptyTable() {
        s.evaluate("e:([] stock:(); price:())");
        same("`e insert (`ibm`ibm`intel; 1 2 3)", "0 1 2");
        same("e", "([] stock:`ibm`ibm`intel; price:1 2 3)");
    }

    @Test
    void functionalExecByNamed() {
        same("?[t;();(enlist `s)!enlist `sym;`size]", "exec size by s:sym from t");
    }

    @Test
    void deleteFromDictionary() {
        s.evaluate("d:`a`b`c!1 2 3");
        same("delete b from `d", "`d");
        same("d", "`a`c!1 3");
    }

    @Test
    void execDictionariesByGroupMakeTable() {
        s.evaluate("p:([] k:1 1 2; c:`x`y`x; v:10 20 30)");
        same("exec `x`y#c!v by k from p", "1 2!([] x:10 30; y:20 0N)");
    }

    @Test
    void windowJoin() {
        s.evaluate("wt:([]sym:3#`ibm;time:10:01:01 10:01:04 10:01:08;price:100 101 105)");
        s.evaluate("wq:([]sym:9#`ibm;time:10:01:01+til 9;ask:101 103 103 104 104 107 108 107 108;bid:98 99 102 103 103 104 106 106 107)");
        s.evaluate("w:-2 1+\\:wt`time");
        same("wj[w;`sym`time;wt;(wq;(max;`ask);(min;`bid))]", "([]sym:3#`ibm;time:10:01:01 10:01:04 10:01:08;price:100 101 105;ask:103 104 108;bid:98 99 104)");
        s.evaluate("q2:([]sym:`ibm`ibm; time:10:01:00 10:01:03; bid:5 7)");
        s.evaluate("t2:([]sym:enlist `ibm; time:enlist 10:01:02)");
        same("wj[(enlist 10:01:01;enlist 10:01:04);`sym`time;t2;(q2;(min;`bid))]", "([]sym:enlist `ibm; time:enlist 10:01:02; bid:enlist 5)");
        same("wj1[(enlist 10:01:01;enlist 10:01:04);`sym`time;t2;(q2;(min;`bid))]", "([]sym:enlist `ibm; time:enlist 10:01:02; bid:enlist 7)");
    }

    @Test
    void insertChecksTypes() {
        assertThatThrownBy(() -> s.evaluate("`t insert (`d;5;50)")).isInstanceOf(QException.class).hasMessageContaining("type");
        same("count t", "4");
    }

    @Test
    void functionalSelectOrdered() {
        same("?[t;();0b;();0W;(idesc;`price)]", "select[>price] from t");
        same("?[t;();0b;();2;(iasc;`size)]", "([] sym:`a`b; price:1 2f; size:10 20)");
    }
}
