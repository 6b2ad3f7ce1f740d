package io.mserve.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import io.mserve.core.strategy.StrategyRegistry;
import io.mserve.launcher.config.CommandTemplate;
import io.mserve.launcher.config.ConfigSources;
import io.mserve.launcher.config.LauncherConfig;
import io.mserve.launcher.config.SecondariesSettings;
import io.mserve.testkit.FakeSecondaryMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code testkit/fake-secondaries.conf} passes every check and starts this module's fake secondaries. */
class FakeSecondariesConfigTest {

    @Test
    void theFakeSecondariesConfigurationStartsTwoFakeSecondariesFromTheTestkitJar() throws IOException {
        LauncherConfig config = LauncherConfig.validate(
                ConfigSources.layer(ConfigFactory.empty(), Optional.of(Path.of("fake-secondaries.conf"))),
                StrategyRegistry.load(getClass().getClassLoader()), Set.of());
        SecondariesSettings secondaries = config.secondaries();
        List<String> command = new CommandTemplate(secondaries.command(), secondaries.script(), Path.of("/run/u"))
                .expand(2, secondaries.host(), secondaries.portOf(2, config.transport().port()));

        assertThat(secondaries.count()).isEqualTo(2);
        assertThat(command).containsExactly(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                "testkit/target/mserve-testkit-" + version() + ".jar:" + System.getProperty("java.class.path"),
                FakeSecondaryMain.class.getName(), "-p", "5003", "-id", "2", "-U", "/run/u");
    }

    /** The project's version (this module inherits its parent's, the first in its pom), as Maven names the jar. */
    private static String version() throws IOException {
        Matcher version = Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}
