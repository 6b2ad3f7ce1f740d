package io.mserve.core.dispatch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** The dispatcher's instruments, created once when the primary is wired. */
public final class DispatchMetrics {
    private final MeterRegistry registry;
    private final Map<Outcome, Counter> queries = new EnumMap<>(Outcome.class);
    private final Map<Outcome, Timer> latency = new EnumMap<>(Outcome.class);

    public DispatchMetrics(MeterRegistry registry, String strategy) {
        this.registry = registry;
        for (Outcome outcome : Outcome.values()) {
            queries.put(outcome, Counter.builder("mserve.queries")
                    .description("Queries by how they ended")
                    .tag("outcome", outcome.tag())
                    .register(registry));
            latency.put(outcome, Timer.builder("mserve.query.latency")
                    .description("Time from a query's arrival to its reply")
                    .tag("outcome", outcome.tag())
                    .tag("strategy", strategy)
                    .publishPercentiles(0.5, 0.9, 0.99)
                    .register(registry));
        }
    }

    void queueDepth(IntSupplier depth) {
        Gauge.builder("mserve.queue.depth", depth::getAsInt)
                .description("Queries waiting in the central queue")
                .register(registry);
    }

    void inFlight(int secondary, IntSupplier inFlight) {
        Gauge.builder("mserve.secondary.inflight", inFlight::getAsInt)
                .description("Queries in flight on one secondary")
                .tag("secondary", Integer.toString(secondary))
                .register(registry);
    }

    void ended(Outcome outcome, long nanos) {
        queries.get(outcome).increment();
        latency.get(outcome).record(nanos, TimeUnit.NANOSECONDS);
    }
}
