package io.mserve.engine.session;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/**
 * q's timer ({@code \t N}, {@code -t N}): every N ms a tick, given the time it was due, runs on
 * the session's own thread after whatever input is running there, never beside it. A tick due
 * while the one before still waits is skipped, so a slow {@code .z.ts} does not pile up ticks.
 */
final class Timer {
    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "q-timer");
        t.setDaemon(true);
        return t;
    });

    private final LongConsumer tick;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private Executor thread;
    private ScheduledFuture<?> ticking;
    private int interval;

    /** @param tick what a tick does, given the epoch nanoseconds it was due at; runs on the session's thread */
    Timer(LongConsumer tick) {
        this.tick = tick;
    }

    /** The scheduler the session's other deadlines ({@code -T}) use. */
    static ScheduledExecutorService clock() {
        return CLOCK;
    }

    /** Ticks run through {@code sessionThread}; until it is given, the interval is kept but nothing ticks. */
    synchronized void runsOn(Executor sessionThread) {
        thread = sessionThread;
        restart();
    }

    synchronized int interval() {
        return interval;
    }

    /** {@code \t ms}: 0 stops the timer; otherwise it ticks every {@code ms} from now. */
    synchronized void interval(int ms) {
        interval = Math.max(0, ms);
        restart();
    }

    synchronized void stop() {
        interval(0);
    }

    private void restart() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        if (interval == 0 || thread == null) {
            return;
        }
        Executor on = thread;
        long period = interval * 1_000_000L;
        long start = System.currentTimeMillis() * 1_000_000L;
        long origin = System.nanoTime();
        ticking = CLOCK.scheduleAtFixedRate(() -> {
            if (!waiting.compareAndSet(false, true)) {
                return;
            }
            // The time the tick was due: the start plus a whole number of periods.
            long due = start + (System.nanoTime() - origin) / period * period;
            on.execute(() -> {
                waiting.set(false);
                tick.accept(due);
            });
        }, period, period, TimeUnit.NANOSECONDS);
    }
}
