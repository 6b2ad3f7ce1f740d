package io.mserve.testkit.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.kx.c;
import com.typesafe.config.ConfigFactory;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.launcher.Primary;
import io.mserve.testkit.FreePorts;
import io.mserve.testkit.QClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code .mserve.each} and {@code .mserve.restart[]} on two engine secondaries (child JVMs running
 * {@code examples/startup.q}) while javakdb clients keep querying through the primary: no client
 * query fails, and at most one secondary is ever out of rotation (the primary's status, read
 * without pause throughout). Prints the figure the README quotes.
 */
class RollingUnderLoadTest {
    private static final int CLIENTS = 4;

    /** Clients sending deferred queries until told to stop, counting answers and failures. */
    private static final class Load implements AutoCloseable {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong answered = new AtomicLong();
        /** A permit per answer, for {@link #awaitAnswers}. */
        final Semaphore answers = new Semaphore(0);
        final AtomicLong failed = new AtomicLong();
        final List<String> failures = new ArrayList<>();
        final List<CompletableFuture<Void>> clients = new ArrayList<>();

        Load(int port) {
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(CompletableFuture.runAsync(() -> {
                    try (QClient client = QClient.connect("127.0.0.1", port, "load:")) {
                        while (running.get()) {
                            try {
                                if (!Long.valueOf(1000L).equals(client.deferred("count trade"))) {
                                    throw new IllegalStateException("a wrong answer");
                                }
                                answered.incrementAndGet();
                                answers.release();
                            } catch (RuntimeException e) {
                                failed.incrementAndGet();
                                synchronized (failures) {
                                    failures.add(e.toString());
                                }
                            }
                        }
                    }
                }));
            }
        }

        /** Waits for {@code n} more answers, a minute at most. */
        void awaitAnswers(int n) throws InterruptedException {
            answers.drainPermits();
            assertThat(answers.tryAcquire(n, 1, TimeUnit.MINUTES)).as("%d more answers", n).isTrue();
        }

        @Override
        public void close() {
            running.set(false);
            clients.forEach(CompletableFuture::join);
        }
    }

    /** The most secondaries not taking queries at once, from the status read every millisecond. */
    private static final class OutOfRotation implements AutoCloseable {
        final AtomicInteger most = new AtomicInteger();
        final AtomicLong samples = new AtomicLong();
        /** The status read when {@link #most} was reached, to say what was out. */
        volatile List<SecondaryStatus> worst = List.of();
        final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

        OutOfRotation(Primary primary) {
            sampler.scheduleWithFixedDelay(() -> {
                List<SecondaryStatus> status = primary.status();
                int out = (int) status.stream().filter(s -> s.state() != SecondaryState.UP).count();
                if (out > most.get()) {
                    most.set(out);
                    worst = status;
                }
                samples.incrementAndGet();
            }, 0, 1, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            sampler.shutdown();
            assertThat(sampler.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void eachAndRestartRollOverTheSecondariesWhileClientQueriesKeepFlowingAndNoneFails() throws Exception {
        try (Primary primary = Primary.start(ConfigFactory.parseString("""
                mserve.transport { host = "127.0.0.1", port = 0 }
                mserve.secondaries { count = 2, script = "../examples/startup.q", base-port = %d }
                """.formatted(FreePorts.consecutive(2)) + AdminRoleForTests.CONFIG).withFallback(ConfigFactory.load()).resolve());
                QClient admin = QClient.connect("127.0.0.1", primary.port(), "admin:")) {
            List<Long> pidsBefore = primary.status().stream().map(s -> s.info().pid().orElseThrow()).toList();
            Load load = new Load(primary.port());
            OutOfRotation out = new OutOfRotation(primary);
            long eachQueries;
            long restartQueries;
            long restartMillis;
            c.Dict restarted;
            try (load; out) {
                load.awaitAnswers(100);

                long before = load.answered.get();
                c.Dict set = (c.Dict) admin.sync(".mserve.each \"a:42\"");
                c.Dict read = (c.Dict) admin.sync(".mserve.each \"a\"");
                load.awaitAnswers(20);
                eachQueries = load.answered.get() - before;
                assertThat((Object[]) set.y).containsExactly(42L, 42L);
                assertThat((Object[]) read.y).as("each secondary ran it itself").containsExactly(42L, 42L);

                before = load.answered.get();
                long began = System.nanoTime();
                restarted = (c.Dict) admin.sync(".mserve.restart[]");
                restartMillis = (System.nanoTime() - began) / 1_000_000;
                load.awaitAnswers(20);
                restartQueries = load.answered.get() - before;
            }
            assertThat(load.failures).isEmpty();
            assertThat(load.failed.get()).isZero();
            assertThat(out.most.get()).as("secondaries out of rotation at once, in %d status reads; the worst: %s",
                    out.samples.get(), out.worst).isEqualTo(1);
            assertThat((Object[]) restarted.y).hasSize(2).allSatisfy(pid -> assertThat(pid).isInstanceOf(Long.class)
                    .isNotIn(pidsBefore.toArray()));
            assertThat(primary.status()).extracting(SecondaryStatus::state).containsOnly(SecondaryState.UP);
            c.Dict fresh = (c.Dict) admin.sync(".mserve.each \"a\"");
            assertThat((Object[]) fresh.y).as("new processes: a is undefined").extracting(v -> new String((char[]) v))
                    .containsExactly("a", "a");
            System.out.printf(Locale.ROOT, "rolling .mserve.each (twice) on 2 engine secondaries, %d javakdb clients:"
                    + " %d client queries answered meanwhile, %d failed; .mserve.restart[]: %d answered in %d ms, %d failed;"
                    + " at most %d secondary out of rotation in %d status reads%n", CLIENTS, eachQueries,
                    load.failed.get(), restartQueries, restartMillis, load.failed.get(), out.most.get(), out.samples.get());
        }
    }
}
