package io.mserve.engine.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What q's options do to clients over kdb+ IPC: -U/-u password files, -b, -T; and .z.a .z.w in callbacks. */
class ClientLimitsTest {
    @RegisterExtension
    final ServedSession served = new ServedSession();
    @TempDir
    Path dir;

    private Object ask(String login, String q) throws Exception {
        c conn = new c("127.0.0.1", served.port(), login);
        try {
            return conn.k(q.toCharArray());
        } finally {
            conn.close();
        }
    }

    @Test
    void withAPasswordFileOnlyItsUsersWithTheirPasswordsConnect() throws Exception {
        Path file = Files.writeString(dir.resolve("users.txt"), "alice:secret\nbob:210d53992dff432ec1b1a9698af9da16\n");
        served.call(server -> {
            server.passwords(file.toString(), false);
            return null;
        });
        assertThat(ask("alice:secret", "1+1")).isEqualTo(2L);
        assertThat(ask("bob:this is my password", "1+1")).isEqualTo(2L);
        assertThatThrownBy(() -> ask("alice:wrong", "1")).hasMessage("access");
        assertThatThrownBy(() -> ask("mallory:secret", "1")).hasMessage("access");
        // -U disables \x, even on the console
        assertThat(served.execute("\\x .z.pg")).isEqualTo("'access");
    }

    @Test
    void backslashUReadsThePasswordFileAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("users.txt"), "alice:one\n");
        served.call(server -> {
            server.passwords(file.toString(), true);
            return null;
        });
        assertThatThrownBy(() -> ask("alice:two", "1")).hasMessage("access");
        Files.writeString(file, "alice:two\n");
        served.execute("\\u");
        assertThat(ask("alice:two", "1+1")).isEqualTo(2L);
        // -u: clients may not run system commands
        assertThatThrownBy(() -> ask("alice:two", "system\"a\"")).hasMessage("access");
    }

    @Test
    void withMinusBClientsReadButMayNotWrite() throws Exception {
        served.call(server -> {
            server.blockWrites();
            server.evaluate("aa:([]bb:til 4)");
            return null;
        });
        assertThat(ask("alice:", "count aa")).isEqualTo(4L);
        assertThatThrownBy(() -> ask("alice:", "aa:10#aa")).hasMessage("noupdate");
        assertThat(ask("alice:", "count aa")).isEqualTo(4L);
    }

    @Test
    void withMinusTAQueryRunningTooLongIsStopped() throws Exception {
        served.execute("\\T 1");
        assertThatThrownBy(() -> ask("alice:", "{while[1b;]}[]")).hasMessage("stop");
        assertThat(ask("alice:", "1+1")).isEqualTo(2L);
    }

    @Test
    void theTimerTicksOnTheServersSessionThreadBetweenMessages() throws Exception {
        served.evaluate("ticks:0;.z.ts:{ticks+:1};system\"t 10\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> (Boolean) ask("alice:", "ticks>0"));
        // a message running keeps ticks out: ticks is the same before and after the sleep
        assertThat((Boolean) ask("alice:", "t0:ticks;system\"sleep 0.2\";t0=ticks")).isTrue();
    }

    @Test
    void callbacksSeeTheClientsHandleUserAndAddress() throws Exception {
        served.evaluate(".z.po:{seen::(.z.w;.z.u;x)}");
        Object[] r = (Object[]) ask("alice:", "(.z.w;.z.u;.z.a;seen)");
        assertThat((Integer) r[0]).isPositive();
        assertThat(r[1]).isEqualTo("alice");
        assertThat(r[2]).isEqualTo(2130706433);
        assertThat((Object[]) r[3]).containsExactly(r[0], "alice", r[0]);
    }
}
