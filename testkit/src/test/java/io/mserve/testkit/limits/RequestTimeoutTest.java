package io.mserve.testkit.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code request-timeout}: the client gets 'timeout; the late reply is discarded, not delivered to the next query. */
class RequestTimeoutTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(1).config("mserve.dispatch.request-timeout = 500ms");

    @Test
    void aSlowQueryAnswersTimeoutAndItsLateReplyIsDiscarded() {
        QClient q = mserve.client();
        long began = System.nanoTime();
        assertThatThrownBy(() -> q.deferred("sleep 800; reply late")).isInstanceOf(QClient.QError.class)
                .hasMessage("timeout");
        long tookMs = (System.nanoTime() - began) / 1_000_000;
        assertThat(tookMs).as("answered at the timeout, not when the secondary finished").isBetween(450L, 780L);
        // The only secondary is still busy with the expired query for 300 ms more; this one waits for it
        // (within its own 500 ms), then gets its own answer, not the late one.
        assertThat(new String((char[]) q.deferred("reply next"))).isEqualTo("next");
        assertThat(new String((char[]) q.deferred("reply after"))).isEqualTo("after");
        assertThat(mserve.fake(1).served()).as("the late reply was produced, then dropped").isEqualTo(3);
    }

    @Test
    void anotherClientIsNotHandedTheLateReply() {
        QClient slow = mserve.client();
        slow.async("sleep 800; reply late");
        assertThatThrownBy(slow::receive).isInstanceOf(QClient.QError.class).hasMessage("timeout");
        QClient other = mserve.client();
        // Sent while the secondary still runs the expired query: the reply that comes first is not its own.
        assertThat(new String((char[]) other.deferred("reply mine"))).isEqualTo("mine");
        assertThat(new String((char[]) slow.deferred("reply again"))).isEqualTo("again");
    }
}
