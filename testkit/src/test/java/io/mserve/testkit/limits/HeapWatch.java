package io.mserve.testkit.limits;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak heap use of this JVM while it runs: the primary runs in-process under
 * {@code MservePrimary}, so its allocations show here. Sampled every few milliseconds.
 */
public final class HeapWatch implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final AtomicLong peak = new AtomicLong();
    private final long baseline;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "heap-watch");
        thread.setDaemon(true);
        return thread;
    });

    private HeapWatch() {
        baseline = settledHeap();
        peak.set(baseline);
        sampler.scheduleWithFixedDelay(this::sample, 0, 2, TimeUnit.MILLISECONDS);
    }

    /** Starts watching, from a heap just collected. */
    public static HeapWatch start() {
        return new HeapWatch();
    }

    /** Heap in use now. */
    public static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** Heap in use after a collection (as near to live data as the JVM lets a test see). */
    public static long settledHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return used();
    }

    public void sample() {
        peak.accumulateAndGet(used(), Math::max);
    }

    /** Heap in use when watching began, just after a collection. */
    public long baseline() {
        return baseline;
    }

    /** The most heap seen in use since then. */
    public long peak() {
        sample();
        return peak.get();
    }

    /** The most heap seen above the baseline. */
    public long peakAboveBaseline() {
        return peak() - baseline;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    public static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
