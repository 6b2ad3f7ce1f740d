package io.mserve.strategy.roundrobin;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.LoadStrategyContract;
import io.mserve.core.strategy.LoadStrategyProvider;
import io.mserve.core.strategy.SecondaryView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundRobinTest extends LoadStrategyContract {

    @Override
    protected LoadStrategyProvider provider() {
        return new RoundRobinProvider();
    }

    @Test
    void secondariesTakeTurnsInIdOrder() {
        LoadStrategy strategy = provider().create(context());
        List<SecondaryView> all = List.of(secondary(1, 0, 0), secondary(2, 3, 0), secondary(3, 0, 0));
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            chosen.add(strategy.choose(all).id());
        }
        assertThat(chosen).containsExactly(1, 2, 3, 1, 2, 3);
    }

    @Test
    void aSecondaryWithoutCapacityLosesItsTurnToTheNext() {
        LoadStrategy strategy = provider().create(context());
        assertThat(strategy.choose(List.of(secondary(1, 0, 0), secondary(2, 0, 0))).id()).isEqualTo(1);
        assertThat(strategy.choose(List.of(secondary(1, 0, 0), secondary(3, 0, 0))).id()).isEqualTo(3);
        assertThat(strategy.choose(List.of(secondary(1, 0, 0), secondary(2, 0, 0))).id()).isEqualTo(1);
    }
}
