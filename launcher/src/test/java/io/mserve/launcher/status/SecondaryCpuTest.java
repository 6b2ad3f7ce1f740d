package io.mserve.launcher.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SecondaryCpuTest {
    private long now;
    private final Map<Long, Long> cpu = new HashMap<>();
    private final SecondaryCpu sampler = new SecondaryCpu(() -> now,
            pid -> cpu.containsKey(pid) ? OptionalLong.of(cpu.get(pid)) : OptionalLong.empty());

    @Test
    void cpuIsThePercentOfOneCoreUsedBetweenTwoReadings() {
        cpu.put(7L, 0L);
        assertThat(sampler.percent(OptionalLong.of(7))).as("one reading says nothing yet").isEmpty();

        now += TimeUnit.SECONDS.toNanos(2);
        cpu.put(7L, TimeUnit.MILLISECONDS.toNanos(500));
        assertThat(sampler.percent(OptionalLong.of(7))).hasValue(25.0);

        now += TimeUnit.SECONDS.toNanos(1);
        cpu.put(7L, TimeUnit.MILLISECONDS.toNanos(2500));
        assertThat(sampler.percent(OptionalLong.of(7))).as("two cores busy").hasValue(200.0);
    }

    @Test
    void aRemoteSecondaryOrAProcessTheOsDoesNotDescribeIsUnknown() {
        assertThat(sampler.percent(OptionalLong.empty())).isEmpty();
        now += 1;
        assertThat(sampler.percent(OptionalLong.of(8))).isEmpty();
    }

    @Test
    void aProcessWhosePidWasReusedStartsAgainInsteadOfGoingNegative() {
        cpu.put(7L, TimeUnit.SECONDS.toNanos(9));
        sampler.percent(OptionalLong.of(7));
        now += TimeUnit.SECONDS.toNanos(1);
        cpu.put(7L, 0L);
        assertThat(sampler.percent(OptionalLong.of(7))).isEmpty();
    }

    @Test
    void aProcessNoLongerKeptIsForgotten() {
        cpu.put(7L, 0L);
        sampler.percent(OptionalLong.of(7));
        sampler.keepOnly(Set.of());
        now += TimeUnit.SECONDS.toNanos(1);
        cpu.put(7L, TimeUnit.SECONDS.toNanos(1));
        assertThat(sampler.percent(OptionalLong.of(7))).isEmpty();
    }
}
