package io.mserve.testkit.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A secondary process that dies is noticed at once, kept out of routing until a new process
 * answers the handshake, and queries wait for it rather than fail. (Retries and the died-twice
 * rule: {@link SupervisionTest}.)
 */
class SecondaryDeathTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakeProcesses(2).config(
            "mserve.secondaries.restart-backoff { min = 1s, max = 2s }");

    /** A secondary whose first start lost its port to another process is retried: wait for it. */
    @BeforeEach
    void everySecondaryIsUp() {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                mserve.primary().status().stream().allMatch(s -> s.state() == SecondaryState.UP));
    }

    private SecondaryStatus status(int id) {
        return mserve.primary().status().get(id - 1);
    }

    @Test
    void aKilledSecondaryIsMarkedDownAtOnceAndTakesQueriesAgainOnlyOnceItsNewProcessIsUp() {
        QClient q = mserve.client();
        long pid = status(1).info().pid().orElseThrow();
        long killed = System.nanoTime();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();

        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                .until(() -> status(1).state() != SecondaryState.UP);
        assertThat(Duration.ofNanos(System.nanoTime() - killed)).as("noticed within the restart back-off")
                .isLessThan(Duration.ofSeconds(1));
        for (int i = 0; i < 10; i++) {
            assertThat(new String((char[]) q.deferred("who"))).as("only the survivor routes").isEqualTo("secondary 2");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> status(1).state() == SecondaryState.UP);
        SecondaryStatus back = status(1);
        assertThat(back.info().pid()).isPresent().isNotEqualTo(java.util.OptionalLong.of(pid));
        assertThat(back.restarts()).isEqualTo(1);
        assertThat(ProcessHandle.of(back.info().pid().getAsLong())).isPresent();
    }

    @Test
    void queriesWaitWhileEverySecondaryIsDownAndRunWhenOneIsBack() {
        QClient q = mserve.client();
        for (int id = 1; id <= 2; id++) {
            ProcessHandle.of(status(id).info().pid().orElseThrow()).orElseThrow().destroyForcibly();
        }
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10)).until(() ->
                mserve.primary().status().stream().noneMatch(s -> s.state() == SecondaryState.UP));
        q.async("reply first");
        q.async("reply second");

        assertThat(new String((char[]) q.receive())).isEqualTo("first");
        assertThat(new String((char[]) q.receive())).isEqualTo("second");
        assertThat(mserve.primary().status()).anyMatch(s -> s.state() == SecondaryState.UP && s.restarts() == 1);
    }
}
