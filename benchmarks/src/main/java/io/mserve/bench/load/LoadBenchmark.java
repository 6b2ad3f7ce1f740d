package io.mserve.bench.load;

import com.kx.c;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The load benchmark: latency of a tiny query through the primary against the same query
 * sent straight to a secondary, measured in one run and reported as a ratio; then throughput
 * with 1, 2 and 4 secondaries.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.mserve.bench.load.LoadBenchmark
 * [--launcher launcher/target/launcher.jar] [--testkit testkit/target/mserve-testkit-VERSION.jar]
 * [--port 5301] [--queries 20000] [--seconds 5]}
 */
public final class LoadBenchmark {
    private static final char[] TINY = "x".toCharArray();

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<String> report = new ArrayList<>();
        report.add("| measure | via primary | direct to secondary | ratio |");
        report.add("|---|---|---|---|");
        System.out.println("latency: 1 primary + 1 secondary, one client, closed loop, query \"x\" (echoed)");
        try (PrimaryProcess primary = PrimaryProcess.start(options.launcher, options.testkit, options.port, 1, "least-queue")) {
            Latency latency = latency(primary.port(), options.port + 1, options.queries);
            report.add(row("p50 latency (µs)", latency.via.getValueAtPercentile(50), latency.direct.getValueAtPercentile(50)));
            report.add(row("p99 latency (µs)", latency.via.getValueAtPercentile(99), latency.direct.getValueAtPercentile(99)));
            report.add(row("mean latency (µs)", (long) latency.via.getMean(), (long) latency.direct.getMean()));
        }
        report.add("");
        report.add("| secondaries | tiny queries/s | ratio to 1 | \"sleep 2\" queries/s | ratio to 1 |");
        report.add("|---|---|---|---|---|");
        double tinyBase = 0;
        double sleepBase = 0;
        for (int n : new int[] {1, 2, 4}) {
            System.out.println("throughput: " + n + " secondar" + (n == 1 ? "y" : "ies") + ", 16 clients × 8 pipelined, " + options.seconds + " s per load");
            try (PrimaryProcess primary = PrimaryProcess.start(options.launcher, options.testkit, options.port, n, "least-queue")) {
                double tiny = throughput(primary.port(), "x", 16, 8, options.seconds);
                double sleep = throughput(primary.port(), "sleep 2", 16, 8, options.seconds);
                if (n == 1) {
                    tinyBase = tiny;
                    sleepBase = sleep;
                }
                report.add(String.format(Locale.ROOT, "| %d | %.0f | %.2f | %.0f | %.2f |", n, tiny, tiny / tinyBase, sleep, sleep / sleepBase));
            }
        }
        System.out.println();
        report.forEach(System.out::println);
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

    /** Queries per second answered to {@code clients} connections keeping {@code window} queries outstanding each. */
    private static double throughput(int port, String query, int clients, int window, int seconds) throws Exception {
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
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long count = answered.get() - before;
        double elapsed = (System.nanoTime() - start) / 1e9;
        running.set(false);
        finished.await();
        double rate = count / elapsed;
        System.out.printf(Locale.ROOT, "  %-8s %,.0f queries/s%n", query, rate);
        return rate;
    }

    private static String row(String measure, long via, long direct) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.2f× |", measure, via, direct, (double) via / direct);
    }

    private record Options(Path launcher, Path testkit, int port, int queries, int seconds) {
        static Options parse(String[] args) {
            Path launcher = Path.of("launcher/target/launcher.jar");
            Path testkit = Path.of("testkit/target/mserve-testkit-0.1.0-SNAPSHOT.jar");
            int port = 5301;
            int queries = 20_000;
            int seconds = 5;
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--launcher" -> launcher = Path.of(args[i + 1]);
                    case "--testkit" -> testkit = Path.of(args[i + 1]);
                    case "--port" -> port = Integer.parseInt(args[i + 1]);
                    case "--queries" -> queries = Integer.parseInt(args[i + 1]);
                    case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(launcher.toAbsolutePath(), testkit.toAbsolutePath(), port, queries, seconds);
        }
    }
}
