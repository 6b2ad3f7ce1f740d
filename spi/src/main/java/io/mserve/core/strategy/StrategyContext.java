package io.mserve.core.strategy;

import io.mserve.spi.PluginSettings;

/** What a strategy may know of its surroundings when it is created. */
public interface StrategyContext {

    /**
     * The strategy's own settings: the block {@code mserve.strategy.<name>} of the configuration,
     * empty when the configuration and the plugin's {@code reference.conf} have none.
     */
    PluginSettings settings();

    /** Monotonic time in nanoseconds; tests substitute a fake clock. */
    long nanoTime();

    /** The context of a strategy with these settings and the system clock. */
    static StrategyContext of(PluginSettings settings) {
        return new StrategyContext() {
            @Override
            public PluginSettings settings() {
                return settings;
            }

            @Override
            public long nanoTime() {
                return System.nanoTime();
            }
        };
    }
}
