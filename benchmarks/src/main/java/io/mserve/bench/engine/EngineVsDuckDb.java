package io.mserve.bench.engine;

import com.kx.c;
import com.typesafe.config.ConfigFactory;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.jar.JarFile;

/**
 * The engine against DuckDB on the same {@code trade} (sym, time, price, size) and {@code quote}
 * (sym, time, bid, ask, bsize, asize) tables, in the same run: the engine as a secondary process
 * ({@code launcher.jar q -p PORT}, with the JVM flags of the launcher's default secondary command) queried over
 * kdb+ IPC with javakdb, DuckDB in-process over JDBC with one thread and sym as an ENUM. Both
 * build the tables from the same formulas, and every query's answers are compared (row count and
 * the sums of the named columns) before any time is reported. Each system first answers, five times and
 * untimed, a query that is none of the forms. Prints the first run (cold: no earlier identical query) and the
 * median of the next runs, the ratio engine/DuckDB of each, and
 * their geometric means; then the engine's resident memory against the tables' raw column bytes.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.mserve.bench.engine.EngineVsDuckDb
 * [--launcher launcher/target/launcher.jar] [--rows 5000000] [--runs 10] [--port 5401]
 * [--jvm "-Xmx2g -XX:+UseShenandoahGC" (instead of the launcher's flags)] [--only "by sym|xbar" (forms matching)]
 * [--warm-up on|off (off: the engine started with --no-warm-up: first runs without the warm-up a server runs before it listens)]}
 */
public final class EngineVsDuckDb {
    private static final int CLIENT_WARM_UP = 5;
    private static final String[] SYMS = {"AAPL", "MSFT", "IBM", "GOOG", "AMZN", "META", "TSLA", "NVDA", "ORCL", "INTC"};

    /** A q query, the SQL with the same answer, and the result columns whose sums must agree. */
    private record Query(String form, String q, String sql, String... check) {}

    private static final List<Query> QUERIES = List.of(
            new Query("filter", "select from trade where sym=`IBM, size>90000",
                    "SELECT * FROM trade WHERE sym='IBM' AND size>90000", "price", "size"),
            new Query("filter count", "select n:count i from trade where price within 120 130",
                    "SELECT count(*) AS n FROM trade WHERE price BETWEEN 120 AND 130", "n"),
            new Query("by sym", "select v:sum size, p:avg price by sym from trade",
                    "SELECT sym, sum(size) AS v, avg(price) AS p FROM trade GROUP BY sym", "v", "p"),
            new Query("by sym, filtered", "select v:sum size by sym from trade where price>150",
                    "SELECT sym, sum(size) AS v FROM trade WHERE price>150 GROUP BY sym", "v"),
            new Query("vwap by sym", "select vwap:size wavg price by sym from trade",
                    "SELECT sym, sum(size*price)/sum(size) AS vwap FROM trade GROUP BY sym", "vwap"),
            new Query("by two keys", "select n:count i, v:sum size by sym, 5 xbar time.minute from trade",
                    "SELECT sym, tm//300000*5 AS minute, count(*) AS n, sum(size) AS v FROM trade GROUP BY sym, minute",
                    "n", "v"),
            new Query("expression aggregate", "select s:avg ask-bid by sym from quote",
                    "SELECT sym, avg(ask-bid) AS s FROM quote GROUP BY sym", "s"),
            new Query("dev var by sym", "select d:dev price, v:var size by sym from trade",
                    "SELECT sym, stddev_pop(price) AS d, var_pop(size) AS v FROM trade GROUP BY sym", "d", "v"),
            new Query("med by sym", "select m:med price by sym from trade",
                    "SELECT sym, median(price) AS m FROM trade GROUP BY sym", "m"),
            new Query("top-N", "5#`price xdesc trade",
                    "SELECT * FROM trade ORDER BY price DESC LIMIT 5", "price"),
            new Query("distinct", "select distinct size from trade",
                    "SELECT DISTINCT size FROM trade", "size"),
            new Query("like", "select n:count i by sym from trade where sym like \"*A*\"",
                    "SELECT sym, count(*) AS n FROM trade WHERE sym::VARCHAR LIKE '%A%' GROUP BY sym", "n"),
            new Query("fby", "select from trade where price=(max;price) fby sym",
                    "SELECT * FROM trade QUALIFY price = max(price) OVER (PARTITION BY sym)", "price", "size"),
            new Query("aj", "select n:count i, b:sum bid, a:sum ask from aj[`sym`time;trade;quote]",
                    "SELECT count(*) AS n, sum(bid) AS b, sum(ask) AS a FROM trade t ASOF LEFT JOIN quote q"
                            + " ON t.sym=q.sym AND t.tm>=q.tm", "n", "b", "a"),
            new Query("wj", "select n:count i, a:sum ask, b:sum bid from"
                    + " wj[-2000 0+\\:tw.time;`sym`time;tw;(quote;(max;`ask);(min;`bid))]",
                    // wj's window also holds the quote prevailing at its start: from that quote's time on.
                    "WITH s AS (SELECT tw.id, tw.sym, tw.tm, coalesce(p.tm, tw.lo) AS lo FROM tw ASOF LEFT JOIN quote p"
                            + " ON tw.sym=p.sym AND tw.lo>=p.tm),"
                            + " w AS (SELECT s.id, max(q.ask) AS a, min(q.bid) AS b FROM s LEFT JOIN quote q"
                            + " ON q.sym=s.sym AND q.tm BETWEEN s.lo AND s.tm GROUP BY s.id)"
                            + " SELECT count(*) AS n, sum(a) AS a, sum(b) AS b FROM w", "n", "a", "b"),
            new Query("xbar buckets", "select h:max price, v:sum size by 60000 xbar time from trade",
                    "SELECT tm//60000*60000 AS time, max(price) AS h, sum(size) AS v FROM trade GROUP BY 1", "h", "v"));

