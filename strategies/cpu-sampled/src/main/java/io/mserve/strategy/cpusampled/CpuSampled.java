package io.mserve.strategy.cpusampled;

import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.SecondaryView;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Lowest recent CPU use. Each process's total CPU time is read at most once per sampling
 * window (lazily, when a choice is made); its use is the CPU time it gained over the last
 * complete window divided by that window's length.
 */
final class CpuSampled implements LoadStrategy {
    private static final Comparator<SecondaryView> BY_QUEUE = Comparator.comparingInt(SecondaryView::inFlight)
            .thenComparingLong(SecondaryView::served)
            .thenComparingInt(SecondaryView::id);

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final LongFunction<OptionalLong> cpuNanos;
    private final Map<Long, Sample> samples = new HashMap<>();

    CpuSampled(long intervalNanos, LongSupplier nanoTime, LongFunction<OptionalLong> cpuNanos) {
        this.intervalNanos = intervalNanos;
        this.nanoTime = nanoTime;
        this.cpuNanos = cpuNanos;
    }

    /** The CPU time a process has used so far, if the OS tells. */
    static OptionalLong processCpuNanos(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(process -> process.info().totalCpuDuration())
                .map(Duration::toNanos)
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public SecondaryView choose(List<SecondaryView> candidates) {
        long now = nanoTime.getAsLong();
        if (samples.size() > 4 * candidates.size() + 16) {
            // Restarted secondaries leave their old pids behind.
            samples.keySet().removeIf(pid -> candidates.stream().noneMatch(c -> c.pid().equals(OptionalLong.of(pid))));
        }
        SecondaryView best = null;
        double bestUse = Double.MAX_VALUE;
        boolean allSampled = true;
        for (SecondaryView candidate : candidates) {
            double use = candidate.pid().isPresent() ? use(candidate.pid().getAsLong(), now) : Double.NaN;
            if (Double.isNaN(use)) {
                allSampled = false;
                continue;
            }
            if (best == null || use < bestUse || use == bestUse && BY_QUEUE.compare(candidate, best) < 0) {
                best = candidate;
                bestUse = use;
            }
        }
        return allSampled ? best : byQueue(candidates);
    }

    private static SecondaryView byQueue(List<SecondaryView> candidates) {
        SecondaryView best = candidates.get(0);
        for (SecondaryView candidate : candidates) {
            if (BY_QUEUE.compare(candidate, best) < 0) {
                best = candidate;
            }
        }
        return best;
    }

    /** CPU use (cores busy, 0..n) of {@code pid} over its last complete window; NaN until there is one. */
    private double use(long pid, long now) {
        Sample sample = samples.computeIfAbsent(pid, p -> new Sample());
        if (!sample.taken || now - sample.takenAt >= intervalNanos) {
            OptionalLong cpu = cpuNanos.apply(pid);
            if (cpu.isEmpty()) {
                samples.remove(pid);
                return Double.NaN;
            }
            if (sample.taken) {
                sample.use = (double) (cpu.getAsLong() - sample.cpu) / (now - sample.takenAt);
            }
            sample.cpu = cpu.getAsLong();
            sample.takenAt = now;
            sample.taken = true;
        }
        return sample.use;
    }

    /** The last reading of one process. */
    private static final class Sample {
        boolean taken;
        long takenAt;
        long cpu;
        double use = Double.NaN;
    }

    @Override
    public String toString() {
        return "cpu-sampled";
    }
}
