package io.mserve.engine.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import io.mserve.engine.ops.Access;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What clients may do over kdb+ IPC under each {@link Access} (a secondary's {@code --sync-access}, q's -u):
 * no-system refuses the OS, files, other processes and the system namespaces with 'access but lets
 * globals be defined; read-only (reval) refuses global updates with 'noupdate; the session's own
 * thread (script, console) keeps full access.
 */
class ClientAccessTest {
    @RegisterExtension
    final ServedSession served = new ServedSession();
    @TempDir
    Path dir;

    private void limit(Access access) throws Exception {
        served.call(server -> {
            server.limitClients(access);
            return null;
        });
    }

    private Object ask(String q) throws Exception {
        c conn = new c("127.0.0.1", served.port(), "alice:");
        try {
            return conn.k(q.toCharArray());
        } finally {
            conn.close();
        }
    }

    // The file handle of path as q text: (hsym`$"path"), as a temporary directory's name may hold a '-'.
    private static String handle(Path path) {
        return "(hsym`$\"" + path.toString().replace("\\", "/") + "\")";
    }

    @Test
    void noSystemRefusesTheOsFilesAndOtherProcessesWithAccess() throws Exception {
        limit(Access.NO_SYSTEM);
        Path file = dir.resolve("x");
        for (String query : new String[] {"system \"echo hi\"", "\\ls", "value \"\\\\ls\"", "hopen " + served.port(), "hclose .z.w", "exit 0", "\\\\",
                handle(file) + " set 1", handle(file) + " 0: (\"a\";\"bc\")",
                handle(file) + " 1: 0x0102", "(hsym`$\"" + dir.resolve("t").toString().replace("\\", "/") + "/\") set ([]a:1 2)",
                "getenv `HOME", "`X setenv \"1\"", "\\cd /tmp"}) {
            assertThatThrownBy(() -> ask(query)).as(query).hasMessage("access");
        }
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("t")).doesNotExist();
    }

    @Test
    void noSystemRefusesDeletingFilesButTheScriptMayWriteThem() throws Exception {
        Path file = dir.resolve("kept");
        served.evaluate(handle(file) + " set 42");
        limit(Access.NO_SYSTEM);
        assertThatThrownBy(() -> ask("hdel " + handle(file))).hasMessage("access");
        assertThat(file).exists();
        assertThat(ask("get " + handle(file))).as("reading is allowed").isEqualTo(42L);
    }

    @Test
    void noSystemLetsClientsDefineGlobalsAsTheSeedDoes() throws Exception {
        limit(Access.NO_SYSTEM);
        ask("xs: til 9");
        assertThat((long[]) ask("xs")).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        ask("t:([]a:1 2)");
        ask("`t upsert ([]a:3 4)");
        assertThat(ask("`ys set 3")).isEqualTo("ys");
        assertThat(ask("count t")).isEqualTo(4L);
    }

    @Test
    void noSystemProtectsTheHandlersAndTheSystemNamespaces() throws Exception {
        served.evaluate(".mserve.status:{`ok}");
        limit(Access.NO_SYSTEM);
        for (String query : new String[] {".z.pg:{system x}", ".z.ps:{x}", ".z.pw:{1b}", ".z.po:{x}", ".z.pc:{x}",
                ".z.ts:{system \"echo hi\"}", ".mserve.status:{`mine}", "delete status from `.mserve",
                "@[`.z;`pg;:;{x}]", "`.z.pg set {x}", ".Q.en:{x}", ".q.til:{x}"}) {
            assertThatThrownBy(() -> ask(query)).as(query).hasMessage("access");
        }
        assertThat(ask(".mserve.status[]")).isEqualTo("ok");
        assertThat(ask("1+1")).as(".z.pg is still value").isEqualTo(2L);
    }

    @Test
    void readOnlyRefusesGlobalUpdatesAsRevalDoes() throws Exception {
        served.evaluate("xs:til 3");
        limit(Access.READ_ONLY);
        assertThatThrownBy(() -> ask("xs:1")).hasMessage("noupdate");
        assertThatThrownBy(() -> ask("`ys set 1")).hasMessage("noupdate");
        assertThatThrownBy(() -> ask("system \"echo hi\"")).hasMessage("access");
        assertThat((long[]) ask("xs")).containsExactly(0, 1, 2);
        assertThat(ask("{a:x+1;a*2} 3")).as("locals are not globals").isEqualTo(8L);
    }

    @Test
    void asyncMessagesAreUnderThePolicyToo() throws Exception {
        limit(Access.NO_SYSTEM);
        Path file = dir.resolve("async");
        c conn = new c("127.0.0.1", served.port(), "alice:");
        try {
            conn.ks((handle(file) + " set 1").toCharArray());
            assertThat(conn.k("1+1".toCharArray())).as("the async message ran before").isEqualTo(2L);
        } finally {
            conn.close();
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void fullLetsClientsDoAnythingAndTheConsoleAlwaysMay() throws Exception {
        Path file = dir.resolve("y");
        assertThat(ask(handle(file) + " set 1")).isEqualTo(":" + file.toString().replace("\\", "/"));
        assertThat(file).exists();
        limit(Access.NO_SYSTEM);
        assertThat(served.execute("count system \"echo hi\"")).isEqualTo("1");
        assertThat(served.execute(".z.pg:value")).isEmpty();
    }

    @Test
    void minusURefusesSystemCommandsAndFileWritesButNotGlobals() throws Exception {
        Path users = Files.writeString(dir.resolve("users.txt"), "alice:\n");
        served.call(server -> {
            server.passwords(users.toString(), true);
            return null;
        });
        Path file = dir.resolve("z");
        assertThatThrownBy(() -> ask("system \"echo hi\"")).hasMessage("access");
        assertThatThrownBy(() -> ask(handle(file) + " set 1")).hasMessage("access");
        assertThatThrownBy(() -> ask("exit 0")).hasMessage("access");
        ask("xs:1");
        assertThat(ask("xs")).isEqualTo(1L);
        assertThat(file).doesNotExist();
    }

    @Test
    void revalInZpgBlocksUpdatesAsTheDocsShow() throws Exception {
        // ref/eval.md: .z.pg:{reval(value;enlist x)}, then h"a:4" signals 'noupdate
        served.evaluate(".z.pg:{reval(value;enlist x)}");
        assertThatThrownBy(() -> ask("a:4")).hasMessage("noupdate");
        assertThatThrownBy(() -> ask("system \"echo hi\"")).hasMessage("access");
        assertThat(ask("2+3")).isEqualTo(5L);
        assertThat(served.execute("a:4;a")).as("the console after reval").isEqualTo("4");
    }

    @Test
    void aPolicyIsNamedAsTheSettingNamesIt() {
        assertThat(Access.named("full")).isEqualTo(Access.FULL);
        assertThat(Access.named("no-system")).isEqualTo(Access.NO_SYSTEM);
        assertThat(Access.named("READ-ONLY")).isEqualTo(Access.READ_ONLY);
        for (String bad : new String[] {"", "none", "no_system", "full "}) {
            assertThatThrownBy(() -> Access.named(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
