package io.mserve.strategy.cpusampled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.mserve.core.config.ConfigBlock;
import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.LoadStrategyContract;
import io.mserve.core.strategy.LoadStrategyProvider;
import io.mserve.core.strategy.SecondaryView;
import io.mserve.core.strategy.StrategyContext;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CpuSampledTest extends LoadStrategyContract {
    private final Map<Long, Long> cpu = new HashMap<>();
    private long now;
    private Process busy;
    private Process idle;

    @Override
    protected LoadStrategyProvider provider() {
        return new CpuSampledProvider();
    }

    @AfterEach
    void stopProcesses() {
        for (Process process : new Process[] {busy, idle}) {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void aSampleIntervalWithoutAUnitIsRefusedNamingItsKey() {
        Config config = ConfigFactory.parseString("mserve.strategy.cpu-sampled.sample-interval = 200");
        assertThatThrownBy(() -> provider().create(StrategyContext.of(ConfigBlock.of(config, "mserve.strategy.cpu-sampled"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mserve.strategy.cpu-sampled.sample-interval")
                .hasMessageContaining("needs its unit");
    }

    private static SecondaryView local(int id, long pid, int inFlight) {
        return new SecondaryView(id, "127.0.0.1", 5000 + id, OptionalLong.of(pid), inFlight, 4, 0);
    }

    private LoadStrategy withFakeCpu() {
        return new CpuSampled(Duration.ofMillis(100).toNanos(), () -> now,
                pid -> cpu.containsKey(pid) ? OptionalLong.of(cpu.get(pid)) : OptionalLong.empty());
    }

    @Test
    void choosesTheProcessThatUsedLeastCpuOverTheLastWindow() {
        LoadStrategy strategy = withFakeCpu();
        List<SecondaryView> both = List.of(local(1, 11, 0), local(2, 22, 2));
        cpu.put(11L, 0L);
        cpu.put(22L, 0L);
        strategy.choose(both);
        now += 100_000_000;
        cpu.put(11L, 90_000_000L);
        cpu.put(22L, 10_000_000L);

        assertThat(strategy.choose(both).id()).isEqualTo(2);
    }

    @Test
    void fallsBackToQueueLengthUntilEveryCandidateHasASample() {
        LoadStrategy strategy = withFakeCpu();
        cpu.put(11L, 0L);
        List<SecondaryView> withRemote = List.of(local(1, 11, 3),
                new SecondaryView(2, "far", 5002, OptionalLong.empty(), 1, 4, 0));

        assertThat(strategy.choose(withRemote).id()).isEqualTo(2);
    }

    @Test
    void equalCpuUseIsSettledByQueueLength() {
        LoadStrategy strategy = withFakeCpu();
        List<SecondaryView> both = List.of(local(1, 11, 2), local(2, 22, 1));
        cpu.put(11L, 0L);
        cpu.put(22L, 0L);
        strategy.choose(both);
        now += 100_000_000;

        assertThat(strategy.choose(both).id()).isEqualTo(2);
    }

    @Test
    void avoidsARealProcessThatIsBurningCpu() throws IOException {
        busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        idle = new ProcessBuilder("sleep", "60").start();
        LoadStrategy strategy = provider().create(context());
        List<SecondaryView> both = List.of(local(1, busy.pid(), 0), local(2, idle.pid(), 0));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(strategy.choose(both).id()).isEqualTo(2));
        List<SecondaryView> reversed = List.of(local(1, idle.pid(), 0), local(2, busy.pid(), 0));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(strategy.choose(reversed).id()).isEqualTo(1));
    }
}
