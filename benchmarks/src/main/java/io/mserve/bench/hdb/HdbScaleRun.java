package io.mserve.bench.hdb;

import com.kx.c;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValueFactory;
import io.mserve.bench.load.PrimaryProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HDB served through a real primary ({@code io.mserve.launcher.Main --config FILE}) by 1 and then by 4
 * engine secondaries, each started by the launcher's default command ({@code mserve.secondaries.command})
 * with {@code -Xmx1g} added, running a startup script that does {@code \l HDB}. The HDB benchmark's queries
 * go through the primary as deferred sync calls (javakdb {@code c.ks(q); c.k()}), round-robin so that
 * every secondary runs each;
 * then each secondary's VmRSS and Pss are read. Pages of a database mapped from the page cache count once
 * in the sum of Pss however many secondaries map them; a database read into each heap counts N times.
 *
 * <p>Usage (from the repository root): {@code java -cp benchmarks/target/benchmarks.jar
 * io.mserve.bench.hdb.HdbScaleRun [--dir /tmp/mserve-hdb] [--days 4] [--rows-per-day 200000] [--runs 5]
 * [--port 5411] [--heap 1g]}; the HDB is made with {@code examples/make-trades-hdb.q} when absent.
 */
public final class HdbScaleRun {

    /** One primary's run: its secondaries' memory after the queries and after some idle time, and each query's times. */
    record Run(int secondaries, double upSeconds, List<ResidentMemory> memory, List<ResidentMemory> idleMemory,
               List<Timing> timings) {}

    private HdbScaleRun() {}

    public static void main(String[] args) throws Exception {
        HdbOptions options = HdbOptions.parse(args);
        TradesHdb hdb = options.hdb();
        hdb.ensure(options.script(), options.heap());
        List<HdbQueries.Query> queries = HdbQueries.of(hdb.dates());
        List<Run> runs = new ArrayList<>();
        for (int n : new int[] {1, 4}) {
            runs.add(serve(options, queries, n));
        }
        print(options, queries, runs);
    }

    static Run serve(HdbOptions options, List<HdbQueries.Query> queries, int secondaries) throws Exception {
        System.out.printf("primary on :%d with %d secondaries (-Xmx%s), each doing \\l %s%n", options.port(), secondaries,
                options.heap(), options.dir());
        Path script = Files.createTempFile("hdb-startup", ".q");
        // A secondary whose \l fails still serves: it keeps the error for the run to ask.
        Files.writeString(script, "hdbLoadError:@[{system \"l \",x; \"\"};\"" + options.dir() + "\";{x}]\n");
        Path config = Files.createTempFile("hdb-scale", ".conf");
        Files.writeString(config, String.join("\n",
                "mserve.transport { host = \"127.0.0.1\", port = " + options.port() + " }",
                "mserve.strategy.name = round-robin",
                "mserve.secondaries {",
                "  count = " + secondaries,
                "  script = \"" + script + "\"",
                "  ready-timeout = 10m",
                "  command = " + ConfigValueFactory.fromIterable(EngineProcess.secondaryCommand(options.heap())).render(ConfigRenderOptions.concise()),
                "}", ""));
        long started = System.nanoTime();
        try (PrimaryProcess primary = PrimaryProcess.start(List.of(EngineProcess.java(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), "io.mserve.launcher.Main", "--config", config.toString()), options.port())) {
            double up = (System.nanoTime() - started) / 1e9;
            c client = new c("127.0.0.1", options.port(), "bench:");
            for (int i = 0; i < secondaries; i++) {
                client.ks("hdbLoadError".toCharArray());
                Object answer = client.k();
                String error = answer instanceof char[] text ? new String(text) : String.valueOf(answer);
                if (!error.isEmpty()) {
                    throw new IOException("\\l " + options.dir() + " failed in a secondary: '" + error);
                }
            }
            List<Timing> timings = new ArrayList<>();
            for (HdbQueries.Query query : queries) {
                char[] text = query.q().toCharArray();
                Timing timing = Timing.of(options.runs() * secondaries, () -> {
                    client.ks(text);
                    return Answer.of(client.k(), query.check());
                });
                timings.add(timing);
                System.out.printf(Locale.ROOT, "  %-36s first %9.1f ms, median %9.1f ms (%s)%n", query.name(),
                        timing.firstMs(), timing.medianMs(), timing.answer());
            }
            client.close();
            List<ResidentMemory> memory = memory(primary, "after the queries");
            // The secondaries' JVM flags may give heap back to the OS once they are idle.
            Thread.sleep(options.idleSeconds() * 1000L);
            List<ResidentMemory> idle = memory(primary, "after " + options.idleSeconds() + " s idle");
            return new Run(secondaries, up, memory, idle, timings);
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(config);
        }
    }

