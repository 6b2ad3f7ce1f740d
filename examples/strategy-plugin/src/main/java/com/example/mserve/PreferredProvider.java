package com.example.mserve;

import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.LoadStrategyProvider;
import io.mserve.core.strategy.StrategyContext;
import java.util.List;

/**
 * {@code preferred}: the free secondary that comes first in {@code mserve.strategy.preferred.ids};
 * when none of those is free, the one with the fewest queries in flight.
 */
public final class PreferredProvider implements LoadStrategyProvider {

    @Override
    public String name() {
        return "preferred";
    }

    @Override
    public LoadStrategy create(StrategyContext context) {
        List<String> ids = context.settings().texts("ids");
        int[] preferred = new int[ids.size()];
        for (int i = 0; i < preferred.length; i++) {
            try {
                preferred[i] = Integer.parseInt(ids.get(i).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(context.settings().path() + ".ids: not a secondary id: " + ids.get(i));
            }
        }
        return new Preferred(preferred);
    }
}
