package com.example.mserve;

import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.SecondaryView;
import java.util.Comparator;
import java.util.List;

/** Chooses for one pool; called from the dispatcher's thread only, so it needs no locks. */
final class Preferred implements LoadStrategy {
    private final int[] preferred;

    Preferred(int[] preferred) {
        this.preferred = preferred.clone();
    }

    @Override
    public SecondaryView choose(List<SecondaryView> candidates) {
        for (int id : preferred) {
            for (SecondaryView candidate : candidates) {
                if (candidate.id() == id) {
                    return candidate;
                }
            }
        }
        return candidates.stream().min(Comparator.comparingInt(SecondaryView::inFlight)).orElseThrow();
    }
}
