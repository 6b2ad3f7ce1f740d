package io.mserve.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import io.mserve.core.auth.Authenticator;
import io.mserve.core.strategy.StrategyRegistry;
import io.mserve.launcher.Primary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mserve.auth}: a bad users file stops the start-up, naming the file and the line. */
class AuthConfigTest {
    private static final StrategyRegistry STRATEGIES = StrategyRegistry.load(AuthConfigTest.class.getClassLoader());

    @TempDir
    Path dir;

    private static String key(Path file) {
        return "mserve.auth.users-file = \"" + file.toString().replace("\\", "\\\\") + "\"\n";
    }

    @Test
    void withoutAUsersFileEverybodyMayConnect() {
        LauncherConfig config = LauncherConfig.validate(ConfigFactory.load(), STRATEGIES, Set.of());
        assertThat(config.auth().authenticator()).isSameAs(Authenticator.ANYONE);
    }

    @Test
    void aMalformedUsersFileIsReportedWithTheOtherProblems() throws IOException {
        Path file = Files.writeString(dir.resolve("users"), "alice:x\n\nno colon here\n");
        assertThatThrownBy(() -> LauncherConfig.validate(ConfigFactory.parseString(key(file) + "mserve.transport.port = -1")
                .withFallback(ConfigFactory.load()), STRATEGIES, Set.of()))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .satisfies(e -> assertThat(LauncherConfig.describe((ConfigException) e))
                        .contains("\n  mserve.auth.users-file: users file " + file + ", line 3, has no ':'")
                        .contains("\n  mserve.transport.port"));
    }

    @Test
    void aPrimaryWithAMissingUsersFileDoesNotStart() {
        Path file = dir.resolve("missing");
        assertThatThrownBy(() -> Primary.create(ConfigFactory.parseString(key(file) + "mserve.transport.port = 0")
                .withFallback(ConfigFactory.load())))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .hasMessageContaining("users file " + file + " does not exist");
    }

    @Test
    void anAuthenticatorNoPluginProvidesIsReportedWithTheNamesFound() {
        assertThatThrownBy(() -> LauncherConfig.validate(ConfigFactory.parseString("mserve.auth.authenticator = ldap")
                .withFallback(ConfigFactory.load()), STRATEGIES, Set.of("kerberos", "pam")))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .satisfies(e -> assertThat(LauncherConfig.describe((ConfigException) e))
                        .contains("\n  mserve.auth.authenticator: no authenticator named 'ldap'; found: "));
    }
}
