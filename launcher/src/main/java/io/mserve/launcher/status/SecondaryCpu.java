package io.mserve.launcher.status;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * The CPU use of started secondaries, in percent of one core, between two readings of their
 * processes' CPU time (each status request is one reading). Remote secondaries have no process
 * here: unknown.
 */
public final class SecondaryCpu {
    private final LongSupplier nanoTime;
    private final LongFunction<OptionalLong> cpuNanos;
    /** Guarded by {@code this}. */
    private final Map<Long, Reading> last = new HashMap<>();

    private record Reading(long wallNanos, long cpuNanos) {}

    /**
     * @param nanoTime the clock
     * @param cpuNanos a process's CPU time so far by its pid, if the OS tells
     */
    public SecondaryCpu(LongSupplier nanoTime, LongFunction<OptionalLong> cpuNanos) {
        this.nanoTime = nanoTime;
        this.cpuNanos = cpuNanos;
    }

    /** Reads the JDK's view of a process ({@code /proc} on Linux). */
    public static SecondaryCpu ofProcesses() {
        return new SecondaryCpu(System::nanoTime, pid -> ProcessHandle.of(pid)
                .flatMap(process -> process.info().totalCpuDuration())
                .map(duration -> OptionalLong.of(duration.toNanos()))
                .orElse(OptionalLong.empty()));
    }

    /** Percent of one core since the last reading of {@code pid}; empty at the first reading or when unknown. */
    public synchronized OptionalDouble percent(OptionalLong pid) {
        if (pid.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalLong cpu = cpuNanos.apply(pid.getAsLong());
        if (cpu.isEmpty()) {
            last.remove(pid.getAsLong());
            return OptionalDouble.empty();
        }
        Reading now = new Reading(nanoTime.getAsLong(), cpu.getAsLong());
        Reading before = last.put(pid.getAsLong(), now);
        if (before == null || now.wallNanos <= before.wallNanos || now.cpuNanos < before.cpuNanos) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * (now.cpuNanos - before.cpuNanos) / (now.wallNanos - before.wallNanos));
    }

    /** Forgets the processes not in {@code pids} (restarted secondaries have new ones). */
    public synchronized void keepOnly(Set<Long> pids) {
        last.keySet().retainAll(pids);
    }
}
