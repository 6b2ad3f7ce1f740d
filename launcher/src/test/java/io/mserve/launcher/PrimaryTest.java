package io.mserve.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.launcher.secondary.HandshakeProbe;
import io.mserve.launcher.secondary.NoSecondaryStarted;
import io.mserve.launcher.secondary.SecondaryProcess;
import io.mserve.launcher.secondary.TestCommands;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrimaryTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
    }

    private static Config config(String hocon) {
        return ConfigFactory.parseString(hocon)
                .withFallback(ConfigFactory.parseString("mserve.transport { port = 0, host = \"127.0.0.1\", native = false }"))
                .withFallback(ConfigFactory.parseMap(Map.of("mserve.secondaries.command",
                        ConfigValueFactory.fromIterable(TestCommands.TINY_TEMPLATE))))
                .withFallback(ConfigFactory.load());
    }

    private Primary start(Config config) {
        Primary primary = Primary.start(config);
        cleanup.add(primary);
        return primary;
    }

    private int tinySecondary() throws Exception {
        int port = TestCommands.freePorts(1);
        SecondaryProcess process = SecondaryProcess.start("tiny-" + port, TestCommands.tiny(port), 5);
        cleanup.add(() -> process.destroy(Duration.ofSeconds(5)));
        new HandshakeProbe("mserve:").await("127.0.0.1", port, PATIENCE, process.onExit(), null);
        return port;
    }

    @Test
    void startsOnPortZeroWithRemoteSecondariesUp() throws Exception {
        int first = tinySecondary();
        int second = tinySecondary();

        Primary primary = start(config("mserve.secondaries.remote = [\"127.0.0.1:" + first + "\", \"127.0.0.1:" + second + "\"]"));

        assertThat(primary.port()).isPositive();
        assertThat(primary.strategy()).isEqualTo("least-queue");
        List<SecondaryStatus> status = primary.status();
        assertThat(status).extracting(row -> row.info().id()).containsExactly(1, 2);
        assertThat(status).extracting(row -> row.info().port()).containsExactly(first, second);
        assertThat(status).extracting(SecondaryStatus::state).containsOnly(SecondaryState.UP);
        assertThat(status).allSatisfy(row -> assertThat(row.info().pid()).isEmpty());
    }

    @Test
    void startedSecondariesShowTheirPids() {
        int base = TestCommands.freePorts(2);
        Primary primary = start(config("mserve.secondaries { count = 2, base-port = " + base + " }\n"
                + "mserve.strategy.name = cpu-sampled"));

        List<SecondaryStatus> status = primary.status();
        assertThat(status).extracting(SecondaryStatus::state).containsOnly(SecondaryState.UP);
        assertThat(status).allSatisfy(row -> assertThat(TestCommands.running(row.info().pid().orElseThrow())).isTrue());

        primary.close();
        assertThat(status).allSatisfy(row -> assertThat(TestCommands.running(row.info().pid().orElseThrow())).isFalse());
    }

    @Test
    void aSecondaryThatDiesIsRestartedAndComesBackUp() {
        int base = TestCommands.freePorts(1);
        Primary primary = start(config("mserve.secondaries { count = 1, base-port = " + base
                + ", restart-backoff.min = 50ms }"));
        long first = primary.status().get(0).info().pid().orElseThrow();

        ProcessHandle.of(first).orElseThrow().destroyForcibly();

        await().atMost(PATIENCE).until(() -> {
            SecondaryStatus row = primary.status().get(0);
            return row.state() == SecondaryState.UP && row.info().pid().orElseThrow() != first;
        });
        assertThat(primary.status().get(0).restarts()).isEqualTo(1);
    }

    @Test
    void clientsCanCompleteTheHandshake() throws Exception {
        Primary primary = start(config(""));
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), primary.port())) {
            client.getOutputStream().write(new byte[] {'u', ':', 'p', 3, 0});
            InputStream in = client.getInputStream();
            assertThat(in.read()).isEqualTo(3);
        }
    }

    @Test
    void anUnknownStrategyFailsListingTheKnownOnes() {
        assertThatThrownBy(() -> start(config("mserve.strategy.name = fastest")))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .hasMessageContaining("no load strategy named 'fastest'; found: cpu-sampled, least-queue, round-robin");
    }

    @Test
    void noSecondaryUpFailsTheStart() {
        int base = TestCommands.freePorts(2);
        assertThatThrownBy(() -> start(config("mserve.secondaries { count = 2, base-port = " + base
                + ", command = [sh, -c, \"exit 1\"] }")))
                .isInstanceOf(NoSecondaryStarted.class)
                .hasMessage("no secondary started (0/2); see the reasons above");
    }

    @Test
    void exitInTheConsoleRunsZExitThenStopsThePrimaryWithItsCode(@TempDir Path dir) throws Exception {
        Primary primary = start(config("mserve.secondaries.count = 0"));
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        AtomicInteger code = new AtomicInteger(-1);
        Path said = dir.resolve("said.txt");
        String lines = "x:6*7\nx\n.z.exit:{(hsym `$\"" + said + "\") 0: enlist \"bye \",string x}\nexit 3\nx\n";

        primary.console(new ByteArrayInputStream(lines.getBytes(StandardCharsets.US_ASCII)),
                new PrintStream(shown, true, StandardCharsets.ISO_8859_1), code::set);

        assertThat(shown.toString(StandardCharsets.ISO_8859_1)).isEqualTo("q)q)42\nq)q)");
        assertThat(said).hasContent("bye 3");
        assertThat(code.get()).isEqualTo(3);
        assertThat(awaitClosed(primary)).as("the primary stopped").isTrue();
    }

    @Test
    void theEndOfTheConsolesInputLeavesThePrimaryRunning() throws Exception {
        Primary primary = start(config("mserve.secondaries.count = 0"));
        ByteArrayOutputStream shown = new ByteArrayOutputStream();

        primary.console(new ByteArrayInputStream("1+1\n".getBytes(StandardCharsets.US_ASCII)),
                new PrintStream(shown, true, StandardCharsets.ISO_8859_1), code -> { });

        assertThat(shown.toString(StandardCharsets.ISO_8859_1)).isEqualTo("q)2\nq)");
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), primary.port())) {
            assertThat(client.isConnected()).as("still listening").isTrue();
        }
    }

    @Test
    void theConsoleIsInNoPoolSoUseSignalsThereAndUnknownPoolsAreNamed() {
        Primary primary = start(config("mserve.secondaries.count = 0"));
        ByteArrayOutputStream shown = new ByteArrayOutputStream();

        primary.console(new ByteArrayInputStream(".mserve.use[]\n.mserve.use`hdb\n.mserve.use`default\n"
                        .getBytes(StandardCharsets.US_ASCII)),
                new PrintStream(shown, true, StandardCharsets.ISO_8859_1), code -> { });

        assertThat(shown.toString(StandardCharsets.ISO_8859_1)).isEqualTo(
                "q)'mserve: not a client (the console routes no queries)\nq)'mserve: no pool hdb\n"
                        + "q)'mserve: not a client (the console routes no queries)\nq)");
    }

    private static boolean awaitClosed(Primary primary) throws InterruptedException {
        Thread waiter = new Thread(() -> {
            try {
                primary.awaitClosed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        waiter.join(PATIENCE.toMillis());
        return !waiter.isAlive();
    }
}