    private static void printMemory(String secondaries, String when, List<ResidentMemory> memory) {
        StringBuilder each = new StringBuilder();
        for (ResidentMemory m : memory) {
            each.append(each.length() == 0 ? "" : ", ").append(m.rssKb() / 1024).append(" / ").append(m.pssKb() / 1024);
        }
        ResidentMemory total = memory.stream().reduce(ResidentMemory.NONE, ResidentMemory::plus);
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %,d | %,d | %,d | %,d |%n", secondaries, when, each,
                total.rssKb() / 1024, total.pssKb() / 1024, total.pssAnonKb() / 1024, total.pssFileKb() / 1024);
    }

    private static List<ResidentMemory> memory(PrimaryProcess primary, String when) {
        List<ResidentMemory> memory = new ArrayList<>();
        for (long pid : secondaryPids(primary)) {
            ResidentMemory m = ResidentMemory.of(pid);
            memory.add(m);
            System.out.printf("  secondary pid %d %s: %s%n", pid, when, m.describe());
        }
        return memory;
    }

    // The engine JVMs among the primary's descendants, not the launcher's watchdog shells (forks of the sh that ran them).
    private static List<Long> secondaryPids(PrimaryProcess primary) {
        return primary.descendants().filter(p -> {
            try {
                String cmdline = Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
                return cmdline.substring(0, Math.max(0, cmdline.indexOf('\0'))).endsWith("java")
                        && cmdline.contains("io.mserve.launcher.Main\0q\0");
            } catch (IOException gone) {
                return false;
            }
        }).map(ProcessHandle::pid).sorted().toList();
    }

    private static void print(HdbOptions options, List<HdbQueries.Query> queries, List<Run> runs) {
        System.out.println();
        System.out.printf("HDB: %d dates of %,d trades and %,d quotes; secondaries -Xmx%s; through the primary, deferred sync%n",
                options.days(), options.rowsPerDay(), options.rowsPerDay(), options.heap());
        System.out.println();
        StringBuilder head = new StringBuilder("| query |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Run run : runs) {
            head.append(String.format(" %d sec. first ms | %d sec. median ms |", run.secondaries(), run.secondaries()));
            rule.append("---|---|");
        }
        System.out.println(head);
        System.out.println(rule);
        for (int k = 0; k < queries.size(); k++) {
            StringBuilder row = new StringBuilder("| " + queries.get(k).name() + " |");
            for (Run run : runs) {
                Timing t = run.timings().get(k);
                row.append(String.format(Locale.ROOT, " %.1f | %.1f |", t.firstMs(), t.medianMs()));
            }
            System.out.println(row);
        }
        System.out.println();
        System.out.println("| secondaries | when | each: RSS / Pss MB | sum RSS MB | sum Pss MB | sum Pss anonymous MB"
                + " | sum Pss files MB |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Run run : runs) {
            printMemory(run.secondaries() + " (up in " + String.format(Locale.ROOT, "%.1f", run.upSeconds()) + " s)",
                    "after the queries", run.memory());
            printMemory(Integer.toString(run.secondaries()), "after " + options.idleSeconds() + " s idle", run.idleMemory());
        }
        for (int k = 0; k < queries.size(); k++) {
            Answer one = runs.get(0).timings().get(k).answer();
            Answer four = runs.get(runs.size() - 1).timings().get(k).answer();
            if (!one.agrees(four)) {
                System.out.println("DIFFER: " + queries.get(k).name() + ": " + one + " with 1 secondary, " + four + " with 4");
            }
        }
    }
}
