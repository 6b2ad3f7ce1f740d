package io.mserve.testkit.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.mserve.core.secondary.SecondaryState;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Secondaries whose restarts fail (the command template starts each once, then exits 3): restarts
 * are retried with a doubling back-off, and with no secondary up for {@code no-secondary-timeout}
 * queued queries fail with a clear error.
 */
class FailingRestartsTest {
    private static final Path MARKS = marks();

    /** Runs the command after it the first time, and exits 3 every later time; each attempt is logged. */
    private static final String ONCE = "echo $(date +%s%N) >> \\\"$1.attempts\\\"; test ! -e \\\"$1\\\" || exit 3; "
            + "touch \\\"$1\\\"; shift; exec \\\"$@\\\"";

    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakeProcesses(2).config(
            MservePrimary.fakeProcesses(2).replace("command = [", "command = [\"sh\", \"-c\", \"" + ONCE + "\", \"sh\", \""
                    + MARKS + "/started-{id}\", "))
            .config("mserve.secondaries.restart-backoff { min = 100ms, max = 800ms }")
            .config("mserve.dispatch.no-secondary-timeout = 2s");

    private static Path marks() {
        try {
            return Files.createTempDirectory("mserve-failing-restarts");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void withNoSecondaryUpForNoSecondaryTimeoutAQueuedQueryFailsSayingSoAndRestartsBackOff() throws IOException {
        QClient q = mserve.client();
        assertThat(new String((char[]) q.deferred("reply up"))).isEqualTo("up");
        for (int id = 1; id <= 2; id++) {
            ProcessHandle.of(mserve.primary().status().get(id - 1).info().pid().orElseThrow()).orElseThrow()
                    .destroyForcibly();
        }
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10)).until(() ->
                mserve.primary().status().stream().noneMatch(s -> s.state() == SecondaryState.UP));
        long queued = System.nanoTime();

        assertThatThrownBy(() -> q.deferred("reply never")).isInstanceOf(QClient.QError.class)
                .hasMessage("mserve: no secondary up");
        Duration waited = Duration.ofNanos(System.nanoTime() - queued);
        assertThat(waited).as("it waited for a secondary first").isBetween(Duration.ofMillis(1500), Duration.ofSeconds(10));
        assertThatThrownBy(() -> q.deferred("reply still none")).as("refused at once while none is up")
                .isInstanceOf(QClient.QError.class).hasMessage("mserve: no secondary up");

        List<Long> attempts = Files.readAllLines(MARKS.resolve("started-1.attempts")).stream().map(Long::parseLong).toList();
        assertThat(attempts.size()).as("the first start, then restarts that failed").isGreaterThanOrEqualTo(4);
        long firstGap = attempts.get(2) - attempts.get(1);
        long lastGap = attempts.get(attempts.size() - 1) - attempts.get(attempts.size() - 2);
        assertThat(lastGap).as("the back-off doubles").isGreaterThan(2 * firstGap);
    }
}
