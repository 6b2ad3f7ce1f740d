package io.mserve.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import io.mserve.core.strategy.StrategyRegistry;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LauncherConfigTest {
    private static final StrategyRegistry STRATEGIES = StrategyRegistry.load(LauncherConfigTest.class.getClassLoader());

    private static LauncherConfig validate(String hocon) {
        return LauncherConfig.validate(ConfigFactory.parseString(hocon).withFallback(ConfigFactory.load()), STRATEGIES, Set.of());
    }

    @Test
    void theDefaultsAreValid() {
        LauncherConfig config = validate("");
        assertThat(config.strategy()).isEqualTo("least-queue");
        assertThat(config.transport().port()).isEqualTo(5001);
        assertThat(config.secondaries().count()).isZero();
    }

    @Test
    void problemsOfEveryBlockAreReportedTogether() {
        assertThatThrownBy(() -> validate("""
                mserve.transport.port = 70000
                mserve.dispatch.sync = maybe
                mserve.secondaries.count = lots
                mserve.strategy.name = fastest
                mserve.strategy.fastest.x = 1
                mserve.secondary.count = 2
                """))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .satisfies(e -> assertThat(LauncherConfig.describe((ConfigException) e))
                        .startsWith("bad configuration:")
                        .contains("\n  mserve.transport.port: must be between 0 and 65535, is 70000")
                        .contains("\n  mserve.dispatch.sync: must be one of local, route, off")
                        .contains("\n  mserve.secondaries.count")
                        .contains("\n  mserve.strategy.name: no load strategy named 'fastest'; found: cpu-sampled, "
                                + "least-queue, round-robin")
                        .contains("\n  mserve.strategy.fastest: unknown key")
                        .contains("\n  mserve.secondary: unknown key"));
    }

    @Test
    void aStrategysOwnBlockIsAllowed() {
        assertThat(validate("mserve.strategy { name = cpu-sampled, cpu-sampled.sample-interval = 1s }").strategy())
                .isEqualTo("cpu-sampled");
    }
}
