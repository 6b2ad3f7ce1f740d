package io.mserve.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.launcher.Primary;
import io.mserve.launcher.config.ConfigSources;
import io.mserve.testkit.FreePorts;
import io.mserve.testkit.QClient;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/pools.conf} run as the README's "Pools" section says: engine secondaries of
 * the rdb pool answer from today's trades in memory (5 rows), the hdb pool's from the
 * date-partitioned database (1000 rows); user research starts in hdb, others in rdb.
 */
class PoolsExampleTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** The example on free loopback ports, its scripts found from the repository's root as when run there. */
    private static Primary startTheExample() {
        Config example = ConfigSources.layer(ConfigFactory.empty(), Optional.of(ROOT.resolve("examples/pools.conf")));
        int base = FreePorts.consecutive(3);
        Config onFreePorts = ConfigFactory.parseString("mserve.transport { host = \"127.0.0.1\", port = 0 }\n"
                        + "mserve.pools.hdb.base-port = " + base + "\nmserve.pools.rdb.base-port = " + (base + 1))
                .withValue("mserve.pools.hdb.script", script(example, "hdb"))
                .withValue("mserve.pools.rdb.script", script(example, "rdb"));
        return Primary.start(onFreePorts.withFallback(example).resolve());
    }

    private static ConfigValue script(Config example, String pool) {
        return ConfigValueFactory.fromAnyRef(ROOT.resolve(example.getString("mserve.pools." + pool + ".script")).toString());
    }

    @Test
    void eachPoolAnswersFromItsOwnScriptAndResearchStartsInHdb() {
        try (Primary primary = startTheExample();
                QClient trader = QClient.connect("127.0.0.1", primary.port(), "trader:");
                QClient research = QClient.connect("127.0.0.1", primary.port(), "research:")) {
            assertThat(primary.status()).extracting(SecondaryStatus::pool).containsExactly("hdb", "rdb", "rdb");
            assertThat(trader.deferred("count trade")).isEqualTo(5L);
            assertThat(trader.deferred("count trade")).as("the other rdb secondary").isEqualTo(5L);
            assertThat(research.deferred("count trade")).isEqualTo(1000L);
            assertThat(trader.sync(".mserve.use`hdb")).isEqualTo("hdb");
            assertThat(trader.deferred("count trade")).isEqualTo(1000L);
        }
    }
}
