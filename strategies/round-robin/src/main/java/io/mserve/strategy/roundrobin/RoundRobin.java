package io.mserve.strategy.roundrobin;

import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.SecondaryView;
import java.util.List;

/** The next candidate after the last one chosen, by id, wrapping around. */
final class RoundRobin implements LoadStrategy {
    private int lastId;

    @Override
    public SecondaryView choose(List<SecondaryView> candidates) {
        SecondaryView chosen = candidates.get(0);
        for (SecondaryView candidate : candidates) {
            if (candidate.id() > lastId) {
                chosen = candidate;
                break;
            }
        }
        lastId = chosen.id();
        return chosen;
    }

    @Override
    public String toString() {
        return "round-robin";
    }
}
