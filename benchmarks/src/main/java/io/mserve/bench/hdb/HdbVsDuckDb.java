package io.mserve.bench.hdb;

import com.kx.c;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The engine serving a date-partitioned HDB against DuckDB over the same data as hive-partitioned Parquet,
 * in the same run. The engine is a secondary process ({@code -Xmx1g} by default) that loads the HDB with
 * {@code \l} and is queried over kdb+ IPC with javakdb; DuckDB runs in this JVM over JDBC with one thread,
 * reading the Parquet with {@code read_parquet(hive_partitioning=1)}. Every query runs {@code --runs} times
 * with no warm-up (first run and median reported) and both answers are checked to agree; the engine's
 * resident memory (VmRSS and Pss) is read after {@code \l} and after the queries.
 *
 * <p>Usage (from the repository root): {@code java -cp benchmarks/target/benchmarks.jar
 * io.mserve.bench.hdb.HdbVsDuckDb [--dir /tmp/mserve-hdb] [--days 4] [--rows-per-day 200000] [--runs 5]
 * [--port 5411] [--heap 1g]}. The HDB is made with {@code examples/make-trades-hdb.q} when the directory is
 * absent, the Parquet copy when {@code DIR-parquet} is absent; both are reused otherwise.
 */
public final class HdbVsDuckDb {

    /** One query's timings on both sides; {@code engine} is null when the engine failed before it. */
    record Row(String name, Timing engine, Timing duckDb) {
        boolean agrees() {
            return engine != null && engine.answer().agrees(duckDb.answer());
        }
    }

    /** Everything one comparison measured; {@code engineFailure} is null when the engine served every query. */
    record Result(String engineFailure, Timing load, Timing open, ResidentMemory engineLoaded, ResidentMemory engineQueried,
                  ResidentMemory engineIdle, ResidentMemory duckDbJvm, List<Row> rows) {
        boolean agrees() {
            return rows.stream().allMatch(Row::agrees);
        }
    }

    private HdbVsDuckDb() {}

    public static void main(String[] args) throws Exception {
        HdbOptions options = HdbOptions.parse(args);
        Result result = compare(options);
        print(options, result);
        if (!result.agrees()) {
            System.err.println("the engine failed or disagrees with DuckDB: see the table");
            System.exit(1);
        }
    }

