package io.mserve.launcher.status;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.ipc.netty.ClientTraffic;
import io.mserve.launcher.status.StatusReport.Clients;
import io.mserve.launcher.status.StatusReport.Pool;
import io.mserve.launcher.status.StatusReport.Queries;
import io.mserve.launcher.status.StatusReport.Secondary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Assembles a {@link StatusReport} from the dispatcher's rows, the meter registry (queue depth,
 * queries, each secondary's reply latency), the client traffic, the secondaries' CPU and the log;
 * the secondaries grouped by pool, every pool shown even while it has none.
 */
public final class StatusBoard {
    private final Supplier<CompletionStage<List<SecondaryStatus>>> status;
    private final MeterRegistry registry;
    private final ClientTraffic traffic;
    private final SecondaryCpu cpu;
    private final RecentProblems problems;
    private final String strategy;
    private final Map<String, String> pools;
    private final Instant started;

    /** @param pools each pool's strategy, in pool order */
    public StatusBoard(Supplier<CompletionStage<List<SecondaryStatus>>> status, MeterRegistry registry,
            ClientTraffic traffic, SecondaryCpu cpu, RecentProblems problems, String strategy, Map<String, String> pools,
            Instant started) {
        this.status = status;
        this.registry = registry;
        this.traffic = traffic;
        this.cpu = cpu;
        this.problems = problems;
        this.strategy = strategy;
        this.pools = new LinkedHashMap<>(pools);
        this.started = started;
    }

    /**
     * The status now.
     *
     * @throws IllegalStateException when the dispatcher does not answer within {@code wait}
     */
    public StatusReport report(Duration wait) {
        List<SecondaryStatus> rows;
        try {
            rows = status.get().toCompletableFuture().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("the dispatcher did not answer within " + wait, e);
        }
        Map<String, List<Secondary>> secondaries = new LinkedHashMap<>();
        Set<String> up = new HashSet<>();
        pools.keySet().forEach(pool -> secondaries.put(pool, new ArrayList<>()));
        Set<Long> pids = new HashSet<>();
        for (SecondaryStatus row : rows) {
            row.info().pid().ifPresent(pids::add);
            if (row.state() == SecondaryState.UP) {
                up.add(row.pool());
            }
            secondaries.computeIfAbsent(row.pool(), pool -> new ArrayList<>()).add(secondary(row));
        }
        cpu.keepOnly(pids);
        Instant now = Instant.now();
        List<Pool> report = new ArrayList<>();
        secondaries.forEach((name, members) -> {
            Gauge depth = registry.find("mserve.queue.depth").tag("pool", name).gauge();
            report.add(new Pool(name, pools.getOrDefault(name, strategy), up.contains(name), depth == null ? 0 : (int) depth.value(), members));
        });
        return new StatusReport(now.toString(), strategy, Duration.between(started, now).toSeconds(),
                new Clients(traffic.connections(), traffic.bytesIn(), traffic.bytesOut()),
                new Queries(queries("ok"), queries("error"), queries("failed"), queries("timeout"),
                        queries("rejected"), queries("dropped")),
                report, problems.lines());
    }

    private Secondary secondary(SecondaryStatus row) {
        OptionalDouble percent = row.state() == SecondaryState.UP ? cpu.percent(row.info().pid()) : OptionalDouble.empty();
        Timer latency = registry.find("mserve.secondary.latency").tag("secondary", Integer.toString(row.info().id()))
                .tag("pool", row.pool()).timer();
        Double p50 = null;
        Double p99 = null;
        if (latency != null && row.served() > 0) {
            for (ValueAtPercentile value : latency.takeSnapshot().percentileValues()) {
                double ms = value.value(TimeUnit.MILLISECONDS);
                Double known = Double.isFinite(ms) ? ms : null; // JSON has no NaN: unknown instead
                if (value.percentile() == 0.5) {
                    p50 = known;
                } else if (value.percentile() == 0.99) {
                    p99 = known;
                }
            }
        }
        return new Secondary(row.info().id(), row.info().address(),
                row.info().pid().isPresent() ? row.info().pid().getAsLong() : null, row.state().label(),
                row.inFlight(), row.served(), row.errors(), row.restarts(),
                percent.isPresent() ? percent.getAsDouble() : null, p50, p99);
    }

    private long queries(String outcome) {
        return (long) registry.find("mserve.queries").tag("outcome", outcome).counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
