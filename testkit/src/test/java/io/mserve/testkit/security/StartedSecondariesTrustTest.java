package io.mserve.testkit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import com.typesafe.config.ConfigFactory;
import io.mserve.launcher.Primary;
import io.mserve.launcher.secondary.NoSecondaryStarted;
import io.mserve.testkit.FreePorts;
import io.mserve.testkit.QClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Started secondaries trust only the primary that started them: each launch logs in with its own
 * secret, kept off every command line, and a primary never takes another's secondary for its own.
 */
class StartedSecondariesTrustTest {
    private static final Pattern SECRET_LIKE = Pattern.compile("[0-9a-f]{32,}");

    @TempDir
    Path dir;

    private Primary start(String name, int basePort) throws IOException {
        Path script = Files.writeString(dir.resolve(name + ".q"), "who:`" + name + "\n");
        return Primary.start(ConfigFactory.parseString("mserve.transport { host = \"127.0.0.1\", port = 0 }\n"
                        + "mserve.secondaries { count = 1, base-port = " + basePort + ", script = \"" + script + "\","
                        + " ready-timeout = 20s, restart-backoff { min = 5s, max = 10s } }")
                .withFallback(ConfigFactory.load()).resolve());
    }

    @Test
    void aSecondPrimaryOnTheSamePortsFailsToStartItsSecondaryAndNeverAdoptsTheFirstsOne() throws Exception {
        int port = FreePorts.consecutive(1);
        try (Primary a = start("a", port)) {
            assertThatThrownBy(() -> start("b", port)).isInstanceOf(NoSecondaryStarted.class);
            try (QClient h = QClient.connect(a.port())) {
                assertThat(h.deferred("who")).isEqualTo("a");
            }
        }
    }

    @Test
    void anotherLocalProcessCannotLogInToAStartedSecondary() throws Exception {
        int port = FreePorts.consecutive(1);
        try (Primary primary = start("a", port)) {
            for (String login : List.of("mserve:", "mserve:secret", "", "admin:admin")) {
                assertThatThrownBy(() -> new c("127.0.0.1", port, login).close()).as("login %s", login)
                        .isInstanceOfAny(c.KException.class, IOException.class);
            }
            long pid = primary.status().get(0).info().pid().orElseThrow();
            // What ps shows.
            List<String> arguments = List.of(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).split("\0"));
            assertThat(arguments).contains("-U").noneMatch(word -> SECRET_LIKE.matcher(word).find());
            Path usersFile = Path.of(arguments.get(arguments.indexOf("-U") + 1));
            assertThat(Files.getPosixFilePermissions(usersFile)).extracting(Object::toString)
                    .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
            primary.close();
            assertThat(usersFile).doesNotExist();
        }
    }
}
