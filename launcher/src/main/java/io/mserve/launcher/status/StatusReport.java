package io.mserve.launcher.status;

import io.mserve.launcher.status.RecentProblems.Problem;
import java.util.List;

/**
 * What the status page shows, as {@code /status.json} serves it. Nullable numbers are unknown.
 *
 * @param strategy {@code mserve.strategy.name}, the strategy of pools that name none
 * @param pools    every pool of secondaries; without {@code mserve.pools} one, {@code default}
 */
public record StatusReport(String time, String strategy, long uptimeSeconds, Clients clients, Queries queries,
        List<Pool> pools, List<Problem> recentErrors) {

    /** Client connections open now and the bytes they sent and were sent since start-up. */
    public record Clients(int connections, long bytesIn, long bytesOut) {}

    /** Queries ended since start-up, by how. */
    public record Queries(long ok, long error, long failed, long timeout, long rejected, long dropped) {}

    /**
     * @param strategy the name of its load strategy
     * @param up       whether at least one of its secondaries is up
     */
    public record Pool(String name, String strategy, boolean up, int queueDepth, List<Secondary> secondaries) {}

    /** One secondary: {@code cpuPercent} of one core since the last report, latencies of its recent replies. */
    public record Secondary(int id, String address, Long pid, String state, int inFlight, long served, long errors,
            int restarts, Double cpuPercent, Double p50Ms, Double p99Ms) {}

    /** Whether every pool has a secondary up: what {@code /health} answers 200 for. */
    public boolean healthy() {
        return !pools.isEmpty() && pools.stream().allMatch(Pool::up);
    }
}
