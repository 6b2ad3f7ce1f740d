package io.mserve.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.mserve.launcher.Primary;
import io.mserve.testkit.FreePorts;
import io.mserve.testkit.QClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's locked primary through real sockets, javakdb and an embedded q engine secondary
 * started by the launcher's default command: a users file with roles, {@code sync-access =
 * no-system} (the default) for the ordinary user alice, full access for the admin root, on the
 * primary's q session (sync) and on the secondary (deferred, routed).
 */
class LockedPrimaryTest {
    @TempDir
    static Path dir;
    private static Primary primary;

    @BeforeAll
    static void start() throws IOException {
        Path users = Files.writeString(dir.resolve("users.txt"), "alice:wonderland\nroot:toor:admin\n");
        Config config = ConfigFactory.parseString("mserve.transport { host = \"127.0.0.1\", port = 0 }\n"
                        + "mserve.secondaries { count = 1, base-port = " + FreePorts.consecutive(1) + ", script = \"../examples/startup.q\" }\n"
                        + "mserve.auth.users-file = \"" + users.toString().replace("\\", "\\\\") + "\"")
                .withFallback(ConfigFactory.load()).resolve();
        primary = Primary.start(config);
    }

    @AfterAll
    static void stop() {
        primary.close();
    }

    private static QClient alice() {
        return QClient.connect("127.0.0.1", primary.port(), "alice:wonderland");
    }

    private static QClient root() {
        return QClient.connect("127.0.0.1", primary.port(), "root:toor");
    }

    // A file's handle as q text; a temporary directory's name may hold a '-', which ends a symbol.
    private static String handle(Path file) {
        return "(hsym`$\"" + file.toString().replace("\\", "/") + "\")";
    }

    @Test
    void anOrdinaryUsersSyncQueriesCannotReachTheSystemFilesOrOtherProcesses() {
        Path file = dir.resolve("sync-x");
        try (QClient h = alice()) {
            for (String query : new String[] {"system \"echo hi\"", "\\ls", "hopen 5000", handle(file) + " set 1", "exit 0",
                    "hdel " + handle(dir.resolve("users.txt")), "getenv `HOME"}) {
                assertThatThrownBy(() -> h.sync(query)).as(query).isInstanceOf(QClient.QError.class).hasMessage("access");
            }
            assertThat(h.sync("1+1")).as("the connection is still good").isEqualTo(2L);
        }
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("users.txt")).exists();
    }

    @Test
    void anOrdinaryUserMayStillDefineGlobalsAsTheSeedDoes() {
        try (QClient h = alice()) {
            h.sync("xs: til 9");
            assertThat((long[]) h.sync("xs")).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        }
    }

    @Test
    void anOrdinaryUserCannotRedefineTheMserveFunctionsOrTheHandlers() {
        try (QClient h = alice()) {
            for (String query : new String[] {".mserve.status:{`mine}", "delete status from `.mserve", ".z.pg:{x}",
                    ".z.ps:{x}", ".z.pw:{[u;p]1b}", ".z.po:{x}", ".z.pc:{x}", "`.z.pg set {x}"}) {
                assertThatThrownBy(() -> h.sync(query)).as(query).isInstanceOf(QClient.QError.class).hasMessage("access");
            }
            assertThat(h.sync(".mserve.status[]")).as("still the primary's").isInstanceOf(c.Flip.class);
        }
    }

    @Test
    void anAdminMayDoAllOnThePrimary() {
        Path file = dir.resolve("admin-x");
        try (QClient h = root()) {
            assertThat((Object[]) h.sync("system \"echo hi\"")).containsExactly((Object) "hi".toCharArray());
            assertThat(h.sync(handle(file) + " set 1")).isEqualTo(":" + file.toString().replace("\\", "/"));
            assertThat(h.sync(".mserve.adminOnly:{x+1}; .mserve.adminOnly 1")).isEqualTo(2L);
        }
        assertThat(file).exists();
    }

    @Test
    void routedQueriesRunUnderTheSamePolicyOnTheEngineSecondary() {
        Path file = dir.resolve("routed-x");
        try (QClient h = alice()) {
            for (String query : new String[] {"system \"echo hi\"", "\\ls", "hopen 5000", handle(file) + " set 1",
                    ".z.pg:{x}"}) {
                assertThatThrownBy(() -> h.deferred(query)).as(query).isInstanceOf(QClient.QError.class).hasMessage("access");
            }
            assertThat(h.deferred("ys: til 3; ys")).as("globals may be defined there too").isInstanceOf(long[].class);
            assertThat(h.deferred("count select from trade")).as("the startup script ran with full access")
                    .isInstanceOf(Long.class);
        }
        try (QClient h = root()) {
            assertThatThrownBy(() -> h.deferred("system \"echo hi\"")).as("the secondary's policy is the same for admins")
                    .hasMessage("access");
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void aClientOutsideTheUsersFileIsRefused() {
        assertThatThrownBy(() -> QClient.connect("127.0.0.1", primary.port(), "mallory:x")).isInstanceOf(QClient.QError.class);
    }
}
