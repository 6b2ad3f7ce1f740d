package io.mserve.strategy.cpusampled;

import com.typesafe.config.ConfigException;
import io.mserve.core.config.SettingsReader;
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
        Duration interval;
        try {
            interval = SettingsReader.durationWithUnit(context.config(), "sample-interval");
        } catch (ConfigException e) {
            throw new ConfigException.BadValue("mserve.strategy.cpu-sampled.sample-interval", e.getMessage(), e);
        }
        if (interval.isZero() || interval.isNegative()) {
            throw new ConfigException.BadValue("mserve.strategy.cpu-sampled.sample-interval", "must be positive");
        }
        return new CpuSampled(interval.toNanos(), context::nanoTime, CpuSampled::processCpuNanos);
    }
}
