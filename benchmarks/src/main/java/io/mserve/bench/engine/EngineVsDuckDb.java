package io.mserve.bench.engine;

import com.kx.c;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The engine against DuckDB on the same 5M-row {@code trade} table, in the same run: the engine
 * as a secondary process ({@code launcher.jar q -p PORT}) queried over kdb+ IPC with javakdb,
 * DuckDB in-process over JDBC with one thread and sym as an ENUM. Both build the table from
 * the same formulas, so the answers can be compared. Prints each query's median time, the
 * ratio engine/DuckDB, and the geometric mean of the ratios.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.mserve.bench.engine.EngineVsDuckDb
 * [--launcher launcher/target/launcher.jar] [--rows 5000000] [--runs 10] [--port 5401]}
 */
public final class EngineVsDuckDb {
    private static final String SYMS = "AAPL`MSFT`IBM`GOOG`AMZN`META`TSLA`NVDA`ORCL`INTC";

    private record Query(String q, String sql) {}

    private static final List<Query> QUERIES = List.of(
            new Query("select count i from trade where size>50000",
                    "SELECT count(*) FROM trade WHERE size>50000"),
            new Query("select sum size by sym from trade where price>150",
                    "SELECT sym, sum(size) FROM trade WHERE price>150 GROUP BY sym"),
            new Query("select vwap:size wavg price by sym from trade",
                    "SELECT sym, sum(size*price)/sum(size) FROM trade GROUP BY sym"),
            new Query("select max price, min price, avg size by sym from trade",
                    "SELECT sym, max(price), min(price), avg(size) FROM trade GROUP BY sym"));

    private EngineVsDuckDb() {}

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of("launcher/target/launcher.jar");
        int rows = 5_000_000;
        int runs = 10;
        int port = 5401;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--launcher" -> launcher = Path.of(args[i + 1]);
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        double[] engine = new double[QUERIES.size()];
        double[] duck = new double[QUERIES.size()];
        System.out.printf("building trade (%,d rows) in an engine secondary%n", rows);
        Process secondary = startEngine(launcher, rows, port);
        try {
            c q = connect(port);
            for (int k = 0; k < QUERIES.size(); k++) {
                char[] text = QUERIES.get(k).q().toCharArray();
                engine[k] = median(runs, QUERIES.get(k).q(), () -> q.k(text));
            }
            q.close();
        } finally {
            secondary.destroyForcibly();
        }
        System.out.printf("building trade (%,d rows) in DuckDB (threads=1, sym ENUM)%n", rows);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("SET threads=1");
            st.execute("CREATE TYPE symt AS ENUM (" + quoted() + ")");
            st.execute("CREATE TABLE trade AS SELECT (['" + SYMS.replace("`", "','") + "'])[i%10+1]::symt AS sym,"
                    + " 100+((i*7919)%10000)/100.0 AS price, (i*104729)%100000 AS size FROM range(" + rows + ") t(i)");
            for (int k = 0; k < QUERIES.size(); k++) {
                String sql = QUERIES.get(k).sql();
                duck[k] = median(runs, sql, () -> {
                    try (ResultSet r = st.executeQuery(sql)) {
                        while (r.next()) {
                            r.getObject(1);
                        }
                    }
                    return null;
                });
            }
        }
        System.out.println();
        System.out.println("| query | engine ms | DuckDB ms | ratio |");
        System.out.println("|---|---|---|---|");
        double logSum = 0;
        for (int k = 0; k < QUERIES.size(); k++) {
            double ratio = engine[k] / duck[k];
            logSum += Math.log(ratio);
            System.out.printf(Locale.ROOT, "| `%s` | %.1f | %.1f | %.2f× |%n", QUERIES.get(k).q(), engine[k], duck[k], ratio);
        }
        System.out.printf(Locale.ROOT, "| geometric mean | | | **%.2f×** |%n", Math.exp(logSum / QUERIES.size()));
    }

    private static String quoted() {
        StringBuilder s = new StringBuilder();
        for (String sym : SYMS.split("`")) {
            s.append(s.length() == 0 ? "" : ",").append('\'').append(sym).append('\'');
        }
        return s.toString();
    }

    private interface Run {
        Object run() throws Exception;
    }

    /** Median wall time in ms of {@code runs} runs, after three of warm-up. */
    private static double median(int runs, String label, Run run) throws Exception {
        for (int i = 0; i < 3; i++) {
            run.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[runs / 2];
        System.out.printf(Locale.ROOT, "  %-60s %8.1f ms%n", label, median);
        return median;
    }

    // The same formulas as the DuckDB table: sym cycles through ten names, price and size by modular arithmetic.
    private static Process startEngine(Path launcher, int rows, int port) throws IOException {
        Path script = Files.createTempFile("trade", ".q");
        Files.writeString(script, String.join("\n",
                "trade:{[n] i:til n; ([] sym:`" + SYMS + " i mod 10; price:100+((i*7919) mod 10000)%100;"
                        + " size:(i*104729) mod 100000)} " + rows,
                ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx6g", "-jar", launcher.toString(), "q", script.toString(), "-p", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static c connect(int port) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            try {
                return new c("127.0.0.1", port, "mserve:");
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }
}
