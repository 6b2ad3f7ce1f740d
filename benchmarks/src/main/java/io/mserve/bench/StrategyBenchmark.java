package io.mserve.bench;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.mserve.core.config.ConfigBlock;
import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.SecondaryView;
import io.mserve.core.strategy.StrategyContext;
import io.mserve.core.strategy.StrategyRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@link LoadStrategy#choose} call of each strategy, over a pool of 2, 8 or 64 secondaries.
 * The strategies are found as the launcher finds them (ServiceLoader, by name) and created from
 * the class path's {@code reference.conf}.
 *
 * <p>The candidates have seeded random queue lengths and served counts. Each is a local process
 * (a child {@code sleep}, one per secondary), so {@code cpu-sampled} really samples the OS once
 * per window (200 ms by default) and its figure includes that cost, spread over the calls.
 * {@link #baseline()} returns the first candidate: the cost of the call and the list alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class StrategyBenchmark {
    /** The capacity of each secondary ({@code in-flight-per-secondary}). */
    private static final int CAPACITY = 4;

    @Param({"2", "8", "64"})
    public int secondaries;

    private final List<Process> processes = new ArrayList<>();
    private List<SecondaryView> candidates;
    private LoadStrategy leastQueue;
    private LoadStrategy roundRobin;
    private LoadStrategy cpuSampled;

    @Setup
    public void setUp() throws IOException {
        Random random = new Random(42);
        List<SecondaryView> views = new ArrayList<>();
        for (int id = 1; id <= secondaries; id++) {
            Process process = new ProcessBuilder("sleep", "3600").start();
            processes.add(process);
            views.add(new SecondaryView(id, "127.0.0.1", 5000 + id, OptionalLong.of(process.pid()),
                    random.nextInt(CAPACITY), CAPACITY, random.nextInt(10_000)));
        }
        candidates = List.copyOf(views);

        StrategyRegistry registry = StrategyRegistry.load(getClass().getClassLoader());
        Config config = ConfigFactory.load(getClass().getClassLoader());
        leastQueue = create(registry, config, "least-queue");
        roundRobin = create(registry, config, "round-robin");
        cpuSampled = create(registry, config, "cpu-sampled");
    }

    private static LoadStrategy create(StrategyRegistry registry, Config all, String name) {
        return registry.provider(name).create(StrategyContext.of(ConfigBlock.of(all, "mserve.strategy." + name)));
    }

    @TearDown
    public void tearDown() {
        processes.forEach(Process::destroyForcibly);
        processes.clear();
    }

    @Benchmark
    public SecondaryView baseline() {
        return candidates.get(0);
    }

    @Benchmark
    public SecondaryView leastQueue() {
        return leastQueue.choose(candidates);
    }

    @Benchmark
    public SecondaryView roundRobin() {
        return roundRobin.choose(candidates);
    }

    @Benchmark
    public SecondaryView cpuSampled() {
        return cpuSampled.choose(candidates);
    }
}
