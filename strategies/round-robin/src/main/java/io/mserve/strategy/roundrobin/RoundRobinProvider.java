package io.mserve.strategy.roundrobin;

import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.LoadStrategyProvider;
import io.mserve.core.strategy.StrategyContext;

/** {@code round-robin}: secondaries take turns in id order, skipping those without free capacity. */
public final class RoundRobinProvider implements LoadStrategyProvider {

    @Override
    public String name() {
        return "round-robin";
    }

    @Override
    public LoadStrategy create(StrategyContext context) {
        return new RoundRobin();
    }
}
