package io.mserve.engine.qsql;

import io.mserve.engine.session.Session;
import java.util.Arrays;
import java.util.Locale;

/** Not a test: times the benchmark queries in-process on the benchmark's trade table. Args: [rows] [runs]. */
public final class TradeBench {
    private TradeBench() {}

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Session s = new Session();
        s.execute("i:til " + rows);
        s.execute("trade:([] sym:`AAPL`MSFT`IBM`GOOG`AMZN`META`TSLA`NVDA`ORCL`INTC i mod 10;"
                + " price:100+((i*7919) mod 10000)%100; size:(i*104729) mod 100000)");
        s.execute("delete i from `.");
        String[] queries = {
            "select count i from trade where size>50000",
            "select sum size by sym from trade where price>150",
            "select vwap:size wavg price by sym from trade",
            "select max price, min price, avg size by sym from trade",
        };
        double logSum = 0;
        for (String q : queries) {
            String out = s.execute(q);
            for (int k = 0; k < 3; k++) {
                s.execute(q);
            }
            double[] ms = new double[runs];
            for (int k = 0; k < runs; k++) {
                long t = System.nanoTime();
                s.execute(q);
                ms[k] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            logSum += Math.log(ms[runs / 2]);
            System.out.printf(Locale.ROOT, "%-60s %8.2f ms%n", q, ms[runs / 2]);
            if (args.length > 2) {
                System.out.println(out);
            }
        }
        System.out.printf(Locale.ROOT, "geomean %.2f ms%n", Math.exp(logSum / queries.length));
    }
}
