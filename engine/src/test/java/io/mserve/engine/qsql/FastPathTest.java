package io.mserve.engine.qsql;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import io.mserve.ipc.value.K;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fast paths (count-only where, column-op-constant where, one-pass grouped aggregates) answer as the general path does. */
class FastPathTest {
    private Session s;

    @BeforeEach
    void setUp() {
        s = new Session();
        s.evaluate("t:([] sym:`b`a`c`a`b`a`d`c; price:1.5 0n 3 150 150.0000000000001 -2 0w 149.99999999999; "
                + "size:10 0N 30 -5 7 0N 100 50)");
        s.evaluate("n:5000; u:([] sym:n?`x`y`z`w`v; price:((n-2)?200f),0n 0n; size:((n-3)?100000),0N 0N 0N; tm:n#2 3 4)");
    }

    // The query against the same query with each fast form hidden inside a lambda, which only the general path evaluates.
    private void same(String fast, String general) {
        K expected = s.evaluate(general);
        assertThat(s.evaluate(fast)).as(fast).isEqualTo(expected);
    }

    private static final List<String> OPS = List.of("<", ">", "<=", ">=", "=", "<>");

    @Test
    void countOnlyWhere() {
        for (String table : List.of("t", "u")) {
            for (String op : OPS) {
                for (String c : List.of("price" + op + "150", "size" + op + "10", "price" + op + "1.5", "price" + op + "0")) {
                    same("select count i from " + table + " where " + c, "select {count x} i from " + table + " where {x} " + c);
                    same("select count i, n:count sym from " + table + " where size>0, " + c,
                            "select {count x} i, n:{count x} sym from " + table + " where size>0, {x} " + c);
                }
            }
        }
        s.evaluate("v:([] sym:86#`a`b; price:(150+3e-12*-20+til 41),(-3e-323*-20+til 41),-0.0 0w -0w 0n; size:til 86)");
        for (String op : OPS) {
            for (String c : List.of("150", "0", "0.0", "-0.0", "150.00000000001", "149.99999999999")) {
                same("select count i from v where price" + op + c, "select {count x} i from v where {x} price" + op + c);
            }
        }
        same("select count i from t", "select {count x} i from t");
        same("select count i from t where sym=`a", "select {count x} i from t where {x} sym=`a");
        same("select count i from t where sym<>`a", "select {count x} i from t where {x} sym<>`a");
    }

    @Test
    void sortedColumnsByBinarySearch() {
        s.evaluate("w:([] t:`s#asc 0N,(n-1)?1000; p:`s#asc 0n,(150+3e-12*-20+til 41),(n-42)?300f; g:n?`a`b`c; v:n?100)");
        assertThat(s.evaluate("attr w`t")).isEqualTo(s.evaluate("`s"));
        for (String op : OPS) {
            for (String c : List.of("t" + op + "500", "t" + op + "0", "t" + op + "-5", "t" + op + "2000", "p" + op + "150", "p" + op + "150.00000000001",
                    "p" + op + "0", "p" + op + "1e9")) {
                same("select count i from w where " + c, "select {count x} i from w where {x} " + c);
                same("select from w where " + c, "select from w where {x} " + c);
                same("select sum v by g from w where " + c + ", v>10", "select {sum x} v by {x} g from w where ({x} " + c + "), v>10");
            }
        }
    }

    @Test
    void groupedAggregates() {
        String aggs = "max price, min price, avg size, max size, min size, sum price, avg price, sum size, first price, last size, count i, vwap:size wavg price, w2:price wavg size";
        String slow = "{max x} price, {min x} price, {avg x} size, {max x} size, {min x} size, {sum x} price, {avg x} price, "
                + "{sum x} size, {first x} price, {last x} size, {count x} i, vwap:{x wavg y}[size;price], w2:{x wavg y}[price;size]";
        for (String table : List.of("t", "u")) {
            same("select " + aggs + " by sym from " + table, "select " + slow + " by {x} sym from " + table);
            for (String op : OPS) {
                for (String c : List.of("price" + op + "150", "size" + op + "10")) {
                    same("select " + aggs + " by sym from " + table + " where " + c,
                            "select " + slow + " by {x} sym from " + table + " where {x} " + c);
                    same("select sum size by sym from " + table + " where size>0, " + c,
                            "select {sum x} size by {x} sym from " + table + " where size>0, {x} " + c);
                }
            }
        }
        same("select " + aggs + " by tm from u", "select " + slow + " by {x} tm from u");
        same("select avg tm, sum tm by sym from u where price>100", "select {avg x} tm, {sum x} tm by {x} sym from u where {x} price>100");
        same("select avg tm by sym from u", "select {avg x} tm by {x} sym from u");
        same("select sum size by sym from t where size>1000000", "select {sum x} size by {x} sym from t where {x} size>1000000");
        same("select[2] sum size by sym from u", "select[2] {sum x} size by {x} sym from u");
        same("select sum size by sym from u where i in 7 3 5", "select {sum x} size by {x} sym from u where {x} i in 7 3 5");
    }
}
