package io.mserve.core.strategy;

import com.typesafe.config.Config;

/** What a strategy may know of its surroundings when it is created. */
public interface StrategyContext {

    /**
     * The strategy's own settings: the block {@code mserve.strategy.<name>} of the configuration,
     * empty when the configuration has none.
     */
    Config config();

    /** Monotonic time in nanoseconds; tests substitute a fake clock. */
    long nanoTime();
}
