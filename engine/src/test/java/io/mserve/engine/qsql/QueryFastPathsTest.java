package io.mserve.engine.qsql;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The queries the engine answers by fast paths (count-only where, a column compared with a constant,
 * binary search on a sorted column, one-pass grouped aggregates) give q's answers: comparisons tolerant,
 * nulls least, aggregates skipping nulls. Expected counts are worked out from q's rules.
 */
class QueryFastPathsTest {
    // Around 150: 150.0000000000001 and 149.99999999999 are within tolerance (2^-43 relative) of it.
    private static final String T = "t:([] sym:`b`a`c`a`b`a`d`c; price:1.5 0n 3 150 150.0000000000001 -2 0w 149.99999999999; "
            + "size:10 0N 30 -5 7 0N 100 50);";
    // 41 values 150+k*3e-12 (k=-20..20: k=-5..5 equal 150 within tolerance), 41 subnormals -k*3e-323, -0.0 0w -0w 0n.
    private static final String V = "v:([] sym:86#`a`b; price:(150+3e-12*-20+til 41),(-3e-323*-20+til 41),-0.0 0w -0w 0n; size:til 86);";
    private static final String W = "w:([] t:`s#0N 1 2 2 3 5 8 13; p:`s#0n -1 0 1.5 149.99999999999 150 150.0000000000001 0w; "
            + "g:`a`b`a`b`a`b`a`b; v:til 8);";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "price<150 | 4", "price>150 | 1", "price<=150 | 7", "price>=150 | 4", "price=150 | 3", "price<>150 | 5",
        "size<10 | 4", "size>10 | 3", "size<=10 | 5", "size>=10 | 4", "size=10 | 1", "size<>10 | 7",
        "price<1.5 | 2", "price>1.5 | 5", "price<=1.5 | 3", "price>=1.5 | 6", "price=1.5 | 1", "price<>1.5 | 7",
        "price<0 | 2", "price>0 | 6", "price<=0 | 2", "price>=0 | 6", "price=0 | 0", "price<>0 | 8",
        "sym=`a | 3", "sym<>`a | 5",
    })
    void countWhereAColumnComparesWithAConstant(String condition, long count) {
        assertPrints(T + "exec first x from select count i from t where " + condition, Long.toString(count));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "price<150 | 59", "price>150 | 16", "price<=150 | 70", "price>=150 | 27", "price=150 | 11", "price<>150 | 75",
        "price=150.00000000001 | 12", "price=149.99999999999 | 12",
        "price<0 | 22", "price>0 | 62", "price=0 | 2", "price=-0.0 | 2", "price<=0 | 24", "price>=0 | 64",
    })
    void countWhereComparesTolerantlyAtTheEdges(String condition, long count) {
        assertPrints(V + "exec first x from select count i from v where " + condition, Long.toString(count));
    }

    // ref/within.md: lo<=x and x<=hi, floats tolerantly; a null is below every bound.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "price within 1.5 150 | 5", "price within 3 149 | 1", "price within 150 150 | 3", "price within -2 1.5 | 2",
        "price within 150 1.5 | 0", "size within 0 30 | 3", "size within 30 10 | 0", "size within -5 7 | 2",
        "size within 7 7 | 1",
    })
    void countWhereAColumnIsWithinConstants(String condition, long count) {
        assertPrints(T + "exec first x from select count i from t where " + condition, Long.toString(count));
    }

    // Counted without a mask, selected with one, and the verb: the same rows at the tolerance's edges (2^-43 of 150 is
    // about 1.7e-11, so 149.99999999999 150.00000000001 takes k=-9..9 of v's first 41; only zero equals zero).
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"150 150", "149.99999999999 150.00000000001", "150.00000000001 150.00000000002", "0 0",
        "-1e-320 0", "-0.0 150", "150 1e308", "-5 5"})
    void countWithinAtTheEdgesIsTheRowsItSelectsAndTheVerbsCount(String bounds) {
        String within = " within " + bounds;
        assertPrints(V + "\"j\"$(exec first x from select count i from v where price" + within + "; count select from v where price" + within
                + "; sum (v`price)" + within + "; count select from v where size" + within + "; sum (v`size)" + within + ")",
                expectedWithin(bounds));
    }

    private static String expectedWithin(String bounds) {
        return switch (bounds) {
            case "150 150" -> "11 11 11 0 0";
            case "149.99999999999 150.00000000001" -> "19 19 19 0 0";
            case "150.00000000001 150.00000000002" -> "15 15 15 0 0";
            case "0 0" -> "2 2 2 1 1";
            case "-1e-320 0" -> "22 22 22 1 1";
            case "-0.0 150" -> "48 48 48 86 86";
            case "150 1e308" -> "26 26 26 0 0";
            default -> "42 42 42 6 6";
        };
    }

    @Test
    void rowsWhereATemporalColumnIsWithinConstantsLeaveOutNulls() {
        assertTranscript("""
            q)u:([] z:09:00:00.000 09:02:00.000 09:03:00.000 0Nt 09:04:00.001; d:2020.01.01 2020.01.03 0Nd 2020.01.04 2020.01.05)
            q)select from u where z within 09:02:00.000 09:04:00.000
            z            d
            -----------------------
            09:02:00.000 2020.01.03
            09:03:00.000
            q)select from u where d within 2020.01.02 2020.01.04
            z            d
            -----------------------
            09:02:00.000 2020.01.03
                         2020.01.04
            """);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "t<2 | 2", "t>2 | 4", "t<=2 | 4", "t>=2 | 6", "t=2 | 2", "t<>2 | 6", "t<-5 | 1", "t>2000 | 0",
        "p<150 | 4", "p>150 | 1", "p<=150 | 7", "p>=150 | 4", "p=150 | 3", "p<>150 | 5", "p>1e9 | 1",
    })
    void countWhereOnASortedColumn(String condition, long count) {
        assertPrints(W + "exec first x from select count i from w where " + condition, Long.toString(count));
    }

    @Test
    void anEnumeratedSymbolColumnComparedWithASymbolSelectsTheRowsItsItemsDo() {
        assertTranscript("""
            q)e:([] sym:`ibm`msft`ibm`aapl`msft`ibm`msft`ibm`msft`ibm`aapl`msft`ibm`msft`ibm`msft`ibm (til 20) mod 4; x:til 20)
            q)exec x from e where sym=`ibm
            0 2 4 6 8 10 12 14 16 18
            q)exec x from e where x>2, sym=`msft
            5 9 13 17
            q)exec x from e where x<6, sym<>`ibm
            1 3 5
            q)exec x from e where sym=`goog
            `long$()
            q)count select from e where sym<>`goog
            20
            """);
    }

    @Test
    void countWithSeveralConstraints() {
        assertTranscript("q)" + T + """

            q)select count i, n:count sym from t where size>0, price>=150
            x n
            ---
            3 3
            q)select count i from t
            x
            -
            8
            """);
    }

    @Test
    void rowsAndGroupsFromASortedColumn() {
        assertTranscript("q)" + W + """

            q)select from w where t>5
            t  p   g v
            ----------
            8  150 a 6
            13 0w  b 7
            q)select sum v by g from w where p>=150, v>4
            g| v
            -| --
            a| 6
            b| 12
            """);
    }

    @Test
    void groupedMaxMinSumAndAvgSkipNulls() {
        assertTranscript("q)" + T + """

            q)select max price, min price, sum price, avg price by sym from t
            sym| price price1 price2 price3
            ---| --------------------------
            a  | 150   -2     148    74
            b  | 150   1.5    151.5  75.75
            c  | 150   3      153    76.5
            d  | 0w    0w     0w     0w
            q)select avg size, max size, min size, sum size by sym from t
            sym| size size1 size2 size3
            ---| ----------------------
            a  | -5   -5    -5    -5
            b  | 8.5  10    7     17
            c  | 40   50    30    80
            d  | 100  100   100   100
            """);
    }

    @Test
    void groupedFirstLastCountAndWeightedAverages() {
        assertTranscript("q)" + T + """

            q)select first price, last size, count i by sym from t
            sym| price size x
            ---| ------------
            a  |            3
            b  | 1.5   7    2
            c  | 3     50   2
            d  | 0w    100  1
            q)select vwap:size wavg price, w2:price wavg size by sym from t
            sym| vwap     w2
            ---| -----------------
            a  | 150      -5
            b  | 62.64706 7.029703
            c  | 94.875   49.60784
            d  | 0w
            """);
    }

    @Test
    void groupedAggregatesWithConstraintsAndLimits() {
        assertTranscript("q)" + T + """

            q)select sum size by sym from t where price>=150
            sym| size
            ---| ----
            a  | -5
            b  | 7
            c  | 50
            d  | 100
            q)select sum size by sym from t where i in 7 3 5
            sym| size
            ---| ----
            a  | -5
            c  | 50
            q)select[2] sum size by sym from t
            sym| size
            ---| ----
            a  | -5
            b  | 17
            q)select sum size by sym from t where size>1000000
            sym| size
            ---| ----
            """);
    }
}
