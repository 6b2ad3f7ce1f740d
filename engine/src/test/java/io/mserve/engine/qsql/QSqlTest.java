package io.mserve.engine.qsql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.engine.QException;
import io.mserve.engine.session.Session;
import io.mserve.ipc.value.K;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QSqlTest {
    private Session s;

    @BeforeEach
    void setUp() {
        s = new Session();
        s.evaluate("t:([] sym:`a`b`a`c; price:1 2 3 4f; size:10 20 30 40)");
        s.evaluate("k:([sym:`a`b`c] px:1 2 3f)");
    }

    private void same(String query, String expected) {
        K actual = s.evaluate(query);
        assertThat(actual).as(query).isEqualTo(s.evaluate(expected));
    }

    private void error(String query, String text) {
        assertThatThrownBy(() -> s.evaluate(query)).isInstanceOf(QException.class).hasMessageContaining(text);
    }

    @Test
    void selectAll() {
        same("select from t", "t");
    }

    @Test
    void selectColumns() {
        same("select sym, price from t", "([] sym:`a`b`a`c; price:1 2 3 4f)");
    }

    @Test
    void selectNamedAndDerived() {
        same("select s:sym, price*size, 2*size from t", "([] s:`a`b`a`c; price:10 40 90 160f; x:20 40 60 80)");
    }

    @Test
    void derivedNamesAreMadeUnique() {
        same("select sym, sym from t", "([] sym:`a`b`a`c; sym1:`a`b`a`c)");
    }

    @Test
    void selectAggregate() {
        same("select sum size, max price from t", "([] size:enlist 100; price:enlist 4f)");
    }

    @Test
    void atomsBroadcast() {
        same("select sym, n:count i from t", "([] sym:`a`b`a`c; n:4 4 4 4)");
    }

    @Test
    void whereBoolean() {
        same("select from t where price>2", "([] sym:`a`c; price:3 4f; size:30 40)");
    }

    @Test
    void whereSuccessive() {
        same("select size from t where sym=`a, price>1", "([] size:enlist 30)");
    }

    @Test
    void whereNoRows() {
        same("count select from t where size>100", "0");
    }

    @Test
    void virtualColumnI() {
        same("select i, sym from t where i>1", "([] x:2 3; sym:`a`c)");
    }

    @Test
    void whereOnI() {
        same("select from t where i in 0 3", "([] sym:`a`c; price:1 4f; size:10 40)");
    }

    @Test
    void limitFirst() {
        same("select[2] from t", "([] sym:`a`b; price:1 2f; size:10 20)");
    }

    @Test
    void limitLast() {
        same("select[-1] sym from t", "([] sym:enlist `c)");
    }

    @Test
    void limitRange() {
        same("select[1 2] sym from t", "([] sym:`b`a)");
    }

    @Test
    void selectDistinct() {
        same("select distinct sym from t", "([] sym:`a`b`c)");
    }

    @Test
    void byAggregate() {
        same("select sum size by sym from t", "([sym:`a`b`c] size:40 20 40)");
    }

    @Test
    void byIsSortedByKey() {
        s.evaluate("u:([] g:`z`y`z`x; v:1 2 3 4)");
        same("select sum v by g from u", "([g:`x`y`z] v:4 2 4)");
    }

    @Test
    void byNonAggregateGivesLists() {
        same("select size by sym from t", "([sym:`a`b`c] size:(10 30;enlist 20;enlist 40))");
    }

    @Test
    void byLastRow() {
        same("select by sym from t", "([sym:`a`b`c] price:3 2 4f; size:30 20 40)");
    }

    @Test
    void byComputed() {
        same("select n:count i by big:price>2 from t", "([big:01b] n:2 2)");
    }

    @Test
    void byTwoColumns() {
        same("select sum size by sym, price>2 from t", "([sym:`a`a`b`c; price:0101b] size:10 30 20 40)");
    }

    @Test
    void byWithWhere() {
        same("select avg price by sym from t where size>10", "([sym:`a`b`c] price:3 2 4f)");
    }

    @Test
    void execColumn() {
        same("exec price from t", "1 2 3 4f");
    }

    @Test
    void execAggregate() {
        same("exec sum size from t where sym=`a", "40");
    }

    @Test
    void execSeveral() {
        same("exec sym, size from t", "`sym`size!(`a`b`a`c;10 20 30 40)");
    }

    @Test
    void execBy() {
        same("exec sum size by sym from t", "`a`b`c!40 20 40");
    }

    @Test
    void execNamedBy() {
        same("exec s:sum size by sym from t", "`a`b`c!([] s:40 20 40)");
    }

    @Test
    void execNoColumnsIsLastRow() {
        same("exec from t", "`sym`price`size!(`c;4f;40)");
    }

    @Test
    void updateAdd() {
        same("update v:price*size from t", "([] sym:`a`b`a`c; price:1 2 3 4f; size:10 20 30 40; v:10 40 90 160f)");
    }

    @Test
    void updateReplaceWhere() {
        same("update size:0 from t where sym=`a", "([] sym:`a`b`a`c; price:1 2 3 4f; size:0 20 0 40)");
    }

    @Test
    void updateNewColumnWhereGetsNulls() {
        same("update f:1b from t where sym=`b", "([] sym:`a`b`a`c; price:1 2 3 4f; size:10 20 30 40; f:0100b)");
        same("exec n from update n:size from t where size>20", "0N 0N 30 40");
    }

    @Test
    void updateTypeMismatch() {
        error("update price:1 from t where sym=`a", "type");
    }

    @Test
    void updateByAggregate() {
        same("update tot:sum size by sym from t", "([] sym:`a`b`a`c; price:1 2 3 4f; size:10 20 30 40; tot:40 20 40 40)");
    }

    @Test
    void updateByUniform() {
        same("update c:sums size by sym from t", "([] sym:`a`b`a`c; price:1 2 3 4f; size:10 20 30 40; c:10 20 40 40)");
    }

    @Test
    void updateByWithWhere() {
        same("update size:sum size by sym from t where price<4", "([] sym:`a`b`a`c; price:1 2 3 4f; size:40 20 40 40)");
    }

    @Test
    void updateByName() {
        same("update size:size+1 from `t", "`t");
        same("t`size", "11 21 31 41");
    }

    @Test
    void updateKeyedKeepsKeys() {
        same("update px:px*2 from k where sym=`b", "([sym:`a`b`c] px:1 4 3f)");
    }

    @Test
    void deleteRows() {
        same("delete from t where sym=`a", "([] sym:`b`c; price:2 4f; size:20 40)");
    }

    @Test
    void deleteAllRows() {
        same("count delete from t", "0");
    }

    @Test
    void deleteColumns() {
        same("delete price, size from t", "([] sym:`a`b`a`c)");
    }

    @Test
    void deleteFromKeyed() {
        same("delete from k where px>2", "([sym:`a`b] px:1 2f)");
    }

    @Test
    void selectFromKeyedKeepsKeys() {
        same("select from k where px<2", "([sym:enlist `a] px:enlist 1f)");
    }

    @Test
    void selectKeyColumnOfKeyed() {
        same("select sym from k", "([] sym:`a`b`c)");
    }

    @Test
    void fbyInWhere() {
        same("select from t where price=(max;price) fby sym", "([] sym:`b`a`c; price:2 3 4f; size:20 30 40)");
    }

    @Test
    void fbyVector() {
        same("(sum;1 2 3 4) fby `a`b`a`b", "4 6 4 6");
    }

    @Test
    void queryInLambdaSeesLocals() {
        same("{[lim] select sym from t where size>lim} 25", "([] sym:`a`c)");
    }

    @Test
    void lambdaInQuery() {
        same("select d:{x*2} size from t where sym=`c", "([] d:enlist 80)");
    }

    @Test
    void countFirstLastByGroup() {
        same("select n:count i, f:first price, l:last size by sym from t", "([sym:`a`b`c] n:2 1 1; f:1 2 4f; l:30 20 40)");
        same("select count i by sym from t where size>10", "([sym:`a`b`c] x:1 1 1)");
    }

    @Test
    void updateByNamedGlobalWithWhere() {
        same("update size:neg size from `t where sym=`c", "`t");
        same("t`size", "10 20 30 -40");
    }

    @Test
    void updateByEmptySelection() {
        same("update size:sum size by sym from t where size>100", "t");
    }

    @Test
    void sumAndAvgByGroupSkipNulls() {
        s.evaluate("u:([] g:`a`a`b`b`c; j:1 0N 3 4 0N; f:(1.5 2.5),0n,4.0,0n)");
        same("select sum j, avg j, sum f, avg f by g from u", "([g:`a`b`c] j:1 7 0; j1:(1 3.5),0n; f:4 4 0f; f1:(2 4f),0n)");
    }

    @Test
    void groupedExpressionsMatchTheirVerbs() {
        same("select s:sum price, m:max size, d:size-first size by sym from t", "([sym:`a`b`c] s:4 2 4f; m:30 20 40; d:(0 20;enlist 0;enlist 0))");
    }

    @Test
    void derivedNamesFollowQ() {
        same("cols select sym, sym, 2*size, price+size, string price, size wavg price, {x} size, (size,'4) from t",
                "`sym`sym1`x`price`price1`price2`size`x1");
        same("cols select count i by 2 xbar size from t", "`size`x");
        same("keys select count i by 2 xbar size from t", "enlist `size");
    }

    @Test
    void temporalFieldsOfColumns() {
        s.evaluate("tt:([] time:09:30:00.000 09:30:59.000 09:31:10.000; v:1 2 3)");
        same("select sum v by time.minute from tt", "([minute:09:30 09:31] v:3 3)");
        same("exec time.second from tt where v>1", "09:30:59 09:31:10");
    }

    @Test
    void emptyGroupsKeepTypes() {
        same("select sum price, n:count i by sym from t where size>100", "([sym:0#`] price:0#0f; n:0#0)");
    }

    @Test
    void fbyWithLambdaAndTableGroups() {
        same("select from t where ({x=max x};price) fby sym", "([] sym:`b`a`c; price:2 3 4f; size:20 30 40)");
        same("(count;1 2 3 4) fby ([] a:1 1 2 2; b:`x`y`x`x)", "1 1 2 2");
    }

    @Test
    void selectOrdered() {
        same("select[>price] sym from t", "([] sym:`c`a`b`a)");
        same("select[<size] from t where sym=`a", "([] sym:`a`a; price:1 3f; size:10 30)");
    }
}
