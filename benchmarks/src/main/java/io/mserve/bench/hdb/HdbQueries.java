package io.mserve.bench.hdb;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The HDB benchmark's queries, in q and in DuckDB's SQL, for the dates of one database: a select of one
 * date, a vwap by sym on one date, an aggregate by sym over ten dates, a count by date over all of them,
 * and an {@code aj} of one date's trades to its quotes (DuckDB's ASOF LEFT JOIN), each with the columns
 * whose sums must agree.
 */
final class HdbQueries {
    private static final DateTimeFormatter Q_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    /** One query: its q text, its SQL, and the result columns summed to check the answers. */
    record Query(String name, String q, String sql, List<String> check) {}

    private HdbQueries() {}

    static String q(LocalDate date) {
        return date.format(Q_DATE);
    }

    static List<Query> of(List<LocalDate> dates) {
        LocalDate day = dates.get(dates.size() / 2);
        int span = Math.min(10, dates.size());
        int first = Math.max(0, Math.min(dates.size() - span, dates.size() / 2 - span / 2));
        LocalDate from = dates.get(first);
        LocalDate to = dates.get(first + span - 1);
        String d = q(day);
        String sqlDay = "DATE '" + day + "'";
        return List.of(
                new Query("one-date select",
                        "select from trade where date=" + d,
                        "SELECT * FROM trade WHERE date=" + sqlDay,
                        List.of("price", "size")),
                new Query("one-date vwap by sym",
                        "select vwap:size wavg price by sym from trade where date=" + d,
                        "SELECT sym, sum(size*price)/sum(size) AS vwap FROM trade WHERE date=" + sqlDay + " GROUP BY sym",
                        List.of("vwap")),
                new Query(span + "-date range aggregate by sym",
                        "select n:count i, v:sum size, hi:max price, lo:min price by sym from trade where date within "
                                + q(from) + " " + q(to),
                        "SELECT sym, count(*) AS n, sum(size) AS v, max(price) AS hi, min(price) AS lo FROM trade"
                                + " WHERE date BETWEEN DATE '" + from + "' AND DATE '" + to + "' GROUP BY sym",
                        List.of("n", "v", "hi", "lo")),
                new Query("count by date, all dates",
                        "select n:count i by date from trade",
                        "SELECT date, count(*) AS n FROM trade GROUP BY date",
                        List.of("n")),
                new Query("one-date aj of trades to quotes",
                        "select n:count i, b:sum bid, a:sum ask from aj[`sym`time;select sym,time,price,size from trade where date="
                                + d + ";select sym,time,bid,ask from quote where date=" + d + "]",
                        "SELECT count(*) AS n, sum(q.bid) AS b, sum(q.ask) AS a FROM"
                                + " (SELECT sym, time, price, size FROM trade WHERE date=" + sqlDay + ") t"
                                + " ASOF LEFT JOIN (SELECT sym, time, bid, ask FROM quote WHERE date=" + sqlDay + ") q"
                                + " ON t.sym=q.sym AND t.time>=q.time",
                        List.of("n", "b", "a")));
    }
}
