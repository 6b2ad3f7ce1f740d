package io.mserve.strategy.leastqueue;

import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.LoadStrategyProvider;
import io.mserve.core.strategy.StrategyContext;

/** {@code least-queue}: the secondary with the fewest queries outstanding, as e/mserve.q chooses. */
public final class LeastQueueProvider implements LoadStrategyProvider {

    @Override
    public String name() {
        return "least-queue";
    }

    @Override
    public LoadStrategy create(StrategyContext context) {
        return new LeastQueue();
    }
}
