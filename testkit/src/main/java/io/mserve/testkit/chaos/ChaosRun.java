package io.mserve.testkit.chaos;

import com.kx.c;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.SecondaryState;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bounded chaos run against a primary whose secondaries are processes it started: clients
 * send pipelined deferred-sync queries with unique payloads ({@code "sleep 3; reply c07.1-42"})
 * and check that every reply is exactly their own, in order; meanwhile secondaries are killed
 * with SIGKILL, {@code hang} queries leave one stuck until {@code request-timeout} and
 * {@code kill-after} restart it, and clients vanish with queries outstanding.
 *
 * <p>The primary should run with {@code request-timeout} and {@code kill-after} set, and a short
 * restart back-off; see {@code ChaosTest} in this module's tests.
 */
public final class ChaosRun {
    private static final Logger log = LoggerFactory.getLogger(ChaosRun.class);

    private final ChaosPlan plan;
    private final int port;
    private final Supplier<List<SecondaryStatus>> status;

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong correct = new AtomicLong();
    private final AtomicLong diedTwice = new AtomicLong();
    private final AtomicLong timeout = new AtomicLong();
    private final AtomicLong queueFull = new AtomicLong();
    private final AtomicLong otherErrors = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();
    private final AtomicLong misrouted = new AtomicLong();
    private final AtomicLong neverAnswered = new AtomicLong();
    private final AtomicLong kills = new AtomicLong();
    private final AtomicLong hangs = new AtomicLong();
    private final AtomicLong hangsTimedOut = new AtomicLong();
    private final AtomicLong hangsDiedTwice = new AtomicLong();
    private final AtomicLong vanished = new AtomicLong();
    private final List<Long> replaceMillis = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    private volatile boolean stopping;

    /**
     * @param port   the primary's port (loopback)
     * @param status the primary's {@code .mserve.status[]}, e.g. {@code primary::status}
     */
    public ChaosRun(ChaosPlan plan, int port, Supplier<List<SecondaryStatus>> status) {
        this.plan = plan;
        this.port = port;
        this.status = status;
    }

