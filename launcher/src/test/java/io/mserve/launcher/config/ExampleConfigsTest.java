package io.mserve.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import io.mserve.core.strategy.StrategyRegistry;
import io.mserve.launcher.config.SecondariesSettings.Remote;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The configurations in {@code examples/} are read as {@code --config FILE} reads them and pass
 * every check; the commands they start are the ones their comments promise. (The engine one
 * runs for real in the testkit's {@code ReadmeExamplesTest}; kdb+ is not on this machine.)
 */
class ExampleConfigsTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    private static LauncherConfig read(String file) {
        Path path = EXAMPLES.resolve(file);
        assertThat(path).exists();
        return LauncherConfig.validate(ConfigSources.layer(ConfigFactory.empty(), Optional.of(path)),
                StrategyRegistry.load(ExampleConfigsTest.class.getClassLoader()), Set.of());
    }

    @Test
    void theEngineExampleStartsTwoEnginesRunningTheStartupScriptBehind5001() {
        LauncherConfig config = read("engine.conf");
        SecondariesSettings secondaries = config.secondaries();
        assertThat(config.transport().port()).isEqualTo(5001);
        assertThat(secondaries.count()).isEqualTo(2);
        assertThat(secondaries.script()).isEqualTo("examples/startup.q");
        assertThat(Path.of("..", secondaries.script())).exists();
        List<String> command = new CommandTemplate(secondaries.command(), secondaries.script(), "java", "launcher.jar", "/run/u")
                .expand(1, secondaries.host(), secondaries.portOf(1, 5001));
        assertThat(command).containsSubsequence("java", "-cp", "launcher.jar", "io.mserve.launcher.Main", "q",
                "examples/startup.q", "-p", "5002", "--only-user", "mserve", "-U", "/run/u");
        assertThat(secondaries.portOf(2, 5001)).isEqualTo(5003);
    }

    @Test
    void theKdbExampleRunsQWithTheScriptListeningOnLoopback() {
        LauncherConfig config = read("kdb.conf");
        SecondariesSettings secondaries = config.secondaries();
        CommandTemplate template = new CommandTemplate(secondaries.command(), secondaries.script(), "java", "", "/run/u");
        assertThat(template.expand(1, secondaries.host(), secondaries.portOf(1, config.transport().port())))
                .containsExactly("q", "examples/startup.q", "-p", "127.0.0.1:5002", "-U", "/run/u");
        assertThat(template.expand(2, secondaries.host(), secondaries.portOf(2, config.transport().port())))
                .containsExactly("q", "examples/startup.q", "-p", "127.0.0.1:5003", "-U", "/run/u");
        assertThat(secondaries.remote()).isEmpty();
    }

    @Test
    void theRemoteExampleStartsNothingAndConnectsToTheListedAddresses() {
        SecondariesSettings secondaries = read("remote.conf").secondaries();
        assertThat(secondaries.count()).isZero();
        assertThat(secondaries.remote()).containsExactly(new Remote("127.0.0.1", 5010), new Remote("127.0.0.1", 5011));
    }

    @Test
    void thePoolsExampleStartsAnHdbPoolThenAnRdbPoolOnTheFollowingPorts() {
        LauncherConfig config = read("pools.conf");
        PoolsSettings pools = config.pools();
        assertThat(pools.pools()).extracting(PoolsSettings.Pool::name).containsExactly("hdb", "rdb");
        PoolsSettings.Pool hdb = pools.pools().get(0);
        PoolsSettings.Pool rdb = pools.pools().get(1);
        assertThat(hdb.secondaries().count()).isEqualTo(1);
        assertThat(hdb.secondaries().script()).isEqualTo("examples/startup.q");
        assertThat(hdb.strategy()).isEqualTo("least-queue");
        assertThat(rdb.secondaries().count()).isEqualTo(2);
        assertThat(rdb.secondaries().script()).isEqualTo("examples/rdb.q");
        assertThat(rdb.strategy()).isEqualTo("round-robin");
        assertThat(Path.of("..", rdb.secondaries().script())).exists();
        assertThat(pools.basePorts(config.transport().port())).containsExactly(5002, 5003);
        assertThat(pools.defaultPool()).isEqualTo("rdb");
        assertThat(pools.poolOfUser()).containsEntry("research", "hdb");
    }
}
