package io.mserve.launcher.secondary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SecondaryProcessTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void keepsTheLastLinesOfMergedOutput() throws Exception {
        SecondaryProcess process = SecondaryProcess.start("talker",
                List.of("sh", "-c", "for i in 1 2 3 4 5; do echo out $i; done; echo err 6 >&2; exit 3"), 3);
        assertThat(process.onExit().get(30, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(process.outputTailAfterExit(Duration.ofSeconds(5))).containsExactly("out 4", "out 5", "err 6");
    }

    @Test
    void itsPidIsTheCommandsOwn() throws Exception {
        SecondaryProcess process = SecondaryProcess.start("self", List.of("sh", "-c", "echo $$; sleep 60"), 5);
        try {
            await().atMost(PATIENCE).until(() -> !process.outputTail().isEmpty());
            assertThat(process.outputTail().get(0)).isEqualTo(Long.toString(process.pid()));
        } finally {
            process.destroy(Duration.ofSeconds(5));
        }
        assertThat(process.isAlive()).isFalse();
    }

    @Test
    void destroyKillsAProcessThatIgnoresSigterm() throws Exception {
        SecondaryProcess process = SecondaryProcess.start("stubborn",
                List.of("sh", "-c", "trap '' TERM; echo ready; while :; do sleep 1; done"), 5);
        await().atMost(PATIENCE).until(() -> process.outputTail().contains("ready"));
        long began = System.nanoTime();
        process.destroy(Duration.ofMillis(300));
        assertThat(process.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void answersTheHandshakeProbeOnceListening() throws Exception {
        int port = TestCommands.freePorts(1);
        SecondaryProcess process = SecondaryProcess.start("tiny", TestCommands.tiny(port), 5);
        try {
            int capability = new HandshakeProbe("mserve:").await("127.0.0.1", port, PATIENCE, process.onExit(), null);
            assertThat(capability).isEqualTo(3);
        } finally {
            process.destroy(Duration.ofSeconds(5));
        }
    }

    @Test
    void theProbeGivesUpWhenTheProcessExits() throws Exception {
        int port = TestCommands.freePorts(1);
        SecondaryProcess process = SecondaryProcess.start("boom", List.of("sh", "-c", "echo boom; exit 3"), 5);
        assertThatThrownBy(() -> new HandshakeProbe("mserve:").await("127.0.0.1", port, PATIENCE, process.onExit(), null))
                .isInstanceOf(HandshakeProbe.NotReady.class)
                .hasMessage("exited with code 3 before answering the handshake");
    }

    @Test
    void theProbeGivesUpAtItsDeadline() {
        int port = TestCommands.freePorts(1);
        assertThatThrownBy(() -> new HandshakeProbe("mserve:")
                .await("127.0.0.1", port, Duration.ofMillis(300), new CompletableFuture<>(), null))
                .isInstanceOf(HandshakeProbe.NotReady.class)
                .hasMessageStartingWith("did not answer the handshake on 127.0.0.1:" + port + " within 0.3 s");
    }

    @Test
    void childrenDieWhenThePrimaryJvmIsKilled() throws Exception {
        int port = TestCommands.freePorts(1);
        Process primary = new ProcessBuilder(ShortLivedPrimary.command(port)).redirectErrorStream(true).start();
        long child;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(primary.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<Long> pid = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith("pid ")) {
                            return Long.parseLong(line.substring(4).trim());
                        }
                    }
                    throw new IllegalStateException("the stand-in primary ended without printing the pid");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            child = pid.get(30, TimeUnit.SECONDS);
            assertThat(TestCommands.running(child)).isTrue();
        } finally {
            primary.destroyForcibly();  // SIGKILL: no shutdown hook runs
        }
        primary.waitFor(30, TimeUnit.SECONDS);
        await().atMost(PATIENCE).until(() -> !TestCommands.running(child));
    }

    @Test
    void aSecondaryLeadsAProcessGroupOfItsOwnSoThatCtrlCReachesOnlyThePrimary() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid")));
        SecondaryProcess process = SecondaryProcess.start("group", List.of("sleep", "30"), 5);
        try {
            // The new group exists once setsid has run, a moment after the child was spawned.
            await().atMost(PATIENCE).until(() -> processGroup(process.pid()) == process.pid());
            assertThat(processGroup(ProcessHandle.current().pid())).isNotEqualTo(process.pid());
        } finally {
            process.destroy(Duration.ofSeconds(5));
        }
    }

    /** Field 5 of {@code /proc/PID/stat}, after the parenthesised command name. */
    private static long processGroup(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[2]);
    }
}