    /** Runs the plan and returns its figures; blocks for the plan's duration and the drain. */
    public ChaosReport run() throws InterruptedException {
        int secondaries = status.get().size();
        Random seeds = new Random(plan.seed());
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "chaos");
            thread.setDaemon(true);
            return thread;
        });
        List<java.util.concurrent.Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < plan.clients(); i++) {
            Client client = new Client(String.format("c%02d", i), new Random(seeds.nextLong()));
            clients.add(threads.submit(client::run));
        }
        Random chaos = new Random(seeds.nextLong());
        List<java.util.concurrent.Future<?>> watchers = new ArrayList<>();
        long end = System.nanoTime() + plan.duration().toNanos();
        long nextKill = System.nanoTime() + jitter(chaos, plan.killEvery());
        long nextHang = System.nanoTime() + jitter(chaos, plan.hangEvery());
        while (System.nanoTime() < end) {
            long now = System.nanoTime();
            if (now >= nextKill) {
                nextKill = now + jitter(chaos, plan.killEvery());
                kill(chaos).ifPresent(watch -> watchers.add(threads.submit(watch)));
            }
            if (now >= nextHang) {
                nextHang = now + jitter(chaos, plan.hangEvery());
                threads.submit(this::hang);
            }
            Thread.sleep(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(Math.min(nextKill, nextHang) - now), 100)));
        }
        stopping = true;
        for (java.util.concurrent.Future<?> client : clients) {
            await(client);
        }
        for (java.util.concurrent.Future<?> watcher : watchers) {
            await(watcher);
        }
        threads.shutdownNow();
        List<Long> replaced = new ArrayList<>(replaceMillis);
        Collections.sort(replaced);
        return new ChaosReport(plan, secondaries, sent.get(), correct.get(), diedTwice.get(), timeout.get(),
                queueFull.get(), otherErrors.get(), abandoned.get(), misrouted.get(), neverAnswered.get(), kills.get(),
                hangs.get(), hangsTimedOut.get(), hangsDiedTwice.get(), vanished.get(), replaced, List.copyOf(samples));
    }

    private static void await(java.util.concurrent.Future<?> task) throws InterruptedException {
        try {
            task.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a chaos thread failed", e.getCause());
        }
    }

    /** A random wait around {@code mean}: from half of it to one and a half times it. */
    private static long jitter(Random random, Duration mean) {
        long nanos = mean.toNanos();
        return nanos / 2 + (long) (random.nextDouble() * nanos);
    }

    /** SIGKILLs a random secondary that is up; the task returned times its replacement. */
    private Optional<Runnable> kill(Random random) {
        List<SecondaryStatus> up = status.get().stream()
                .filter(s -> s.state() == SecondaryState.UP && s.info().pid().isPresent()).toList();
        if (up.isEmpty()) {
            return Optional.empty();
        }
        SecondaryStatus victim = up.get(random.nextInt(up.size()));
        long pid = victim.info().pid().getAsLong();
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return Optional.empty();
        }
        long killed = System.nanoTime();
        process.get().destroyForcibly();
        kills.incrementAndGet();
        log.info("chaos: SIGKILL secondary {} (pid {})", victim.info().id(), pid);
        return Optional.of(() -> {
            long deadline = killed + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                SecondaryStatus now = status.get().get(victim.info().id() - 1);
                if (now.state() == SecondaryState.UP && now.info().pid().isPresent()
                        && now.info().pid().getAsLong() != pid) {
                    replaceMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed));
                    return;
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            log.error("chaos: secondary {} was not replaced within 60 s of its SIGKILL", victim.info().id());
        });
    }

    /** Sends one {@code hang} on a connection of its own; it should come back {@code 'timeout}. */
    private void hang() {
        hangs.incrementAndGet();
        try {
            c connection = connectAs("hang");
            try {
                connection.s.setSoTimeout((int) plan.drainTimeout().toMillis() * 2);
                connection.ks("hang".toCharArray());
                connection.k();
                samples.add("hang answered");
            } catch (c.KException e) {
                if ("timeout".equals(e.getMessage())) {
                    hangsTimedOut.incrementAndGet();
                } else if (String.valueOf(e.getMessage()).contains("died")) {
                    hangsDiedTwice.incrementAndGet();
                } else {
                    samples.add("hang: " + e.getMessage());
                }
            } finally {
                connection.close();
            }
        } catch (IOException e) {
            samples.add("hang: " + e);
        }
    }

    private c connectAs(String user) throws IOException {
        try {
            return new c("127.0.0.1", port, user + ":");
        } catch (c.KException e) {
            throw new IOException("refused: " + e.getMessage(), e);
        }
    }

    /** One client: a window of queries outstanding, each reply checked against the oldest. */
    private final class Client {
        private final String name;
        private final Random random;
        private final ArrayDeque<String> outstanding = new ArrayDeque<>();
        private int generation;
        private long seq;

        Client(String name, Random random) {
            this.name = name;
            this.random = random;
        }

        void run() {
            try {
                loop();
            } catch (IOException e) {
                log.error("chaos client {}: {}", name, e.toString());
                neverAnswered.addAndGet(outstanding.size());
                samples.add(name + ": " + e);
            }
        }

        private void loop() throws IOException {
            c connection = connect();
            long vanishAt = System.nanoTime() + jitter(random, plan.vanishEvery());
            while (!stopping) {
                while (outstanding.size() < plan.depth()) {
                    send(connection);
                }
                if (System.nanoTime() >= vanishAt) {
                    vanished.incrementAndGet();
                    abandoned.addAndGet(outstanding.size());
                    outstanding.clear();
                    connection.close();
                    connection = connect();
                    vanishAt = System.nanoTime() + jitter(random, plan.vanishEvery());
                    continue;
                }
                receive(connection);
            }
            connection.s.setSoTimeout((int) plan.drainTimeout().toMillis());
            try {
                while (!outstanding.isEmpty()) {
                    receive(connection);
                }
            } catch (SocketTimeoutException e) {
                log.error("chaos client {}: {} replies never came", name, outstanding.size());
                neverAnswered.addAndGet(outstanding.size());
                outstanding.clear();
            }
            connection.close();
        }

        private c connect() throws IOException {
            generation++;
            c connection = connectAs(name);
            // Longer than any request-timeout a chaos primary runs with: a reply this late is lost.
            connection.s.setSoTimeout((int) plan.drainTimeout().toMillis());
            return connection;
        }

        private void send(c connection) throws IOException {
            String payload = name + "." + generation + "-" + seq++;
            connection.ks(("sleep " + random.nextInt(plan.maxSleepMillis() + 1) + "; reply " + payload).toCharArray());
            outstanding.add(payload);
            sent.incrementAndGet();
        }

        private void receive(c connection) throws IOException {
            Object reply;
            try {
                reply = connection.k();
            } catch (c.KException e) {
                outstanding.poll();
                classify(e.getMessage());
                return;
            }
            String expected = outstanding.poll();
            String text = reply instanceof char[] chars ? new String(chars) : String.valueOf(reply);
            if (text.equals(expected)) {
                correct.incrementAndGet();
            } else {
                misrouted.incrementAndGet();
                log.error("chaos client {}: MISROUTED: expected {}, received {}", name, expected, text);
                samples.add("misrouted: expected " + expected + ", received " + text);
            }
        }

        private void classify(String error) {
            String text = String.valueOf(error);
            if (text.contains("died")) {
                diedTwice.incrementAndGet();
            } else if (text.equals("timeout")) {
                timeout.incrementAndGet();
            } else if (text.contains("queue full")) {
                queueFull.incrementAndGet();
            } else {
                otherErrors.incrementAndGet();
                if (samples.size() < 20) {
                    samples.add(name + ": '" + text);
                }
            }
        }
    }
}
