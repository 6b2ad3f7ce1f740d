package io.mserve.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import io.mserve.core.strategy.StrategyRegistry;
import io.mserve.launcher.config.SecondariesSettings.Remote;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PoolsSettingsTest {
    private static final StrategyRegistry STRATEGIES = StrategyRegistry.load(PoolsSettingsTest.class.getClassLoader());

    private static LauncherConfig validate(String hocon) {
        return LauncherConfig.validate(ConfigFactory.parseString(hocon).withFallback(ConfigFactory.load()), STRATEGIES, Set.of());
    }

    private static String problems(String hocon) {
        try {
            validate(hocon);
        } catch (ConfigException e) {
            return LauncherConfig.describe(e);
        }
        throw new AssertionError("valid: " + hocon);
    }

    @Test
    void withoutPoolsTheSecondariesAndStrategyAreThePoolDefault() {
        LauncherConfig config = validate("mserve.secondaries.count = 2\nmserve.strategy.name = round-robin");
        PoolsSettings pools = config.pools();
        assertThat(pools.named()).isFalse();
        assertThat(pools.pools()).containsExactly(new PoolsSettings.Pool("default", config.secondaries(), "round-robin"));
        assertThat(pools.defaultPool()).isEqualTo("default");
        assertThat(pools.basePorts(5001)).containsExactly(5002);
    }

    @Test
    void eachPoolIsReadAsTheSecondariesBlockWithItsOwnStrategy() {
        PoolsSettings pools = validate("""
                mserve.secondaries { ready-timeout = 7s, host = "localhost" }
                mserve.pools {
                  rdb { count = 2, script = "rdb.q", strategy = round-robin }
                  hdb { remote = ["db1:6000"], ready-timeout = 9s }
                }
                mserve.default-pool = rdb
                mserve.pool-of-user { alice = hdb }
                """).pools();
        assertThat(pools.named()).isTrue();
        assertThat(pools.pools()).extracting(PoolsSettings.Pool::name).containsExactly("hdb", "rdb");
        PoolsSettings.Pool hdb = pools.pools().get(0);
        PoolsSettings.Pool rdb = pools.pools().get(1);
        assertThat(rdb.secondaries().count()).isEqualTo(2);
        assertThat(rdb.secondaries().script()).isEqualTo("rdb.q");
        assertThat(rdb.secondaries().readyTimeout()).as("shared from mserve.secondaries").isEqualTo(Duration.ofSeconds(7));
        assertThat(rdb.secondaries().host()).isEqualTo("localhost");
        assertThat(rdb.strategy()).isEqualTo("round-robin");
        assertThat(hdb.strategy()).as("mserve.strategy.name").isEqualTo("least-queue");
        assertThat(hdb.secondaries().remote()).containsExactly(new Remote("db1", 6000));
        assertThat(hdb.secondaries().count()).isZero();
        assertThat(hdb.secondaries().readyTimeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(pools.defaultPool()).isEqualTo("rdb");
        assertThat(pools.poolOfUser()).isEqualTo(Map.of("alice", "hdb"));
        assertThat(pools.strategies()).containsExactly(Map.entry("hdb", "least-queue"), Map.entry("rdb", "round-robin"));
    }

    @Test
    void aPoolWithoutBasePortFollowsThePreviousPoolsPorts() {
        PoolsSettings pools = validate("""
                mserve.pools { a { count = 2 }, b { count = 3 }, c { count = 1, base-port = 7000 }, d { count = 1 } }
                mserve.default-pool = a
                """).pools();
        assertThat(pools.basePorts(5001)).containsExactly(5002, 5004, 7000, 7001);
        assertThat(pools.total()).isEqualTo(7);
    }

    @Test
    void thePoolNamedDefaultOrTheOnlyPoolIsTheDefault() {
        assertThat(validate("mserve.pools { default { count = 1 }, hdb { count = 1 } }").pools().defaultPool())
                .isEqualTo("default");
        assertThat(validate("mserve.pools { hdb { count = 1 } }").pools().defaultPool()).isEqualTo("hdb");
    }

    @Test
    void unknownPoolsAreNamedWithTheirKeyPath() {
        assertThat(problems("""
                mserve.pools { rdb { count = 1 }, hdb { count = 1, base-port = 7000 } }
                mserve.default-pool = gateway
                mserve.pool-of-user { alice = hbd, bob = 3 }
                """))
                .contains("\n  mserve.default-pool: no pool named 'gateway'; pools: hdb, rdb")
                .contains("\n  mserve.pool-of-user.alice: no pool named 'hbd'; pools: hdb, rdb")
                .contains("\n  mserve.pool-of-user.bob: must be a pool's name");
        assertThat(problems("mserve.pool-of-user { alice = hdb }"))
                .contains("\n  mserve.pool-of-user.alice: no pool named 'hdb'; pools: default");
    }

    @Test
    void severalPoolsNoneNamedDefaultNeedADefaultPool() {
        assertThat(problems("mserve.pools { rdb { count = 1 }, hdb { count = 1, base-port = 7000 } }"))
                .contains("\n  mserve.default-pool: must name one of the pools (hdb, rdb), as there are several");
    }

    @Test
    void overlappingPortsBetweenPoolsAreRefused() {
        assertThat(problems("""
                mserve.pools { rdb { count = 3, base-port = 6000 }, hdb { count = 2, base-port = 6002 } }
                mserve.default-pool = rdb
                """)).contains("\n  mserve.pools.rdb.base-port: its ports 6000..6002 overlap pool hdb's 6002..6003");
        assertThat(problems("""
                mserve.transport.port = 5001
                mserve.pools { a { count = 2 }, b { count = 1, base-port = 5003 } }
                mserve.default-pool = a
                """)).contains("\n  mserve.pools.b.base-port: its ports 5003 overlap pool a's 5002..5003");
        assertThat(problems("""
                mserve.pools { rdb { remote = ["db:6000"] }, hdb { remote = ["db:6001", "db:6000"] } }
                mserve.default-pool = rdb
                """)).contains("\n  mserve.pools.rdb.remote: db:6000 is also in pool hdb");
    }

    @Test
    void aPoolWithNoSecondaryIsRefused() {
        assertThat(problems("mserve.pools { rdb { count = 1 }, hdb { script = \"hdb.q\" } }\nmserve.default-pool = rdb"))
                .contains("\n  mserve.pools.hdb: has no secondaries: give it a count or a remote list");
    }

    @Test
    void malformedPoolBlocksAreProblemsWithTheirKeyPath() {
        assertThat(problems("""
                mserve.pools {
                  rdb { count = lots, strategy = fastest, colour = blue, ready-timeout = 5 }
                  hdb = 3
                  "bad-name" { count = 1 }
                }
                mserve.default-pool = rdb
                """))
                .contains("\n  mserve.pools.rdb.count")
                .contains("\n  mserve.pools.rdb.strategy: no load strategy named 'fastest'; found: cpu-sampled, "
                        + "least-queue, round-robin")
                .contains("\n  mserve.pools.rdb.colour: unknown key")
                .contains("\n  mserve.pools.rdb.ready-timeout: a duration needs a unit")
                .contains("\n  mserve.pools.hdb: must be a block like mserve.secondaries")
                .contains("\n  mserve.pools.bad-name: a pool's name is a q name");
        assertThat(problems("mserve.pools = 3")).contains("\n  mserve.pools: must be a block");
        assertThat(problems("mserve.pool-of-user = [alice]")).contains("\n  mserve.pool-of-user: must be a block");
        assertThat(problems("mserve.default-pool = [a]")).contains("\n  mserve.default-pool: must be a pool's name");
    }

    @Test
    void withPoolsTheSecondariesBlockStartsNone() {
        assertThat(problems("""
                mserve.secondaries { count = 2, remote = ["db:6000"] }
                mserve.pools { rdb { count = 1 } }
                """))
                .contains("\n  mserve.secondaries.count: with mserve.pools, each pool has its own count; leave this at 0")
                .contains("\n  mserve.secondaries.remote: with mserve.pools, each pool has its own remote list; leave this empty");
    }

    @Test
    void oversizedPoolsAreRefusedAsTheSecondariesBlockRefusesThem() {
        assertThat(problems("mserve.pools { rdb { count = 1001 } }"))
                .contains("\n  mserve.pools.rdb.count: must be between 0 and 1000, is 1001");
        assertThat(problems("mserve.pools { rdb { count = 10, base-port = 65530 } }"))
                .contains("\n  mserve.pools.rdb.base-port: leaves no room for 10 secondaries below port 65535");
    }
}
