package io.mserve.testkit.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import io.mserve.launcher.Primary;
import io.mserve.launcher.cli.CommandLine;
import io.mserve.launcher.config.ConfigSources;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code mserve.auth.sync-access = read-only} (kdb+'s reval) and kdb+'s {@code -U}/{@code -u} on the
 * launcher's command line, through real sockets and javakdb.
 */
class SyncAccessTest {
    private static final Path USERS = UsersFiles.of("alice:wonderland\nroot:toor:admin\n");

    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(1)
            .config("mserve.auth { users-file = " + UsersFiles.quoted(USERS) + ", sync-access = read-only }");

    @Test
    void readOnlyRefusesAnOrdinaryUsersGlobalUpdatesButNotAnAdmins() {
        try (QClient root = QClient.connect("127.0.0.1", mserve.port(), "root:toor");
                QClient alice = QClient.connect("127.0.0.1", mserve.port(), "alice:wonderland")) {
            root.sync("xs: til 3");
            assertThatThrownBy(() -> alice.sync("xs:1")).isInstanceOf(QClient.QError.class).hasMessage("noupdate");
            assertThatThrownBy(() -> alice.sync("system \"echo hi\"")).hasMessage("access");
            assertThat((long[]) alice.sync("xs")).containsExactly(0, 1, 2);
            assertThat(alice.sync("{a:x+1;a} 1")).as("locals are not globals").isEqualTo(2L);
        }
    }

    // A primary started as `java -jar launcher.jar -p 0 ARGS...` would be, with no secondaries.
    private static Primary fromCommandLine(String... args) throws CommandLine.UsageError {
        CommandLine.RunPrimary run = (CommandLine.RunPrimary) CommandLine.parse(args);
        return Primary.start(ConfigSources.layer(run.overrideConfig()
                .withFallback(ConfigFactory.parseString("mserve.transport.host = \"127.0.0.1\"")), Optional.empty()).resolve());
    }

    @Test
    void minusCapitalUOnTheCommandLineIsTheUsersFileWithItsRoles() throws Exception {
        try (Primary primary = fromCommandLine("-p", "0", "-U", USERS.toString())) {
            assertThatThrownBy(() -> QClient.connect("127.0.0.1", primary.port(), "mallory:x")).isInstanceOf(QClient.QError.class);
            try (QClient alice = QClient.connect("127.0.0.1", primary.port(), "alice:wonderland");
                    QClient root = QClient.connect("127.0.0.1", primary.port(), "root:toor")) {
                assertThatThrownBy(() -> alice.sync("system \"echo hi\"")).hasMessage("access");
                assertThat((Object[]) root.sync("system \"echo hi\"")).hasSize(1);
            }
        }
    }

    @Test
    void minusUOnTheCommandLineHoldsAdminsToNoSystemToo() throws Exception {
        try (Primary primary = fromCommandLine("-p", "0", "-u", USERS.toString())) {
            assertThatThrownBy(() -> QClient.connect("127.0.0.1", primary.port(), "mallory:x")).isInstanceOf(QClient.QError.class);
            try (QClient root = QClient.connect("127.0.0.1", primary.port(), "root:toor")) {
                assertThatThrownBy(() -> root.sync("system \"echo hi\"")).hasMessage("access");
                root.sync("xs: til 2");
                assertThat((long[]) root.sync("xs")).containsExactly(0, 1);
            }
        }
    }
}
