package io.mserve.core.dispatch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/** The dispatcher's instruments, created when the primary is wired; every one is tagged with its pool. */
public final class DispatchMetrics {
    private static final List<String> SECONDARY_METERS = List.of("mserve.secondary.inflight", "mserve.secondary.up",
            "mserve.secondary.restarts", "mserve.secondary.latency");

    private final MeterRegistry registry;
    private final Map<String, String> strategies;

    /** Instruments of the one pool {@code default}, routed by {@code strategy}. */
    public DispatchMetrics(MeterRegistry registry, String strategy) {
        this(registry, Map.of(Pools.DEFAULT, strategy));
    }

    /** @param strategies each pool's strategy name, by pool */
    public DispatchMetrics(MeterRegistry registry, Map<String, String> strategies) {
        this.registry = registry;
        this.strategies = Map.copyOf(strategies);
    }

    /** The instruments of pool {@code pool}: its queries by outcome and its queue's depth. */
    Pool pool(String pool, IntSupplier queueDepth) {
        Gauge.builder("mserve.queue.depth", queueDepth::getAsInt)
                .description("Queries waiting in the central queue")
                .tag("pool", pool)
                .register(registry);
        return new Pool(pool);
    }

    /** One pool's instruments. */
    final class Pool {
        private final String name;
        private final Map<Outcome, Counter> queries = new EnumMap<>(Outcome.class);
        private final Map<Outcome, Timer> latency = new EnumMap<>(Outcome.class);

        private Pool(String name) {
            this.name = name;
            String strategy = strategies.getOrDefault(name, "");
            for (Outcome outcome : Outcome.values()) {
                queries.put(outcome, Counter.builder("mserve.queries")
                        .description("Queries by how they ended")
                        .tag("outcome", outcome.tag())
                        .tag("pool", name)
                        .register(registry));
                latency.put(outcome, Timer.builder("mserve.query.latency")
                        .description("Time from a query's arrival to its reply")
                        .tag("outcome", outcome.tag())
                        .tag("strategy", strategy)
                        .tag("pool", name)
                        .publishPercentiles(0.5, 0.9, 0.99)
                        .register(registry));
            }
        }

        /**
         * The instruments of one secondary, registered once when it is first declared: its queries in
         * flight, whether it is up, its restarts; returns the timer of its replies (p50 and p99).
         */
        Timer secondary(int secondary, IntSupplier inFlight, BooleanSupplier up, IntSupplier restarts) {
            String id = Integer.toString(secondary);
            Gauge.builder("mserve.secondary.inflight", inFlight::getAsInt)
                    .description("Queries in flight on one secondary")
                    .tag("secondary", id)
                    .tag("pool", name)
                    .register(registry);
            Gauge.builder("mserve.secondary.up", () -> up.getAsBoolean() ? 1 : 0)
                    .description("1 while the secondary is connected and taking queries, else 0")
                    .tag("secondary", id)
                    .tag("pool", name)
                    .register(registry);
            FunctionCounter.builder("mserve.secondary.restarts", restarts, r -> r.getAsInt())
                    .description("Times the secondary came back after it was down")
                    .tag("secondary", id)
                    .tag("pool", name)
                    .register(registry);
            return Timer.builder("mserve.secondary.latency")
                    .description("Time from sending a query to a secondary to its reply")
                    .tag("secondary", id)
                    .tag("pool", name)
                    .publishPercentiles(0.5, 0.99)
                    .register(registry);
        }

        void ended(Outcome outcome, long nanos) {
            queries.get(outcome).increment();
            latency.get(outcome).record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Removes the instruments of a secondary that has left. */
    void forget(int secondary) {
        String id = Integer.toString(secondary);
        for (String name : SECONDARY_METERS) {
            registry.find(name).tag("secondary", id).meters().forEach(registry::remove);
        }
    }
}
