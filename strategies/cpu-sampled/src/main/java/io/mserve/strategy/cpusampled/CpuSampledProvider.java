package io.mserve.strategy.cpusampled;

import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.LoadStrategyProvider;
import io.mserve.core.strategy.StrategyContext;
import java.time.Duration;

/**
 * {@code cpu-sampled}: the secondary whose process used the least CPU over the last sampling
 * window; ties by queue length. Remote secondaries have no process to sample, so when any
 * candidate lacks a sample the choice falls back to queue length.
 */
public final class CpuSampledProvider implements LoadStrategyProvider {

    @Override
    public String name() {
        return "cpu-sampled";
    }

    @Override
    public LoadStrategy create(StrategyContext context) {
        Duration interval = context.settings().duration("sample-interval");
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException(context.settings().path() + ".sample-interval: must be positive, is " + interval);
        }
        return new CpuSampled(interval.toNanos(), context::nanoTime, CpuSampled::processCpuNanos);
    }
}
