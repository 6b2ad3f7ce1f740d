package io.mserve.testkit.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code queue.max}: past it, a query is answered 'mserve: queue full at once. */
class QueueFullTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(1).config("mserve.dispatch.queue.max = 2");

    @Test
    void aQueryPastTheQueueLimitIsRefusedAtOnce() {
        QClient filler = mserve.client();
        filler.async("hang");
        filler.async("reply one");
        filler.async("reply two");
        QClient late = mserve.client();
        // Wait until the hung query is on the secondary and the two others fill the queue.
        org.awaitility.Awaitility.await().until(() -> mserve.primary().status().get(0).inFlight() == 1);
        long began = System.nanoTime();
        assertThatThrownBy(() -> late.deferred("reply three")).isInstanceOf(QClient.QError.class)
                .hasMessage("mserve: queue full");
        assertThat((System.nanoTime() - began) / 1_000_000).as("ms to the refusal").isLessThan(2_000);
        assertThatThrownBy(() -> late.deferred("reply four")).as("still full, still at once")
                .hasMessage("mserve: queue full");
        QClient other = mserve.client();
        assertThatThrownBy(() -> other.deferred("reply five")).hasMessage("mserve: queue full");
    }
}
