package io.mserve.testkit.thirdparty;

import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.LoadStrategyProvider;
import io.mserve.core.strategy.SecondaryView;
import io.mserve.core.strategy.StrategyContext;
import java.util.Comparator;
import java.util.List;

/**
 * A strategy written as a third party would: outside mserve's modules, depending on core's SPI
 * only, registered in META-INF/services. It always prefers the free secondary with the highest id.
 */
public final class HighestIdFirst implements LoadStrategyProvider {
    @Override
    public String name() {
        return "highest-id-first";
    }

    @Override
    public LoadStrategy create(StrategyContext context) {
        return new LoadStrategy() {
            @Override
            public SecondaryView choose(List<SecondaryView> candidates) {
                return candidates.stream().max(Comparator.comparingInt(SecondaryView::id)).orElseThrow();
            }
        };
    }
}
