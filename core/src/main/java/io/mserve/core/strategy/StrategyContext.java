package io.mserve.core.strategy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

/** What a strategy may know of its surroundings when it is created. */
public interface StrategyContext {

    /**
     * The strategy's own settings: the block {@code mserve.strategy.<name>} of the configuration,
     * empty when the configuration has none.
     */
    Config config();

    /** Monotonic time in nanoseconds; tests substitute a fake clock. */
    long nanoTime();

    /**
     * The context of strategy {@code name} in a whole configuration: its block
     * {@code mserve.strategy.<name>} (empty when absent) and the system clock.
     */
    static StrategyContext of(Config config, String name) {
        String block = "mserve.strategy." + name;
        Config own = config.hasPath(block) ? config.getConfig(block) : ConfigFactory.empty();
        return new StrategyContext() {
            @Override
            public Config config() {
                return own;
            }

            @Override
            public long nanoTime() {
                return System.nanoTime();
            }
        };
    }
}
