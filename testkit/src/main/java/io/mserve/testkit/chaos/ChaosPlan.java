package io.mserve.testkit.chaos;

import java.time.Duration;

/**
 * What one chaos run does.
 *
 * @param duration        how long clients send queries (the drain afterwards is not counted)
 * @param clients         client connections sending pipelined deferred-sync queries
 * @param depth           queries each client keeps outstanding
 * @param maxSleepMillis  each query holds its secondary a random 0..this many milliseconds
 * @param killEvery       mean time between SIGKILLs of a random secondary
 * @param hangEvery       mean time between {@code hang} queries (each ends in {@code 'timeout} and a restart)
 * @param vanishEvery     mean time between two vanishings of one client (it closes its socket with
 *                        queries outstanding, then connects again as a new client)
 * @param drainTimeout    how long, after the run, clients wait for replies still owed
 * @param seed            the random seed, so that a run can be repeated
 */
public record ChaosPlan(Duration duration, int clients, int depth, int maxSleepMillis, Duration killEvery,
        Duration hangEvery, Duration vanishEvery, Duration drainTimeout, long seed) {

    /** 32 clients × 4 pipelined queries of 0-5 ms; a kill every 2 s, a hang every 6 s, each client vanishing every 8 s. */
    public static ChaosPlan of(Duration duration) {
        return new ChaosPlan(duration, 32, 4, 5, Duration.ofSeconds(2), Duration.ofSeconds(6), Duration.ofSeconds(8),
                Duration.ofSeconds(30), System.nanoTime());
    }

    public ChaosPlan withClients(int clients) {
        return new ChaosPlan(duration, clients, depth, maxSleepMillis, killEvery, hangEvery, vanishEvery, drainTimeout, seed);
    }

    public ChaosPlan withSeed(long seed) {
        return new ChaosPlan(duration, clients, depth, maxSleepMillis, killEvery, hangEvery, vanishEvery, drainTimeout, seed);
    }
}
