package io.mserve.strategy.leastqueue;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.LoadStrategyContract;
import io.mserve.core.strategy.LoadStrategyProvider;
import io.mserve.core.strategy.SecondaryView;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeastQueueTest extends LoadStrategyContract {

    @Override
    protected LoadStrategyProvider provider() {
        return new LeastQueueProvider();
    }

    @Test
    void choosesTheSecondaryWithFewestQueriesInFlight() {
        LoadStrategy strategy = provider().create(context());
        SecondaryView idle = secondary(2, 0, 500);
        assertThat(strategy.choose(List.of(secondary(1, 2, 0), idle, secondary(3, 1, 0)))).isEqualTo(idle);
    }

    @Test
    void amongEquallyIdleSecondariesTheOneThatServedFewestTakesTheQuery() {
        LoadStrategy strategy = provider().create(context());
        SecondaryView rested = secondary(3, 0, 4);
        assertThat(strategy.choose(List.of(secondary(1, 0, 9), secondary(2, 0, 5), rested))).isEqualTo(rested);
    }
}
