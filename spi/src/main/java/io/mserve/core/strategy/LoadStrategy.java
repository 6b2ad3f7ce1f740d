package io.mserve.core.strategy;

import java.util.List;

/**
 * Chooses which secondary runs the next query. One instance serves one pool of secondaries and
 * is called only from the dispatcher's thread, so it may keep plain mutable state.
 */
public interface LoadStrategy {

    /**
     * Picks the secondary for the query at the head of the central queue.
     *
     * @param candidates the secondaries that are up and have free capacity, in id order; never empty
     * @return one element of {@code candidates}
     */
    SecondaryView choose(List<SecondaryView> candidates);
}
