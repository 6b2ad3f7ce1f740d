package io.mserve.core.strategy;

import java.util.OptionalLong;

/**
 * A read-only snapshot of one secondary, as a strategy sees it at the moment of choice.
 *
 * @param id       the secondary's number, 1..N, stable across restarts
 * @param host     where it listens
 * @param port     where it listens
 * @param pid      its process id when the primary started it; empty for a remote secondary
 * @param inFlight queries sent to it and not yet answered
 * @param capacity the most queries it may have in flight ({@code in-flight-per-secondary})
 * @param served   queries it has answered since the primary started
 */
public record SecondaryView(int id, String host, int port, OptionalLong pid, int inFlight, int capacity, long served) {

    /** Whether the primary started this secondary's process (and can see its CPU use). */
    public boolean isLocalProcess() {
        return pid.isPresent();
    }
}
