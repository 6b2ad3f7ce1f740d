package io.mserve.testkit.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.testkit.Action;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import io.mserve.testkit.QueryScript;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** mserve.q's defect 4: a query must not wait behind a long one while another secondary is idle. */
class SlowSecondaryTest {
    private final AtomicInteger stuck = new AtomicInteger();
    private final CountDownLatch reached = new CountDownLatch(1);

    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(2).behaviour(id -> query -> {
        if (query.text().equals("long")) {
            stuck.set(id);
            reached.countDown();
            return new Action.Hang();
        }
        return new QueryScript(id).on(query);
    });

    @Test
    void queriesGoToTheIdleSecondaryWhileTheOtherIsBusy() throws InterruptedException {
        QClient slow = mserve.client();
        slow.async("long");
        // Two connections have no order between them: the other client starts once the long query is on a secondary.
        assertThat(reached.await(10, TimeUnit.SECONDS)).as("the long query reached a secondary").isTrue();
        QClient other = mserve.client();
        // Each of these is answered only if it is not queued behind the hung query.
        String first = new String((char[]) other.deferred("who"));
        int busy = stuck.get();
        int idle = 3 - busy;
        assertThat(busy).as("the long query reached a secondary").isIn(1, 2);
        assertThat(first).isEqualTo("secondary " + idle);
        for (int i = 0; i < 20; i++) {
            assertThat(new String((char[]) other.deferred("who"))).isEqualTo("secondary " + idle);
        }
        assertThat(mserve.fake(busy).served()).isZero();
        mserve.fake(busy).release();
    }
}
