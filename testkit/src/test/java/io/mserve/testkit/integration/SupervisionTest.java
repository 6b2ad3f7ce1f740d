package io.mserve.testkit.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Secondaries as real child processes of the primary: killed, restarted, queries retried. */
class SupervisionTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakeProcesses(2).config(
            "mserve.secondaries.restart-backoff { min = 50ms, max = 1s }");

    @Test
    void aQueryOnAKilledSecondaryIsRetriedOnAnotherAndTheDeadOneRestarts() {
        List<SecondaryStatus> before = mserve.primary().status();
        assertThat(before).extracting(SecondaryStatus::state).containsOnly(SecondaryState.UP);
        QClient q = mserve.client();
        q.async("sleep 400; who");
        SecondaryStatus busy = await().atMost(Duration.ofSeconds(10)).until(
                () -> mserve.primary().status().stream().filter(s -> s.inFlight() > 0).findFirst().orElse(null),
                s -> s != null);
        long pid = busy.info().pid().orElseThrow();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();

        String answer = new String((char[]) q.receive());
        assertThat(answer).as("answered by the survivor").isEqualTo("secondary " + (3 - busy.info().id()));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            SecondaryStatus again = mserve.primary().status().get(busy.info().id() - 1);
            return again.state() == SecondaryState.UP && again.restarts() >= 1;
        });
        SecondaryStatus restarted = mserve.primary().status().get(busy.info().id() - 1);
        assertThat(restarted.info().pid()).isPresent().isNotEqualTo(busy.info().pid());
    }

    @Test
    void aQueryThatKillsEverySecondaryItTouchesIsStoppedAfterOneRetry() {
        QClient q = mserve.client();
        assertThatThrownBy(() -> q.deferred("crash")).isInstanceOf(QClient.QError.class)
                .hasMessageContaining("secondary died running this query");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                mserve.primary().status().stream().allMatch(s -> s.state() == SecondaryState.UP));
        assertThat(new String((char[]) q.deferred("reply back"))).isEqualTo("back");
    }
}
