package io.mserve.testkit.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code kill-after}: a secondary still stuck on a timed-out query is restarted, as a new process. */
class KillAfterTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakeProcesses(2).config("""
            mserve.dispatch { request-timeout = 300ms, kill-after = 500ms }
            mserve.secondaries { restart-backoff { min = 50ms, max = 1s }, stop-grace = 1s }
            """);

    @Test
    void aSecondaryHungOnAnExpiredQueryIsRestarted() {
        List<SecondaryStatus> before = mserve.primary().status();
        QClient q = mserve.client();
        q.async("hang");
        SecondaryStatus stuck = await().atMost(Duration.ofSeconds(10)).until(
                () -> mserve.primary().status().stream().filter(s -> s.inFlight() > 0).findFirst().orElse(null),
                s -> s != null);
        int id = stuck.info().id();
        OptionalLong oldPid = before.get(id - 1).info().pid();
        assertThatThrownBy(q::receive).isInstanceOf(QClient.QError.class).hasMessage("timeout");

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            SecondaryStatus now = mserve.primary().status().get(id - 1);
            return now.state() == SecondaryState.UP && now.restarts() >= 1;
        });
        SecondaryStatus restarted = mserve.primary().status().get(id - 1);
        assertThat(restarted.info().pid()).isPresent().isNotEqualTo(oldPid);
        assertThat(ProcessHandle.of(oldPid.orElseThrow()).map(ProcessHandle::isAlive).orElse(false))
                .as("the stuck process is gone").isFalse();
        for (int i = 0; i < 6; i++) {
            assertThat(new String((char[]) q.deferred("reply " + i))).isEqualTo(Integer.toString(i));
        }
        assertThat(mserve.primary().status().get(2 - id).restarts()).as("the other one was left alone").isZero();
    }
}
