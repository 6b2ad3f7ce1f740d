package io.mserve.testkit.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.QType;
import io.mserve.testkit.Action;
import io.mserve.testkit.Behaviour;
import io.mserve.testkit.MetricsEndpoint;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10 point 6, through real sockets and javakdb: one client floods 5,000 queries, another
 * sends one. Each fake secondary holds its first query until both clients' queries are queued,
 * then takes 1 ms a query (50 ms for the first six) and answers each with its rank: how many
 * queries any secondary had started before it. Order is what is asserted, never time.
 */
class FairQueueingTest {
    private static final int FLOOD = 5_000;
    private static final int SECONDARIES = 2;
    private static final Duration SERVICE = Duration.ofMillis(1);
    private static final int FIRST = 2 * SECONDARIES + 2;
    private static final Duration FIRST_SERVICE = Duration.ofMillis(50);

    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicLong started = new AtomicLong();

    private Behaviour ranked() {
        return query -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Action.Fail("interrupted");
            }
            long rank = started.getAndIncrement();
            String answer = query.text() + " " + rank;
            // The first queries take long enough that a fake whose worker thread a loaded machine starts late still
            // ranks the query it was sent before the other fake has ranked two more of the flood.
            return new Action.Pause(rank < FIRST ? FIRST_SERVICE : SERVICE, new Action.Answer(
                    new ByteVector(QType.CHAR, answer.getBytes(StandardCharsets.ISO_8859_1))));
        };
    }

    private MservePrimary primary(String queueing) {
        return MservePrimary.withFakes(SECONDARIES).behaviour(id -> ranked())
                .config("mserve.dispatch.queueing = " + queueing)
                .config("mserve.metrics.prometheus-port = 0");
    }

    @Nested
    class Fair {
        @RegisterExtension
        final MservePrimary mserve = primary("fair");

        @Test
        void theSingleQueryWaitsOnlyForTheQueriesRunningAndOneMoreOfTheFlood() {
            assertThat(floodBeforeTheSingleQuery(mserve)).isLessThanOrEqualTo(SECONDARIES + 1);
        }
    }

    @Nested
    class Fifo {
        @RegisterExtension
        final MservePrimary mserve = primary("fifo");

        @Test
        void theSingleQueryWaitsBehindTheWholeFlood() {
            // The flood's last queries and the single one run side by side on the secondaries, which
            // rank them as their threads start: all but SECONDARIES - 1 of the flood rank before it.
            assertThat(floodBeforeTheSingleQuery(mserve)).isBetween((long) FLOOD - SECONDARIES + 1, (long) FLOOD);
        }
    }

    /** The flood's queries started before the single one; checks every flood reply came back in its send order. */
    private long floodBeforeTheSingleQuery(MservePrimary mserve) {
        QClient flood = mserve.client();
        QClient single = mserve.client();
        for (int i = 0; i < FLOOD; i++) {
            flood.async("flood " + i);
        }
        awaitQueueDepth(mserve, FLOOD - SECONDARIES);
        single.async("single");
        awaitQueueDepth(mserve, FLOOD - SECONDARIES + 1);
        gate.countDown();

        String[] reply = new String((char[]) single.receive()).split(" ");
        assertThat(reply[0]).isEqualTo("single");
        long rank = Long.parseLong(reply[1]);
        long floodBefore = 0;
        for (int i = 0; i < FLOOD; i++) {
            String[] floodReply = new String((char[]) flood.receive()).split(" ");
            assertThat(floodReply[0] + " " + floodReply[1]).isEqualTo("flood " + i);
            if (Long.parseLong(floodReply[2]) < rank) {
                floodBefore++;
            }
        }
        assertThat(floodBefore).as("every query started before the single one is the flood's").isEqualTo(rank);
        return floodBefore;
    }

    private static void awaitQueueDepth(MservePrimary mserve, int depth) {
        MetricsEndpoint metrics = new MetricsEndpoint(mserve.primary().metricsPort());
        await().atMost(Duration.ofSeconds(60)).until(() -> metrics.value("mserve_queue_depth{pool=\"default\"}") == depth);
    }
}
