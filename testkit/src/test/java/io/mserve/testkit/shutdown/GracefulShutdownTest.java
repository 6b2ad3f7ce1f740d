package io.mserve.testkit.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mserve.testkit.QClient;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher as a process of its own, stopped by signals: SIGTERM drains and exits 0, and no
 * process of its ever outlives it, SIGKILL included.
 */
class GracefulShutdownTest {

    /** Sends {@code client}'s query answering "done" after 1.5 s; returns the launcher's two secondaries (and their watchdogs) once it runs. */
    private static List<ProcessHandle> aQueryOf1500MsInFlight(LauncherProcess launcher, QClient client) {
        client.async("sleep 1500; reply done");
        List<ProcessHandle> secondaries = launcher.descendants();
        assertThat(secondaries).as("two secondaries, each with its watchdog").hasSizeGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> launcher.inFlight() == 1);
        return secondaries;
    }

    @Test
    void sigtermLetsTheQueryInFlightFinishRefusesNewOnesStopsTheSecondariesAndExitsZero() {
        try (LauncherProcess launcher = LauncherProcess.start(2)) {
            QClient client = QClient.connect(launcher.port());
            List<ProcessHandle> before = aQueryOf1500MsInFlight(launcher, client);

            launcher.handle().destroy();
            launcher.awaitLine("SIGTERM: stopping", Duration.ofSeconds(5));
            client.async("reply too late");

            assertThat(new String((char[]) client.receive())).isEqualTo("done");
            assertThatThrownBy(client::receive).isInstanceOf(QClient.QError.class)
                    .hasMessage("mserve: shutting down");
            assertThatThrownBy(() -> QClient.connect(launcher.port()))
                    .as("no new connection once stopping").isInstanceOf(UncheckedIOException.class);
            assertThat(launcher.awaitExit(Duration.ofSeconds(30))).as(launcher.output()).isZero();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(before).noneMatch(ProcessHandle::isAlive));
            assertThat(launcher.output()).as("a clean stop logs no warning").doesNotContain(" WARN ");
            client.closeQuietly();
        }
    }

    @Test
    void ctrlCToTheProcessGroupLeavesTheSecondariesToThePrimaryWhichStopsThemAfterTheGraceWithoutRestartsOrWarnings() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")), "setsid (util-linux) is needed to lead a process group");
        try (LauncherProcess launcher = LauncherProcess.startAsGroupLeader(2)) {
            QClient client = QClient.connect(launcher.port());
            List<ProcessHandle> secondaries = aQueryOf1500MsInFlight(launcher, client);

            launcher.signalGroup("INT");
            launcher.awaitLine("SIGINT: stopping", Duration.ofSeconds(5));
            assertThat(secondaries).as("the group's signal did not reach the secondaries").allMatch(ProcessHandle::isAlive);

            assertThat(new String((char[]) client.receive())).isEqualTo("done");
            assertThat(launcher.awaitExit(Duration.ofSeconds(30))).as(launcher.output()).isZero();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(secondaries).noneMatch(ProcessHandle::isAlive));
            assertThat(launcher.output()).as("a clean stop: no warning, no restart")
                    .doesNotContain(" WARN ").doesNotContain("restarting").doesNotContain("is back on");
            client.closeQuietly();
        }
    }

    @Test
    void aQueryStillRunningWhenTheGraceIsOverFailsAndTheLauncherStillExitsZero() {
        try (LauncherProcess launcher = LauncherProcess.start(1, "mserve.dispatch.shutdown-grace = 1s")) {
            QClient client = QClient.connect(launcher.port());
            client.async("hang");
            List<ProcessHandle> before = launcher.descendants();
            await().atMost(Duration.ofSeconds(5)).until(() -> launcher.inFlight() == 1);

            launcher.handle().destroy();
            assertThatThrownBy(client::receive).isInstanceOf(QClient.QError.class)
                    .hasMessage("mserve: shutting down");
            assertThat(launcher.awaitExit(Duration.ofSeconds(30))).as(launcher.output()).isZero();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(before).noneMatch(ProcessHandle::isAlive));
            client.closeQuietly();
        }
    }

    @Test
    void sigkillOfTheLauncherLeavesNoSecondaryBehind() {
        try (LauncherProcess launcher = LauncherProcess.start(3)) {
            List<ProcessHandle> before = launcher.descendants();
            assertThat(before).hasSizeGreaterThanOrEqualTo(3);

            launcher.handle().destroyForcibly();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(before).noneMatch(ProcessHandle::isAlive));
        }
    }
}
