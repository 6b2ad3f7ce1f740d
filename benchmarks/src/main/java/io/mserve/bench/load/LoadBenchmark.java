package io.mserve.bench.load;

import com.kx.c;
import io.mserve.testkit.Certificates;
import io.mserve.testkit.MetricsEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import org.HdrHistogram.Histogram;

/**
 * The load benchmark: latency of a tiny query through the primary against the same query
 * sent straight to a secondary, measured in one run and reported as a ratio; then throughput
 * with 1, 2 and 4 secondaries; then fairness: the wait of one client's single query beside
 * another's flood, with the central queue fair and fifo; then TLS: the tiny query's latency through
 * one primary port over plain and TLS connections (kdb+'s {@code -E 1}), and the time to connect.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.mserve.bench.load.LoadBenchmark
 * [--launcher launcher/target/launcher.jar] [--testkit testkit/target/mserve-testkit-VERSION.jar]
 * [--port 5301] [--queries 20000] [--seconds 5] [--flood 5000] [--only latency|throughput|fairness|tls]
 * [--queueing fair|fifo]}
 */
public final class LoadBenchmark {
    private static final char[] TINY = "x".toCharArray();

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<String> report = new ArrayList<>();
        if (options.runs("latency")) {
            latencyScenario(options, report);
        }
        if (options.runs("throughput")) {
            throughputScenario(options, report);
        }
        if (options.runs("fairness")) {
            fairnessScenario(options, report);
        }
        if (options.runs("tls")) {
            tlsScenario(options, report);
        }
        System.out.println();
        report.forEach(System.out::println);
    }

    /**
     * Via a primary and direct to its one secondary, the same process: the secondary is started
     * first, alone, and the primary connects to it as a remote one (one it starts would let in
     * only the primary). First the testkit's fake, which echoes, then the embedded q engine.
     */
    private static void latencyScenario(Options options, List<String> report) throws Exception {
        report.add("| secondary | measure | via primary | direct to secondary | ratio |");
        report.add("|---|---|---|---|---|");
        int secondaryPort = options.port + 50;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.println("latency: 1 primary + 1 fake secondary, one client, closed loop, query \"x\" (echoed)");
        try (DirectSecondary secondary = DirectSecondary.start(List.of(java, "-Xmx256m", "-cp",
                        options.testkit + ":" + options.launcher, "io.mserve.testkit.FakeSecondaryMain", "-p",
                        Integer.toString(secondaryPort)), secondaryPort);
                PrimaryProcess primary = PrimaryProcess.startRemote(options.launcher, options.port, secondaryPort,
                        options.queueingSetting())) {
            latencyRows("fake", latency(primary.port(), secondary.port(), options.queries), report);
        }
        Path script = Files.createTempFile("mserve-bench", ".q");
        Files.writeString(script, "x:enlist \"x\"\n");
        System.out.println("latency: 1 primary + 1 q engine secondary, one client, closed loop, query \"x\" (a global)");
        try (DirectSecondary secondary = DirectSecondary.start(List.of(java, "-XX:+UseG1GC", "-Xms64m", "-cp",
                        options.launcher.toString(), "io.mserve.launcher.Main", "q", script.toString(), "-p",
                        Integer.toString(secondaryPort)), secondaryPort);
                PrimaryProcess primary = PrimaryProcess.startRemote(options.launcher, options.port, secondaryPort,
                        options.queueingSetting())) {
            latencyRows("q engine", latency(primary.port(), secondary.port(), options.queries), report);
        }
        report.add("");
    }

    private static void latencyRows(String secondary, Latency latency, List<String> report) {
        report.add(row(secondary, "p50 latency (µs)", latency.via.getValueAtPercentile(50), latency.direct.getValueAtPercentile(50)));
        report.add(row(secondary, "p99 latency (µs)", latency.via.getValueAtPercentile(99), latency.direct.getValueAtPercentile(99)));
        report.add(row(secondary, "mean latency (µs)", (long) latency.via.getMean(), (long) latency.direct.getMean()));
    }

    private static void throughputScenario(Options options, List<String> report) throws Exception {
        report.add("| secondaries | tiny queries/s | ratio to 1 | primary CPU µs per tiny query | \"sleep 2\" queries/s | ratio to 1 |");
        report.add("|---|---|---|---|---|---|");
        double tinyBase = 0;
        double sleepBase = 0;
        for (int n : new int[] {1, 2, 4}) {
            System.out.println("throughput: " + n + " secondar" + (n == 1 ? "y" : "ies") + ", 16 clients × 8 pipelined, " + options.seconds + " s per load");
            try (PrimaryProcess primary = PrimaryProcess.start(options.launcher, options.testkit, options.port, n, "least-queue",
                    "512m", options.queueingSetting())) {
                ProcessHandle process = ProcessHandle.of(primary.pid()).orElseThrow();
                Rate tiny = throughput(primary.port(), "x", 16, 8, options.seconds, process);
                Rate sleep = throughput(primary.port(), "sleep 2", 16, 8, options.seconds, process);
                if (n == 1) {
                    tinyBase = tiny.perSecond();
                    sleepBase = sleep.perSecond();
                }
                report.add(String.format(Locale.ROOT, "| %d | %.0f | %.2f | %.1f | %.0f | %.2f |", n, tiny.perSecond(),
                        tiny.perSecond() / tinyBase, tiny.cpuMicrosEach(), sleep.perSecond(), sleep.perSecond() / sleepBase));
            }
        }
        report.add("");
    }

    private static final String SERVICE = "sleep 2";
    private static final int FAIRNESS_SECONDARIES = 4;

    private static void fairnessScenario(Options options, List<String> report) throws Exception {
        report.add("| queueing | \"" + SERVICE + "\" alone (ms) | the same beside a " + String.format(Locale.ROOT, "%,d", options.flood)
                + "-query flood (ms) | queued when it was sent | flood replies during its wait | flood answered in (s) |");
        report.add("|---|---:|---:|---:|---:|---:|");
        for (String queueing : new String[] {"fair", "fifo"}) {
            System.out.println("fairness: " + FAIRNESS_SECONDARIES + " secondaries, queueing = " + queueing + ", one client sends "
                    + options.flood + " × \"" + SERVICE + "\" at once, another then one");
            try (PrimaryProcess primary = PrimaryProcess.start(options.launcher, options.testkit, options.port,
                    FAIRNESS_SECONDARIES, "least-queue", "512m", "mserve.dispatch.queueing = " + queueing
                    + "\nmserve.metrics.prometheus-port = " + (options.port + 99))) {
                Fairness fairness = fairness(primary.port(), new MetricsEndpoint(options.port + 99), options.flood);
                report.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %,d | %,d | %.2f |", queueing, fairness.aloneMillis,
                        fairness.besideMillis, fairness.queued, fairness.floodDuring, fairness.floodSeconds));
            }
        }
        report.add("");
    }

    private static void tlsScenario(Options options, List<String> report) throws Exception {
        report.add("| client | measure | TLS | plain | ratio |");
        report.add("|---|---|---|---|---|");
        System.out.println("tls: 1 primary (mode = optional) + 1 secondary, one plain and one TLS client on the same port, "
                + "closed loop, query \"x\" (echoed)");
        Certificates certificates = Certificates.get();
        SSLContext.setDefault(certificates.clientContext(false));
        try (PrimaryProcess primary = PrimaryProcess.start(options.launcher, options.testkit, options.port, 1, "least-queue",
                "512m", options.queueingSetting() + "\nmserve.transport.tls { mode = optional, certificate = "
                        + Certificates.quoted(certificates.chain("server")) + ", private-key = "
                        + Certificates.quoted(certificates.key("server")) + " }")) {
            Latency latency = tlsLatency(primary.port(), options.queries);
            latencyRows("javakdb", latency, report);
            report.add(row("javakdb", "connect + handshakes, median of 101 (µs)", medianConnectMicros(primary.port(), true),
                    medianConnectMicros(primary.port(), false)));
        }
        report.add("");
    }

    /** Alternates blocks of queries over TLS ({@code via}) and plain ({@code direct}) connections to one port. */
    private static Latency tlsLatency(int port, int queries) throws Exception {
        Histogram tls = new Histogram(3_600_000_000L, 3);
        Histogram plain = new Histogram(3_600_000_000L, 3);
        c secure = new c("127.0.0.1", port, "bench:", true);
        c open = new c("127.0.0.1", port, "bench:");
        try {
            System.out.println("  warm-up: " + queries / 2 + " queries each way");
            for (int i = 0; i < queries / 2; i++) {
                deferred(secure);
                deferred(open);
            }
            int block = 1000;
            for (int done = 0; done < queries; done += block) {
                for (int i = 0; i < block; i++) {
                    long start = System.nanoTime();
                    deferred(secure);
                    tls.recordValue((System.nanoTime() - start) / 1000);
                }
                for (int i = 0; i < block; i++) {
                    long start = System.nanoTime();
                    deferred(open);
                    plain.recordValue((System.nanoTime() - start) / 1000);
                }
            }
        } finally {
            secure.close();
            open.close();
        }
        return new Latency(tls, plain);
    }

    private static long medianConnectMicros(int port, boolean tls) throws Exception {
        long[] times = new long[101];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            c connection = new c("127.0.0.1", port, "bench:", tls);
            times[i] = (System.nanoTime() - start) / 1000;
            connection.close();
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    private record Fairness(double aloneMillis, double besideMillis, long queued, long floodDuring, double floodSeconds) {}

    /**
     * One query alone (the median of 101), then the same query sent by one client once all of another's
     * {@code flood} of them have reached the primary: its latency, and how many of the flood's replies
     * their client read while it waited.
     */
    private static Fairness fairness(int port, MetricsEndpoint metrics, int flood) throws Exception {
        char[] text = SERVICE.toCharArray();
        c single = new c("127.0.0.1", port, "bench:");
        c flooder = new c("127.0.0.1", port, "bench:");
        try {
            double[] times = new double[101];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                single.ks(text);
                single.k();
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            double alone = times[times.length / 2];
            AtomicLong answered = new AtomicLong();
            long floodStart = System.nanoTime();
            for (int i = 0; i < flood; i++) {
                flooder.ks(text);
            }
            Thread reader = new Thread(() -> {
                try {
                    for (int i = 0; i < flood; i++) {
                        flooder.k();
                        answered.incrementAndGet();
                    }
                } catch (IOException | c.KException e) {
                    System.out.println("  flood client failed: " + e);
                }
            }, "flood-reader");
            reader.start();
            long queued;
            do {
                queued = (long) metrics.value("mserve_queue_depth{pool=\"default\"}");
            } while (queued + answered.get() + FAIRNESS_SECONDARIES < flood);
            long answeredBefore = answered.get();
            long start = System.nanoTime();
            single.ks(text);
            single.k();
            double beside = (System.nanoTime() - start) / 1e6;
            long during = answered.get() - answeredBefore;
            reader.join();
            double floodSeconds = (System.nanoTime() - floodStart) / 1e9;
            System.out.printf(Locale.ROOT, "  alone %.1f ms, beside the flood %.1f ms, %d of its replies meanwhile%n", alone, beside, during);
            return new Fairness(alone, beside, queued, during, floodSeconds);
        } finally {
            single.close();
            flooder.close();
        }
    }

    private record Latency(Histogram via, Histogram direct) {}

    /** Alternates blocks of queries via the primary and direct, so drift on a noisy machine hits both alike. */
    private static Latency latency(int primaryPort, int secondaryPort, int queries) throws Exception {
        Histogram via = new Histogram(3_600_000_000L, 3);
        Histogram direct = new Histogram(3_600_000_000L, 3);
        c primary = new c("127.0.0.1", primaryPort, "bench:");
        c secondary = new c("127.0.0.1", secondaryPort, "bench:");
        try {
            System.out.println("  warm-up: " + queries / 2 + " queries each way");
            for (int i = 0; i < queries / 2; i++) {
                deferred(primary);
                secondary.k(TINY);
            }
            int block = 1000;
            for (int done = 0; done < queries; done += block) {
                for (int i = 0; i < block; i++) {
                    long start = System.nanoTime();
                    deferred(primary);
                    via.recordValue((System.nanoTime() - start) / 1000);
                }
                for (int i = 0; i < block; i++) {
                    long start = System.nanoTime();
                    secondary.k(TINY);
                    direct.recordValue((System.nanoTime() - start) / 1000);
                }
                if ((done / block) % 5 == 4) {
                    System.out.printf(Locale.ROOT, "  %d/%d queries each way%n", done + block, queries);
                }
            }
        } finally {
            primary.close();
            secondary.close();
        }
        return new Latency(via, direct);
    }

    private static void deferred(c connection) throws Exception {
        connection.ks(TINY);
        Object reply = connection.k();
        if (!(reply instanceof char[])) {
            throw new IllegalStateException("unexpected reply " + reply);
        }
    }

    /** Queries answered a second, and the primary's CPU time (user + system) per query answered meanwhile. */
    private record Rate(double perSecond, double cpuMicrosEach) {}

    /** The rate of queries answered to {@code clients} connections keeping {@code window} queries outstanding each. */
    private static Rate throughput(int port, String query, int clients, int window, int seconds, ProcessHandle primary)
            throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong answered = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        char[] text = query.toCharArray();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                try {
                    c connection = new c("127.0.0.1", port, "bench:");
                    while (running.get()) {
                        for (int w = 0; w < window; w++) {
                            connection.ks(text);
                        }
                        for (int w = 0; w < window; w++) {
                            connection.k();
                        }
                        answered.addAndGet(window);
                    }
                    connection.close();
                } catch (IOException | c.KException e) {
                    System.out.println("  client failed: " + e);
                } finally {
                    finished.countDown();
                }
            });
            threads.add(t);
            t.start();
        }
        Thread.sleep(1000);
        long before = answered.get();
        Duration cpuBefore = cpu(primary);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long count = answered.get() - before;
        Duration cpu = cpu(primary).minus(cpuBefore);
        double elapsed = (System.nanoTime() - start) / 1e9;
        running.set(false);
        finished.await();
        Rate rate = new Rate(count / elapsed, cpu.toNanos() / 1e3 / count);
        System.out.printf(Locale.ROOT, "  %-8s %,.0f queries/s, primary CPU %.1f µs a query%n", query, rate.perSecond(),
                rate.cpuMicrosEach());
        return rate;
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time for pid " + process.pid()));
    }

    private static String row(String secondary, String measure, long via, long direct) {
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %.2f× |", secondary, measure, via, direct, (double) via / direct);
    }

    private record Options(Path launcher, Path testkit, int port, int queries, int seconds, int flood, String only,
            String queueing) {
        boolean runs(String scenario) {
            return only.isEmpty() || only.equals(scenario);
        }

        /** The queueing of the latency and throughput runs (the fairness run tries both). */
        String queueingSetting() {
            return "mserve.dispatch.queueing = " + queueing;
        }

        static Options parse(String[] args) {
            Path launcher = Path.of("launcher/target/launcher.jar");
            Path testkit = Path.of("testkit/target/mserve-testkit-0.1.0-SNAPSHOT.jar");
            int port = 5301;
            int queries = 20_000;
            int seconds = 5;
            int flood = 5_000;
            String only = "";
            String queueing = "fair";
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--launcher" -> launcher = Path.of(args[i + 1]);
                    case "--testkit" -> testkit = Path.of(args[i + 1]);
                    case "--port" -> port = Integer.parseInt(args[i + 1]);
                    case "--queries" -> queries = Integer.parseInt(args[i + 1]);
                    case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                    case "--flood" -> flood = Integer.parseInt(args[i + 1]);
                    case "--only" -> only = args[i + 1];
                    case "--queueing" -> queueing = args[i + 1];
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (!only.isEmpty() && !List.of("latency", "throughput", "fairness", "tls").contains(only)) {
                throw new IllegalArgumentException("--only takes latency, throughput, fairness or tls, not " + only);
            }
            return new Options(launcher.toAbsolutePath(), testkit.toAbsolutePath(), port, queries, seconds, flood, only, queueing);
        }
    }
}
