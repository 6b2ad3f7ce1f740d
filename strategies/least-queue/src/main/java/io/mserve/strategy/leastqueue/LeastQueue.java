package io.mserve.strategy.leastqueue;

import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.SecondaryView;
import java.util.Comparator;
import java.util.List;

/**
 * Fewest queries in flight; among equals, the one that has served fewest, so that idle
 * secondaries share light load instead of the first taking it all.
 */
final class LeastQueue implements LoadStrategy {
    static final Comparator<SecondaryView> ORDER = Comparator.comparingInt(SecondaryView::inFlight)
            .thenComparingLong(SecondaryView::served)
            .thenComparingInt(SecondaryView::id);

    @Override
    public SecondaryView choose(List<SecondaryView> candidates) {
        SecondaryView best = candidates.get(0);
        for (int i = 1; i < candidates.size(); i++) {
            SecondaryView next = candidates.get(i);
            if (ORDER.compare(next, best) < 0) {
                best = next;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "least-queue";
    }
}