    private EngineVsDuckDb() {}

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of("launcher/target/launcher.jar");
        int rows = 5_000_000;
        int runs = 10;
        int port = 5401;
        String jvm = null;
        Pattern only = null;
        boolean warmUp = true;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--launcher" -> launcher = Path.of(args[i + 1]);
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--jvm" -> jvm = args[i + 1];
                case "--only" -> only = Pattern.compile(args[i + 1]);
                case "--warm-up" -> warmUp = switch (args[i + 1]) {
                    case "on" -> true;
                    case "off" -> false;
                    default -> throw new IllegalArgumentException("--warm-up takes on or off, not " + args[i + 1]);
                };
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Query> queries = new ArrayList<>();
        for (Query query : QUERIES) {
            if (only == null || only.matcher(query.form()).find()) {
                queries.add(query);
            }
        }
        int n = queries.size();
        double[][] engine = new double[n][];
        double[][] duck = new double[n][];
        Answer[] engineAnswers = new Answer[n];
        Answer[] duckAnswers = new Answer[n];
        String memory;
        System.out.printf("building trade and quote (%,d rows each) in an engine secondary and in DuckDB (threads=1, sym ENUM)%n",
                rows);
        Process secondary = startEngine(launcher, jvm, rows, port, warmUp);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            for (String sql : duckTables(rows)) {
                st.execute(sql);
            }
            c q = connect(port);
            q.k("count trade");
            System.out.printf("  engine tables ready; resident %s%n", resident(secondary.pid()));
            // So that the first form alone does not pay for this client's first decoding and reading of a
            // result (and each system's first answer over its connection), each system answers a query that is
            // none of the forms, over a table of its own with a column of each type the forms return, untimed,
            // several times: this client's decoding and summing of a result is compiled by the first form.
            for (int k = 0; k < CLIENT_WARM_UP; k++) {
                Answer.of(q.k("([] k:100000#`a`b`c; v:til 100000; f:100000#0.5; t:100000#09:30:00.000)"));
                try (ResultSet r = st.executeQuery("SELECT (['a','b','c'])[i%3+1] AS k, i AS v, 0.5 AS f, (i%1000)::INTEGER AS t"
                        + " FROM range(100000) t(i)")) {
                    Answer.of(r);
                }
            }
            for (int k = 0; k < n; k++) {
                char[] text = queries.get(k).q().toCharArray();
                String sql = queries.get(k).sql();
                Answer[] mine = new Answer[1];
                Answer[] theirs = new Answer[1];
                double[][] both = times(runs, queries.get(k).form(), () -> mine[0] = Answer.of(q.k(text)), () -> {
                    try (ResultSet r = st.executeQuery(sql)) {
                        theirs[0] = Answer.of(r);
                    }
                });
                engine[k] = both[0];
                duck[k] = both[1];
                engineAnswers[k] = mine[0];
                duckAnswers[k] = theirs[0];
            }
            memory = resident(secondary.pid());
            // the flags give heap back after 5 s without a collection (the collection then runs concurrently)
            Thread.sleep(15000);
            memory = "right after: " + memory + "; 15 s later: " + resident(secondary.pid());
            q.close();
        } finally {
            secondary.destroyForcibly();
        }
        List<String> wrong = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String why = engineAnswers[k].differs(duckAnswers[k], queries.get(k).check());
            if (why != null) {
                wrong.add(queries.get(k).form() + ": " + why);
            }
        }
        System.out.println();
        System.out.println("| form | q | first ms (engine / DuckDB) | ratio | median ms (engine / DuckDB) | ratio |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        double firstLogs = 0;
        double medianLogs = 0;
        for (int k = 0; k < n; k++) {
            double first = engine[k][0] / duck[k][0];
            double median = engine[k][1] / duck[k][1];
            firstLogs += Math.log(first);
            medianLogs += Math.log(median);
            System.out.printf(Locale.ROOT, "| %s | `%s` | %.1f / %.1f | %.2f× | %.1f / %.1f | %.2f× |%n", queries.get(k).form(),
                    queries.get(k).q().replace("|", "\\|"), engine[k][0], duck[k][0], first, engine[k][1], duck[k][1], median);
        }
        System.out.printf(Locale.ROOT, "| geometric mean | | | **%.2f×** | | **%.2f×** |%n", Math.exp(firstLogs / n),
                Math.exp(medianLogs / n));
        long raw = rows * (long) (TRADE_BYTES + QUOTE_BYTES);
        System.out.printf(Locale.ROOT, "%nraw column bytes %,d (trade %d + quote %d bytes a row); engine after the queries: %s%n",
                raw, TRADE_BYTES, QUOTE_BYTES, memory);
        if (!wrong.isEmpty()) {
            System.out.println("ANSWERS DIFFER:");
            wrong.forEach(w -> System.out.println("  " + w));
            System.exit(1);
        }
        System.out.println("all answers agree (row counts and column sums)");
    }

    // kdb+'s in-memory widths: sym 8 (a pointer), time 4, float 8, long 8.
    private static final int TRADE_BYTES = 8 + 4 + 8 + 8;
    private static final int QUOTE_BYTES = 8 + 4 + 8 + 8 + 8 + 8;

    /** VmRSS and VmHWM (peak) of a process, from /proc. */
    private static String resident(long pid) throws IOException {
        String rss = "?";
        String hwm = "?";
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = line.substring(6).trim();
            } else if (line.startsWith("VmHWM:")) {
                hwm = line.substring(6).trim();
            }
        }
        return "VmRSS " + rss + ", VmHWM (peak) " + hwm;
    }

    private interface Run {
        void run() throws Exception;
    }

    /**
     * Each system's first run's time and the median of its next {@code runs}, in ms: the engine's and DuckDB's runs
     * alternate, so that the machine's load falls on both alike.
     */
    private static double[][] times(int runs, String label, Run engine, Run duck) throws Exception {
        double[][] ms = new double[2][runs + 1];
        for (int i = 0; i <= runs; i++) {
            ms[0][i] = time(engine);
            ms[1][i] = time(duck);
        }
        double[][] out = new double[2][];
        for (int s = 0; s < 2; s++) {
            double first = ms[s][0];
            double[] rest = Arrays.copyOfRange(ms[s], 1, runs + 1);
            Arrays.sort(rest);
            out[s] = new double[] {first, rest[runs / 2]};
        }
        System.out.printf(Locale.ROOT, "  %-22s engine first %7.1f median %7.1f ms | DuckDB first %7.1f median %7.1f ms%n", label,
                out[0][0], out[0][1], out[1][0], out[1][1]);
        return out;
    }

    private static double time(Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e6;
    }

    // The formulas of the engine's tables, in SQL; tm is time in ms since midnight, as q's time type holds it.
    private static List<String> duckTables(int rows) {
        String syms = "'" + String.join("','", SYMS) + "'";
        String day = "34200000+(i*23400000)//" + rows;
        return List.of("SET threads=1",
                "CREATE TYPE symt AS ENUM (" + syms + ")",
                "CREATE TABLE trade AS SELECT ([" + syms + "])[i%10+1]::symt AS sym, (" + day + ")::INTEGER AS tm,"
                        + " 100+((i*7919)%10000)/100.0 AS price, (i*104729)%100000 AS size FROM range(" + rows + ") t(i)",
                "CREATE TABLE quote AS SELECT ([" + syms + "])[(i*3)%10+1]::symt AS sym, (" + day + ")::INTEGER AS tm,"
                        + " 100+((i*6131)%10000)/100.0 AS bid, 100+((i*6131)%10000)/100.0+(1+i%5)/100.0 AS ask,"
                        + " (i*7727)%1000 AS bsize, (i*3571)%1000 AS asize FROM range(" + rows + ") t(i)",
                "CREATE TABLE tw AS SELECT row_number() OVER (ORDER BY tm) AS id, sym, tm, tm-2000 AS lo, price, size"
                        + " FROM trade WHERE size>=99900");
    }

    private static Process startEngine(Path launcher, String jvm, int rows, int port, boolean warmUp) throws IOException {
        Path script = Files.createTempFile("tables", ".q");
        String day = "\"t\"$34200000+(i*23400000) div n";
        Files.writeString(script, String.join("\n",
                "n:" + rows + "; i:til n; s:`" + String.join("`", SYMS),
                "trade:([] sym:s i mod 10; time:" + day + "; price:100+((i*7919) mod 10000)%100; size:(i*104729) mod 100000)",
                "quote:([] sym:s (i*3) mod 10; time:" + day + "; bid:100+((i*6131) mod 10000)%100;"
                        + " ask:(100+((i*6131) mod 10000)%100)+(1+i mod 5)%100; bsize:(i*7727) mod 1000; asize:(i*3571) mod 1000)",
                "tw:select from trade where size>=99900",
                "delete i, n, s from `.",
                ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvm != null ? Arrays.asList(jvm.trim().split("\\s+")) : secondaryFlags(launcher));
        command.addAll(List.of("-jar", launcher.toString(), "q", script.toString(), "-p", String.valueOf(port)));
        if (!warmUp) {
            command.add("--no-warm-up");
        }
        System.out.println("  " + String.join(" ", command));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    /** The JVM flags of the launcher's default secondary command (its words between {java} and -cp). */
    private static List<String> secondaryFlags(Path launcher) throws IOException {
        try (JarFile jar = new JarFile(launcher.toFile());
                Reader conf = new InputStreamReader(jar.getInputStream(jar.getEntry("reference.conf")), StandardCharsets.UTF_8)) {
            List<String> command = ConfigFactory.parseReader(conf).getStringList("mserve.secondaries.command");
            return command.subList(1, command.indexOf("-cp"));
        }
    }

    private static c connect(int port) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
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

    /** What is compared of an answer: its row count and, by column name, the sum of each numeric column. */
    private record Answer(long rows, List<String> names, double[] sums) {
        static Answer of(Object kdb) {
            List<String> names = new ArrayList<>();
            List<Object> columns = new ArrayList<>();
            if (kdb instanceof c.Dict d) {
                add((c.Flip) d.x, names, columns);
                add((c.Flip) d.y, names, columns);
            } else if (kdb instanceof c.Flip f) {
                add(f, names, columns);
            } else {
                names.add("");
                columns.add(kdb);
            }
            long rows = columns.isEmpty() || !columns.get(0).getClass().isArray() ? 1 : Array.getLength(columns.get(0));
            double[] sums = new double[columns.size()];
            for (int k = 0; k < sums.length; k++) {
                sums[k] = sum(columns.get(k));
            }
            return new Answer(rows, names, sums);
        }

        private static void add(c.Flip f, List<String> names, List<Object> columns) {
            names.addAll(Arrays.asList(f.x));
            columns.addAll(Arrays.asList(f.y));
        }

        private static double sum(Object column) {
            double s = 0;
            if (column instanceof double[] v) {
                for (double x : v) {
                    s += Double.isNaN(x) ? 0 : x;
                }
            } else if (column instanceof long[] v) {
                for (long x : v) {
                    s += x == Long.MIN_VALUE ? 0 : x;
                }
            } else if (column instanceof int[] v) {
                for (int x : v) {
                    s += x == Integer.MIN_VALUE ? 0 : x;
                }
            } else if (column instanceof Number x) {
                s = x.doubleValue();
            } else {
                s = Double.NaN;
            }
            return s;
        }

        static Answer of(ResultSet r) throws Exception {
            int width = r.getMetaData().getColumnCount();
            List<String> names = new ArrayList<>();
            for (int k = 1; k <= width; k++) {
                names.add(r.getMetaData().getColumnLabel(k));
            }
            double[] sums = new double[width];
            long rows = 0;
            while (r.next()) {
                rows++;
                for (int k = 0; k < width; k++) {
                    Object v = r.getObject(k + 1);
                    sums[k] += v instanceof Number x ? x.doubleValue() : 0;
                }
            }
            return new Answer(rows, names, sums);
        }

        /** Why this answer is not {@code other}'s, or null when the rows and the checked columns' sums agree. */
        String differs(Answer other, String[] check) {
            if (rows != other.rows) {
                return rows + " rows against " + other.rows;
            }
            for (String name : check) {
                int a = names.indexOf(name);
                int b = other.names.indexOf(name);
                if (a < 0 || b < 0) {
                    return "no column " + name + " in " + (a < 0 ? names : other.names);
                }
                double x = sums[a];
                double y = other.sums[b];
                if (!(Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y))))) {
                    return name + " sums to " + x + " against " + y;
                }
            }
            return null;
        }
    }
}