    static Result compare(HdbOptions options) throws Exception {
        TradesHdb hdb = options.hdb();
        hdb.ensure(options.script(), options.heap());
        List<LocalDate> dates = hdb.dates();
        ParquetHdb parquet = new ParquetHdb(options.parquet());
        if (parquet.exists()) {
            System.out.printf("reusing the Parquet copy in %s%n", options.parquet());
        } else {
            System.out.printf("copying the HDB to Parquet in %s%n", options.parquet());
            try (EngineProcess exporter = EngineProcess.start(options.heap(), options.port(), null)) {
                c q = exporter.connect();
                parquet.write(options.dir(), dates, q);
                q.close();
            }
        }
        List<HdbQueries.Query> queries = HdbQueries.of(dates);
        List<Timing> engine = new ArrayList<>();
        Timing load = null;
        ResidentMemory loaded = null;
        ResidentMemory queried = null;
        ResidentMemory idle = null;
        String failure = null;
        System.out.printf("engine (-Xmx%s): \\l %s%n", options.heap(), options.dir());
        try (EngineProcess secondary = EngineProcess.start(options.heap(), options.port(), null)) {
            c q = secondary.connect();
            char[] loadText = ("system \"l " + options.dir() + "\"").toCharArray();
            load = Timing.of(1, () -> {
                q.k(loadText);
                return new Answer(0, 0);
            });
            loaded = secondary.memory();
            for (HdbQueries.Query query : queries) {
                char[] text = query.q().toCharArray();
                engine.add(Timing.of(options.runs(), () -> Answer.of(q.k(text), query.check())));
                System.out.printf(Locale.ROOT, "  %-36s first %9.1f ms, median %9.1f ms%n", query.name(),
                        engine.get(engine.size() - 1).firstMs(), engine.get(engine.size() - 1).medianMs());
            }
            queried = secondary.memory();
            // The secondaries' JVM flags may give heap back to the OS once the engine is idle.
            Thread.sleep(options.idleSeconds() * 1000L);
            idle = secondary.memory();
            q.close();
        } catch (IOException | c.KException e) {
            // An engine that cannot hold the HDB (e.g. 'wsfull in \l) still lets DuckDB's side be measured.
            failure = (e instanceof c.KException ? "'" : "") + e.getMessage();
            System.out.println("  the engine failed: " + failure);
        }
        System.out.println("DuckDB (threads=1) over the Parquet copy");
        List<Row> rows = new ArrayList<>();
        Connection[] db = new Connection[1];
        // Loads DuckDB's native library first, as the engine's JVM is started before its \l is timed.
        DriverManager.getConnection("jdbc:duckdb:").close();
        Timing open = Timing.of(1, () -> {
            db[0] = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement st = db[0].createStatement()) {
                st.execute("SET threads=1");
                parquet.createViews(st);
            }
            return new Answer(0, 0);
        });
        try (Connection connection = db[0]; Statement st = connection.createStatement()) {
            for (int k = 0; k < queries.size(); k++) {
                HdbQueries.Query query = queries.get(k);
                Timing duck = Timing.of(options.runs(), () -> {
                    try (ResultSet r = st.executeQuery(query.sql())) {
                        return Answer.of(r, query.check());
                    }
                });
                System.out.printf(Locale.ROOT, "  %-36s first %9.1f ms, median %9.1f ms%n", query.name(),
                        duck.firstMs(), duck.medianMs());
                rows.add(new Row(query.name(), k < engine.size() ? engine.get(k) : null, duck));
            }
        }
        ResidentMemory duckJvm = ResidentMemory.of(ProcessHandle.current().pid());
        return new Result(failure, load, open, loaded, queried, idle, duckJvm, rows);
    }

    private static void print(HdbOptions options, Result result) {
        System.out.println();
        System.out.printf("HDB: %d dates of %,d trades and %,d quotes; engine -Xmx%s; %d runs per query%n",
                options.days(), options.rowsPerDay(), options.rowsPerDay(), options.heap(), options.runs());
        System.out.println();
        System.out.println("| query | engine first ms | engine median ms | DuckDB first ms | DuckDB median ms"
                + " | ratio first | ratio median | answers |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        if (result.engineFailure() != null) {
            System.out.println("| the engine failed: " + result.engineFailure() + " | | | | | | | |");
        }
        if (result.load() != null) {
            System.out.printf(Locale.ROOT, "| `\\l` / DuckDB open + views | %.1f | | %.1f | | %.2f× | | |%n",
                    result.load().firstMs(), result.open().firstMs(), result.load().firstMs() / result.open().firstMs());
        } else {
            System.out.printf(Locale.ROOT, "| `\\l` / DuckDB open + views | | | %.1f | | | | |%n", result.open().firstMs());
        }
        double logFirst = 0;
        double logMedian = 0;
        for (Row row : result.rows()) {
            if (row.engine() == null) {
                System.out.printf(Locale.ROOT, "| %s | | | %.1f | %.1f | | | |%n", row.name(), row.duckDb().firstMs(),
                        row.duckDb().medianMs());
                continue;
            }
            double first = row.engine().firstMs() / row.duckDb().firstMs();
            double median = row.engine().medianMs() / row.duckDb().medianMs();
            logFirst += Math.log(first);
            logMedian += Math.log(median);
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.2f× | %.2f× | %s |%n", row.name(),
                    row.engine().firstMs(), row.engine().medianMs(), row.duckDb().firstMs(), row.duckDb().medianMs(),
                    first, median, row.agrees() ? "agree: " + row.engine().answer()
                            : "DIFFER: engine " + row.engine().answer() + ", DuckDB " + row.duckDb().answer());
        }
        long n = result.rows().stream().filter(row -> row.engine() != null).count();
        if (n > 0) {
            System.out.printf(Locale.ROOT, "| geometric mean (queries) | | | | | %.2f× | %.2f× | |%n",
                    Math.exp(logFirst / n), Math.exp(logMedian / n));
        }
        System.out.println();
        if (result.engineQueried() != null) {
            System.out.println("engine after \\l:          " + result.engineLoaded().describe());
            System.out.println("engine after the queries: " + result.engineQueried().describe());
            System.out.printf("engine after %d s idle:    %s%n", options.idleSeconds(), result.engineIdle().describe());
        }
        System.out.println("this JVM (DuckDB inside): " + result.duckDbJvm().describe());
    }
}
