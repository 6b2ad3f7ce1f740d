package io.mserve.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import io.mserve.core.dispatch.DispatchSettings.FairBy;
import io.mserve.core.dispatch.DispatchSettings.Ordering;
import io.mserve.core.dispatch.DispatchSettings.Queueing;
import io.mserve.core.dispatch.DispatchSettings.SyncMode;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DispatchSettingsTest {

    private static DispatchSettings read(String hocon) {
        return DispatchSettings.from(ConfigFactory.parseString(hocon).withFallback(ConfigFactory.defaultReference()).resolve());
    }

    @Test
    void defaultsMatchTheReference() {
        assertThat(read("")).isEqualTo(new DispatchSettings(1, 100_000, Queueing.FAIR, FairBy.CLIENT, SyncMode.LOCAL, Ordering.REQUEST,
                Optional.empty(), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10)));
    }

    @Test
    void everyKeyIsRead() {
        DispatchSettings settings = read("""
                mserve.dispatch {
                  in-flight-per-secondary = 3
                  queue.max = 50
                  queueing = fifo
                  fair-by = user
                  sync = route
                  ordering = completion
                  request-timeout = 2s
                  kill-after = 4s
                  no-secondary-timeout = 1m
                  shutdown-grace = 3s
                }
                """);
        assertThat(settings).isEqualTo(new DispatchSettings(3, 50, Queueing.FIFO, FairBy.USER, SyncMode.ROUTE, Ordering.COMPLETION,
                Optional.of(Duration.ofSeconds(2)), Duration.ofSeconds(4), Duration.ofMinutes(1), Duration.ofSeconds(3)));
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsKeyPath() {
        assertThatThrownBy(() -> read("""
                mserve.dispatch {
                  in-flight-per-secondary = 0
                  queue.max = lots
                  sync = maybe
                  queueing = lifo
                  fair-by = host
                  request-timeout = -1s
                  kil-after = 4s
                }
                """))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .hasMessageContaining("mserve.dispatch.in-flight-per-secondary")
                .hasMessageContaining("mserve.dispatch.queue.max")
                .hasMessageContaining("mserve.dispatch.sync: must be one of local, route, off")
                .hasMessageContaining("mserve.dispatch.queueing: must be one of fair, fifo")
                .hasMessageContaining("mserve.dispatch.fair-by: must be one of client, user")
                .hasMessageContaining("mserve.dispatch.request-timeout")
                .hasMessageContaining("mserve.dispatch.kil-after: unknown key");
    }

    @Test
    void requestTimeoutCanBeTurnedOffWithZero() {
        assertThat(read("mserve.dispatch.request-timeout = 0").requestTimeout()).isEmpty();
    }

    @Test
    void aBlockOfTheWrongTypeIsReported() {
        assertThatThrownBy(() -> read("mserve.dispatch = 5"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("mserve.dispatch");
    }
}
